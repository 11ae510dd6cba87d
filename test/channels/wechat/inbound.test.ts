import { describe, expect, it } from 'vitest';
import { aesKeyFromEncodingKey } from '../../../src/channels/wechat/crypto.js';
import { readInbound, verifyServer, type InboundSettings } from '../../../src/channels/wechat/inbound.js';
import { DEFAULT_XML_LIMITS, buildWeChatXml } from '../../../src/channels/wechat/xml.js';
import { APP_ID, eventXml, OA, plainCallback, secureCallback, textXml, TOKEN } from './helpers.js';
import { vector } from './vectors.js';

const NOW = new Date('2026-11-28T10:00:00Z');
const TS = NOW.getTime() / 1000;
const plain: InboundSettings = { token: TOKEN, appId: APP_ID, aesKey: undefined, xml: DEFAULT_XML_LIMITS, maxSkewMs: 5 * 60_000 };
const secure: InboundSettings = { ...plain, aesKey: aesKeyFromEncodingKey('abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG') };
const read = (settings: InboundSettings, cb: { query: Record<string, string>; body: string }, now = NOW) =>
  readInbound(cb.query, Buffer.from(cb.body), settings, now);

describe('server verification', () => {
  const v = vector<{ token: string; url_verification: { timestamp: string; nonce: string; echostr: string; signature: string } }>('wechat-docs-message-push-example');

  it("answers the echostr of WeChat's documented verification request", () => {
    expect(verifyServer({ ...v.url_verification }, v.token)).toEqual({ ok: true, echostr: v.url_verification.echostr });
  });

  it('refuses a wrong signature, a wrong token and missing parameters with 401', () => {
    const u = v.url_verification;
    expect(verifyServer({ ...u, signature: u.signature.replace(/.$/, '0') }, v.token)).toEqual({ ok: false, status: 401, reason: 'bad_signature' });
    expect(verifyServer({ ...u }, 'another-token')).toMatchObject({ status: 401 });
    expect(verifyServer({ echostr: 'x' }, v.token)).toMatchObject({ status: 401 });
  });
});

describe('reading callbacks in plaintext mode', () => {
  it('reads a text message from the person who sent it', () => {
    expect(read(plain, plainCallback(textXml('demo-zh', '你好', '6054768590064713728', TS), TS))).toEqual({
      ok: true,
      dedupeKey: 'msg:6054768590064713728',
      message: { kind: 'text', openid: 'demo-zh', account: OA, createTime: TS, msgId: '6054768590064713728', text: '你好' },
    });
  });

  it('reads subscribe and unsubscribe events, keyed by person and time', () => {
    expect(read(plain, plainCallback(eventXml('demo-zh', 'subscribe', TS), TS))).toMatchObject({
      ok: true,
      dedupeKey: `evt:demo-zh:${TS}:subscribe`,
      message: { kind: 'event', event: 'subscribe', openid: 'demo-zh' },
    });
    expect(read(plain, plainCallback(eventXml('demo-zh', 'unsubscribe', TS), TS))).toMatchObject({ ok: true, message: { kind: 'event', event: 'unsubscribe' } });
  });

  it('reads recognised voice as text and acknowledges other types without a turn', () => {
    const voice = buildWeChatXml({ ToUserName: OA, FromUserName: 'u1', CreateTime: TS, MsgType: 'voice', MediaId: 'm', Recognition: '我要还款', MsgId: '7' });
    expect(read(plain, plainCallback(voice, TS))).toMatchObject({ ok: true, message: { kind: 'text', text: '我要还款' } });
    const image = buildWeChatXml({ ToUserName: OA, FromUserName: 'u1', CreateTime: TS, MsgType: 'image', PicUrl: 'http://x', MsgId: '8' });
    expect(read(plain, plainCallback(image, TS))).toMatchObject({ ok: true, message: { kind: 'ignored', msgType: 'image' } });
  });

  it('refuses a bad signature with 401 before reading the body', () => {
    const cb = plainCallback('not xml at all', TS);
    expect(read(plain, { ...cb, query: { ...cb.query, signature: '0'.repeat(40) } })).toEqual({ ok: false, status: 401, reason: 'bad_signature' });
    expect(read(plain, { ...cb, query: {} })).toMatchObject({ status: 401 });
  });

  it('refuses timestamps more than five minutes from our clock, either way, with 401', () => {
    const cb = plainCallback(textXml('u1', 'hi', '1', TS), TS);
    expect(read(plain, cb, new Date(NOW.getTime() + 5 * 60_000))).toMatchObject({ ok: true });
    expect(read(plain, cb, new Date(NOW.getTime() + 5 * 60_000 + 1000))).toEqual({ ok: false, status: 401, reason: 'stale_timestamp' });
    expect(read(plain, cb, new Date(NOW.getTime() - 5 * 60_000 - 1000))).toEqual({ ok: false, status: 401, reason: 'stale_timestamp' });
  });

  it('refuses malformed XML, DTDs and missing fields with 400, oversized bodies with 413', () => {
    expect(read(plain, plainCallback('<xml><MsgType>text</xml>', TS))).toEqual({ ok: false, status: 400, reason: 'xml_malformed' });
    expect(read(plain, plainCallback('<!DOCTYPE x><xml/>', TS))).toEqual({ ok: false, status: 400, reason: 'xml_dtd_forbidden' });
    expect(read(plain, plainCallback(buildWeChatXml({ MsgType: 'text', Content: 'hi' }), TS))).toEqual({ ok: false, status: 400, reason: 'missing_fields' });
    const big = textXml('u1', '好'.repeat(11_000), '1', TS);
    expect(read(plain, plainCallback(big, TS))).toEqual({ ok: false, status: 413, reason: 'too_large' });
  });

  it('refuses an encrypted callback when no EncodingAESKey is configured', () => {
    const cb = secureCallback(textXml('u1', 'hi', '1', TS), TS);
    expect(read(plain, cb)).toEqual({ ok: false, status: 400, reason: 'encrypted_but_no_aes_key' });
  });
});

describe('reading callbacks in secure mode', () => {
  it('decrypts a message signed with msg_signature', () => {
    expect(read(secure, secureCallback(textXml('demo-zh', '我想分期', '99', TS), TS))).toMatchObject({
      ok: true,
      message: { kind: 'text', openid: 'demo-zh', text: '我想分期', msgId: '99' },
    });
  });

  it("reads Tencent's own compatible-mode sample", () => {
    const v = vector<{ token: string; encoding_aes_key: string; appid: string; timestamp: string; nonce: string; msg_signature: string; post_body_xml_compat_mode: string }>(
      'wechat-oa-official-python-sample-decrypt',
    );
    const settings: InboundSettings = { ...secure, token: v.token, appId: v.appid, aesKey: aesKeyFromEncodingKey(v.encoding_aes_key) };
    const query = { timestamp: v.timestamp, nonce: v.nonce, encrypt_type: 'aes', msg_signature: v.msg_signature };
    const out = readInbound(query, Buffer.from(v.post_body_xml_compat_mode), settings, new Date(Number(v.timestamp) * 1000));
    expect(out).toMatchObject({ ok: true, message: { kind: 'text', openid: 'oyORnuP8q7ou2gfYjqLzSIWZf0rs', text: 'abcdteT', msgId: '6054768590064713728' } });
  });

  it('refuses a wrong msg_signature, or a right URL signature without one, with 401', () => {
    const cb = secureCallback(textXml('u1', 'hi', '1', TS), TS);
    expect(read(secure, { ...cb, query: { ...cb.query, msg_signature: cb.query.signature ?? '' } })).toEqual({ ok: false, status: 401, reason: 'bad_signature' });
    const { msg_signature: _dropped, ...withoutMsgSignature } = cb.query;
    expect(read(secure, { ...cb, query: withoutMsgSignature })).toMatchObject({ status: 401 });
    expect(read(secure, secureCallback(textXml('u1', 'hi', '1', TS), TS, { token: 'other' }))).toMatchObject({ status: 401 });
  });

  it("refuses a message encrypted for another app id with 403", () => {
    expect(read(secure, secureCallback(textXml('u1', 'hi', '1', TS), TS, { appId: 'wxsomeoneelse' }))).toEqual({ ok: false, status: 403, reason: 'decrypt_wrong_receive_id' });
  });

  it('refuses plaintext bodies and a missing encrypt_type=aes with 400', () => {
    expect(read(secure, plainCallback(textXml('u1', 'hi', '1', TS), TS))).toEqual({ ok: false, status: 400, reason: 'expected_encrypted_message' });
    const cb = secureCallback(textXml('u1', 'hi', '1', TS), TS);
    const { encrypt_type: _dropped, ...rest } = cb.query;
    expect(read(secure, { ...cb, query: rest })).toEqual({ ok: false, status: 400, reason: 'expected_encrypt_type_aes' });
  });

  it('refuses stale timestamps and malformed inner XML', () => {
    expect(read(secure, secureCallback(textXml('u1', 'hi', '1', TS - 400), TS - 400))).toMatchObject({ status: 401, reason: 'stale_timestamp' });
    expect(read(secure, secureCallback('<xml><A>', TS))).toEqual({ ok: false, status: 400, reason: 'xml_malformed' });
  });
});
