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
