import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * Vague or false legal escalation (guarden25, issue 16): the collector "authorised" to take
 * "appropriate legal measures", the person said to be in violation of a law or regulation by not
 * paying, non-payment called a criminal or punishable offence, the debt "classified" or
 * "escalated" as theft or fraud, goods or money to be taken "without a court order", and the
 * employer instructed to deduct wages before any judgment. A bank may say a lawsuit is one
 * possible step (negationCourtEn.ts, negationStatement.ts); "you are in breach of your agreement"
 * names a contract, not a law, and "only a court can…" or "we cannot… without a court order" are
 * the law. FDCPA §1692e(4), (5), (7); Reg F §1006.18; UK CONC 7.9; Kenya CBK conduct rules.
 */

const LAW = String.raw`(?:laws?|regulations?|acts?|codes?|statutes?|rules and regulations|guidelines|ordinances?|decrees?)`;
const ADJ = String.raw`(?:the |federal |state |national |central |banking |lending |financial |consumer |credit |criminal |penal |revised |cbk |cbn |rbi |bsp |sec |[a-z]+ )`;

export const FALSE_LEGAL_ESCALATION_EN: PatternRuleSpec[] = [
  {
    // "We are authorized to take appropriate legal measures against you".
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    triggers: ['authoris', 'authoriz', 'empowered', 'mandated', 'cleared to'],
    patterns: en(
      String.raw`\b(?:authori[sz]ed|empowered|mandated|cleared)\b[^.!?\n]{0,25}?\bto (?:take|initiate|commence|pursue|institute|begin|start|proceed with|effect) (?:all |any |the )?(?:appropriate|necessary|further|requisite|stringent|severe|strict|relevant|all necessary) (?:legal|judicial|criminal|law enforcement|recovery and legal) (?:measures|actions?|steps|proceedings|remed(?:y|ies))\b`,
    ),
  },
  {
    // "You are in violation of federal banking regulations", "you have violated the Act".
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    triggers: ['violation', 'breach', 'contravention', 'violated', 'breached', 'contravened', 'broken the'],
    patterns: en(
      String.raw`\b(?:you|u)(?:'re| are| r|'ve been| have been| are now| r now)? (?:now |currently |already |clearly )?in (?:direct |clear |serious |gross )?(?:violation|breach|contravention) of ${ADJ}{0,5}${LAW}\b`,
      String.raw`\b(?:you|u)(?:'ve| have)? (?:now |already |clearly )?(?:violated|breached|contravened|broken) ${ADJ}{0,5}${LAW}\b`,
    ),
  },
  {
    // "Non-payment of a loan is a criminal offence", "refusing to repay is punishable".
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    // 'criminal': "non-payment … becomes a criminal matter" holds none of the others (guarden26).
    triggers: ['offence', 'offense', 'punishable', 'crime', 'criminal'],
    patterns: en(
      String.raw`\b(?:non-? ?(?:re)?payment|not (?:re)?paying|failure to (?:re)?pay|failing to (?:re)?pay|refus(?:al|ing) to (?:re)?pay|defaulting)\b[^.!?\n]{0,30}?\b(?:is|constitutes|amounts to|counts as|becomes) (?:a |an )?(?:criminal|punishable|serious|prosecutable|jailable|cognizable|economic) (?:offen[cs]e|crime|act|matter)\b`,
      String.raw`\b(?:non-? ?(?:re)?payment|not (?:re)?paying|failure to (?:re)?pay|refus(?:al|ing) to (?:re)?pay)\b[^.!?\n]{0,30}?\bis (?:a )?punishable\b`,
    ),
  },
  {
    // "This matter is now classified as theft", "your case has been escalated to the EFCC".
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    triggers: [
      'classified',
      'treated as',
      'converted',
      'escalated',
      'forwarded',
      'handed over',
      'referred',
      'upgraded',
    ],
    patterns: en(
      String.raw`\b(?:this (?:matter|case|debt|loan|account)|the (?:matter|case|debt)|your (?:case|file|matter|debt|loan|default|account)|(?:failure|failing|refusal) to (?:respond|pay|repay|reply))\b[^.!?\n]{0,25}?\b(?:classified|treated|reclassified|converted|registered|upgraded|escalated|turned into|filed) (?:as|to|into) (?:a |an )?(?:case of )?(?:theft|fraud|estafa|obtaining by false pretences?|false pretences?|criminal|cyber ?crime|economic crime)\b`,
      String.raw`\b(?:escalated|forwarded|handed over|referred|sent|transferred|reported) to (?:the )?(?:efcc|icpc|dci|cid|nbi|cidg|fbi|police|fraud squad|cyber ?crime (?:unit|division|police)|economic crimes? (?:unit|division|commission))\b`,
    ),
  },
  {
    // "We don't need any court order to enter your house", "seize your goods without going to court".
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    triggers: ['court order', 'going to court', 'court', 'warrant', 'judg'],
    patterns: en(
      String.raw`\b(?:don't|do not|dont|doesn't|does not|won't|will not) need (?:a |any |an )?(?:court (?:order|judg(?:e)?ment)|judge|judg(?:e)?ment|warrant)\b`,
      String.raw`\b(?:seize|take|repossess|remove|enter|deduct|garnish|attach|freeze|collect|carry)\w*\b[^.!?\n]{0,50}?\bwithout (?:going to |a |any |the |even )?(?:court|court order|judg(?:e)?ment|warrant|a judge)\b`,
    ),
  },
  {
    // "We are instructing your employer to deduct the amount from your salary".
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    triggers: ['employer', 'company', 'payroll', ' hr ', 'boss', 'office'],
    patterns: en(
      String.raw`(?<!\bcourt (?:will |would |may |can )?)\b(?:instruct|direct|ask|request|order|notify|tell|write to)(?:s|ed|ing)? (?:your|ur|his|her) (?:employer|company|payroll(?: department)?|hr(?: department)?|boss|office)\b[^.!?\n]{0,15}?\bto (?:deduct|withhold|garnish|remit|recover|dock|cut)\b`,
    ),
  },
];
