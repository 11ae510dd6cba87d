import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * A debt said never to expire (guarden26, issue 16): "debts of this nature never expire", "there's
 * no time limit on credit card debt", "the limitation period does not apply to purchased
 * accounts", "enforceable for as long as it is outstanding". Consumer debts do become time-barred
 * (England and Wales: Limitation Act 1980 s.5, six years; US states' statutes of limitation; Kenya
 * Limitation of Actions Act s.4); saying the right to sue lasts for ever misleads (FDCPA §1692e(2),
 * Reg F §1006.26; CONC 7.3.4). The lawful look-alike keeps a condition: "the time limit does not
 * apply if you acknowledged the debt in writing".
 */

const DEBT = String.raw`(?:debts?|balances?|loans?|accounts?|arrears|card debt|dues)`;

export const MISREPRESENTATION_LIMITATION_EN: PatternRuleSpec[] = [
  {
    id: 'misrepresentation.time_barred',
    lang: 'en',
    negatable: false,
    triggers: [
      'never expire',
      'no time limit',
      'no limitation',
      'no statute',
      'no expiry',
      'apply',
      'as long as',
      'forever',
      'indefinitely',
    ],
    patterns: en(
      // "debts of this nature never expire", "this balance never expires".
      String.raw`\b${DEBT}\b(?: of this (?:nature|kind|type))?[^.!?;\n]{0,20}?\bnever expires?\b`,
      // "there's no time limit on credit card debt in any state".
      String.raw`\bno (?:time limit|limitation period|statute of limitations?|expiry(?: date)?) (?:on|for|to) (?:(?:your|this|credit card|card|personal|consumer|unpaid|such|any) ){0,3}${DEBT}\b`,
      // "the limitation period does not apply to purchased accounts" (no condition after it).
      String.raw`\b(?:limitation period|statute of limitations?|time limits?|limitation act)\b[^.!?;\n]{0,12}?\b(?:does not|doesn't|do not|don't|will not|won't|never) apply\b(?![^.!?;\n]{0,60}\b(?:if|unless|where|when|once|because you)\b)`,
      // "remains fully enforceable for as long as it is outstanding".
      String.raw`\b(?:enforceable|collectable|collectible|recoverable)\b[^.!?;\n]{0,10}?\b(?:for as long as (?:it|the (?:balance|debt|account)) (?:is|remains) (?:outstanding|unpaid|owed)|forever|indefinitely)\b`,
    ),
  },
];
