import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../src/guardrails/literals.js';
import { normalise } from '../../src/guardrails/normalise.js';
import { LiteralGate } from '../../src/guardrails/prefilter.js';
import { PATTERN_RULES } from '../../src/guardrails/rules/index.js';
import { STRUCTURAL_CHECKS } from '../../src/guardrails/structure.js';
import { WordScanner } from '../../src/guardrails/wordScanner.js';
import { loadLabelled } from './labelledSet.js';

const sets = (re: RegExp): string[][] => requiredLiterals(re).map((s) => [...s].sort());

describe('the literals a regex cannot match without', () => {
  it('multiplies out short alternatives and optional parts into one set', () => {
    expect(sets(/(?:你们|您)的?(?:家人|单位)/g)).toEqual([
      ['你们单位', '你们家人', '你们的单', '你们的家', '您单位', '您家人', '您的单位', '您的家人'],
    ]);
  });

  it('keeps a set per required piece, the rarest first, and cuts long literals to their head', () => {
    expect(sets(/\b(?:sue|suing) you\b[^.]{0,20}(?:tomorrow|today)/g)).toEqual([
      ['sue you', 'suing yo'],
      ['today', 'tomorrow'],
    ]);
  });

  it('asks nothing of optional, repeated-from-zero, lookaround or wide-class parts', () => {
    expect(sets(/(?:法院)?[^，。]{0,6}(?=起诉)\d+天/g)).toEqual([]);
    expect(sets(/(?<!不)(?:会)?起诉/g)).toEqual([['起诉']]);
    expect(sets(/(?:打|骂)+你/g)).toEqual([]);
  });

  it('reads a branch without a requirement as no requirement for the whole alternation', () => {
    expect(sets(/上门催收|\d{3}/g)).toEqual([]);
    expect(sets(/上门催收|起诉你/g)).toEqual([['上门催收', '起诉你']]);
  });

  it('never claims a literal of a single ASCII letter or a common lone Chinese character', () => {
    expect(sets(/a[0-9]b/g)).toEqual([]);
    expect(sets(/你[^。]*?欠/g)).toEqual([]);
  });

  it('gives up, and so never filters, on flags and syntax it does not read', () => {
    expect(sets(/collection agency/gi)).toEqual([]);
    expect(sets(/(\d)\1上门/g)).toEqual([]);
    expect(sets(/(?<n>上门)\k<n>/g)).toEqual([]);
    expect(sets(/\u{1F600}上门/gu)).toEqual([]);
  });

  it('reads escapes and small classes as the characters they stand for', () => {
    expect(sets(/\$\d+ fee\? now/g)).toEqual([['fee? now']]);
    expect(sets(/[他她]欠款/g)).toEqual([['他欠款', '她欠款']]);
  });
});

describe('the prefilter of the pattern rules', () => {
  const regexes = PATTERN_RULES.flatMap((r) => r.patterns);
  const gate = new LiteralGate(regexes);
  const owner = PATTERN_RULES.flatMap((r) => r.patterns.map(() => r));
  const triggers = new WordScanner<number>(
    PATTERN_RULES.flatMap((r, i) => r.triggers.map((t) => [t, i] as const)),
  );

  it('reads a requirement from nearly every pattern', () => {
    const { gated, regexes: total } = gate.stats();
    expect(gated / total).toBeGreaterThan(0.9);
  });

  it('passes every pattern on every labelled reply it matches (each declared literal really is required)', () => {
    const texts = loadLabelled('').map((r) => normalise(r.text).text);
    const wrong: string[] = [];
    let matched = 0;
    for (const text of texts) {
      const woken = new Set<number>();
      triggers.scan(text, (i) => woken.add(i));
      gate.scan(text);
      regexes.forEach((re, k) => {
        const rule = owner[k];
        if (!rule || !woken.has(PATTERN_RULES.indexOf(rule))) return;
        re.lastIndex = 0;
        if (!re.test(text)) return;
        matched++;
        if (!gate.passes(k)) wrong.push(`${rule.id} /${re.source.slice(0, 60)}/ on ${text.slice(0, 60)}`);
      });
    }
    expect(matched).toBeGreaterThan(2000);
    expect(wrong).toEqual([]);
  }, 60_000);
});

describe('the prefilter of the structural checks', () => {
  const regexes = STRUCTURAL_CHECKS.flatMap((c) => [...c.acts, ...(c.needs ? [c.needs] : [])]);
  const owner = STRUCTURAL_CHECKS.flatMap((c) => [...c.acts, ...(c.needs ? [c.needs] : [])].map(() => c.id));
  const gate = new LiteralGate(regexes);

  it('passes every act and addressee pattern on every labelled reply it matches', () => {
    const wrong: string[] = [];
    let matched = 0;
    for (const r of loadLabelled('')) {
      const text = normalise(r.text).text;
      gate.scan(text);
      regexes.forEach((re, k) => {
        re.lastIndex = 0;
        if (!re.test(text)) return;
        matched++;
        if (!gate.passes(k)) wrong.push(`${owner[k]} /${re.source.slice(0, 60)}/ on ${text.slice(0, 60)}`);
      });
    }
    expect(matched).toBeGreaterThan(200);
    expect(wrong).toEqual([]);
  }, 30_000);
});
