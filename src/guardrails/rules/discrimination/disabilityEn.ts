import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * Discrimination (English): disability or illness.
 */

export const DISCRIMINATION_DISABILITY_EN: PatternRuleSpec[] = [
  {
    id: 'discrimination.disability',
    lang: 'en',
    triggers: [
      'retard',
      'cripple',
      'spaz',
      'psycho',
      'mental case',
      'lunatic',
      'nutjob',
      'nut case',
      'deaf',
      'blind',
      'are you mental',
      'are you crazy',
    ],
    patterns: en(
      `\\bretard(?:ed)?\\b|\\bcripple[ds]?\\b|\\bspaz\\b|\\bpsycho\\b|\\bmental case\\b|\\blunatic\\b|\\bnut ?job\\b|\\bnut case\\b|\\bdeaf and dumb\\b|\\bare you (?:deaf|blind|mental|crazy)\\b`,
    ),
  },
  {
    id: 'discrimination.disability',
    lang: 'en',
    triggers: ['cripple', 'retard', 'wheelchair', 'disabled', 'disability', 'blind', 'deaf'],
    patterns: en(
      `\\bcripple[ds]?\\b|\\bretard(?:ed|s)?\\b`,
      `\\b(?:wheelchair|disabled|disability|blind|deaf)\\b[^.!?]{0,25}\\b(?:doesn't|does not|don't|isn't|is not)\\b[^.!?]{0,10}\\b(?:stop|excuse|get you out)`,
      `\\b(?:using|use|hiding behind) (?:your|the) (?:disability|wheelchair) as an? excuse`,
    ),
  },
  {
    id: 'discrimination.disability',
    lang: 'en',
    triggers: ['disabled', 'handicapped', 'blind', 'deaf'],
    patterns: en(
      `\\b(?:disabled|handicapped|blind|deaf) (?:person|people|man|woman|guy)\\b[^.!?]{0,25}\\b(?:even need|shouldn't|should not|why would|doesn't need)`,
    ),
  },
  {
    id: 'discrimination.disability',
    lang: 'en',
    negatable: true,
    triggers: ['like you', 'disabled', 'handicapped', 'crippled', 'blind', 'deaf', 'sick'],
    patterns: en(
      String.raw`\b(?:disabled|handicapped|crippled|blind|deaf|sick|mental|wheelchair) (?:people|folks|ones|men|women) like you\b`,
    ),
  },
];
