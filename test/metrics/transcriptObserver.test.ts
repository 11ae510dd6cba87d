import { describe, expect, it } from 'vitest';
import { createMetrics, meteredTranscript } from '../../src/metrics/index.js';
import { parsePrometheusText, valueOf } from './promParser.js';

function replyTrace(value: Record<string, unknown>) {
  return { type: 'trace', name: 'collections.reply', label: 'guardrail', conversation: { id: 'c' }, value };
}

const blocked = (category: string) => ({
  allowed: false,
  status: 'blocked',
  violations: [{ category, rule: 'r' }],
});
const allowed = { allowed: true, status: 'allowed', violations: [] };

describe('metrics from reply traces', () => {
  it('counts verdicts by category and source, and model calls by result, as the trace enters the transcript', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    const appended: unknown[] = [];
    const sink = meteredTranscript({ append: (a: unknown) => void appended.push(a), pending: 3 }, metrics);
    sink.append(
      replyTrace({
        source: 'bot',
        verdicts: [
          { source: 'model', verdict: blocked('threat') },
          { source: 'regeneration', verdict: blocked('made_up_category') },
          { source: 'template', verdict: allowed },
          { source: 'send-path', verdict: allowed },
        ],
        model: { model: 'm', latencyMs: 1200, fallbackReason: 'timeout' },
      }),
    );
    sink.append(
      replyTrace({ source: 'agent', verdicts: [{ source: 'send-path', verdict: blocked('harassment') }] }),
    );
    sink.append(
      replyTrace({
        source: 'reminder',
        verdicts: [{ source: 'template', verdict: { allowed: false, status: 'error' } }],
      }),
    );
    sink.append({ type: 'message', text: '13800138000' });
    sink.append('not an activity');
    expect(appended).toHaveLength(5);
    expect(sink.pending).toBe(3);
    const f = parsePrometheusText(await metrics.text());
    const verdicts = (labels: Record<string, string>) =>
      valueOf(f, 'collections_guardrail_verdicts_total', labels);
    expect(verdicts({ verdict: 'blocked', category: 'threat', source: 'model' })).toBe(1);
    expect(verdicts({ verdict: 'blocked', category: 'other', source: 'model' })).toBe(1);
    expect(verdicts({ verdict: 'allowed', category: 'none', source: 'template' })).toBe(1);
    expect(verdicts({ verdict: 'blocked', category: 'harassment', source: 'agent' })).toBe(1);
    expect(verdicts({ verdict: 'blocked', category: 'checker_error', source: 'reminder' })).toBe(1);
    expect(valueOf(f, 'collections_model_calls_total', { purpose: 'respond', result: 'timeout' })).toBe(1);
    expect(valueOf(f, 'collections_model_call_duration_seconds_sum', { purpose: 'respond' })).toBe(1.2);
  });
});

describe('metrics from reply traces of the wrong shape', () => {
  const verdictTotal = async (metrics: ReturnType<typeof createMetrics>) => {
    const f = parsePrometheusText(await metrics.text());
    const family = f.get('collections_guardrail_verdicts_total');
    return (family?.samples ?? []).reduce((sum, s) => sum + s.value, 0);
  };

  it('skips entries of the wrong shape and still counts the well-formed ones beside them', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    const sink = meteredTranscript({ append: (a: unknown) => void a }, metrics);
    sink.append(
      replyTrace({
        source: 42,
        verdicts: [
          null,
          'blocked',
          7,
          [blocked('threat')],
          { source: 'model', verdict: 'no' },
          { source: 'model', verdict: { allowed: 'yes', status: 'allowed' } },
          { source: 'model', verdict: { allowed: false, violations: 'threat' } },
          { source: 'model', verdict: { allowed: false, violations: [null, { category: { x: 1 } }] } },
          { source: 'agent', verdict: blocked('privacy') },
        ],
        model: { latencyMs: 'slow', fallbackReason: ['x'] },
      }),
    );
    sink.append(replyTrace({ verdicts: 'all fine', model: 'gpt' }));
    sink.append({ ...replyTrace({}), value: [blocked('threat')] });
    sink.append({ ...replyTrace({}), value: 'text' });
    sink.append({
      type: 'trace',
      name: 'other.trace',
      value: { verdicts: [{ verdict: blocked('threat') }] },
    });
    const f = parsePrometheusText(await metrics.text());
    const verdicts = (labels: Record<string, string>) =>
      valueOf(f, 'collections_guardrail_verdicts_total', labels);
    expect(verdicts({ verdict: 'allowed', category: 'none', source: 'model' })).toBe(1);
    expect(verdicts({ verdict: 'blocked', category: 'other', source: 'model' })).toBe(2);
    expect(verdicts({ verdict: 'blocked', category: 'privacy', source: 'agent' })).toBe(1);
    expect(await verdictTotal(metrics)).toBe(4);
    // A fallback reason of the wrong type and no latency: not a model call.
    expect(f.get('collections_model_calls_total')?.samples ?? []).toHaveLength(0);
    expect(valueOf(f, 'collections_metrics_scrape_errors_total', { hook: 'transcript' })).toBeUndefined();
  });

  it('counts a bounded number of entries from a huge trace and survives a value that throws when read', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    const sink = meteredTranscript({ append: (a: unknown) => void a }, metrics);
    const violations = Array.from({ length: 1000 }, () => ({ category: 'threat' }));
    const many = Array.from({ length: 50_000 }, () => ({
      source: 'model',
      verdict: { allowed: false, violations },
    }));
    sink.append(replyTrace({ verdicts: many }));
    const hostile = replyTrace({});
    Object.defineProperty(hostile, 'value', {
      get() {
        throw new Error('no');
      },
    });
    sink.append(hostile);
    let nested: unknown = blocked('threat');
    for (let i = 0; i < 100_000; i += 1) nested = { verdict: nested };
    sink.append(replyTrace({ verdicts: [nested] }));
    const f = parsePrometheusText(await metrics.text());
    expect(
      valueOf(f, 'collections_guardrail_verdicts_total', {
        verdict: 'blocked',
        category: 'threat',
        source: 'model',
      }),
    ).toBe(100);
    expect(valueOf(f, 'collections_metrics_scrape_errors_total', { hook: 'transcript' })).toBe(1);
  });
});
