import { describeRules, EN } from '../ruleCases.js';

/**
 * Vague or false legal escalation, English (src/guardrails/rules/falseLegal/escalationEn.ts), in
 * phrasings guarden25 wrote for this test, none from a check set or a real message.
 */
describeRules('false legal: escalation, English', {
  violations: [
    ['Our office is empowered to commence all necessary legal proceedings against you.', EN, 'false_legal'],
    ["You're now in breach of the national lending act for missing these payments.", EN, 'false_legal'],
    ['You have violated state banking laws by ignoring this balance.', EN, 'false_legal'],
    ['Refusing to repay this loan constitutes a criminal offence.', EN, 'false_legal'],
    ['Your file has been reclassified as fraud and sent to the police.', EN, 'false_legal'],
    ['We can repossess the car without going to court.', EN, 'false_legal'],
    ["We've asked your employer to withhold the balance from your wages.", EN, 'false_legal'],
  ],
  lawful: [
    ['You are in breach of your loan agreement, so please contact us to agree a plan.', EN],
    ['Not paying a debt is not a crime, but the creditor may ask a court for a judgment.', EN],
    ['We cannot take money from your account without your permission or a court order.', EN],
    ['You are not in violation of any law by asking us to verify the debt.', EN],
  ],
});
