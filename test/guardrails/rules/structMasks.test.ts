import { describe, expect, it } from 'vitest';
import { CodedPattern } from '../../../src/guardrails/codedPattern.js';
import { normalise } from '../../../src/guardrails/normalise.js';
import { STRUCT_MASK_RULES } from '../../../src/guardrails/rules/structMasks.js';
import { loadLabelled } from '../labelledSet.js';
import { everyMatch, maskedTexts } from './maskShapes.js';

const coded = STRUCT_MASK_RULES.flatMap((r) => r.patterns).filter((p) => p instanceof CodedPattern);

// The rule file's words, and words that share their letters.
const WORDS = [
  ...['loser', 'con', 'liar', 'idiot', 'moron', 'deadbeat', 'scum', 'crook', 'thief', 'stupid', 'dumbass'],
  ...['jackass', 'whore', 'slut', 'bastard', 'freeloader', 'parasite', 'bitch', 'bitching', 'bitchy'],
  ...['shit', 'shitty', 'damn', 'damned', 'hell', 'asshole', 'fucking', 'fucker', 'crap', 'piss'],
  ...['pissed', 'dick', 'lose', 'cons', 'contract', 'hello', 'ship', 'dam', 'crappy'],
];
const MASKS = ['*', '_', '*', '_', '-', ' ', 'a', 'x', '#'];

describe('the asterisk-masked insults and oaths, read by shape', () => {
  it('reads both word lists in code', () => {
    expect(coded).toHaveLength(2);
  });

  it('matches exactly what their regex matches, on the labelled replies and on masked shapes', () => {
    const texts = [
      ...new Set(loadLabelled('').map((r) => normalise(r.text).text)),
      ...maskedTexts(WORDS, MASKS, 40_000),
    ];
    for (const pattern of coded) {
      const plain = new RegExp(pattern.source, pattern.flags);
      let found = 0;
      for (const text of texts) {
        const want = everyMatch(plain, text);
        found += want.length;
        expect(everyMatch(pattern, text), JSON.stringify(text)).toEqual(want);
      }
      expect(found).toBeGreaterThan(1000);
    }
  }, 120_000);
});
