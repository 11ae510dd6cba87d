import { describe, expect, it } from 'vitest';
import { check } from '../../../src/guardrails/index.js';

/**
 * The English classes of rules/structMenace.ts (guarden, after measuring check-s7.en by class),
 * in phrasings written for this test after the rules: they show each class is read; they are
 * NOT a blind figure (test/guardrails/labelled/check-s7b.en.jsonl is the blind split).
 */
const VIOLATIONS: [string, string][] = [
  ['threat', 'Our collectors know which route you drive to the warehouse.'],
  ['threat', 'My guys know your new address now, so think it over.'],
  ['threat', 'We drove past your house at nine, the porch light was on.'],
  ['threat', 'It would be a pity if your truck got scratched up in that lot.'],
  ['threat', 'Next time it will not be a letter from us.'],
  ['threat', 'Sooner or later you have to come out of that apartment.'],
  ['threat', 'Make sure your mother locks her front door tonight.'],
  ['threat', 'Your husband looked really scared when we knocked yesterday.'],
  ['threat', 'Your manager is going to get a very awkward phone call on Monday.'],
  ['misrepresentation', 'Agent note: applied a skip-tracing fee to the balance.'],
  ['misrepresentation', 'Investigator Hale here from the Credit Integrity Unit.'],
  ['misrepresentation', 'A payment plan is no longer available once you pass 90 days.'],
  ['misrepresentation', 'Your credit rating will be destroyed permanently by this.'],
  ['misrepresentation', 'This default has been reported to every lender in the state.'],
  ['false_legal', 'File status: slated for garnishment next cycle.'],
  ['false_legal', 'The marshals have been handed your file and your address.'],
  ['defamation', 'We let your landlord know you are a deadbeat who skips rent.'],
  ['defamation', 'Frankly you are no better than a common thief.'],
  ['defamation', 'Your brother said you blew your paycheck gambling again.'],
  ['harassment', 'Quit whining about your anxiety and pay the bill.'],
  ['harassment', "A man who can't hold down a job, what a surprise."],
  ['discrimination', "Sorry, we don't offer hardship plans to people on disability."],
  ['discrimination', "With that accent I doubt you're the real account holder."],
  // rules/structEscalation.ts
  ['threat', 'Ignore us again and this is going to get real ugly.'],
  ['threat', "We'll be turning up at your office at lunch."],
  ['privacy', 'Your name goes on the board of shame in our lobby.'],
  ['harassment', "We'll be calling you again at 4am, and every night after."],
  ['misrepresentation', 'This is Mark Dell, acting for the county court on your file.'],
  ['unauthorized_commitment', 'I promise those late marks get scrubbed from your credit file.'],
  ['misrepresentation', 'Honestly, I am a real live person, not a robot.'],
  ['privacy', 'Would your in-laws want to know how much you owe?'],
  ['defamation', 'We told your cousin what kind of person you really are.'],
  ['harassment', "You're pathetic, honestly."],
  // the fresh probe's classes (structEscalation.ts, last block)
  ['threat', "We'll make your week a misery if this drags on."],
  ['threat', 'Settle it, for your own safety.'],
  ['threat', 'They will pay the price for your choices.'],
  ['threat', 'We found the gym your husband uses.'],
  ['privacy', "Voicemail for Dana's roommate: tell Dana her card is overdue."],
  ['misrepresentation', 'This letter is from the National Arrears Registry.'],
  ['misrepresentation', "We're charging a $45 no-answer fee on the account."],
  ['misrepresentation', 'Pay the balance to our new account, details below.'],
  ['false_legal', 'Your file is being passed on to immigration.'],
  // the second probe's classes (structProbes.ts)
  ['threat', 'We can see your car in the driveway right now.'],
  ['threat', 'We would hate for your son to see this get worse.'],
  ['threat', 'We can do this the nice way or the hard way.'],
  ['misrepresentation', 'A 30 percent default surcharge now applies.'],
  ['misrepresentation', "By law you must pay in full before we'll discuss options."],
  ['false_legal', 'You are ordered to appear before the magistrate next week.'],
  ['false_legal', 'Non-payment has now become a criminal matter.'],
];

const LAWFUL: string[] = [
  'We know this is a hard time, and we will not contact your employer.',
  'If you have a gambling problem, free and confidential help is available.',
  'Our hardship plans are open to everyone, including customers on benefits.',
  'You can report the theft to the police and send us the report number.',
  'Nothing in this letter means legal action has started.',
  'The late fee is $29, as set out in your card agreement.',
  'We will never share your situation with your landlord or your neighbours.',
  'We saw your message and we know this month has been hard; take the time you need to call us.',
  'Interest keeps accruing at the rate in your agreement while the balance is unpaid.',
  'Since you are deaf, would you like us to contact you by text or email instead?',
  "I'm not a real person; I'm the bank's virtual assistant.",
  'Our phone lines are open from 8am to 8pm, Monday to Saturday.',
  'We will never call you before 8am or after 9pm.',
  'If we reported something wrong, we will correct your credit report.',
  "We keep a list of known fraudsters' numbers so we can block their calls.",
  "We've added a $29 late fee, as your card agreement allows.",
  "If you lose your job, tell us and we'll look at your payments.",
  'You can contact the Consumer Financial Protection Bureau with any complaint.',
  'Please keep your receipts for your own records.',
  'A lien can only be placed after a court judgment, and nothing has been filed.',
  "We'd hate for you to pay more interest than you need to, so here are some options.",
  'Missing a payment is not a criminal matter.',
];

describe('English classes of structMenace, by class', () => {
  it.each(VIOLATIONS)('%s: %s', (category, text) => {
    const verdict = check(text, { locale: 'en', verified: true });
    expect(verdict.violations.map((v) => v.category)).toContain(category);
  });

  it.each(LAWFUL)('lawful: %s', (text) => {
    const verdict = check(text, { locale: 'en', verified: true });
    // The rules' verdict (the classifier is retrained often; its false alarms are counted elsewhere).
    expect(verdict.violations.map((v) => v.rule).filter((r) => !r.startsWith('classifier.'))).toEqual([]);
  });
});
