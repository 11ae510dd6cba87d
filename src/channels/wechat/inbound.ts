import { decryptMessage, msgSignature, signature, signatureMatches } from './crypto.js';
import { MAX_MESSAGE_TEXT_CHARS } from '../../core/limits.js';
import { parseWeChatXml, xmlText, type XmlElement, type XmlLimits } from './xml.js';

/** What the webhook needs to authenticate and read a callback. */
export interface InboundSettings {
  token: string;
  appId: string;
  /** The AES key in secure mode; undefined in plaintext mode. */
  aesKey: Buffer | undefined;
  xml: XmlLimits;
  /** Largest accepted difference between WeChat's timestamp and our clock. */
  maxSkewMs: number;
}

/** The query string WeChat puts on callback URLs. */
export interface WebhookQuery {
  signature?: string;
  timestamp?: string;
  nonce?: string;
  echostr?: string;
  encrypt_type?: string;
  msg_signature?: string;
}

export type Rejection = { ok: false; status: 400 | 401 | 403 | 413; reason: string };

/** GET verification: answers `echostr` when the URL signature is right. */
export function verifyServer(query: WebhookQuery, token: string): { ok: true; echostr: string } | Rejection {
  const { timestamp, nonce, echostr } = query;
  if (
    timestamp === undefined ||
    nonce === undefined ||
    !signatureMatches(signature(token, timestamp, nonce), query.signature)
  ) {
    return { ok: false, status: 401, reason: 'bad_signature' };
  }
  if (echostr === undefined) return { ok: false, status: 400, reason: 'missing_echostr' };
  return { ok: true, echostr };
}

export type InboundMessage =
  | { kind: 'text'; openid: string; account: string; createTime: number; msgId: string; text: string }
  | { kind: 'event'; openid: string; account: string; createTime: number; event: 'subscribe' | 'unsubscribe' }
  /** Other message types and events (image, location, menu clicks…): acknowledged, no turn. */
  | {
      kind: 'ignored';
      openid: string;
      account: string;
      createTime: number;
      msgType: string;
      msgId: string | undefined;
    };

export type InboundOutcome = { ok: true; message: InboundMessage; dedupeKey: string } | Rejection;

const reject = (status: Rejection['status'], reason: string): Rejection => ({ ok: false, status, reason });

/**
 * Authenticates and reads a POSTed callback, in plaintext or secure (AES) mode. Every failure is
 * a value with its HTTP status: 401 bad signature or stale timestamp, 403 another app's message,
 * 413 too large, 400 malformed.
 */
export function readInbound(
  query: WebhookQuery,
  body: Buffer,
  settings: InboundSettings,
  now: Date,
): InboundOutcome {
  const { timestamp, nonce } = query;
  if (timestamp === undefined || nonce === undefined) return reject(401, 'bad_signature');
  if (body.length > settings.xml.maxBytes) return reject(413, 'too_large');
  // Plaintext mode signs only the URL: check it before reading the body at all.
  if (!settings.aesKey && !signatureMatches(signature(settings.token, timestamp, nonce), query.signature)) {
    return reject(401, 'bad_signature');
  }
  const outer = parseWeChatXml(body, settings.xml);
  if (!outer.ok) return reject(outer.reason === 'too_large' ? 413 : 400, `xml_${outer.reason}`);
  const opened = settings.aesKey
    ? openSecure(query, outer.value, settings, settings.aesKey)
    : openPlain(query, outer.value);
  if (!opened.ok) return opened;
  if (!/^\d{1,12}$/.test(timestamp)) return reject(400, 'bad_timestamp');
  if (Math.abs(now.getTime() - Number(timestamp) * 1000) > settings.maxSkewMs)
    return reject(401, 'stale_timestamp');
  return toMessage(opened.xml);
}

function openPlain(query: WebhookQuery, xml: XmlElement): { ok: true; xml: XmlElement } | Rejection {
  if (
    query.encrypt_type === 'aes' ||
    (xmlText(xml, 'Encrypt') !== undefined && xmlText(xml, 'MsgType') === undefined)
  ) {
    return reject(400, 'encrypted_but_no_aes_key');
  }
  return { ok: true, xml };
}

function openSecure(
  query: WebhookQuery,
  xml: XmlElement,
  settings: InboundSettings,
  key: Buffer,
): { ok: true; xml: XmlElement } | Rejection {
  const { timestamp = '', nonce = '' } = query;
  const encrypted = xmlText(xml, 'Encrypt');
  if (encrypted === undefined) {
    // Without a message signature this cannot be authenticated at all.
    return signatureMatches(signature(settings.token, timestamp, nonce), query.signature)
      ? reject(400, 'expected_encrypted_message')
      : reject(401, 'bad_signature');
  }
  if (!signatureMatches(msgSignature(settings.token, timestamp, nonce, encrypted), query.msg_signature))
    return reject(401, 'bad_signature');
  if (query.encrypt_type !== 'aes') return reject(400, 'expected_encrypt_type_aes');
  const decrypted = decryptMessage(key, encrypted, settings.appId);
  if (!decrypted.ok)
    return reject(decrypted.reason === 'wrong_receive_id' ? 403 : 400, `decrypt_${decrypted.reason}`);
  const inner = parseWeChatXml(decrypted.message, settings.xml);
  if (!inner.ok) return reject(400, `xml_${inner.reason}`);
  return { ok: true, xml: inner.value };
}

function toMessage(xml: XmlElement): InboundOutcome {
  const openid = xmlText(xml, 'FromUserName');
  const account = xmlText(xml, 'ToUserName');
  const msgType = xmlText(xml, 'MsgType');
  const createText = xmlText(xml, 'CreateTime') ?? '';
  if (!openid || !/^[\w-]{1,64}$/.test(openid) || !account || !msgType || !/^\d{1,12}$/.test(createText)) {
    return reject(400, 'missing_fields');
  }
  const createTime = Number(createText);
  const msgId = xmlText(xml, 'MsgId');
  const base = { openid, account, createTime };
  const keyFor = (suffix: string): string =>
    msgId ? `msg:${msgId}` : `evt:${openid}:${createTime}:${suffix}`;
  if (msgType === 'text' || (msgType === 'voice' && xmlText(xml, 'Recognition'))) {
    const text = xmlText(xml, msgType === 'text' ? 'Content' : 'Recognition');
    if (text === undefined || !msgId) return reject(400, 'missing_fields');
    if (text.length > MAX_MESSAGE_TEXT_CHARS) return reject(413, 'text_too_long');
    return { ok: true, message: { kind: 'text', ...base, msgId, text }, dedupeKey: keyFor('') };
  }
  if (msgType === 'event') {
    const event = (xmlText(xml, 'Event') ?? '').toLowerCase();
    if (event === 'subscribe' || event === 'unsubscribe') {
      return { ok: true, message: { kind: 'event', ...base, event }, dedupeKey: keyFor(event) };
    }
    return {
      ok: true,
      message: { kind: 'ignored', ...base, msgType: `event:${event}`, msgId },
      dedupeKey: keyFor(event),
    };
  }
  return { ok: true, message: { kind: 'ignored', ...base, msgType, msgId }, dedupeKey: keyFor(msgType) };
}
