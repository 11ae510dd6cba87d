import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { excused, excusedOnce, forgetSpans } from '../../src/guardrails/excuse.js';
import { normalise } from '../../src/guardrails/normalise.js';
import { PATTERN_RULES, type PatternRule } from '../../src/guardrails/rules/index.js';

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

function labelled(file: string): string[] {
  const lines = readFileSync(new URL(`./labelled/${file}`, import.meta.url), 'utf8').split('\n');
  return lines.filter((l) => l.trim() !== '').map((l) => (JSON.parse(l) as { text: string }).text);
}

describe('the readings excusedOnce remembers', () => {
  // excusedOnce answers a rule's second match of a span from memory: that holds only while a
  // reading's answer depends on nothing but the rule, the text and the span (no state carried
  // between calls, such as a global regex's lastIndex). Read each match twice, with other
  // spans read in between, and the answers must agree.
  it('give the same answer when read again after other spans', () => {
    const texts = [
      'check-s5.en.jsonl',
      'check-s5.zh.jsonl',
      'check-s6.en.jsonl',
      'check-s6.zh.jsonl',
    ].flatMap((file) => labelled(file).slice(0, 25));
    const matches: [PatternRule, string, number, number][] = [];
    for (const raw of texts) {
      const text = normalise(raw).text;
      for (const rule of PATTERN_RULES) {
        for (const pattern of rule.patterns) {
          // The engine walks a pattern's matches with exec, as a global regex.
          expect(pattern.global).toBe(true);
          pattern.lastIndex = 0;
          for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
            if (m[0].length === 0) pattern.lastIndex++;
            else matches.push([rule, text, m.index, m.index + m[0].length]);
          }
        }
      }
    }
    expect(matches.length).toBeGreaterThan(100);
    const first = matches.map(([rule, text, at, end]) => excused(rule, text, at, end));
    const again = [...matches]
      .reverse()
      .map(([rule, text, at, end]) => excused(rule, text, at, end))
      .reverse();
    expect(again).toEqual(first);
  }, 60_000);
});
