import { en, type PatternRuleSpec } from '../ruleTypes.js';
import { EN_PLAIN_GAP, S } from '../shared/en.js';

/**
 * Discrimination (English): age.
 */

export const DISCRIMINATION_AGE_EN: PatternRuleSpec[] = [
  {
    id: 'discrimination.age',
    lang: 'en',
    triggers: ['at your age', 'old', 'young people', 'your age', 'millennials', 'boomer'],
    patterns: en(
      `\\bat your age\\b|\\bold (?:man|woman|fool|geezer|timer|hag|git)\\b|\\b(?:old|young|older|elderly) (?:people|folks) (?:like you|always|never|are all|can't)\\b|\\b(?:someone|somebody|people|a (?:man|woman|person)) (?:of |at )?your age\\b(?! (?:often|usually|commonly|also|may|can|ask|find|are welcome|qualify|are eligible))|\\b(?:millennials|boomers?) (?:like you|always|never)\\b|\\byou(?:'re| are) too old\\b`,
    ),
  },
  {
    id: 'discrimination.age',
    lang: 'en',
    triggers: ['like you'],
    patterns: en(
      `\\b(?:retired|old|older|elderly|young|younger) (?:guy|man|woman|lady|person|folks?|people|fellow|kid)s? like you\\b`,
    ),
  },
  {
    id: 'discrimination.age',
    lang: 'en',
    triggers: ['your age', 'your generation'],
    patterns: en(
      `\\b(?:people|folks|men|women|guys|ladies|someone|anyone|those|kids) (?:of |at )?your (?:age|generation)\\b[^.!?\\n]{0,30}\\b(?:tend to be|are (?:always|all|usually|terrible|bad|hopeless|useless|irresponsible|lazy|clueless)|always|never|can't|cannot|don't know|should know better)\\b`,
    ),
  },
  {
    // "senile as usual", "an old geezer who can't remember to pay".
    id: 'discrimination.age',
    lang: 'en',
    negatable: true,
    triggers: ['senile', 'geezer', 'old lady', 'old man', 'old bag', 'old fart', 'old hag'],
    patterns: en(
      String.raw`\bsenile\b|\bold (?:geezer|bag|fart|hag|coot)\b|\bthe old (?:lady|man)\b${EN_PLAIN_GAP(30)}\b(?:forgot|forget|can't|couldn't|senile)\b`,
    ),
  },
  {
    id: 'discrimination.age',
    lang: 'en',
    negatable: true,
    triggers: ['your age', 'like you', 'old'],
    patterns: en(
      String.raw`\bat your age\b${S(40)}\b(?:dead|grave|die|died|coffin|senile|buried|six feet under)\b`,
      String.raw`\b(?:old|elderly|aged) (?:people|folks|ones|men|women|fools?|geezers?) like you\b`,
    ),
  },
];
