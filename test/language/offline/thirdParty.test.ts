import { describe, expect, it } from 'vitest';
import { thirdPartyKind, understandOffline } from '../../../src/language/offline/index.js';
import { THIRD_PARTY_DEV } from './thirdParty.cases.js';
import { THIRD_PARTY_BLIND, type BlindKind } from './thirdPartyBlind.js';

const CTX = { now: new Date('2026-11-28T02:00:00Z'), timeZone: 'Asia/Shanghai' };

function reading(text: string): BlindKind {
  const u = understandOffline(text, CTX);
  if (u.intent !== 'not_holder') return 'holder';
  return thirdPartyKind(text) ?? 'relative';
}

describe('third parties recognised by what they say (issue 15)', () => {
  it.each(THIRD_PARTY_DEV.map((c) => [c.text, c.kind]))('%s → %s', (text, kind) => {
    expect(reading(text)).toBe(kind);
  });

  // First run (blind, 2026-12-05): exact kind 26/30, recognised as a third party 18/22, holders read
  // as third parties 0/8. The floors sit below it; they were never used to tune a rule.
  it('BLIND held-out set: reported as measured, never tuned on (floor below the first run)', () => {
    const misses = THIRD_PARTY_BLIND.filter((c) => reading(c.text) !== c.kind);
    const recognised = THIRD_PARTY_BLIND.filter((c) => c.kind !== 'holder' && reading(c.text) !== 'holder');
    const thirdParties = THIRD_PARTY_BLIND.filter((c) => c.kind !== 'holder').length;
    const falseAlarms = THIRD_PARTY_BLIND.filter((c) => c.kind === 'holder' && reading(c.text) !== 'holder');
    console.log(
      `third-party BLIND: exact kind ${THIRD_PARTY_BLIND.length - misses.length}/${THIRD_PARTY_BLIND.length}, ` +
        `recognised as a third party ${recognised.length}/${thirdParties}, ` +
        `holders read as third parties ${falseAlarms.length}/${THIRD_PARTY_BLIND.length - thirdParties}\n` +
        misses.map((m) => `  miss: ${m.text} (${m.kind} → ${reading(m.text)})`).join('\n'),
    );
    expect(THIRD_PARTY_BLIND.length - misses.length).toBeGreaterThanOrEqual(24);
    expect(recognised.length).toBeGreaterThanOrEqual(16);
    expect(falseAlarms.length).toBeLessThanOrEqual(1);
  });
});
