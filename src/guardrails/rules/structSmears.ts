import { en, type PatternRuleSpec } from './ruleTypes.js';

/**
 * English classes without a listed word, second half (guarden, issue 16, after measuring
 * check-s7.en by class): smears told to the people around the person and second-hand smears;
 * taunts about illness, disability and joblessness; treatment by benefits status, accent or
 * disability. DOMAIN.md; FDCPA §1692d, §1692e; ECOA.
 */
const THIRD = String.raw`(?:landlord|landlady|church|pastor|priest|neighbou?rs?|employer|boss|manager|coworkers|co-workers|colleagues|in-laws|family|office|congregation|community|kids' school|school|customers|clients|business partners?|team|friends|parents|girlfriend|boyfriend|fianc[ée]e?)`;
const SMEAR = String.raw`(?:liar|thief|cheat|crook|criminal|fraud|fraudster|scammer|con ?man|con artist|deadbeat|bad seed|loser|deadbeat|user|freeloader|swindler)`;

export const STRUCT_SMEAR_RULES: PatternRuleSpec[] = [
  {
    // Smears told to the people around the person.
    id: 'defamation.label',
    lang: 'en',
    negatable: true,
    triggers: [
      'told',
      'tell',
      'inform',
      'let',
      'know',
      'hear',
      'notif',
      'warn',
      'basically',
      'practically',
      'nothing but',
      'no better than',
      'scam',
      'con',
      'racket',
      'make sure',
      'find out',
      'learn',
      'just ',
      'fraud',
      'hustle',
    ],
    patterns: en(
      String.raw`\b(?:told|tell|telling|inform(?:ed|ing)?|let|letting|notif(?:y|ied|ying)|warn(?:ed|ing)?|make sure)\b[^.!?]{0,25}\b(?:your|the|ur) ${THIRD}\b[^.!?]{0,40}\b(?:(?:a|an) (?:\w+ )?${SMEAR}|what kind of (?:person|man|woman)|history of not paying|(?:doesn't|don't|never) pay)\b`,
      String.raw`\b(?:your|ur) ${THIRD}\b[^.!?]{0,30}\b(?:will|'ll|are going to|is going to|gonna|deserves? to|should) (?:know|hear|find out|learn)\b[^.!?]{0,25}\b(?:you(?:'re| are| r)|that you(?:'re| are)|(?:a|an) (?:\w+ )?${SMEAR})\b`,
      String.raw`\b(?:basically|practically|nothing but|no better than|just) (?:a |an )?(?:common )?(?:thief|crook|criminal|fraud|fraudster|scammer|con ?artist|con man|liar|cheat)\b`,
      String.raw`\byou(?:'re| are| have been|'ve been)? (?:running|pulling|working) (?:a|some (?:kind|sort) of) (?:scam|con|racket|fraud|hustle)\b`,
    ),
  },
  {
    // Second-hand smears and vices: "your ex said you gamble it all", "you've got a drinking problem".
    id: 'defamation.insult',
    lang: 'en',
    negatable: true,
    triggers: [
      'told us',
      'said',
      'says',
      'mentioned',
      'problem',
      'habit',
      'addiction',
      'around',
      'drugs',
      'illegal',
      'crim',
    ],
    patterns: en(
      String.raw`\b(?:your|ur) (?:ex|ex-wife|ex-husband|mom|mother|dad|father|sister|brother|cousin|neighbou?r|wife|husband|boss|landlord|friends?)\b[^.!?]{0,10}\b(?:told us|said|says|mentioned)\b[^.!?]{0,30}\b(?:gambl\w*|drink\w*|drugs?|steal\w*|stole|lies|liar|bad seed|cheat\w*|sleep\w* around|affair|addict\w*|blew|wasted?)\b`,
      String.raw`(?<!\bif )(?<!\bwhether )\byou(?:'ve| have)? (?:got )?a (?:drinking|gambling|drug|coke|pill) (?:problem|habit|addiction)\b|\b(?:sleeps?|sleeping) around\b|\byou(?:'re| are) on drugs\b`,
      String.raw`\b(?:used|using|spent|spending) (?:the|this|your) (?:card|money)\b[^.!?]{0,15}\b(?:to fund|on|for) (?:illegal|criminal|drugs|crime)\b`,
    ),
  },
  {
    // Taunts about illness, disability and joblessness.
    id: 'harassment.mockery',
    lang: 'en',
    triggers: [
      'must be nice',
      'crying',
      'whining',
      'moaning',
      'hiding behind',
      'playing the',
      'not surprised',
      'no wonder',
      'real job',
      'hold a job',
      'hold down a job',
      'pathetic',
      'useless',
      'hopeless',
      'worthless',
      'feeding',
      'of course',
      'figures',
      'makes sense',
      'clueless',
      'buying for',
      'paying for',
      'spoiling',
    ],
    patterns: en(
      String.raw`\bmust be nice\b[^.!?]{0,40}\b(?:disability|benefits|welfare|sick|unemploy\w*|not work\w*|doing nothing|on the couch)\b`,
      String.raw`\b(?:crying|whining|moaning|hiding behind|playing the)\b[^.!?]{0,20}\b(?:depression|anxiety|disability|illness|cancer|diagnosis|adhd|autism|mental health|injury|sob story|sick card|victim card|disability card)\b`,
      String.raw`\bwith (?:your|that) (?:brain injury|disability|condition|illness|adhd|autism|depression|iq|head injury|learning disability)\b[^.!?]{0,30}\b(?:not surprised|no wonder|of course|figures|makes sense)\b`,
      String.raw`\bget a real job\b|\bcan(?:'t|not) (?:even )?hold (?:down )?a job\b`,
      String.raw`\b(?:the )?(?:most|biggest|worst) (?:pathetic|useless|hopeless|clueless|worthless)\b`,
      String.raw`\bif you (?:stopped|quit|stop) (?:feeding|buying for|paying for|spoiling)\b[^.!?]{0,30}\b(?:kids|children|family|mother|dog|cats?)\b`,
    ),
  },
  {
    // Treatment by benefits status, accent or disability.
    id: 'discrimination.identity',
    lang: 'en',
    triggers: [
      'welfare',
      'benefits',
      'food stamps',
      'disability',
      'social security',
      'unemployment',
      'accent',
      'disabled',
      'blind',
      'deaf',
      'wheelchair',
      'pregnant',
      'elderly',
      'a woman',
      'mentally ill',
    ],
    patterns: en(
      String.raw`\b(?:don't|do not|won't|will not|can't|cannot|never) (?:offer|give|do|provide|extend|allow)\b(?![^.!?]{0,30}\b(?:differently|less|unfairly|any different))[^.!?]{0,30}\b(?:to |for )?(?:people|customers|anyone|those|folks) (?:on|receiving|who (?:get|receive|are on)) (?:welfare|benefits|food stamps|disability|social security|unemployment)\b`,
      String.raw`\b(?:people|customers|those|anyone|folks) (?:on|receiving|living on) (?:welfare|benefits|food stamps|disability|social security|unemployment)\b[^.!?]{0,25}\b(?:shouldn't|should not|never|don't deserve|aren't allowed|are not allowed|can't be trusted)\b`,
      String.raw`\b(?:your|that|ur) accent\b[^.!?]{0,40}\b(?:hard to believe|can't be|cannot be|doubt|not really|real english|proper english|don't believe)\b`,
      String.raw`\b(?:since|because|as) you(?:'re| are) (?:disabled|blind|deaf|in a wheelchair|elderly|pregnant|a woman|mentally ill)\b[^.!?]{0,40}\b(?:deal with|speak (?:to|with)|talk (?:to|with)|assume|decided|can't manage|cannot manage|not able to manage)\b`,
    ),
  },
];
