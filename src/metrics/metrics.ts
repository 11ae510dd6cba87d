import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface MetricsOptions {
  /** Node process metrics (CPU, memory, event loop, GC). On by default. */
  defaultMetrics?: boolean;
}

/** Work done just before each scrape (gauges read from stores); a failure is counted, never thrown. */
export type ScrapeHook = () => void | Promise<void>;

const SECONDS = [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30];
const WAIT_SECONDS = [15, 30, 60, 120, 300, 600, 1200, 1800, 3600, 7200];

/**
 * The service's metrics, on a registry of its own (never prom-client's global one, so several
 * apps in one process keep their own counts). Every label takes values from `labels.ts` only.
 *
 *   const metrics = createMetrics();
 *   metrics.turns.inc({ channel: 'directline', outcome: 'replied' });
 *   res.end(await metrics.text());
 */
export class Metrics {
  readonly registry = new Registry();
  readonly turns: Counter<'channel' | 'outcome'>;
  readonly turnSeconds: Histogram<'channel'>;
  readonly modelCalls: Counter<'purpose' | 'result'>;
  readonly modelSeconds: Histogram<'purpose'>;
  readonly guardrailVerdicts: Counter<'verdict' | 'category' | 'source'>;
  readonly handoffQueue: Gauge<'status'>;
  readonly handoffOldestWait: Gauge;
  readonly handoffWait: Histogram;
  readonly reminders: Counter<'status' | 'reason'>;
  readonly directLineSockets: Gauge;
  readonly transcriptBacklog: Gauge;
  readonly transcriptRefused: Counter<'kind' | 'stage'>;
  readonly paymentsImported: Counter<'source'>;
  readonly scrapeErrors: Counter<'hook'>;
  private readonly hooks: { name: string; run: ScrapeHook }[] = [];

  constructor(options: MetricsOptions = {}) {
    const registers = [this.registry];
    if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry });
    this.turns = new Counter({
      name: 'collections_turns_total',
      help: 'Turns the bot ran for a message from a person, by channel and outcome (replied, no_reply, error).',
      labelNames: ['channel', 'outcome'],
      registers,
    });
    this.turnSeconds = new Histogram({
      name: 'collections_turn_duration_seconds',
      help: 'Time from a message arriving to the end of its turn (replies sent), by channel.',
      labelNames: ['channel'],
      buckets: SECONDS,
      registers,
    });
    this.modelCalls = new Counter({
      name: 'collections_model_calls_total',
      help: 'Language model calls by purpose (respond) and result (ok, or the reason its words were not used).',
      labelNames: ['purpose', 'result'],
      registers,
    });
    this.modelSeconds = new Histogram({
      name: 'collections_model_call_duration_seconds',
      help: 'Time spent waiting for the language model per reply, by purpose.',
      labelNames: ['purpose'],
      buckets: SECONDS,
      registers,
    });
    this.guardrailVerdicts = new Counter({
      name: 'collections_guardrail_verdicts_total',
      help: 'Guardrail verdicts on drafts, by verdict (allowed, blocked), category (none when allowed) and source (template, model, agent, reminder).',
      labelNames: ['verdict', 'category', 'source'],
      registers,
    });
    this.handoffQueue = new Gauge({
      name: 'collections_handoff_queue_depth',
      help: 'Handoffs to human agents by status (queued: waiting for an agent; accepted: with an agent).',
      labelNames: ['status'],
      registers,
    });
    this.handoffOldestWait = new Gauge({
      name: 'collections_handoff_oldest_wait_seconds',
      help: 'How long the longest-waiting queued handoff has waited (0 when none wait).',
      registers,
    });
    this.handoffWait = new Histogram({
      name: 'collections_handoff_wait_seconds',
      help: 'Time from queueing to an agent accepting, for handoffs accepted since the service started.',
      buckets: WAIT_SECONDS,
      registers,
    });
    this.reminders = new Counter({
      name: 'collections_reminders_total',
      help: 'Reminders finished since the service started, by status (sent, skipped, failed, unreachable, unconfirmed) and reason code.',
      labelNames: ['status', 'reason'],
      registers,
    });
    this.directLineSockets = new Gauge({
      name: 'collections_directline_sockets_open',
      help: 'Direct Line WebSocket streams open on this process.',
      registers,
    });
    this.transcriptBacklog = new Gauge({
      name: 'collections_transcript_backlog',
      help: 'Transcript records queued in this process and not yet written to storage.',
      registers,
    });
    this.transcriptRefused = new Counter({
      name: 'collections_transcript_records_refused_total',
      help: 'Transcript records the store refused itself (kind: constraint, data, invalid), by stage (commit: its turn failed; queued: a background record left out). The writer stays healthy for them.',
      labelNames: ['kind', 'stage'],
      registers,
    });
    this.paymentsImported = new Counter({
      name: 'collections_payments_imported_total',
      help: 'Payments received from the payments feed since the service started, by source (file, webhook).',
      labelNames: ['source'],
      registers,
    });
    this.scrapeErrors = new Counter({
      name: 'collections_metrics_scrape_errors_total',
      help: 'Scrape-time reads that failed (the rest of the scrape is still served).',
      labelNames: ['hook'],
      registers,
    });
  }

  /** Runs `run` before every scrape (e.g. a gauge read from a store). `name` labels its failures. */
  onScrape(name: string, run: ScrapeHook): void {
    this.hooks.push({ name, run });
  }

  /** Sets `gauge` from `read()` at every scrape. */
  sample(name: string, gauge: Gauge, read: () => number): void {
    this.onScrape(name, () => gauge.set(read()));
  }

  /** The Prometheus text exposition (format 0.0.4). */
  async text(): Promise<string> {
    for (const hook of this.hooks) {
      try {
        await hook.run();
      } catch {
        this.scrapeErrors.inc({ hook: hook.name });
      }
    }
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

export function createMetrics(options: MetricsOptions = {}): Metrics {
  return new Metrics(options);
}
