import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { readTurnTraceValue } from '../../../src/store/transcripts/turnTraceRead.js';
import { traceValueSchema } from '../../../src/store/transcripts/turnTraceSchema.js';

/** Mostly the expected type, sometimes absent, now and then something else entirely. */
function maybe<T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  const odd = fc.oneof(
    fc.integer(),
    fc.constant(null),
    fc.boolean(),
    fc.string(),
    fc.constant([]),
    fc.constant({}),
  );
  return fc.oneof(
    { arbitrary: good, weight: 12 },
    { arbitrary: fc.constant(undefined), weight: 3 },
    { arbitrary: odd, weight: 1 },
  );
}

const text = fc.string({ maxLength: 8 });
const violation = fc.record(
  {
    category: maybe(text),
    rule: maybe(text),
    severity: maybe(text),
    evidence: maybe(text),
    extra: maybe(text),
  },
  { requiredKeys: [] },
);
const verdict = fc.record(
  {
    allowed: maybe(fc.boolean()),
    status: maybe(fc.constantFrom('allowed', 'blocked', 'error')),
    violations: maybe(fc.array(maybe(violation), { maxLength: 3 })),
    reason: maybe(text),
  },
  { requiredKeys: [] },
);
const verdictEntry = fc.oneof(
  fc.record({ source: maybe(text), verdict: maybe(verdict) }, { requiredKeys: [] }),
  fc.tuple(maybe(text), verdict).map(([source, v]) => ({ source, ...v })),
);
const draft = fc.oneof(
  text,
  fc.record(
    {
      source: maybe(text),
      text: maybe(text),
      verdict: maybe(verdict),
      violations: maybe(fc.array(maybe(violation), { maxLength: 2 })),
    },
    { requiredKeys: ['text'] },
  ),
);
const traceValue = fc.record(
  {
    messageId: maybe(text),
    source: maybe(fc.constantFrom('bot', 'agent', 'reminder')),
    agent: maybe(text),
    act: maybe(
      fc.record({ kind: maybe(text), reason: maybe(text), account: maybe(fc.record({ accountId: text })) }),
    ),
    facts: maybe(fc.dictionary(text, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 })),
    verified: maybe(fc.boolean()),
    locale: maybe(fc.constantFrom('zh-CN', 'en-US')),
    template: maybe(fc.jsonValue({ maxDepth: 2 })),
    wording: maybe(text),
    sent: maybe(text),
    sendPath: maybe(text),
    model: maybe(fc.jsonValue({ maxDepth: 2 })),
    accountId: maybe(text),
    verdicts: maybe(fc.array(maybe(verdictEntry), { maxLength: 4 })),
    blockedDrafts: maybe(fc.array(maybe(draft), { maxLength: 3 })),
    unknownField: maybe(fc.jsonValue({ maxDepth: 2 })),
  },
  { requiredKeys: [] },
);

function schemaReading(value: unknown): unknown {
  const parsed = traceValueSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

describe('reading a reply trace value without the schema', () => {
  it('always gives what the schema gives, for well-formed and odd values alike', () => {
    fc.assert(
      fc.property(fc.oneof(traceValue, fc.jsonValue({ maxDepth: 3 })), (value) => {
        expect(readTurnTraceValue(value)).toStrictEqual(schemaReading(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads values with an own __proto__ key (as JSON.parse makes them) exactly as the schema does', () => {
    for (const json of [
      '{"__proto__": false}',
      '{"facts": {"__proto__": 1, "a": 2}}',
      '{"act": {"kind": "x", "__proto__": {"polluted": true}}}',
      '{"verdicts": [{"source": "model", "verdict": {"allowed": true, "violations": [{"__proto__": 1}]}}]}',
    ]) {
      const value: unknown = JSON.parse(json);
      expect(readTurnTraceValue(value)).toStrictEqual(schemaReading(value));
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    }
  });

  it('reads the send path’s own trace without the schema, as a copy it may not change', () => {
    const value = {
      messageId: 'm1',
      source: 'bot',
      act: { kind: 'payment_plan_offered', account: { accountId: 'acct-1' } },
      facts: { accountId: 'acct-1', amountCents: 120_00 },
      verified: true,
      locale: 'zh-CN',
      wording: '您好，我们可以为您安排分期还款。',
      model: { latencyMs: 800 },
      verdicts: [
        {
          source: 'model',
          verdict: { allowed: false, status: 'blocked', violations: [{ category: 'threat' }] },
        },
        { source: 'send-path', verdict: { allowed: true, status: 'allowed', violations: [] } },
      ],
      blockedDrafts: [{ source: 'model', text: '再不还钱就通知你单位', verdict: { status: 'blocked' } }],
    };
    const schema = vi.spyOn(traceValueSchema, 'safeParse');
    try {
      const trace = readTurnTraceValue(value);
      expect(schema).not.toHaveBeenCalled();
      expect(trace).toStrictEqual(schemaReading(value));
      expect(trace?.sent).toBe('您好，我们可以为您安排分期还款。');
      expect(trace?.act).not.toBe(value.act);
    } finally {
      schema.mockRestore();
    }
  });

  it('reads a flat verdict whose fields have the wrong types as blocked, where the schema used to throw', () => {
    const trace = readTurnTraceValue({ verdicts: [{ source: 'model', allowed: null, status: 7 }] });
    expect(trace?.verdicts).toStrictEqual([
      { source: 'model', allowed: false, status: 'blocked', violations: [], reason: undefined },
    ]);
    const hostile = {};
    Object.defineProperty(hostile, 'verdicts', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(readTurnTraceValue(hostile)).toBeUndefined();
  });
});
