import { describe, expect, it } from 'vitest';
import { LiteralGate } from '../../src/guardrails/prefilter.js';
import { WordScanner } from '../../src/guardrails/wordScanner.js';

describe('the literal gate', () => {
  it('passes a regex only when each of its required sets has a literal in the text', () => {
    const gate = new LiteralGate([/上门(?:催收|拜访)/g, /\bsue you\b/g, /\d+/g]);
    gate.scan('我们会上门催收');
    expect([gate.passes(0), gate.passes(1), gate.passes(2)]).toEqual([true, false, true]);
    gate.scan('we will sue you');
    expect([gate.passes(0), gate.passes(1), gate.passes(2)]).toEqual([false, true, true]);
  });

  it('forgets the previous text at each scan', () => {
    const gate = new LiteralGate([/起诉你/g]);
    gate.scan('我们将起诉你');
    gate.scan('您好');
    expect(gate.passes(0)).toBe(false);
  });

  it('keeps each gate on its own text when gates scan different texts in turn (the bits are shared per text)', () => {
    const a = new LiteralGate([/起诉你/g, /\bsue you\b/g]);
    const b = new LiteralGate([/起诉你/g, /\bsue you\b/g]);
    a.scan('我们将起诉你');
    b.scan('we will sue you');
    a.scan('我们将起诉你');
    b.scan('您好');
    expect([a.passes(0), a.passes(1)]).toEqual([true, false]);
    expect([b.passes(0), b.passes(1)]).toEqual([false, false]);
    b.scan('我们将起诉你');
    expect([b.passes(0), b.passes(1)]).toEqual([true, false]);
  });
});

describe('the word scanner', () => {
  it('finds words in an automaton of more than 32,768 states (its edge keys pass 2^31)', () => {
    const words: [string, number][] = [];
    for (let i = 0; i < 12_000; i++) words.push([`词${String.fromCharCode(0x4e00 + i)}语${i}`, i]);
    const scanner = new WordScanner(words);
    const hits: number[] = [];
    const last = String.fromCharCode(0x4e00 + 11_999);
    scanner.scan(`这里有词${last}语11999和词\u4e00语0`, (v) => hits.push(v));
    expect(hits.sort((a, b) => a - b)).toEqual([0, 11_999]);
  });
});
