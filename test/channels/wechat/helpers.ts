import {
  aesKeyFromEncodingKey,
  encryptMessage,
  msgSignature,
  signature,
} from '../../../src/channels/wechat/crypto.js';
import { buildWeChatXml } from '../../../src/channels/wechat/xml.js';

export const TOKEN = 'spamtest';
export const APP_ID = 'wx2c2769f8efd9abc2';
export const APP_SECRET = 'test-secret';
export const AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
export const OA = 'gh_10f6c3c3ac5a';

export interface Callback {
  query: Record<string, string>;
  body: string;
}

/** A text message as WeChat would POST it in plaintext mode. */
export function textXml(openid: string, text: string, msgId: string, createTime: number): string {
  return buildWeChatXml({
    ToUserName: OA,
    FromUserName: openid,
    CreateTime: createTime,
    MsgType: 'text',
    Content: text,
    MsgId: msgId,
  });
}

export function eventXml(openid: string, event: 'subscribe' | 'unsubscribe', createTime: number): string {
  return buildWeChatXml({
    ToUserName: OA,
    FromUserName: openid,
    CreateTime: createTime,
    MsgType: 'event',
    Event: event,
  });
}

let nonces = 1320562132;
/** A fresh nonce per callback, as WeChat sends (a reused one with another body is refused). */
const nextNonce = (): string => String((nonces += 1));

/** Signs a plaintext-mode callback. */
export function plainCallback(xml: string, timestamp: number, nonce = nextNonce(), token = TOKEN): Callback {
  const ts = String(timestamp);
  return { query: { signature: signature(token, ts, nonce), timestamp: ts, nonce, openid: 'x' }, body: xml };
}

/** Encrypts and signs a secure-mode callback for `appId`. */
export function secureCallback(
  xml: string,
  timestamp: number,
  options: { nonce?: string; appId?: string; token?: string } = {},
): Callback {
  const ts = String(timestamp);
  const nonce = options.nonce ?? nextNonce();
  const token = options.token ?? TOKEN;
  const encrypt = encryptMessage(aesKeyFromEncodingKey(AES_KEY), xml, options.appId ?? APP_ID);
  return {
    query: {
      signature: signature(token, ts, nonce),
      timestamp: ts,
      nonce,
      encrypt_type: 'aes',
      msg_signature: msgSignature(token, ts, nonce, encrypt),
    },
    body: buildWeChatXml({ ToUserName: OA, Encrypt: encrypt }),
  };
}

export function queryString(query: Record<string, string>): string {
  return new URLSearchParams(query).toString();
}
