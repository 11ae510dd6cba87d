import { describe, expect, it } from 'vitest';
import { buildWeChatXml, parseWeChatXml } from '../../../src/channels/wechat/xml.js';

describe('the WeChat XML reader', () => {
  it('reads CDATA and plain values, keeping Chinese text and newlines intact', () => {
    const out = parseWeChatXml(
      '<?xml version="1.0"?>\n<xml><ToUserName><![CDATA[gh_1]]></ToUserName>\n<CreateTime>1409735668</CreateTime>' +
        '<Content><![CDATA[我想分期\n还款 <b>&amp;</b>]]></Content></xml>',
    );
    expect(out).toEqual({ ok: true, value: { ToUserName: 'gh_1', CreateTime: '1409735668', Content: '我想分期\n还款 <b>&amp;</b>' } });
  });

  it('decodes the five predefined entities and numeric references in plain text', () => {
    const out = parseWeChatXml('<xml><A>a &lt; b &amp;&amp; c &gt; d &quot;&apos; &#20320;&#x597D;</A></xml>');
    expect(out).toEqual({ ok: true, value: { A: 'a < b && c > d "\' 你好' } });
  });

  it('reads nested elements and empty ones', () => {
    const out = parseWeChatXml('<xml><ScanCodeInfo><ScanType>qrcode</ScanType></ScanCodeInfo><Empty/><Blank></Blank></xml>');
    expect(out).toEqual({ ok: true, value: { ScanCodeInfo: { ScanType: 'qrcode' }, Empty: '', Blank: '' } });
  });

  it('refuses a DOCTYPE or ENTITY declaration anywhere', () => {
    expect(parseWeChatXml('<!DOCTYPE x [<!ENTITY e "boom">]><xml><A>&e;</A></xml>')).toMatchObject({ ok: false, reason: 'dtd_forbidden' });
    expect(parseWeChatXml('<xml><!ENTITY e "x"><A>1</A></xml>')).toMatchObject({ ok: false, reason: 'dtd_forbidden' });
  });

  it('refuses custom and malformed entity references', () => {
    expect(parseWeChatXml('<xml><A>&e;</A></xml>')).toMatchObject({ ok: false, reason: 'entity_forbidden' });
    expect(parseWeChatXml('<xml><A>fish & chips</A></xml>')).toMatchObject({ ok: false, reason: 'entity_forbidden' });
    expect(parseWeChatXml('<xml><A>&#xD800;</A></xml>')).toMatchObject({ ok: false, reason: 'entity_forbidden' });
  });

  it('refuses documents over the size limit before reading them', () => {
    const big = `<xml><A><![CDATA[${'好'.repeat(12_000)}]]></A></xml>`;
    expect(parseWeChatXml(big)).toMatchObject({ ok: false, reason: 'too_large' });
    expect(parseWeChatXml('<xml><A>1</A></xml>', { maxBytes: 10, maxDepth: 4 })).toMatchObject({ ok: false, reason: 'too_large' });
  });

  it('refuses nesting deeper than the limit', () => {
    expect(parseWeChatXml('<xml><a><b><c><d><e>1</e></d></c></b></a></xml>')).toMatchObject({ ok: false, reason: 'too_deep' });
  });

  it.each([
    ['unclosed', '<xml><A>1</A>'],
    ['mismatched', '<xml><A>1</B></xml>'],
    ['attributes', '<xml><A x="1">1</A></xml>'],
    ['trailing content', '<xml></xml><xml></xml>'],
    ['text beside elements', '<xml>hi<A>1</A></xml>'],
    ['unterminated CDATA', '<xml><A><![CDATA[1</A></xml>'],
    ['processing instruction inside', '<xml><?php x ?></xml>'],
    ['not XML', '{"MsgType":"text"}'],
    ['empty', ''],
  ])('refuses %s documents', (_name, input) => {
    expect(parseWeChatXml(input)).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('keeps a tag named __proto__ as data', () => {
    const out = parseWeChatXml('<xml><__proto__><polluted>1</polluted></__proto__></xml>');
    expect(out.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(out.ok && Object.getPrototypeOf(out.value)).toBe(Object.prototype);
  });
});

describe('the WeChat XML writer', () => {
  it('writes strings as CDATA and numbers bare, and reads back the same', () => {
    const xml = buildWeChatXml({ Encrypt: 'abc+/=', TimeStamp: 1409304348, Nonce: 'xx]]>yy', Inner: { A: '中文' } });
    expect(xml).toBe(
      '<xml><Encrypt><![CDATA[abc+/=]]></Encrypt><TimeStamp>1409304348</TimeStamp>' +
        '<Nonce><![CDATA[xx]]]]><![CDATA[>yy]]></Nonce><Inner><A><![CDATA[中文]]></A></Inner></xml>',
    );
    expect(parseWeChatXml(xml)).toEqual({ ok: true, value: { Encrypt: 'abc+/=', TimeStamp: '1409304348', Nonce: 'xx]]>yy', Inner: { A: '中文' } } });
  });

  it('refuses element names that are not XML names', () => {
    expect(() => buildWeChatXml({ 'a b': 'x' })).toThrow(/not an XML element name/);
  });
});
