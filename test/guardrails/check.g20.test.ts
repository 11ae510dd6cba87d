import { describe, expect, it } from 'vitest';
import { checkSetCounts } from './rules/checkSetFigures.js';

/**
 * guarden20's check set (issue 16, test/guardrails/rules/checkG20.en.jsonl), English only:
 * pretexts and invented offices, consent taken from staying on the line, a collection call said
 * not to be one, admissions and never-expiring debts, government numbers said suspended, family
 * said liable; contempt said to the person (insults, "grow up", excuses sneered at, masked
 * profanity, all caps, shorthand); veiled threats, invented legal acts, third parties told, smears.
 * Lawful: Reg F notices, dispute acknowledgements, hardship offers, scam alerts that quote a threat,
 * limited-content voicemails, truthful consequences, shorthand reminders. Written by class before
 * any rule change and before any verdict on it.
 * Before (untuned probe, on b366e0f): recall 0.700 (35/50), blocked 42/50, false alarms 3/35;
 * misrepresentation 5/16, harassment 8/12, threat 7/7, false_legal 7/7, privacy 5/5, defamation 3/3.
 * After rules/harassment/contemptEn.ts, rules/misrepresentation/pretextEn.ts and additions to the
 * threat, false-legal and defamation files, written while looking at this set's misses: a tuned
 * probe, not a figure (49/50, 1/35). The blind figure did not move: realworld-s18 en, measured in
 * aggregate only, 9/35 own category, 12/35 blocked, 3/32 false alarms before and after.
 */
describe('check set checkG20', () => {
  it('reports recall in the own category and false alarms (English)', () => {
    const [counts] = checkSetCounts('checkG20', undefined, ['en']);
    console.log(`[own check set, tuned] ${counts?.line ?? ''}`);
    expect(counts?.violating).toBe(50);
    expect(counts?.lawful).toBe(35);
  }, 30_000);
});
