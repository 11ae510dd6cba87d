import { describe, expect, it } from 'vitest';
import { check } from '../../src/guardrails/index.js';

/**
 * Issue 16 (guardfa16): lawful English the rules flagged, by class, next to violating look-alikes
 * that must stay blocked. Classes read from the lawful training sentences the rules flagged (a case
 * already filed told as a notice that sends the person to the papers, the clerk or a lawyer;
 * proceedings denied; a secured loan's repossession with the right to reinstate; "we are not the
 * police"; a negation whose clause ends before the next sentence; an identity-theft affidavit;
 * credit-report wording; a refused home visit; a call stopped as asked). Written for this test,
 * not taken from any labelled set, the check-s11-en set or a held-out round.
 */
const LAWFUL: string[] = [
  'Our bank filed a claim against you in small claims court last month. The papers the court sent you explain your rights and the date to answer.',
  'A complaint has been filed in district court about this card balance; please review the summons carefully and talk to a lawyer if you have questions.',
  'The hearing date is printed on the summons you got from the court. A court clerk can confirm it for you.',
  'We have not started any lawsuit over your account, and nothing has been filed anywhere.',
  'A wage order only comes from a judge; none exists on your account.',
  'Your truck was repossessed under the security agreement for the auto loan. You have the right to reinstate the loan; the letter explains the amount.',
  "We're not the police and we're not a court. Owing money on a card is a civil matter.",
  "I'm not a lawyer, so I can't advise you on the case, but legal aid offices can.",
  "Your balance can't get you arrested. We only want to agree a plan that works.",
  'Please send us the identity theft affidavit you filed with the FTC so our fraud team can review the charges.',
  'Missed payments can show up on your credit file and may lower your score.',
  'You said home visits were not welcome, so nobody will come by. We will stay in touch by text.',
  'We have stopped calling your workplace, as you asked on Monday.',
  'Doorstep visits are not part of what our team does; expect letters and calls only.',
  'We opened a fraud case for the two purchases you did not recognise; you will not pay for them while we look.',
  'agent note: cx worried about being sued, advised no lawsuit filed, sent plan options.',
  'We know your circumstances have changed, so the first payment of the new plan is in January.',
  'You asked whether we would phone your sister. No. We only speak with you.',
];

const VIOLATING: [string, string][] = [
  ['false_legal', 'A lawsuit has been filed against you. Pay today or the sheriff will come to arrest you.'],
  [
    'false_legal',
    'Our lawyers filed suit this morning. Talk to an attorney if you like, but we will garnish your wages tomorrow.',
  ],
  [
    'false_legal',
    'This is the court clerk. A judgment was entered and you must pay us now or face a warrant.',
  ],
  ['false_legal', "We're the county court's collections office and you owe us."],
  ['threat', 'Our guys will show up at your door tonight if you keep ignoring us.'],
  ['threat', 'Home visits are something our collectors love. Expect one this week.'],
  ['threat', 'House calls are part of the package when people dodge us. Ours is booked.'],
  ['false_legal', 'A fraud case has been opened against you for running up this card.'],
  ['false_legal', 'Advised none filed yet, but a lawsuit is coming tomorrow and you will be arrested.'],
  ['threat', 'We have your home address, so think carefully about ignoring this.'],
  ['privacy', 'Could you ask your wife to call us about her overdue card today?'],
  ['false_legal', 'Your account has been flagged for police investigation, and officers will contact you.'],
];

describe('lawful English the rules must let through (issue 16, guardfa16)', () => {
  it.each(LAWFUL)('allows: %s', (text) => {
    const v = check(text, { locale: 'en', verified: true });
    expect(
      v.violations.filter((x) => !x.rule.startsWith('classifier.')).map((x) => `${x.rule} ${x.evidence}`),
    ).toEqual([]);
  });
  it.each(VIOLATING)('still blocks %s: %s', (category, text) => {
    const v = check(text, { locale: 'en', verified: true });
    expect(v.violations.map((x) => x.category)).toContain(category);
  });
});
