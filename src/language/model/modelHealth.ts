import type { Logger } from 'pino';
import { systemClock, type Clock } from '../../core/clock.js';
import type { ModelFailure } from './modelErrors.js';

/** What the model is asked to do; each is tracked on its own, so one cannot hide another. */
export const MODEL_PURPOSES = ['understanding', 'wording', 'judge'] as const;
export type ModelPurpose = (typeof MODEL_PURPOSES)[number];

/** One purpose over its last calls. `unused`: no call yet (the judge when GUARDRAIL_MODEL_CHECK is off). */
export type PurposeStatus =
  | { state: 'unused' }
  | { state: 'ok'; calls: number; failures: number }
  | { state: 'degraded'; reason: string; since: string; calls: number; failures: number };

/** The probed capabilities and the methods chosen (capabilities.ts), as /healthz shows them. */
export interface ModelProfileStatus {
  structuredOutput: string;
  stream: boolean;
  /** 'probing' until the first probe settles; 'skipped' with OPENAI_PROBE=false or a test model. */
  probe: 'probing' | 'done' | 'skipped';
  capabilities?: Record<string, string>;
  probedAt?: string;
  /**
   * Set when the probe found the server unusable: `bad_request` when it refused plain calls (a wrong
   * URL, model or key), or why nothing answered at all (`timeout`, `server_error`, …). Shown as the
   * model's state until a call is served.
   */
  unusable?: string;
}

/** The model's state for /healthz and the start log; App's ModelStatus. */
export type ModelHealthStatus =
  | { mode: 'offline' }
  | ({ mode: 'model'; model: string; purposes: Record<ModelPurpose, PurposeStatus> } & (
      { state: 'ok' } | { state: 'degraded'; reason: string; since: string; purpose: ModelPurpose | 'probe' }
    ) &
      Partial<ModelProfileStatus>);

export interface HealthSettings {
  /** Consecutive failed calls of one purpose that mark it degraded (default 3). */
  failuresToDegrade?: number;
  /** Calls remembered per purpose (default 10); more than half of them failing also degrades. */
  window?: number;
}

/** Failures that say the configuration or the server's abilities are wrong: degraded at once. */
const IMMEDIATE: ReadonlySet<ModelFailure> = new Set(['auth', 'bad_request', 'no_tools']);

type Call = { ok: true } | { ok: false; reason: ModelFailure; at: Date };

class PurposeTrack {
  readonly calls: Call[] = [];
  degradedSince: string | undefined;

  constructor(
    private readonly threshold: number,
    private readonly window: number,
  ) {}

  add(call: Call): void {
    this.calls.push(call);
    if (this.calls.length > this.window) this.calls.shift();
  }

  failures(): Extract<Call, { ok: false }>[] {
    return this.calls.filter((c): c is Extract<Call, { ok: false }> => !c.ok);
  }

  /** The reason it is degraded now, or undefined when the recent calls are served. */
  verdict(): ModelFailure | undefined {
    const last = this.calls[this.calls.length - 1];
    if (!last || last.ok) {
      const failed = this.failures().length;
      const full = this.calls.length >= this.window;
      return full && failed * 2 > this.calls.length ? this.failures().at(-1)?.reason : undefined;
    }
    if (IMMEDIATE.has(last.reason)) return last.reason;
    const tail = this.calls.slice(-this.threshold);
    if (tail.length >= this.threshold && tail.every((c) => !c.ok)) return last.reason;
    const full = this.calls.length >= this.window;
    return full && this.failures().length * 2 > this.calls.length ? last.reason : undefined;
  }
}

/**
 * Tracks the model's last calls per purpose (understanding, wording, judge). A purpose is
 * degraded when its last `failuresToDegrade` calls failed, when more than half of its last
 * `window` calls failed, or at once on a failure that says the setup is wrong (auth,
 * bad_request, no_tools); it is ok again when neither holds. The model is ok only when every
 * used purpose is. One log line per change of a purpose's state (reason codes only, never text).
 *
 *   health.failed('understanding', 'no_tools');
 *   health.status(); // { mode: 'model', state: 'degraded', reason: 'no_tools', purpose: 'understanding', … }
 */
export class ModelHealth {
  private readonly tracks: Record<ModelPurpose, PurposeTrack>;
  private profile: (() => ModelProfileStatus) | undefined;
  private onDegraded: ((purpose: ModelPurpose, reason: ModelFailure) => void) | undefined;

  constructor(
    private readonly model: string,
    private readonly logger?: Logger,
    private readonly clock: Clock = systemClock,
    settings: HealthSettings = {},
  ) {
    const threshold = Math.max(1, settings.failuresToDegrade ?? 3);
    const window = Math.max(threshold, settings.window ?? 10);
    this.tracks = {
      understanding: new PurposeTrack(threshold, window),
      wording: new PurposeTrack(threshold, window),
      judge: new PurposeTrack(threshold, window),
    };
  }

  /** The capabilities shown beside the state, and who to tell when a purpose degrades (re-probing). */
  attach(
    profile: () => ModelProfileStatus,
    onDegraded?: (purpose: ModelPurpose, reason: ModelFailure) => void,
  ): void {
    this.profile = profile;
    this.onDegraded = onDegraded;
  }

  private readonly observers: ((purpose: ModelPurpose, result: 'ok' | ModelFailure) => void)[] = [];

  /** Also tells `observer` of every call (metrics count calls by purpose and result). */
  observe(observer: (purpose: ModelPurpose, result: 'ok' | ModelFailure) => void): void {
    this.observers.push(observer);
  }

  /** A call of this purpose that produced a usable answer. */
  succeeded(purpose: ModelPurpose): void {
    this.record(purpose, { ok: true });
    for (const o of this.observers) o(purpose, 'ok');
  }

  /** A call that did not: `detail` is a short, PII-masked description (logged at debug). */
  failed(purpose: ModelPurpose, reason: ModelFailure, detail?: string): void {
    this.logger?.debug({ model: this.model, purpose, reason, detail }, 'language model call failed');
    this.record(purpose, { ok: false, reason, at: this.clock.now() });
    for (const o of this.observers) o(purpose, reason);
  }

  private record(purpose: ModelPurpose, call: Call): void {
    const track = this.tracks[purpose];
    const before = track.verdict();
    track.add(call);
    const after = track.verdict();
    if (before === undefined && after !== undefined) {
      const first = track.failures().at(-Math.min(track.failures().length, 3));
      track.degradedSince = (first?.at ?? this.clock.now()).toISOString();
      this.logger?.warn(
        { model: this.model, purpose, reason: after, since: track.degradedSince },
        `language model degraded for ${purpose} (${after}); that purpose uses the offline path until it answers again`,
      );
      this.onDegraded?.(purpose, after);
    } else if (after !== undefined && !call.ok) {
      // Still degraded: capabilities may probe again now (they rate-limit themselves).
      this.onDegraded?.(purpose, call.reason);
    } else if (before !== undefined && after === undefined) {
      this.logger?.info(
        { model: this.model, purpose, wasDegradedSince: track.degradedSince },
        `language model serving ${purpose} again`,
      );
      track.degradedSince = undefined;
    }
  }

  private purpose(purpose: ModelPurpose): PurposeStatus {
    const track = this.tracks[purpose];
    if (track.calls.length === 0) return { state: 'unused' };
    const counts = { calls: track.calls.length, failures: track.failures().length };
    const reason = track.verdict();
    if (reason === undefined) return { state: 'ok', ...counts };
    return {
      state: 'degraded',
      reason,
      since: track.degradedSince ?? this.clock.now().toISOString(),
      ...counts,
    };
  }

  status(): ModelHealthStatus {
    const purposes = {
      understanding: this.purpose('understanding'),
      wording: this.purpose('wording'),
      judge: this.purpose('judge'),
    };
    const profile = this.profile?.();
    const base = { mode: 'model' as const, model: this.model, purposes, ...(profile ?? {}) };
    for (const name of MODEL_PURPOSES) {
      const p = purposes[name];
      if (p.state === 'degraded')
        return { ...base, state: 'degraded', reason: p.reason, since: p.since, purpose: name };
    }
    // The probe's finding stands until a call is served: a model answering now is not unusable.
    const served = MODEL_PURPOSES.some((name) => this.tracks[name].calls.at(-1)?.ok === true);
    if (profile?.unusable !== undefined && !served) {
      return {
        ...base,
        state: 'degraded',
        reason: profile.unusable,
        since: profile.probedAt ?? '',
        purpose: 'probe',
      };
    }
    return { ...base, state: 'ok' };
  }
}

/** The health of the offline language path: always offline, never degraded. */
export const offlineHealth = {
  status: (): ModelHealthStatus => ({ mode: 'offline' }),
  // Offline there are no model calls to tell anyone about.
  observe: (): void => undefined,
};
