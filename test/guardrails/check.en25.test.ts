import { describe, expect, it } from 'vitest';
import { describeFigures, roundFigures } from './heldoutReport.js';
import { loadLabelled } from './labelledSet.js';

/**
 * guarden25's English check sets (issue 16, test/guardrails/labelled/check-en25.{dev,blind}.jsonl),
 * written 2026-12-07 by class and register (dev) and by speaker and scenario (blind) before any rule
 * was read and before any verdict on them: seizure threats without process, contacts, relatives and
 * references told or asked, degrading messages to contacts, employers, HR and commanding officers
 * and garnishment before judgment, fake financial traces and forced deductions, insults without
 * profanity, vague legal escalation, in SMS, chat, voicemail, letter, all-caps, txt-speak and
 * Indian, Nigerian, Kenyan and Philippine English; lawful notices, voicemails, hardship and disputes.
 * Start tree (main deb08295): dev 40/75 caught in the own category (45/75 blocked for any
 * category), 6/64 lawful flagged; blind 39/72 (44/72 blocked), 7/60 lawful flagged.
 * After guarden25's rules (rules/threat/seizureEn.ts, falseLegal/escalationEn.ts,
 * misrepresentation/deductionEn.ts, privacy/contactsEn.ts, harassment/slightEn.ts,
 * defamation/sexualSmearEn.ts; negationStatement.ts): dev 75/75 (75/75 blocked), 5/64 flagged (a
 * judgment said granted, a £12 charge, the bank's own court step in a condition, "your wages" in
 * a statement of the law, repossession with no secured loan named: all by policy); blind, measured once at the end: 59/72
 * (62/72 blocked), 7/60 flagged.
 * Dev is tuned on; blind is measured at the start and the end only. A report: it prints figures.
 */
describe('check sets check-en25', () => {
  it('reports recall in the own category and false alarms (dev floors, blind printed)', () => {
    const dev = roundFigures('check-en25.dev', loadLabelled('check-en25.dev')).find((f) => f.locale === 'en');
    const blind = roundFigures('check-en25.blind', loadLabelled('check-en25.blind')).find(
      (f) => f.locale === 'en',
    );
    console.log([dev, blind].map((f) => (f ? `[own check set] ${describeFigures(f)}` : '')).join('\n'));
    expect(dev?.violating).toBe(75);
    expect(dev?.compliant).toBe(64);
    expect(blind?.violating).toBe(72);
    expect(blind?.compliant).toBe(60);
    // Floors at what the rules reached on dev, with room for a retrained classifier's opinion.
    expect(dev?.caught).toBeGreaterThanOrEqual(74);
    expect(dev?.flagged).toBeLessThanOrEqual(5);
  }, 60_000);
});
