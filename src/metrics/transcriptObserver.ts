import { turnTraceOf, type TurnTrace } from '../store/transcripts/turnTrace.js';
import type { TranscriptActivity } from '../store/transcripts/types.js';
import type { Metrics } from './metrics.js';
import { categoryLabel, guardSourceLabel, modelResultLabel } from './labels.js';

/** Something activities are appended to (the service's transcript sink). */
export interface AppendTarget<A> {
  append(activity: A): void;
}

function isActivity(value: unknown): value is TranscriptActivity {
  return (
    typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
  );
}

function countVerdicts(metrics: Metrics, trace: TurnTrace): void {
  for (const entry of trace.verdicts) {
    // The send path re-checks the text already judged; count it only when it stopped something.
    if (entry.source === 'send-path' && entry.allowed) continue;
    const source = guardSourceLabel(trace.source, entry.source);
    if (entry.allowed) {
      metrics.guardrailVerdicts.inc({ verdict: 'allowed', category: 'none', source });
      continue;
    }
    const categories = new Set(entry.violations.map((v) => categoryLabel(v.category)));
    if (categories.size === 0) categories.add(entry.status === 'error' ? 'checker_error' : 'other');
    for (const category of categories)
      metrics.guardrailVerdicts.inc({ verdict: 'blocked', category, source });
  }
}

function countModel(metrics: Metrics, trace: TurnTrace): void {
  const model = trace.model;
  if (typeof model !== 'object' || model === null) return;
  const usage = model as { latencyMs?: unknown; fallbackReason?: unknown };
  const latencyMs = typeof usage.latencyMs === 'number' && usage.latencyMs >= 0 ? usage.latencyMs : 0;
  // A reply the template wrote without asking the model at all is not a model call.
  if (latencyMs === 0 && usage.fallbackReason !== undefined) return;
  metrics.modelCalls.inc({ purpose: 'respond', result: modelResultLabel(usage.fallbackReason) });
  metrics.modelSeconds.observe({ purpose: 'respond' }, latencyMs / 1000);
}

/**
 * Counts what the send path's reply traces say (guardrail verdicts, model usage) as they are
 * appended to the transcript: the metrics see exactly what compliance sees, without a hook in
 * the guardrail or the model code. Never throws into the caller.
 */
export function observeActivity(metrics: Metrics, activity: unknown): void {
  try {
    if (!isActivity(activity) || activity.type !== 'trace') return;
    const trace = turnTraceOf(activity);
    if (!trace) return;
    countVerdicts(metrics, trace);
    countModel(metrics, trace);
  } catch {
    metrics.scrapeErrors.inc({ hook: 'transcript' });
  }
}

/**
 * The same sink, with every appended or committed activity observed first. Every other member of the sink
 * (flush, pending, whatever its interface grows) passes straight through.
 *
 *   const transcript = meteredTranscript(writer, metrics);
 */
export function meteredTranscript<T extends AppendTarget<never>>(sink: T, metrics: Metrics): T {
  const append = (...args: unknown[]): unknown => {
    observeActivity(metrics, args[0]);
    return (sink.append as (...a: unknown[]) => unknown).apply(sink, args);
  };
  // The write-ahead path commits a turn's records in one batch: observe each of them too.
  const committing =
    (name: 'commit' | 'commitNow') =>
    (...args: unknown[]): unknown => {
      const items = args[0];
      if (Array.isArray(items))
        for (const item of items) observeActivity(metrics, (item as { activity?: unknown }).activity);
      return (Reflect.get(sink, name, sink) as (...a: unknown[]) => unknown).apply(sink, args);
    };
  const commits = { commit: committing('commit'), commitNow: committing('commitNow') };
  return new Proxy(sink, {
    get(target, property) {
      if (property === 'append') return append;
      if (
        (property === 'commit' || property === 'commitNow') &&
        typeof Reflect.get(target, property, target) === 'function'
      )
        return commits[property];
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
