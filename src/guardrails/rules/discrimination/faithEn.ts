import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * Discrimination (guarden26, issue 16) with no slur in it: the person's faith held up against the
 * debt ("I'd have thought your faith had something to say about paying what you owe"), an ethnic
 * group said to borrow and vanish ("these Igbo boys and their 'I go pay next week'"), and age made
 * a reason to hand over one's affairs ("at 71, keeping on top of finances can become confusing").
 * Equality Act 2010 s.13; ECOA; Kenya Constitution art. 27; Nigeria Constitution s.42.
 */

const GROUP = String.raw`(?:igbo|yoruba|hausa|kikuyu|luo|kalenjin|luhya|kamba|tamil|bihari|madrasi|punjabi|gujarati|marwari|bengali|filipino|mexican|nigerian|ghanaian|somali|indian|pakistani|chinese|black|arab|muslim|christian|hindu|jewish|gypsy|romany|traveller)s?`;

export const DISCRIMINATION_FAITH_EN: PatternRuleSpec[] = [
  {
    id: 'discrimination.identity',
    lang: 'en',
    negatable: true,
    triggers: [
      'faith',
      'religion',
      'god',
      'church',
      'mosque',
      'temple',
      'ramadan',
      'lent',
      'eid',
      'diwali',
      'sabbath',
    ],
    patterns: en(
      String.raw`\b(?:your|ur) (?:faith|religion|god|church|mosque|temple|religious (?:beliefs?|teaching))\b[^.!?;\n]{0,60}?\b(?:paying|pay|owe|debts?|dues|honest\w*)\b`,
      String.raw`\b(?:only|just) (?:apply|applies|counts?|matters?) (?:during|at|in|on) (?:ramadan|lent|eid|diwali|christmas|the sabbath|sunday)\b`,
    ),
  },
  {
    id: 'discrimination.identity',
    lang: 'en',
    negatable: true,
    triggers: ['these ', 'those ', 'una ', 'you '],
    patterns: en(
      String.raw`\b(?:these|those|una|you|all (?:these|those|you)) ${GROUP} (?:boys|men|people|guys|girls|women|folks|lot|type|ones)\b`,
    ),
  },
  {
    id: 'discrimination.age',
    lang: 'en',
    negatable: true,
    triggers: ['at your age', 'at 6', 'at 7', 'at 8', 'at 9'],
    patterns: en(
      String.raw`\bat (?:your age|[6-9]\d)\b[^.!?;\n]{0,50}?\b(?:confus\w+|too (?:difficult|hard|much|complicated)|can't cope|cannot cope|senile|forgetful|muddled|losing track)\b`,
    ),
  },
];
