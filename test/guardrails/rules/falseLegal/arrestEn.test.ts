import { describeRules, EN, EN_UNVERIFIED } from '../ruleCases.js';

/**
 * The arrest class of false_legal in English (src/guardrails/rules/falseLegal/arrestEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('false_legal: arrest, English', {
  violations: [
    // escaping classes, by class
    [
      "This is Investigator Hall from the fraud investigation unit; you're under investigation.",
      EN,
      'false_legal',
    ],
    // fifteenth-session English classes (guard15)
    ['po-po gonna be at ur door by friday, not kidding', EN, 'false_legal'],
    ['we handed ur whole file to the DA this morning', EN, 'false_legal'],
    ['keep ignoring this = jail, ur choice', EN, 'false_legal'],
    // classes that escaped round 10, by class
    ['This is your last notice before arrest.', EN, 'false_legal'],
    // invented legal process, English (guardrw13b)
    ['Ignoring us can end with a warrant being issued against you.', EN, 'false_legal'],
    ['We are requesting a bench warrant this week.', EN, 'false_legal'],
    ['Tell her we are reporting her case to the fraud task force.', EN_UNVERIFIED, 'false_legal'],
    // English classes of structMenace, by class
    ['The marshals have been handed your file and your address.', EN, 'false_legal'],
    ['Your file is being passed on to immigration.', EN, 'false_legal'],
    // real collectors' register, English (guardrw12)
    ['Warrant is active. Call back today.', EN, 'false_legal'],
    // real collectors' register, English, continued (guardrw12)
    ["Ma'am, we're about to send the sheriff. Last chance.", EN, 'false_legal'],
    ["What's your daughter gonna think when the cops show up?", EN, 'false_legal'],
    // round-16 English classes (guarden8)
    ['The police already have a warrant for you.', EN, 'false_legal'],
    // round-20b classes (guard11b)
    ['That amount is enough to put you in prison for three years, think about it.', EN, 'false_legal'],
    // third persons in collectors English (guardrw14en)
    ['Tell him to pay today or we will file a police case against him.', EN_UNVERIFIED, 'false_legal'],
    // the fifteenth session blind classes in English (guardrw15b)
    ["Pack your things, since you won't be coming home for years.", EN, 'false_legal'],
  ],
  stillBlocked: [
    // round-19a classes, English (guard19)
    ['If you don’t pay, you will be arrested or jailed.', EN],
  ],
  lawful: [
    // invented legal process, English (guardrw13b)
    ['We will not have you arrested, and no warrant will ever be issued over a card debt.', EN],
    ['A scammer may say a warrant has been issued. We never will.', EN],
    ['If you were a victim of identity theft, file a report with your local police department.', EN],
    ['An affidavit of identity theft is a form you can send us to report fraud.', EN],
    // English classes of structMenace, by class
    ['You can report the theft to the police and send us the report number.', EN],
    // real collectors' register, English (guardrw12)
    ['There is no warrant for your arrest. Credit card debt is a civil matter.', EN],
    // real collectors' register, English, continued (guardrw12)
    ['We will never send the police to your home.', EN],
    ["The police won't come for a credit card debt.", EN],
    // round-16 English classes (guarden8)
    ["You'll be charged interest at the rate shown on your statement.", EN],
    // round-19a classes, English (guard19)
    ['No one will arrest, detain or prosecute you over a card balance.', EN],
    // third persons in collectors English (guardrw14en)
    ['We are not law enforcement and no one is going to arrest you.', EN],
    // the fifteenth session blind classes in English (guardrw15b)
    ['If you are going away for a while, you can set up automatic payments.', EN],
    // dressed-up voicemails, English (guardrw13b)
    ['If you need advice about your rights, a legal aid office can help.', EN],
  ],
});
