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

/** One name's hashes, one per role, under one salt: a check derives one key whatever the roles. */
interface StoredCredential {
  name: string;
  salt: Buffer;
  hashes: { role: Role; hash: Buffer }[];
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
    const byName = new Map<string, StoredCredential>();
    for (const u of users) {
      let entry = byName.get(u.name);
      if (!entry) {
        entry = { name: u.name, salt: randomBytes(16), hashes: [] };
        byName.set(u.name, entry);
      }
      entry.hashes.push({ role: u.role, hash: this.derive(u.password, entry.salt) });
    }
    this.entries = [...byName.values()];
    const salt = randomBytes(16);
    this.dummy = {
      name: '',
      salt,
      hashes: [{ role: 'reviewer', hash: this.derive(randomBytes(16).toString('hex'), salt) }],
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
    return this.entries.filter((e) => e.hashes.some((h) => h.role === role)).length;
  }

  /**
   * The principal for a name and password, with every role whose password matches. One scrypt
   * derivation per check, whether the name is unknown, holds one role or both (sec18: a name in
   * both REVIEWER_USERS and AGENT_USERS cost two, so timing told that it existed). scrypt runs on
   * the libuv thread pool, so a flood of guesses does not stall other requests.
   */
  async verify(name: string, password: string): Promise<Principal | undefined> {
    const known = this.entries.find((e) => e.name === name);
    const entry = known ?? this.dummy;
    const given = await this.deriveKey(password, entry.salt);
    const roles: Role[] = [];
    for (const { role, hash } of entry.hashes)
      if (timingSafeEqual(given, hash) && known !== undefined && !roles.includes(role)) roles.push(role);
    return roles.length > 0 ? { name, roles } : undefined;
  }

  /** The one asynchronous derivation a check runs (kept a method so a test can count it). */
  private deriveKey(password: string, salt: Buffer): Promise<Buffer> {
    return deriveAsync(password, salt, this.cost);
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
