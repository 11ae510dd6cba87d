import type { Logger } from 'pino';
import { systemClock, type Clock } from '../../core/clock.js';
import type { ModelFailure } from './modelErrors.js';

/** The model's state for /healthz; the same shape as App's ModelStatus. */
export type ModelHealthStatus =
  | { mode: 'offline' }
  | { mode: 'model'; model: string; state: 'ok' }
  | { mode: 'model'; model: string; state: 'degraded'; reason: string; since: string };

export interface HealthSettings {
  /** Consecutive failed calls that mark the model degraded (a success clears it). */
  failuresToDegrade?: number;
}

/** Failures that say the configuration is wrong: degraded at once, not after a streak. */
const IMMEDIATE: ReadonlySet<ModelFailure> = new Set(['auth', 'bad_request']);

/**
 * Tracks the model's recent calls. A streak of failures (or one auth/config failure) marks it
 * degraded, with the reason and since when; one answer marks it ok again. Transitions are logged
 * once each (reason codes and HTTP status only, never message text). The service keeps working
 * either way: a degraded model only means replies come from templates.
 *
 *   health.failed('timeout', 'AbortError: no answer within 6000 ms');
 *   health.status(); // { mode: 'model', model: 'gpt-4o-mini', state: 'ok' } until the streak is long enough
 */
export class ModelHealth {
  private streak = 0;
  private degraded: { reason: string; since: string } | undefined;
  private firstFailureAt: Date | undefined;
  private readonly threshold: number;

  constructor(
    private readonly model: string,
    private readonly logger?: Logger,
    private readonly clock: Clock = systemClock,
    settings: HealthSettings = {},
  ) {
    this.threshold = Math.max(1, settings.failuresToDegrade ?? 3);
  }

  /** A call that produced a usable answer. */
  succeeded(): void {
    if (this.degraded) {
      this.logger?.info(
        { model: this.model, wasDegradedSince: this.degraded.since },
        'language model answering again',
      );
    }
    this.streak = 0;
    this.firstFailureAt = undefined;
    this.degraded = undefined;
  }

  /** A call that did not: `detail` is a short, PII-masked description (logged at debug). */
  failed(reason: ModelFailure, detail?: string): void {
    this.streak++;
    this.firstFailureAt ??= this.clock.now();
    this.logger?.debug(
      { model: this.model, reason, detail, streak: this.streak },
      'language model call failed',
    );
    if (this.degraded) {
      this.degraded.reason = reason;
      return;
    }
    if (this.streak >= this.threshold || IMMEDIATE.has(reason)) {
      this.degraded = { reason, since: this.firstFailureAt.toISOString() };
      this.logger?.warn(
        { model: this.model, reason, detail, failures: this.streak, since: this.degraded.since },
        `language model degraded (${reason}); replies use the offline templates until it answers again`,
      );
    }
  }

  status(): ModelHealthStatus {
    if (this.degraded) {
      return {
        mode: 'model',
        model: this.model,
        state: 'degraded',
        reason: this.degraded.reason,
        since: this.degraded.since,
      };
    }
    return { mode: 'model', model: this.model, state: 'ok' };
  }
}

/** The health of the offline language path: always offline, never degraded. */
export const offlineHealth = { status: (): ModelHealthStatus => ({ mode: 'offline' }) };
