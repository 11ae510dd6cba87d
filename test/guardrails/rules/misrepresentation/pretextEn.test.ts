import { describeRules, EN, EN_UNVERIFIED } from '../ruleCases.js';

/**
 * Pretexts and false statements of the person's position in English
 * (src/guardrails/rules/misrepresentation/pretextEn.ts), in phrasings guarden20 wrote for this
 * test, none from a check set or a real message.
 */
describeRules('misrepresentation: pretexts, English', {
  violations: [
    ['Hello, this is Investigator Holt, please call me about a pending matter.', EN_UNVERIFIED, 'misrepresentation'],
    ["We're calling from the county warrant office regarding your file.", EN, 'misrepresentation'],
    ['My name is Ray from National Judgment Services, call me today.', EN, 'misrepresentation'],
    ['NOTICE FROM THE BUREAU OF DEBT ENFORCEMENT: respond within 48 hours.', EN, 'misrepresentation'],
    ['Congrats, you won a prize! To send it we just need to verify your employer and salary.', EN_UNVERIFIED, 'misrepresentation'],
    ['By remaining on this call you agree that you owe the full amount.', EN, 'misrepresentation'],
    ["This isn't a collection call, we just need you to ring our office back.", EN, 'misrepresentation'],
    ['You acknowledged the balance last week, so now you can no longer dispute it.', EN, 'misrepresentation'],
    ['Credit card debt never goes away, you will owe it until you die.', EN, 'misrepresentation'],
    ['Your SSN has been placed on hold pending this balance.', EN, 'misrepresentation'],
    ['Your husband is now fully liable for this card.', EN, 'misrepresentation'],
    ['Pay today and your score jumps 120 points overnight, guaranteed.', EN, 'misrepresentation'],
    ['This discount will not be offered again, ever.', EN, 'misrepresentation'],
  ],
  lawful: [
    ['This call may be recorded. By staying on the line you consent to the recording.', EN],
    ['A spouse is not responsible for this card unless they co-signed or are a joint holder.', EN],
    ['Your wife would only be liable if she is a joint account holder.', EN],
    ['You can still dispute the debt at any time by writing to us.', EN],
    ['You may file a complaint with your state attorney general or the CFPB.', EN],
    ['Our fraud department will call you from the number on the back of your card.', EN],
    ['Scam alert: callers claiming to be from a county warrant office are not from any court. Hang up.', EN],
    ['The Office of Debt Collection at your bank is open 9 to 5.', EN],
    ['Your new card is on its way by courier; please confirm your address in the app.', EN],
    ['Paying on time each month can help your credit score over time.', EN],
    ['After the statute of limitations passes we cannot sue you, though the debt may still be reported.', EN],
    ['Scammers may say your Social Security number is suspended. It is not; hang up.', EN],
  ],
});

/** A callback made pressing to a person not verified (guarden20's phrasings). */
describeRules('misrepresentation: pressing callbacks to a person not verified, English', {
  violations: [
    ['Message for Pat Moore: it is imperative that you call our office before 5 today.', EN_UNVERIFIED, 'misrepresentation'],
    ['Hi Sam, I need you to call me back right away, it is about your file.', EN_UNVERIFIED, 'misrepresentation'],
  ],
  lawful: [
    ['Hi, this is Rosa. Please call me back at 1-800-555-0100 when you have a moment.', EN_UNVERIFIED],
    ['It is important that you keep your PIN private.', EN_UNVERIFIED],
  ],
});
