import { en, type PatternRuleSpec } from '../ruleTypes.js';
import { S } from '../shared/en.js';

/**
 * Harassment (English): coercion.
 */

export const HARASSMENT_COERCION_EN: PatternRuleSpec[] = [
  {
    // "Sell your wedding ring, sell your car, I don't care": pushed to sell or pawn belongings.
    id: 'harassment.coercion',
    lang: 'en',
    negatable: true,
    personMayAct: true,
    triggers: ['sell', 'pawn', 'hock'],
    patterns: en(
      String.raw`(?:^|[.,;!?]\s*|\band\s|\bgo\s|\bjust\s)(?:sell|pawn|hock) (?:your|ur|the) (?:wife's |husband's |kids' |mother's )?(?:wedding ring|ring|car|truck|house|furniture|tv|jewelry|jewellery|blood|plasma|kidney|organs?|stuff|things|phone|watch|kids?)\b`,
    ),
  },
  {
    // "work it off at the club, if you know what I mean", "spend the night with me", "pay with your body".
    id: 'harassment.coercion',
    lang: 'en',
    negatable: true,
    triggers: [
      'body',
      'night with',
      'sleep with',
      'work it off',
      'know what i mean',
      'escort',
      'sexual',
      'sex',
      'favou',
      'work the debt off',
      'work the loan off',
    ],
    patterns: en(
      String.raw`\b(?:pay|settle|clear|repay)\w*\b${S(20)}\bwith (?:your|her) body\b`,
      String.raw`\byou have (?:a |your )?body\b|\buse your body\b`,
      String.raw`\b(?:spend|spending) the night with (?:me|us|my boss)\b|\bsleep(?:ing)? with (?:me|us|my boss)\b`,
      String.raw`\bwork (?:it|the debt|the loan) off\b${S(30)}\b(?:club|bar|night|girl|know what i mean)\b`,
      String.raw`\b(?:girl|woman|lady)\b${S(40)}\bif you know what i mean\b`,
      String.raw`\b(?:sexual favou?rs?|sex work|escort(?:ing)? work|work as an escort|sell (?:your|her) body)\b`,
    ),
  },
];
