import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  aesKeyFromEncodingKey,
  decryptMessage,
  encryptMessage,
  msgSignature,
  pkcs7Pad,
  pkcs7Unpad,
  signature,
  signatureMatches,
} from '../../../src/channels/wechat/crypto.js';
import { parseWeChatXml, xmlText } from '../../../src/channels/wechat/xml.js';
import { vector, vectorIds } from './vectors.js';

interface Base {
  token: string;
  encoding_aes_key: string;
  timestamp: string;
  nonce: string;
}

describe('the published callback-crypto vectors', () => {
  it('are all exercised by a test below', () => {
    expect(vectorIds).toEqual([
      'wechat-oa-official-python-sample-decrypt',
      'wechat-oa-official-java-sample-encrypt-fixed-random',
      'wechat-oa-botframework-wechat-adapter-test',
      'wechat-oa-url-signature-wechatpy',
      'wechat-docs-message-push-example',
      'wechat-crypto-node-webot-signature',
      'wecom-wechatpy-tests',
      'wecom-official-python-sample',
      'feishu-encrypt-key-doc-vector',
    ]);
  });

  it("verifies and decrypts Tencent's Official Account sample, and re-encrypts it byte for byte", () => {
    const v = vector<Base & { appid: string; msg_signature: string; encrypt: string; post_body_xml_compat_mode: string;
      derived: { random_prefix_ascii: string; plaintext_msg: string; padded_length_bytes: number; pad_bytes: number; url_signature_for_same_ts_nonce: string } }>(
      'wechat-oa-official-python-sample-decrypt',
    );
    const key = aesKeyFromEncodingKey(v.encoding_aes_key);
    expect(msgSignature(v.token, v.timestamp, v.nonce, v.encrypt)).toBe(v.msg_signature);
    expect(signature(v.token, v.timestamp, v.nonce)).toBe(v.derived.url_signature_for_same_ts_nonce);
    expect(decryptMessage(key, v.encrypt, v.appid)).toEqual({ ok: true, message: v.derived.plaintext_msg, receiveId: v.appid });
    expect(encryptMessage(key, v.derived.plaintext_msg, v.appid, Buffer.from(v.derived.random_prefix_ascii, 'ascii'))).toBe(v.encrypt);
    const raw = Buffer.from(v.encrypt, 'base64');
    expect(raw.length).toBe(v.derived.padded_length_bytes);
    expect(20 + Buffer.byteLength(v.derived.plaintext_msg) + v.appid.length + v.derived.pad_bytes).toBe(raw.length);
    const outer = parseWeChatXml(v.post_body_xml_compat_mode);
    expect(outer.ok && xmlText(outer.value, 'Encrypt')).toBe(v.encrypt);
    expect(outer.ok && xmlText(outer.value, 'Content')).toBe('abcdteT');
  });

  it("encrypts the official Java sample's Chinese texts exactly, with its fixed random prefix", () => {
    const v = vector<Base & { appid: string; random16: string; cases: { plaintext: string; encrypt: string }[]; derived: { msg_signature_of_case0_with_ts_nonce: string } }>(
      'wechat-oa-official-java-sample-encrypt-fixed-random',
    );
    const key = aesKeyFromEncodingKey(v.encoding_aes_key);
    expect(v.cases).toHaveLength(2);
    for (const c of v.cases) {
      expect(encryptMessage(key, c.plaintext, v.appid, Buffer.from(v.random16, 'ascii'))).toBe(c.encrypt);
      expect(decryptMessage(key, c.encrypt, v.appid)).toEqual({ ok: true, message: c.plaintext, receiveId: v.appid });
    }
    expect(msgSignature(v.token, v.timestamp, v.nonce, v.cases[0]?.encrypt ?? '')).toBe(v.derived.msg_signature_of_case0_with_ts_nonce);
  });

  it("agrees with Microsoft's Bot Framework WeChat adapter test", () => {
    const v = vector<Base & { appid: string; signature: string; msg_signature: string; encrypt: string; derived: { plaintext_msg_exact: string } }>(
      'wechat-oa-botframework-wechat-adapter-test',
    );
    expect(signature(v.token, v.timestamp, v.nonce)).toBe(v.signature);
    expect(msgSignature(v.token, v.timestamp, v.nonce, v.encrypt)).toBe(v.msg_signature);
    const out = decryptMessage(aesKeyFromEncodingKey(v.encoding_aes_key), v.encrypt, v.appid);
    expect(out).toEqual({ ok: true, message: v.derived.plaintext_msg_exact, receiveId: v.appid });
  });

  it("accepts wechatpy's URL signature and refuses the one-digit-off negative case", () => {
    const v = vector<{ token: string; timestamp: string; nonce: string; signature: string; negative_case: { signature: string } }>('wechat-oa-url-signature-wechatpy');
    const expected = signature(v.token, v.timestamp, v.nonce);
    expect(expected).toBe(v.signature);
    expect(signatureMatches(expected, v.signature)).toBe(true);
    expect(signatureMatches(expected, v.signature.toUpperCase())).toBe(true);
    expect(signatureMatches(expected, v.negative_case.signature)).toBe(false);
    expect(signatureMatches(expected, undefined)).toBe(false);
    expect(signatureMatches(expected, 'not-hex')).toBe(false);
  });

  it("reproduces the signatures in WeChat's message-push guide", () => {
    const v = vector<{ token: string; url_verification: { timestamp: string; nonce: string; signature: string }; plaintext_push: { timestamp: string; nonce: string; signature: string } }>(
      'wechat-docs-message-push-example',
    );
    expect(signature(v.token, v.url_verification.timestamp, v.url_verification.nonce)).toBe(v.url_verification.signature);
    expect(signature(v.token, v.plaintext_push.timestamp, v.plaintext_push.nonce)).toBe(v.plaintext_push.signature);
  });

  it("reproduces node-webot's four-part signature and round-trips with its key and id", () => {
    const v = vector<{ token: string; encoding_aes_key: string; corpid_or_appid: string; getSignature_args: { timestamp: string; nonce: string; encrypt: string }; expected_signature: string }>(
      'wechat-crypto-node-webot-signature',
    );
    const a = v.getSignature_args;
    expect(msgSignature(v.token, a.timestamp, a.nonce, a.encrypt)).toBe(v.expected_signature);
    const key = aesKeyFromEncodingKey(v.encoding_aes_key);
    expect(decryptMessage(key, encryptMessage(key, 'hehe', v.corpid_or_appid), v.corpid_or_appid)).toMatchObject({ ok: true, message: 'hehe' });
  });

  it("verifies WeCom's URL check, decrypts its message and encrypts its reply (wechatpy)", () => {
    type V = { token: string; encoding_aes_key: string; corp_id: string;
      verify_url: { msg_signature: string; timestamp: string; nonce: string; echostr: string; negative_nonce: string };
      decrypt: { msg_signature: string; timestamp: string; nonce: string; encrypt: string; expect: { Content: string; FromUserName: string } };
      encrypt_fixed_random: { random16: string; timestamp: string; nonce: string; plaintext: string; encrypt: string; msg_signature: string };
      derived: { echostr_plaintext: string; decrypt_plaintext: string } };
    const v = vector<V>('wecom-wechatpy-tests');
    const key = aesKeyFromEncodingKey(v.encoding_aes_key);
    const u = v.verify_url;
    expect(msgSignature(v.token, u.timestamp, u.nonce, u.echostr)).toBe(u.msg_signature);
    expect(msgSignature(v.token, u.timestamp, u.negative_nonce, u.echostr)).not.toBe(u.msg_signature);
    expect(decryptMessage(key, u.echostr, v.corp_id)).toMatchObject({ ok: true, message: v.derived.echostr_plaintext });
    const d = v.decrypt;
    expect(msgSignature(v.token, d.timestamp, d.nonce, d.encrypt)).toBe(d.msg_signature);
    const out = decryptMessage(key, d.encrypt, v.corp_id);
    expect(out).toEqual({ ok: true, message: v.derived.decrypt_plaintext, receiveId: v.corp_id });
    const xml = parseWeChatXml(out.ok ? out.message : '');
    expect(xml.ok && { Content: xmlText(xml.value, 'Content'), FromUserName: xmlText(xml.value, 'FromUserName') }).toEqual(d.expect);
    const e = v.encrypt_fixed_random;
    expect(encryptMessage(key, e.plaintext, v.corp_id, Buffer.from(e.random16, 'ascii'))).toBe(e.encrypt);
    expect(msgSignature(v.token, e.timestamp, e.nonce, e.encrypt)).toBe(e.msg_signature);
  });

  it("verifies and decrypts WeCom's official Python sample, 你好 included", () => {
    type V = { token: string; encoding_aes_key: string; corp_id: string;
      verify_url: { msg_signature: string; timestamp: string; nonce: string; echostr: string };
      decrypt: { msg_signature: string; timestamp: string; nonce: string; post_body: string; encrypt: string };
      derived: { echostr_plaintext: string; decrypt_plaintext: string } };
    const v = vector<V>('wecom-official-python-sample');
    const key = aesKeyFromEncodingKey(v.encoding_aes_key);
    expect(msgSignature(v.token, v.verify_url.timestamp, v.verify_url.nonce, v.verify_url.echostr)).toBe(v.verify_url.msg_signature);
    expect(decryptMessage(key, v.verify_url.echostr, v.corp_id)).toMatchObject({ ok: true, message: v.derived.echostr_plaintext });
    const body = parseWeChatXml(v.decrypt.post_body);
    const encrypted = body.ok ? xmlText(body.value, 'Encrypt') : undefined;
    expect(encrypted).toBe(v.decrypt.encrypt);
    expect(msgSignature(v.token, v.decrypt.timestamp, v.decrypt.nonce, encrypted ?? '')).toBe(v.decrypt.msg_signature);
    const out = decryptMessage(key, v.decrypt.encrypt, v.corp_id);
    expect(out).toEqual({ ok: true, message: v.derived.decrypt_plaintext, receiveId: v.corp_id });
    const inner = parseWeChatXml(out.ok ? out.message : '');
    expect(inner.ok && xmlText(inner.value, 'Content')).toBe('你好');
  });

  it("does not mistake Feishu's different scheme for this one", () => {
    const v = vector<{ encrypt_key: string; encrypt: string; plaintext: string }>('feishu-encrypt-key-doc-vector');
    // Feishu's key is any string hashed with SHA-256, not a 43-character EncodingAESKey.
    expect(() => aesKeyFromEncodingKey(v.encrypt_key)).toThrow(/43 base64 characters/);
    const feishuKey = createHash('sha256').update(v.encrypt_key).digest();
    const out = decryptMessage(feishuKey, v.encrypt);
    expect(out.ok && out.message === v.plaintext).toBe(false);
  });
});

describe('message encryption', () => {
  const key = aesKeyFromEncodingKey('abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG');

  it('round-trips any text for any app id', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.stringMatching(/^wx[0-9a-f]{16}$/), (text, appId) => {
        expect(decryptMessage(key, encryptMessage(key, text, appId), appId)).toEqual({ ok: true, message: text, receiveId: appId });
      }),
      { numRuns: 200 },
    );
  });

  it('pads to whole 32-byte blocks with a pad value between 1 and 32', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (data) => {
        const padded = pkcs7Pad(Buffer.from(data));
        expect(padded.length % 32).toBe(0);
        expect(padded.length - data.length).toBeGreaterThanOrEqual(1);
        expect(padded.length - data.length).toBeLessThanOrEqual(32);
        expect(pkcs7Unpad(padded)).toEqual(Buffer.from(data));
      }),
    );
  });

  it("refuses a message meant for another app id", () => {
    expect(decryptMessage(key, encryptMessage(key, '<xml/>', 'wxother'), 'wxmine')).toEqual({ ok: false, reason: 'wrong_receive_id' });
  });

  it('refuses text that is not base64, not whole blocks, or badly padded', () => {
    const good = encryptMessage(key, 'hello', 'wx1');
    expect(decryptMessage(key, 'not base64!', 'wx1')).toEqual({ ok: false, reason: 'not_base64' });
    expect(decryptMessage(key, Buffer.alloc(40).toString('base64'), 'wx1')).toEqual({ ok: false, reason: 'bad_block_size' });
    const otherKey = aesKeyFromEncodingKey('ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut');
    const out = decryptMessage(otherKey, good, 'wx1');
    expect(out.ok).toBe(false);
  });

  it('refuses an EncodingAESKey of the wrong length', () => {
    expect(() => aesKeyFromEncodingKey('short')).toThrow(/WECHAT_ENCODING_AES_KEY/);
  });
});
