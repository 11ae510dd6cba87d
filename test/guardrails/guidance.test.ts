import { describe, expect, it } from 'vitest';
import { CATEGORIES, check, guidanceFor } from '../../src/guardrails/index.js';

describe('guidance for people who type', () => {
  it('explains every category and suggests a compliant wording, in both languages', () => {
    for (const c of CATEGORIES) {
      const g = guidanceFor(c);
      for (const text of [g.reason['zh-CN'], g.reason.en, g.hint['zh-CN'], g.hint.en])
        expect(text.length, c).toBeGreaterThan(8);
    }
  });

  it('gives hints that themselves pass the guardrails', () => {
    for (const c of CATEGORIES) {
      const g = guidanceFor(c);
      const zh = /“(.+)”/.exec(g.hint['zh-CN'])?.[1];
      if (zh) expect(check(zh, { locale: 'zh-CN', verified: true }).allowed, zh).toBe(true);
    }
  });
});
