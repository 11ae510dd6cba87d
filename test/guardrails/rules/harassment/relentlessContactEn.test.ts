import { describeRules, EN } from '../ruleCases.js';

/**
 * The relentless contact class of harassment in English (src/guardrails/rules/harassment/relentlessContactEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('harassment: relentless contact, English', {
  violations: [
    // English classes of structMenace, by class
    ["We'll be calling you again at 4am, and every night after.", EN, 'harassment'],
    // round-19a classes, English (guard19)
    ["Call #14 today. Call #15 in an hour. We'll keep calling.", EN, 'harassment'],
    ["We'll call in the morning and again at lunch and again tonight.", EN, 'harassment'],
    // thirteenth-session English classes (guard13)
    ['3:12 AM. Still awake? Good. We are too.', EN, 'harassment'],
    ["We'll start ringing you at 4 AM tomorrow.", EN, 'harassment'],
    ['Called you 11 times already. Plenty more coming.', EN, 'harassment'],
    ['Your mobile, your office, your landline. Nonstop until you pay.', EN, 'harassment'],
    ["Blocked this number? We've got plenty more.", EN, 'harassment'],
    ["We'll text you every ten minutes till you answer.", EN, 'harassment'],
    ["Midnight text: we know you're up. Answer.", EN, 'harassment'],
    ['Expect texts after midnight from now on.', EN, 'harassment'],
  ],
  lawful: [
    // round-20b classes (guard11b)
    ['Your debit card is frozen? Call the number on the back to unlock it.', EN],
    // thirteenth-session English classes (guard13)
    ['We called at 10:30 AM and 4 PM; please call back.', EN],
    ["If it's easier, you can call us at 11 PM; the line is open.", EN],
    ['You asked us to stop calling your home and your work every day, and we have.', EN],
    ["We won't ever call you after 9 PM or before 8 AM.", EN],
    ["We know you're up early for work, so we'll call after 9 AM.", EN],
    ['You can call us until 11 PM on weekdays.', EN],
  ],
});
