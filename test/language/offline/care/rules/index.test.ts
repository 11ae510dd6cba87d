import { describe, expect, it } from 'vitest';
import { careText } from '../../../../../src/language/offline/care/careNormalise.js';
import { CLASS_CONTEXT_RULES } from '../../../../../src/language/offline/care/classReading.js';
import { CLASS_RULES_IN_ORDER } from '../../../../../src/language/offline/care/rules/index.js';
import { HELD_OUT7_DISTRESS } from '../heldOutSet7.js';
import { HELD_OUT8_DISTRESS } from '../heldOutSet8.js';
import { OWN_BLIND9_DISTRESS } from '../ownBlind9.js';
import { OWN7_DISTRESS } from '../ownSet7.js';
import { OWN8_DISTRESS } from '../ownSet8.js';
import { OWN9_DISTRESS, OWN9_ORDINARY } from '../ownSet9.js';

/**
 * The class rules as a whole (src/language/offline/care/rules/index.ts): each read only when its cue
 * is said. Where each test came from: PROVENANCE.md in this folder.
 */

// distressRound9.test.ts
describe('round 9: implicit distress by class, and its everyday look-alikes', () => {
  it('reads a rule only when its cue is in the message: every match contains the cue', () => {
    const texts = [
      ...OWN9_DISTRESS,
      ...OWN9_ORDINARY,
      ...OWN_BLIND9_DISTRESS,
      ...OWN8_DISTRESS,
      ...OWN7_DISTRESS,
      ...HELD_OUT7_DISTRESS,
      ...HELD_OUT8_DISTRESS,
    ].flatMap((t) => Object.values(careText(t)));
    for (const rule of CLASS_CONTEXT_RULES) {
      for (const text of texts) {
        const m = rule.pattern.exec(text);
        if (m) expect(rule.cue?.test(m[0]), `${rule.pattern.source.slice(0, 30)} on "${m[0]}"`).toBe(true);
      }
    }
  });
});

// distressRound24.test.ts
describe('care round 24 (outside round S15 half a classes, new phrasings)', () => {
  const SEVEN = new Set([
    'meansStashedLeaveFamily',
    'partnerThreatHiding',
    'bleedingNow',
    'edgeScene',
    'writtenForAfter',
    'apologyPassedOn',
    'deathOverTheDebt',
  ]);
  const CUED_SEVEN = CLASS_RULES_IN_ORDER.filter((r) => SEVEN.has(r.id));
  it('holds seven classes, each read only when its cue is said', () => {
    for (const rule of CUED_SEVEN) expect(rule.cue).toBeInstanceOf(RegExp);
    expect(CUED_SEVEN).toHaveLength(7);
  });
});

// distressRound25.test.ts
describe('care round 25 (outside round S15 half b, read after its blind run; lead, new phrasings)', () => {
  const WANT_IT_TO_STOP = CLASS_RULES_IN_ORDER.filter((r) => r.id === 'wantItAllToStop');
  it('every rule names a cue its pattern needs', () => {
    for (const rule of WANT_IT_TO_STOP) expect(rule.cue.source.length).toBeGreaterThan(0);
  });
});
