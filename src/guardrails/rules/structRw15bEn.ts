import { en, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Classes the fifteenth session's blind sets showed uncovered (guardrw15b, issue 16), written by
 * structure from the helper's own check lines (test/guardrails/labelled/check-rw15b.en.jsonl),
 * not from a real message:
 * - jail implied, never named ("pack a bag, you won't be sleeping in your own bed"): false legal
 *   (FDCPA §1692e(4));
 * - sexual innuendo about a relative ("keep her company in bed"): threat (§1692d(1), (2));
 * - profanity masked with dashes ("s—- of a b—-", "f—-ing"): harassment (§1692d(2));
 * - "other methods of enforcement", every account or the 401(k) to be garnished, a lawsuit
 *   "pending": false legal (§1692e(4), (5));
 * - a person branded to a colleague ("a known debt dodger"): defamation (§1692e(8)).
 */
const S = (n: number): string => String.raw`[^.!?;\n]{0,${n}}?`;
const HER = String.raw`(?:wife|daughter|sister|mother|mom|girlfriend|fianc[eé]e?|niece|granddaughter)`;

export const STRUCT_RW15B_EN: PatternRuleSpec[] = [
  {
    // "Pack a bag, because you won't be sleeping in your own bed", "bring a toothbrush".
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: false,
    triggers: ['home', 'own bed', 'going away', 'toothbrush', 'because', 'since'],
    patterns: en(
      String.raw`\byou(?:'re| are|'ll| will)? (?:not|never|won't be|will not be) (?:coming|going|be) (?:back )?home\b`,
      String.raw`\bwon't be sleeping in your own bed\b`,
      String.raw`\bsay goodbye to your${S(20)}\byou(?:'re| are|'ll be| will be) going away\b`,
      String.raw`\bbring (?:a|your) toothbrush\b`,
      String.raw`\b(?:pack a bag|pack your (?:bags|things)|get some clean clothes)\b${S(20)}\b(?:because|since)\b`,
    ),
  },
  {
    // "Your wife sounds lonely … keep her company in bed", "show her a good time", "my bedroom".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['bed', 'sheets', 'real man', 'good time', 'keep her company'],
    patterns: en(
      String.raw`\b(?:your|his|her) ${HER}\b${S(60)}\b(?:in (?:my |her )?bed|bedroom|the sheets|keep her company|show her a good time)\b`,
      String.raw`\b(?:get into|between) the sheets\b|\bshow her what a real man\b`,
    ),
  },
  {
    // "s—- of a b—-", "f—-ing", "a—hole": profanity with its letters dashed out.
    id: 'harassment.profanity',
    lang: 'en',
    negatable: false,
    triggers: ['—-', '–-', '—ing', '–ing', '—hole', '–hole'],
    patterns: en(String.raw`\b[a-z]{1,2}[—–]+-+`, String.raw`\b[fsab][—–]+(?:ing|hole)\b`),
  },
  {
    // "we will pursue other means of enforcement", "whatever enforcement action we see fit".
    id: 'false_legal.invented_consequence',
    lang: 'en',
    negatable: true,
    triggers: ['enforc', 'collection', 'recovery', 'see fit', 'deem'],
    patterns: en(
      String.raw`\b(?:consider|pursue|take|use|resort to|employ)\b (?:all )?(?:other|whatever|an[y] other|alternative) (?:methods|means|measures|ways|options|steps) of (?:enforc\w*|collection|recovery)\b`,
      String.raw`\bwhatever (?:enforcement )?(?:action|measures|steps) we (?:see fit|deem (?:fit|necessary|appropriate))\b`,
    ),
  },
  {
    // "every bank account in your name will be frozen", "your 401k … will be garnished" (a bank's
    // own freeze of cards on a plan is not matched: "frozen" only with every bank account).
    id: 'false_legal.invented_consequence',
    lang: 'en',
    negatable: true,
    triggers: ['garnish', 'frozen', 'seize', 'levied'],
    patterns: en(
      String.raw`\b(?:every|all|an[y])(?: of)?(?: your| the)? (?:bank )?accounts?\b${S(40)}\b(?:will|shall|are going to|is going to) (?:be )?(?:garnished|seized|levied)\b`,
      String.raw`\b(?:every|all|an[y])(?: of)?(?: your)? bank accounts?\b${S(40)}\b(?:will|shall|are going to|is going to) (?:be )?frozen\b`,
      String.raw`\b(?:401 ?k|ira|retirement(?: savings| account| fund)?|pension|tax refunds?|taxes)\b${S(40)}\b(?:will|shall|are going to|is going to) (?:be )?(?:garnished|seized|frozen|levied)\b`,
    ),
  },
  {
    // "There is a lawsuit pending against you", "this is a litigation claim pending"; not a suit
    // that is the bank's own and pending in a named court ("our lawsuit is pending in … Court").
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    triggers: ['pending'],
    patterns: en(
      String.raw`(?<!\b(?:our|the|your) )\b(?:litigation|lawsuit|legal action|court case|legal case)(?: claim)? (?:is |has been )?(?:now )?pending\b(?! (?:in|before|at)\b)`,
    ),
  },
  {
    // "Maria in HR is a notorious deadbeat", "your coworker Tom is a known debt dodger".
    id: 'defamation.label',
    lang: 'en',
    negatable: true,
    triggers: ['known', 'notorious', 'serial', 'habitual', 'chronic', 'skip', 'dodger'],
    patterns: en(
      String.raw`\b(?:is|'s) (?:a )?(?:known|notorious|well-known|serial|habitual|chronic) (?:debt ?dodger|deadbeat|dead ?beat|scammer|fraud|welsher|freeloader|liar|thief|cheat)\b`,
      String.raw`\bskips? out on (?:his|her|their) (?:debts|bills|loans)\b|\bdebt ?dodgers?\b`,
    ),
  },
];
