import { describe, expect, it } from 'vitest';
import { excused, excusedOnce, forgetSpans } from '../../src/guardrails/excuse.js';
import { PATTERN_RULES } from '../../src/guardrails/rules/index.js';

const rule = PATTERN_RULES.find((r) => r.lang === 'zh' && r.negatable === true && r.category === 'threat');

describe('excusedOnce', () => {
  it('answers as excused does, per span, and forgets the spans when a rule starts', () => {
    if (!rule) throw new Error('no negatable Chinese threat rule');
    const denied = '我们不会上门找你';
    const said = '我们明天上门找你';
    const at = 4;
    const end = 8;
    expect(excused(rule, denied, at, end)).toBe(true);
    expect(excused(rule, said, at, end)).toBe(false);
    forgetSpans();
    expect(excusedOnce(rule, denied, at, end)).toBe(true);
    expect(excusedOnce(rule, denied, 0, end)).toBe(excused(rule, denied, 0, end));
    expect(excusedOnce(rule, denied, at, end)).toBe(true);
    // The same span of another text is read again once the next rule's run starts.
    forgetSpans();
    expect(excusedOnce(rule, said, at, end)).toBe(false);
  });
});
