import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The callback crypto shared by WeChat Official Accounts, WeCom (企业微信) and DingTalk: SHA-1
 * signatures over the sorted strings, and AES-256-CBC message encryption with the 43-character
 * EncodingAESKey. Pure functions, no I/O; the receive id is the app id (WeChat), the corp id
 * (WeCom) or the suite key (DingTalk).
 *
 *   const key = aesKeyFromEncodingKey(encodingAesKey);
 *   const encrypted = encryptMessage(key, '<xml>…</xml>', 'wx123');
 *   decryptMessage(key, encrypted, 'wx123'); // { ok: true, message: '<xml>…</xml>', receiveId: 'wx123' }
 */

const BLOCK = 32;

/** SHA-1 (hex) of the lexicographically sorted parts, concatenated. */
function sha1OfSorted(parts: string[]): string {
  return createHash('sha1').update([...parts].sort().join(''), 'utf8').digest('hex');
}

/** URL signature (GET verification and plaintext-mode POSTs): sha1(sort(token, timestamp, nonce)). */
export function signature(token: string, timestamp: string, nonce: string): string {
  return sha1OfSorted([token, timestamp, nonce]);
}

/** Message signature in secure mode: sha1(sort(token, timestamp, nonce, encrypt)). */
export function msgSignature(token: string, timestamp: string, nonce: string, encrypt: string): string {
  return sha1OfSorted([token, timestamp, nonce, encrypt]);
}

/** Compares a received hex signature with the expected one in constant time. */
export function signatureMatches(expected: string, received: string | undefined): boolean {
  if (received === undefined || !/^[0-9a-fA-F]{40}$/.test(received)) return false;
  return timingSafeEqual(Buffer.from(expected, 'hex'), Buffer.from(received.toLowerCase(), 'hex'));
}

/** The 32-byte AES key: base64(EncodingAESKey + '='). Throws on a key that is not 43 base64 characters. */
export function aesKeyFromEncodingKey(encodingAesKey: string): Buffer {
  if (!/^[A-Za-z0-9+/]{43}$/.test(encodingAesKey)) {
    throw new Error('EncodingAESKey must be 43 base64 characters (WECHAT_ENCODING_AES_KEY); copy it from the platform settings');
  }
  const key = Buffer.from(`${encodingAesKey}=`, 'base64');
  if (key.length !== 32) throw new Error('EncodingAESKey does not decode to 32 bytes');
  return key;
}

/** PKCS#7 padding to a multiple of 32 bytes (pad value 1..32), as the WeChat scheme defines it. */
export function pkcs7Pad(data: Buffer, block = BLOCK): Buffer {
  const amount = block - (data.length % block);
  return Buffer.concat([data, Buffer.alloc(amount, amount)]);
}

/** Removes PKCS#7 padding (1..32), or undefined when the padding is not well formed. */
export function pkcs7Unpad(data: Buffer, block = BLOCK): Buffer | undefined {
  const amount = data[data.length - 1];
  if (amount === undefined || amount < 1 || amount > block || amount > data.length) return undefined;
  for (let i = data.length - amount; i < data.length; i++) if (data[i] !== amount) return undefined;
  return data.subarray(0, data.length - amount);
}

/**
 * Encrypts `message` for `receiveId`: base64(AES-256-CBC(random16 ‖ uint32be(len) ‖ message ‖ receiveId)).
 * `random16` is for tests reproducing published vectors; leave it out otherwise.
 */
export function encryptMessage(key: Buffer, message: string, receiveId: string, random16?: Buffer): string {
  const random = random16 ?? randomBytes(16);
  if (random.length !== 16) throw new Error('random prefix must be 16 bytes');
  const body = Buffer.from(message, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length, 0);
  const plain = pkcs7Pad(Buffer.concat([random, length, body, Buffer.from(receiveId, 'utf8')]));
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(plain), cipher.final()]).toString('base64');
}

export type DecryptOutcome =
  | { ok: true; message: string; receiveId: string }
  | { ok: false; reason: 'not_base64' | 'bad_block_size' | 'bad_padding' | 'bad_length' | 'wrong_receive_id' };

/**
 * Decrypts a base64 `Encrypt` value. When `expectedReceiveId` is given, a message for another
 * app (or corp) is refused with `wrong_receive_id`.
 */
export function decryptMessage(key: Buffer, encrypted: string, expectedReceiveId?: string): DecryptOutcome {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encrypted)) return { ok: false, reason: 'not_base64' };
  const data = Buffer.from(encrypted, 'base64');
  if (data.length === 0 || data.length % BLOCK !== 0) return { ok: false, reason: 'bad_block_size' };
  const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16));
  decipher.setAutoPadding(false);
  const plain = pkcs7Unpad(Buffer.concat([decipher.update(data), decipher.final()]));
  if (!plain || plain.length < 20) return { ok: false, reason: 'bad_padding' };
  const length = plain.readUInt32BE(16);
  if (20 + length > plain.length) return { ok: false, reason: 'bad_length' };
  const message = plain.subarray(20, 20 + length).toString('utf8');
  const receiveId = plain.subarray(20 + length).toString('utf8');
  if (expectedReceiveId !== undefined && receiveId !== expectedReceiveId) return { ok: false, reason: 'wrong_receive_id' };
  return { ok: true, message, receiveId };
}
