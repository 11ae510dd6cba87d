import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Seals a claimed activity's answer at rest (AES-256-GCM under a key derived from the shared
 * secret, the claim key as associated data: an answer cannot be moved to another activity).
 *
 *   const seal = new AnswerSeal(secret);
 *   const sealed = seal.seal(key, answer); seal.open(key, sealed); // the answer, or undefined
 */
export class AnswerSeal {
  private readonly sealKey: Buffer;

  constructor(secret: string) {
    if (secret.length === 0) throw new Error('AnswerSeal: the shared secret is empty');
    this.sealKey = createHmac('sha256', secret).update('collections-assistant/activity-claims/v1').digest();
  }

  seal(key: string, answer: object): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.sealKey, iv);
    cipher.setAAD(Buffer.from(key));
    const body = Buffer.concat([cipher.update(JSON.stringify(answer), 'utf8'), cipher.final()]);
    return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  /** The parsed answer, or undefined when it was sealed under another secret or key, or tampered with. */
  open(key: string, sealed: string): unknown {
    try {
      if (!sealed.startsWith('v1.')) return undefined;
      const raw = Buffer.from(sealed.slice(3), 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', this.sealKey, raw.subarray(0, 12));
      decipher.setAAD(Buffer.from(key));
      decipher.setAuthTag(raw.subarray(12, 28));
      return JSON.parse(
        Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8'),
      );
    } catch {
      return undefined;
    }
  }
}
