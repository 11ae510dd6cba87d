import { randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { Config } from '../config/config.js';

/** The people who sign in to consoles and APIs, by role. A credential has one or both. */
export type Role = 'reviewer' | 'agent';

export const ROLES: readonly Role[] = ['reviewer', 'agent'];

/** Who is signed in. */
export interface Principal {
  name: string;
  roles: Role[];
}

interface StoredCredential {
  name: string;
  role: Role;
  salt: Buffer;
  hash: Buffer;
}

export interface CredentialOptions {
  /** scrypt cost N (a power of two). 16384 in production; tests may lower it. */
  scryptCost?: number;
}

const KEY_LENGTH = 32;

/**
 * Reviewer and agent credentials from config (REVIEWER_USERS, AGENT_USERS). Passwords are kept
 * only as salted scrypt hashes once loaded; checks compare in constant time and cost the same
 * whether or not the name exists.
 *
 *   const credentials = Credentials.fromConfig(config);
 *   await credentials.verify('alice', 'secret'); // { name: 'alice', roles: ['reviewer'] } or undefined
 */
export class Credentials {
  private readonly entries: StoredCredential[];
  private readonly dummy: StoredCredential;
  private readonly cost: number;

  constructor(users: { name: string; password: string; role: Role }[], options: CredentialOptions = {}) {
    this.cost = options.scryptCost ?? 16384;
    this.entries = users.map((u) => {
      const salt = randomBytes(16);
      return { name: u.name, role: u.role, salt, hash: this.derive(u.password, salt) };
    });
    const salt = randomBytes(16);
    this.dummy = {
      name: '',
      role: 'reviewer',
      salt,
      hash: this.derive(randomBytes(16).toString('hex'), salt),
    };
  }

  static fromConfig(
    config: Pick<Config, 'REVIEWER_USERS' | 'AGENT_USERS'>,
    options?: CredentialOptions,
  ): Credentials {
    return new Credentials(
      [
        ...config.REVIEWER_USERS.map((u) => ({ ...u, role: 'reviewer' as const })),
        ...config.AGENT_USERS.map((u) => ({ ...u, role: 'agent' as const })),
      ],
      options,
    );
  }

  /** How many people hold a role (a console with none cannot be signed in to). */
  count(role: Role): number {
    return this.entries.filter((e) => e.role === role).length;
  }

  /**
   * The principal for a name and password, with every role whose password matches. scrypt runs
   * on the libuv thread pool, so a flood of guesses does not stall other requests.
   */
  async verify(name: string, password: string): Promise<Principal | undefined> {
    const candidates = this.entries.filter((e) => e.name === name);
    const roles: Role[] = [];
    for (const entry of candidates.length > 0 ? candidates : [this.dummy]) {
      const given = await deriveAsync(password, entry.salt, this.cost);
      if (timingSafeEqual(given, entry.hash) && entry !== this.dummy && !roles.includes(entry.role))
        roles.push(entry.role);
    }
    return roles.length > 0 ? { name, roles } : undefined;
  }

  private derive(password: string, salt: Buffer): Buffer {
    return scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, { N: this.cost, r: 8, p: 1 });
  }
}

function deriveAsync(password: string, salt: Buffer, cost: number): Promise<Buffer> {
  const options: ScryptOptions = { N: cost, r: 8, p: 1 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

/** Name and password from an `Authorization: Basic …` header, or undefined. */
export function parseBasic(header: string | undefined): { name: string; password: string } | undefined {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!m?.[1]) return undefined;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  if (i <= 0) return undefined;
  return { name: decoded.slice(0, i), password: decoded.slice(i + 1) };
}
