import { isTurnTrace } from '../store/transcripts/turnTrace.js';
import type { TranscriptActivity } from '../store/transcripts/types.js';
import type { Metrics } from './metrics.js';
import { categoryLabel, guardSourceLabel, modelResultLabel } from './labels.js';

/** Something activities are appended to (the service's transcript sink). */
export interface AppendTarget<A> {
  append(activity: A): void;
}

type Fields = Record<string, unknown>;

/** At most this many verdicts (and violations per verdict) are counted per trace; real ones hold a few. */
const MAX_ENTRIES = 100;

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entriesOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value.slice(0, MAX_ENTRIES) : [];
}

/** What a verdict entry says, flat or `{ source, verdict }`; undefined for anything else. */
function verdictOf(
  entry: unknown,
): { source: unknown; allowed: boolean; status: unknown; categories: Set<string> } | undefined {
  if (!isFields(entry)) return undefined;
  const verdict = entry['verdict'] === undefined ? entry : entry['verdict'];
  if (!isFields(verdict)) return undefined;
  const allowed =
    typeof verdict['allowed'] === 'boolean' ? verdict['allowed'] : verdict['status'] === 'allowed';
  const categories = new Set<string>();
  for (const violation of entriesOf(verdict['violations']))
    categories.add(categoryLabel(isFields(violation) ? violation['category'] : undefined));
  return { source: entry['source'], allowed, status: verdict['status'], categories };
}

function countVerdicts(metrics: Metrics, value: Fields): void {
  for (const entry of entriesOf(value['verdicts'])) {
    const verdict = verdictOf(entry);
    if (!verdict) continue;
    // The send path re-checks the text already judged; count it only when it stopped something.
    if (verdict.source === 'send-path' && verdict.allowed) continue;
    const source = guardSourceLabel(value['source'], verdict.source);
    if (verdict.allowed) {
      metrics.guardrailVerdicts.inc({ verdict: 'allowed', category: 'none', source });
      continue;
    }
    const categories = verdict.categories;
    if (categories.size === 0) categories.add(verdict.status === 'error' ? 'checker_error' : 'other');
    for (const category of categories)
      metrics.guardrailVerdicts.inc({ verdict: 'blocked', category, source });
  }
}

function countModel(metrics: Metrics, value: Fields): void {
  const usage = value['model'];
  if (!isFields(usage)) return;
  const latencyMs =
    typeof usage['latencyMs'] === 'number' && usage['latencyMs'] >= 0 ? usage['latencyMs'] : 0;
  const fallbackReason = usage['fallbackReason'];
  // A reply the template wrote without asking the model at all is not a model call.
  if (latencyMs === 0 && fallbackReason !== undefined) return;
  metrics.modelCalls.inc({ purpose: 'respond', result: modelResultLabel(fallbackReason) });
  metrics.modelSeconds.observe({ purpose: 'respond' }, latencyMs / 1000);
}

/**
 * Counts what the send path's reply traces say (guardrail verdicts, model usage) as they are
 * appended to the transcript: the metrics see exactly what compliance sees, without a hook in
 * the guardrail or the model code. The few fields counted are read with plain type checks (no
 * schema parse on the hot path); an entry of the wrong shape is skipped, the rest still count.
 * Never throws into the caller.
 */
export function observeActivity(metrics: Metrics, activity: unknown): void {
  try {
    if (!isFields(activity) || activity['type'] !== 'trace') return;
    if (!isTurnTrace(activity as TranscriptActivity)) return;
    const value = activity['value'];
    if (!isFields(value)) return;
    countVerdicts(metrics, value);
    countModel(metrics, value);
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
