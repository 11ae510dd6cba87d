import { en, type PatternRuleSpec } from '../ruleTypes.js';
import { S } from '../shared/en.js';

/**
 * Harassment (English): a suicide threat taunted.
 */

const SICK_EN =
  '(?:depression|anxiety|cancer|illness|sickness|diagnosis|disability|wheelchair|rehab|back injury|being sick|mental health)';

export const HARASSMENT_SUICIDE_TAUNT_EN: PatternRuleSpec[] = [
  {
    id: 'harassment.suicide_taunt',
    lang: 'en',
    triggers: ['kill yourself', 'kill urself', 'kys', 'jump', 'die', 'dying', 'death'],
    patterns: en(
      `\\b(?:go (?:ahead and )?|then |just )?(?:kill yourself|kill urself|kys)\\b`,
      `\\b(?:go (?:ahead and )?|then )jump\\b|\\bjump (?:off|then|already)\\b`,
      `\\beven if you (?:die|kill yourself|jump)\\b|\\b(?:dying|killing yourself|death) (?:won't|will not|doesn't|does not) (?:get you out|erase|clear|cancel|stop)`,
    ),
  },
  {
    id: 'harassment.suicide_taunt',
    lang: 'en',
    negatable: true,
    triggers: ['whin', 'moan', 'crying', 'complain', 'cry'],
    patterns: en(
      `\\b(?:whin(?:e|ing)|moan(?:ing)?|crying|complaining|cry) (?:about|over)\\b[^.!?]{0,20}\\b(?:depress\\w*|anxiety|anxious|suicid\\w*|mental|sick|illness|cancer|disabilit\\w*|grief)`,
    ),
  },
  {
    id: 'harassment.suicide_taunt',
    lang: 'en',
    negatable: true,
    triggers: ['sob story', 'claiming', 'playing the', 'pulling the'],
    patterns: en(
      `\\bsob story\\b|\\b(?:claiming|playing|pulling) (?:the )?(?:depression|anxiety|mental health|illness|sick|disability|suicid\\w*)(?: card)?\\b`,
    ),
  },
  {
    id: 'harassment.suicide_taunt',
    lang: 'en',
    triggers: ['go on', 'want to die', 'end it'],
    patterns: en(
      `\\b(?:can't go on|want to die|end it all|end it)\\b[^.!]{0,20}\\bthen (?:don't|do it|go ahead)\\b`,
    ),
  },
  {
    id: 'harassment.suicide_taunt',
    lang: 'en',
    negatable: true,
    triggers: ['payment method', 'pay bills', 'river', 'boo', 'nice try', 'inherit', 'get stuck with'],
    patterns: en(
      `\\b${SICK_EN}\\b[^.!?]{0,25}\\b(?:is not|isn't|doesn't|won't)\\b[^.!?]{0,15}\\b(?:a payment method|pay bills|get you out)`,
      `\\bcry me a river\\b|\\bboo[- ]?hoo\\b|\\bnice try\\b[^.!?]{0,20}\\b(?:sick|faking|excuse)`,
      `\\b(?:when|after) you(?:'re| are)? (?:die|dead)\\b[^.!?]{0,30}\\b(?:inherit|get stuck with)\\b`,
    ),
  },
  {
    id: 'harassment.suicide_taunt',
    lang: 'en',
    negatable: true,
    triggers: ['jump', 'kill yourself', 'end it'],
    patterns: en(
      `\\b(?:jump|kill yourself|end it)\\b[^.!?]{0,12}\\b(?:if you want|for all (?:we|i) care|be my guest|go ahead)\\b|\\b(?:jump|kill yourself|end it)\\b[^.!?]{0,30}\\b(?:balance|debt) (?:goes|still|won't|passes)`,
    ),
  },
  {
    // "show us how well you can jump", "people like you should kill yourselves".
    id: 'harassment.suicide_taunt',
    lang: 'en',
    negatable: true,
    triggers: ['jump', 'kill yourself', 'kill yourselves', 'hang yourself', 'poison'],
    patterns: en(
      String.raw`\b(?:show|let) (?:us|me) (?:how|you)\b${S(16)}\bjump\b`,
      String.raw`\b(?:bridge|roof|rooftop|building|cliff)\b${S(40)}\bjump\b|\bjump off\b`,
      String.raw`\b(?:should|better|go|just|might as well) (?:\w+ )?(?:kill|hang) (?:yourself|yourselves)\b`,
      String.raw`\bdrink (?:some )?poison\b`,
    ),
  },
];
