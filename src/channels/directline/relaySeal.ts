import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Seals a Direct Line frame relayed between instances over PostgreSQL NOTIFY (AES-256-GCM under a
 * key derived from LINK_SECRET, the same on every instance; the conversation id as associated
 * data). NOTIFY and LISTEN need no privilege: any user who can connect to the database could
 * otherwise read every relayed reply and push a forged "bank" message, or a stored frame that
 * takes a real activity's watermark, into anyone's stream (red team scalesec21).
 *
 *   const seal = new RelaySeal(config.linkSecret);
 *   const wire = seal.seal(conversationId, text); seal.open(conversationId, wire); // text, or undefined
 */
export class RelaySeal {
  private readonly key: Buffer;

  constructor(secret: string) {
    if (secret.length === 0) throw new Error('RelaySeal: the shared secret is empty');
    this.key = createHmac('sha256', secret).update('collections-assistant/directline-relay/v1').digest();
  }

  seal(conversationId: string, text: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(conversationId, 'utf8'));
    const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
    return `r1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  /** The text, or undefined when it was sealed under another secret or for another conversation, or altered. */
  open(conversationId: string, wire: string): string | undefined {
    if (!wire.startsWith('r1.')) return undefined;
    const raw = Buffer.from(wire.slice(3), 'base64url');
    if (raw.length < 28) return undefined;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
      decipher.setAAD(Buffer.from(conversationId, 'utf8'));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      return undefined;
    }
  }
}
