import { createHash } from 'node:crypto';
import type { Clock } from '../core/clock.js';

/** Whether a sign-in may be tried now, or how long to wait. */
export type ThrottleVerdict = { status: 'allowed' } | { status: 'locked'; retryAfterSeconds: number };

/**
 * Failed sign-ins per key, asynchronous so every instance can share one (the in-memory
 * `LoginThrottle` is the default; `SharedLoginThrottle` of `store/sharedLimits.ts` over SQLite or
 * PostgreSQL rate counters is the shared one).
 */
export interface SignInThrottle {
  /** Locked when any of the keys is locked; the longest wait wins. */
  check(keys: string[]): Promise<ThrottleVerdict>;
  fail(keys: string[]): Promise<void>;
  /** Takes back one failure counted in advance. */
  forgive(keys: string[]): Promise<void>;
  /** A success forgets the failures of these keys. */
  succeed(keys: string[]): Promise<void>;
}

/**
 * A throttle that never sees a key in clear: each key (a user name, an address) becomes its
 * SHA-256 digest, so a shared table of counters holds no name or address.
 */
export class DigestedThrottle implements SignInThrottle {
  constructor(private readonly inner: SignInThrottle) {}

  check(keys: string[]): Promise<ThrottleVerdict> {
    return this.inner.check(keys.map(keyDigest));
  }

  fail(keys: string[]): Promise<void> {
    return this.inner.fail(keys.map(keyDigest));
  }

  forgive(keys: string[]): Promise<void> {
    return this.inner.forgive(keys.map(keyDigest));
  }

  succeed(keys: string[]): Promise<void> {
    return this.inner.succeed(keys.map(keyDigest));
  }
}

function keyDigest(key: string): string {
  return `k:${createHash('sha256').update(key).digest('hex')}`;
}

export interface ThrottleOptions {
  /** Failures allowed before the first lockout. */
  freeFailures?: number;
  /** Length of the first lockout; each further failure doubles it. */
  baseLockMs?: number;
  maxLockMs?: number;
  /** Failures older than this are forgotten. */
  windowMs?: number;
  /** Keys remembered at most (the oldest are forgotten first), so a flood cannot grow memory. */
  maxKeys?: number;
}

interface Entry {
  failures: number;
  lastFailure: number;
  lockedUntil: number;
  /** The lock before the last failure, restored when that failure is forgiven. */
  previousLock: number;
}

/**
 * Failed staff sign-ins per key (a user name, an address): after `freeFailures` failures each
 * further one locks the key for an exponentially longer time (1 s, 2 s, 4 s … up to 1 h by
 * default). A locked key is refused before any password is checked. In process memory: one
 * instance only.
 *
 *   await throttle.check(['user:alice', 'addr:10.0.0.7']); // { status: 'locked', retryAfterSeconds: 8 }
 *   await throttle.fail(['user:alice', 'addr:10.0.0.7']);
 */
export class LoginThrottle implements SignInThrottle {
  private readonly entries = new Map<string, Entry>();
  private readonly freeFailures: number;
  private readonly baseLockMs: number;
  private readonly maxLockMs: number;
  private readonly windowMs: number;
  private readonly maxKeys: number;

  constructor(
    private readonly clock: Clock,
    options: ThrottleOptions = {},
  ) {
    this.freeFailures = options.freeFailures ?? 5;
    this.baseLockMs = options.baseLockMs ?? 1000;
    this.maxLockMs = options.maxLockMs ?? 3600_000;
    this.windowMs = options.windowMs ?? 24 * 3600_000;
    this.maxKeys = options.maxKeys ?? 10_000;
  }

  /** Locked when any of the keys is locked; the longest wait wins. */
  async check(keys: string[]): Promise<ThrottleVerdict> {
    const now = this.clock.now().getTime();
    let wait = 0;
    for (const key of keys) {
      const entry = this.live(key, now);
      if (entry && entry.lockedUntil > now) wait = Math.max(wait, entry.lockedUntil - now);
    }
    return wait > 0 ? { status: 'locked', retryAfterSeconds: Math.ceil(wait / 1000) } : { status: 'allowed' };
  }

  async fail(keys: string[]): Promise<void> {
    const now = this.clock.now().getTime();
    for (const key of keys) {
      const entry = this.live(key, now) ?? { failures: 0, lastFailure: now, lockedUntil: 0, previousLock: 0 };
      entry.failures += 1;
      entry.lastFailure = now;
      entry.previousLock = entry.lockedUntil;
      const over = entry.failures - this.freeFailures;
      if (over >= 0)
        entry.lockedUntil = now + Math.min(this.baseLockMs * 2 ** Math.min(over, 30), this.maxLockMs);
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    while (this.entries.size > this.maxKeys) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /**
   * Takes back one failure counted in advance (callers count an attempt as failed before the
   * slow password check, so parallel guesses cannot all pass `check` at once).
   */
  async forgive(keys: string[]): Promise<void> {
    for (const key of keys) {
      const entry = this.entries.get(key);
      if (!entry) continue;
      entry.failures = Math.max(entry.failures - 1, 0);
      entry.lockedUntil = entry.failures < this.freeFailures ? 0 : entry.previousLock;
    }
  }

  /** A success forgets the failures of these keys. */
  async succeed(keys: string[]): Promise<void> {
    for (const key of keys) this.entries.delete(key);
  }

  private live(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && now - entry.lastFailure > this.windowMs && entry.lockedUntil <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }
}
