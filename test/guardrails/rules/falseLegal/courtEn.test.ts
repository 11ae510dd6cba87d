import { describeRules, EN, EN_SCHEDULED } from '../ruleCases.js';

/**
 * The court class of false_legal in English (src/guardrails/rules/falseLegal/courtEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('false_legal: court, English', {
  violations: [
    // escaping classes, by class
    ['Re: docket 26-0419. Failure to respond within 48 hours will result in a warrant.', EN, 'false_legal'],
    ['Pending litigation has been initiated on your file; do not leave the state.', EN, 'false_legal'],
    // invented legal process, English (guardrw13b)
    ["We're about to serve you with legal papers.", EN, 'false_legal'],
    ["You'll be served at your workplace tomorrow.", EN, 'false_legal'],
    ['A process server is on the way to your office.', EN, 'false_legal'],
    ['You have been named as a defendant and may be ordered to appear.', EN, 'false_legal'],
    ['Your hearing has been placed on the court calendar for Monday.', EN, 'false_legal'],
    ['Case number 55-2210 has been assigned and sent for legal processing.', EN, 'false_legal'],
    ['A sworn affidavit has been prepared against you.', EN, 'false_legal'],
    ['Your file sits with our pre-legal unit now.', EN, 'false_legal'],
    ['Pay within 24 hours or face legal action. Sincerely, the Legal Team', EN, 'false_legal'],
    // English classes of structMenace, by class
    ['File status: slated for garnishment next cycle.', EN, 'false_legal'],
    ['You are ordered to appear before the magistrate next week.', EN, 'false_legal'],
    ['Non-payment has now become a criminal matter.', EN, 'false_legal'],
    // real collectors' register, English, continued (guardrw12)
    ['To avoid being served at your job, call before 5pm.', EN, 'false_legal'],
    // round-16 English classes (guarden8)
    ['A payroll garnishment has been issued to your employer.', EN, 'false_legal'],
    ['Bailiffs will attend your home on Thursday.', EN, 'false_legal'],
    // the fifteenth session blind classes in English (guardrw15b)
    ['There is legal action pending, so settle today.', EN, 'false_legal'],
    // fourteenth-session classes (guard14)
    ['Not answering this letter counts as an admission that you owe the full amount.', EN, 'false_legal'],
    ['Ignoring this notice means you accept the debt in full.', EN, 'false_legal'],
  ],
  stillBlocked: [
    // round-19a classes, English (guard19)
    ["If you don't pay, you'll be served with a summons. You have the right to respond.", EN],
    // round-19b classes (guardb)
    ['Your car is collateral, and we will repossess it tomorrow as allowed by your contract.', EN],
    // round-20b classes (guard11b)
    ['If you received a summons, pay today or you will be arrested.', EN],
  ],
  lawful: [
    // invented legal process, English (guardrw13b)
    ['If you are ever served with court papers, read them and respond by the date they give.', EN],
    ['Our legal team reviewed your complaint and will reply in writing.', EN],
    // English classes of structMenace, by class
    ['Nothing in this letter means legal action has started.', EN],
    ['A lien can only be placed after a court judgment, and nothing has been filed.', EN],
    ['Missing a payment is not a criminal matter.', EN],
    // real collectors' register, English (guardrw12)
    ['Your payment was declined. If it stays unpaid, the account may be referred to our attorneys.', EN],
    // round-16 English classes (guarden8)
    ['A court order is needed before wages can be garnished, and nothing has been filed.', EN],
    ['A lawsuit has not been filed. If one is, the court will notify you officially.', EN],
    ['Wages cannot be garnished without a court order.', EN],
    // round-19a classes, English (guard19)
    [
      'Should you be served with a summons, read it and respond by the date on it; you have the right to an attorney.',
      EN,
    ],
    // round-20b classes (guard11b)
    ['If you have received a summons, respond on time. Legal aid offices can advise you for free.', EN],
    // recurring real-world classes in English (guardrw15)
    ['You can ask the court to set the judgment aside once the debt is paid.', EN],
    // the fifteenth session blind classes in English (guardrw15b)
    ['Your card is frozen for new purchases while the plan is active.', EN],
    ['If a court enters a judgment, your bank accounts could be garnished.', EN],
    ['No lawsuit is pending against you.', EN],
    // fourteenth-session classes (guard14)
    ['Not responding to a lawsuit can lead to a default judgment; that is not an admission.', EN],
  ],
  clean: [
    // escaping classes, by class
    ['Only a court can order garnishment, and no lawsuit has been filed.', EN_SCHEDULED],
    // classes that escaped round 10, by class
    ['If a lawsuit were ever filed, you would receive court papers and could respond.', EN],
  ],
});
