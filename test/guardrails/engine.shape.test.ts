import { describe, expect, it } from 'vitest';
import { ENGINE_RULES } from '../../src/guardrails/engine.js';
import { PATTERN_RULES } from '../../src/guardrails/rules/index.js';

describe('the engine reads its rules on one object shape', () => {
  it('gives every rule the same properties in the same order', () => {
    // The rule files write 18 sets and orders of properties; V8 reads objects of different key
    // orders through a megamorphic (hashed) lookup at every site that reads a rule.
    const orders = new Set(ENGINE_RULES.map((rule) => Object.keys(rule).join(',')));
    expect([...orders]).toHaveLength(1);
  });

  it('keeps every rule as written: same order, same values', () => {
    expect(ENGINE_RULES).toHaveLength(PATTERN_RULES.length);
    ENGINE_RULES.forEach((copy, i) => {
      const rule = PATTERN_RULES[i];
      if (!rule) throw new Error(`no rule ${i}`);
      for (const [key, value] of Object.entries(rule)) expect(copy).toHaveProperty(key, value);
      for (const [key, value] of Object.entries(copy))
        if (value !== undefined) expect(rule).toHaveProperty(key, value);
    });
  });
});
