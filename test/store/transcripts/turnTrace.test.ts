import { describe, expect, it } from 'vitest';
import { boundedActivity } from '../../../src/store/transcripts/bounded.js';
import { turnTraceOf } from '../../../src/store/transcripts/turnTrace.js';
import type { TranscriptActivity } from '../../../src/store/transcripts/types.js';

const trace = (): TranscriptActivity => ({
  type: 'trace',
  name: 'collections.reply',
  label: 'guardrail',
  conversation: { id: 'c1' },
  value: {
    messageId: 'm1',
    accountId: 'acct-1',
    act: { kind: 'verified' },
    wording: 'template',
    verdicts: [{ source: 'send-path', verdict: { allowed: false, status: 'blocked', violations: [] } }],
    blockedDrafts: [{ source: 'bot:send-path', text: '再不还钱就通知你单位' }],
  },
});

describe('reading a reply trace', () => {
  it('reads a bounded copy once and gives every reader the same reading', () => {
    const copy = boundedActivity(trace());
    const first = turnTraceOf(copy);
    expect(first?.sent).toBe('template');
    expect(first?.verdicts[0]?.allowed).toBe(false);
    expect(turnTraceOf(copy)).toBe(first);
  });

  it('reads an activity the transcript does not own afresh each time (its caller may change it)', () => {
    const own = trace();
    const first = turnTraceOf(own);
    (own.value as { wording: string }).wording = 'model';
    const again = turnTraceOf(own);
    expect(first?.sent).toBe('template');
    expect(again?.sent).toBe('model');
  });

  it('reads a bounded copy exactly as it reads the activity it was copied from', () => {
    expect(turnTraceOf(boundedActivity(trace()))).toEqual(turnTraceOf(trace()));
    expect(turnTraceOf(boundedActivity({ type: 'message', text: 'hi' }))).toBeUndefined();
  });
});
