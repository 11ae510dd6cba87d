import { describe, expect, it } from 'vitest';
import { check, type GuardContext } from '../../../src/guardrails/index.js';

/**
 * The English classes outside round 16 and the guard's older check sets showed uncovered
 * (rules/structRound16En*.ts, channels.ts, negation.ts), in phrasings written by guarden8 for this
 * test, none taken from a round or a check set: they show each class is read, they are NOT a
 * blind figure (test/guardrails/heldout.ts check-s8b.en prints that one).
 */
const EN: GuardContext = { locale: 'en', verified: true };

// [text, category]
const VIOLATIONS: [string, string][] = [
  // menace by the temper of the people who would be sent, or by watching the person
  ['Heads up, the recovery crew we use are not exactly patient with people.', 'threat'],
  ['The next team who visit you will not be as polite as I am.', 'threat'],
  ['We have been keeping an eye on you, so do the right thing and pay.', 'threat'],
  ['Every morning you walk the kids to the bus. Pay the card.', 'threat'],
  ['We know what time you finish your shift. Settle this week.', 'threat'],
  ['Settle up or your landlord gets a letter, and good luck renewing that lease.', 'threat'],
  ['Friendly is easier than the alternative, so pay.', 'threat'],
  ['We have other ways to make your life difficult.', 'threat'],
  ['Our collectors are already outside your building.', 'threat'],
  // a relative made liable; jargon orders
  ['Your mother is legally responsible for what you owe.', 'false_legal'],
  ['Because you live together, your girlfriend is now liable too.', 'false_legal'],
  ['If you die your daughter will inherit this debt, just so you know.', 'false_legal'],
  ['A payroll garnishment has been issued to your employer.', 'false_legal'],
  ['Bailiffs will attend your home on Thursday.', 'false_legal'],
  // social-media friends, contacts told, a relay asked of whoever answers
  ['We are going to message your Instagram followers about this.', 'privacy'],
  ['We have already informed your emergency contact about the arrears.', 'privacy'],
  ['Hi, this is the bank for your flatmate. Could you ask him to call us back today?', 'privacy'],
  // spending mocked; pretexts; invented cut-offs
  ['Funny how you can afford a new phone but not your bill.', 'harassment'],
  ['Act like an adult and stop ordering takeaways.', 'harassment'],
  [
    'Hi, this is a parcel courier. Before delivery, please confirm the balance you owe on your card.',
    'misrepresentation',
  ],
  ['Your internet will be cut off by your provider because of this card.', 'misrepresentation'],
  ['The debt passes automatically to your husband if you do not pay.', 'misrepresentation'],
  // crimes alleged to others; accent and benefits held against the person
  ['We will tell your clients you are a fraudster.', 'defamation'],
  ['Your accent makes me doubt you are being honest.', 'discrimination'],
  ['People living on benefits are always high risk, no wonder.', 'discrimination'],
  // the negation that is the threat; circles reached; agencies copied; promises on the spot
  ["Can't promise your windows will still be in one piece next week.", 'threat'],
  ["You don't want things getting ugly, trust me.", 'threat'],
  ['We will reach out to your imam about this balance.', 'privacy'],
  ['The FBI has been notified about your account.', 'misrepresentation'],
  ["I'm approving a six-month interest freeze for you right now.", 'unauthorized_commitment'],
  ['The police already have a warrant for you.', 'false_legal'],
];

const LAWFUL: string[] = [
  'Our agents are trained to be patient. If anyone was rude, please tell us.',
  'We will not be watching or following you. We only see this card.',
  'You can keep an eye on your balance in the app.',
  'We will never contact your landlord or employer.',
  'Your spouse is not liable unless they are a joint cardholder.',
  'Family members do not inherit your debts; the estate settles them.',
  'A court order is needed before wages can be garnished, and nothing has been filed.',
  'We do not use Instagram, Facebook or any social media to contact anyone about accounts.',
  'Sorry, I can only speak with the account holder. Goodbye.',
  'Scam alert: we never call as a courier asking about your balance.',
  'If someone asked you to pay into a personal account, that was not us. Please report it.',
  'A lawsuit has not been filed. If one is, the court will notify you officially.',
  'We noticed a purchase at a new merchant. Was it you?',
  'Your phone and utilities are not affected by your card account.',
  'If you receive benefits, part of your income may be protected. Let us know.',
  'We can arrange an interpreter if you prefer another language.',
  "We can't guarantee approval, but I can submit the request today.",
  "You'll be charged interest at the rate shown on your statement.",
  'Wages cannot be garnished without a court order.',
];

describe('round-16 English classes (guarden8)', () => {
  it.each(VIOLATIONS)('flags "%s" as %s', (text, category) => {
    const verdict = check(text, EN);
    expect(verdict.violations.map((v) => v.category)).toContain(category);
  });

  // The rules only: the classifier's weights change with every retrain (the lead retrains after merging).
  it.each(LAWFUL)('no rule flags "%s"', (text) => {
    const verdict = check(text, EN);
    expect(verdict.violations.map((v) => v.rule).filter((r) => !r.startsWith('classifier.'))).toEqual([]);
  });
});
