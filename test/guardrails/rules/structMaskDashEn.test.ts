import { describe, expect, it } from 'vitest';
import { CodedPattern } from '../../../src/guardrails/codedPattern.js';
import { normalise } from '../../../src/guardrails/normalise.js';
import { STRUCT_MASK_DASH_EN } from '../../../src/guardrails/rules/structMaskDashEn.js';
import { loadLabelled } from '../labelledSet.js';
import { everyMatch, maskedTexts, shapedTexts } from './maskShapes.js';

const coded = STRUCT_MASK_DASH_EN.flatMap((r) => r.patterns).filter((p) => p instanceof CodedPattern);

// The rule file's words, and words that share their letters.
const WORDS = [
  ...['fuck', 'fucking', 'fucker', 'fucked', 'motherfucker', 'motherfucking', 'shit', 'bitch', 'asshole'],
  ...['bastard', 'cunt', 'dick', 'piss', 'damn', 'hell', 'piece', 'nigger', 'nigga', 'faggot', 'retard'],
  ...['wetback', 'chink', 'spic', 'kike', 'coon', 'tranny', 'fun', 'sheet', 'ass', 'mother', 'backup'],
];
const MASKS = ['-', '‐', '‑', '‒', '–', '—', '―', '*', '_', '#', ' ', ' -', '\u00a0—', 'a', '1'];

const PIECES = [
  ...'abcdefghijklmnopqrstuvwxyz',
  ...['f', 'fu', 'fuc', 'ck', 'ing', 'er', 'ed', 'k', 'sh', 'it', 'bi', 'tch', 'ass', 'hole', 'bast', 'ard'],
  ...['cu', 'nt', 'di', 'pi', 'ss', 'da', 'mn', 'mother', 'ni', 'gger', 'gga', 'fag', 'got', 're', 'tard'],
  ...['wet', 'back', 'ch', 'ink', 'sp', 'ic', 'ki', 'ke', 'co', 'on', 'tr', 'anny', 'you', 'off'],
  ...['-', '‐', '‑', '‒', '–', '—', '―', '*', '_', '#', '--', '---', ' - ', '**'],
  ...[' ', ' ', ' ', '\u00a0', '\n', '\t', '4', '45', 'A', 'F', '.', ',', "'", '!', '/', '“'],
];

describe('the dash-masked word lists, read by shape', () => {
  it('reads both word lists in code', () => {
    expect(coded).toHaveLength(2);
  });

  it('matches exactly what their regex matches, on the labelled replies and on masked shapes', () => {
    const texts = [
      ...new Set(loadLabelled('').map((r) => normalise(r.text).text)),
      ...shapedTexts(PIECES, 20_000, 16),
      ...maskedTexts(WORDS, MASKS, 40_000),
    ];
    for (const pattern of coded) {
      const plain = new RegExp(pattern.source, pattern.flags);
      let found = 0;
      for (const text of texts) {
        const want = everyMatch(plain, text);
        found += want.length;
        expect(everyMatch(pattern, text), `${JSON.stringify(text)}`).toEqual(want);
      }
      expect(found).toBeGreaterThan(2000);
    }
  }, 120_000);

  it('answers as a regex does: test, match, matchAll and lastIndex', () => {
    const [profane] = coded;
    if (!profane) throw new Error('no coded pattern');
    expect(profane.test('you f---ing deadbeat')).toBe(true);
    expect(profane.lastIndex).toBe(11);
    expect(profane.test('you f---ing deadbeat')).toBe(false);
    expect(profane.lastIndex).toBe(0);
    expect('sh-t, f--k and a two-month plan'.match(profane)).toEqual(['sh-t', 'f--k']);
    expect([...'sh-t and b**ch'.matchAll(profane)].map((m) => m.index)).toEqual([0, 9]);
    expect(profane.test('call us 9am-6pm or e-mail us')).toBe(false);
  });
});
