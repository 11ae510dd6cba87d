import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * False legal process in collectors' jargon (guarden24, issue 16, policy 2026.12.19): a law
 * enforcement "liaison" or an officer "assigned", silence called evasion or obstruction, papers
 * served at the person's job, a deputy, sheriff or marshal dispatched to the home, and accounts or
 * wages said to be frozen or levied already. A card's collections never say these (no court has
 * ordered anything the guard knows of); "only a court can freeze an account" stays a statement of
 * the law (negationLaw.ts), "we've frozen your card after the fraud report" is no bank account.
 * FDCPA §1692e(1), (4), (5).
 */

const LAW = String.raw`(?:law enforcement|police|sheriff'?s?|court|judicial|legal enforcement|warrant)`;
const OFFICER = String.raw`(?:deputy|deputies|sheriff|marshal|constable|officer|officers|bailiff|process server|police)`;
const HOME = String.raw`(?:residence|home|house|address|door|doorstep|work|workplace|job|office|place of (?:work|employment))`;

export const FALSE_LEGAL_JARGON_EN: PatternRuleSpec[] = [
  {
    id: 'false_legal.impersonation',
    lang: 'en',
    negatable: true,
    triggers: ['liaison', 'evasion', 'obstruction', 'contempt', 'flight', 'abscond', 'resisting', 'assigned to your'],
    patterns: en(
      String.raw`\b${LAW} liaison\b|\bliaison (?:to|with|for) (?:the )?${LAW}\b`,
      String.raw`\b(?:(?:failure|failing|refusal|refusing) to (?:respond|reply|answer|call|pay|cooperate)|ignoring (?:this|our|the|these|my) (?:notice|letter|call|calls|message|messages|summons|demand)|not responding)\b[^.!?\n]{0,30}\b(?:considered|treated as|deemed|seen as|viewed as|constitutes?|counts as)\b[^.!?\n]{0,10}\b(?:evasion|obstruction|contempt|flight|absconding|resisting)\b`,
      String.raw`\b(?:an? |the )?${OFFICER}\b[^.!?\n]{0,20}\b(?:has been|have been|was|were|is being) assigned to your (?:case|file|address|residence|account)\b`,
    ),
  },
  {
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: ['serve'],
    patterns: en(
      String.raw`\bserv(?:e|ed|ing)\b[^.!?\n]{0,30}\b(?:papers|summons|documents|complaint|you|u)\b[^.!?\n]{0,30}\bat (?:your |ur )?(?:job|work|workplace|office|place of (?:work|employment|business)|employer)\b`,
    ),
  },
  {
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    triggers: ['dispatch', 'deput', 'sheriff', 'marshal', 'constable', 'officer', 'bailiff', 'process server', 'police'],
    patterns: en(
      String.raw`\b${OFFICER}\b[^.!?\n]{0,25}\b(?:is |are |will be |gets? |being |been )?(?:dispatched|sent out|sent over|sent|on (?:his|her|their|the) way)\b[^.!?\n]{0,20}\b(?:to|at) (?:your |ur )?${HOME}\b`,
      String.raw`\bdispatch(?:ing|ed)? (?:an? |the )?${OFFICER}\b[^.!?\n]{0,20}\bto (?:your |ur )?${HOME}\b`,
    ),
  },
  {
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    triggers: ['frozen', 'froze', 'levied', 'seized'],
    patterns: en(
      String.raw`\b(?:we|we've|we have|we just|the bank has|the bank|our (?:firm|office|client) has)\b[^.!?\n]{0,15}\b(?:frozen|froze|levied|seized)\b (?:all )?(?:of )?(?:your|ur) (?:(?:bank|checking|savings|chequing|personal) accounts?|accounts? at (?:your|another|other|any)|wages|paycheck|salary|funds|assets)\b`,
    ),
  },
];
