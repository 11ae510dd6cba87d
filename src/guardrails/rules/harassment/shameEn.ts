import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * Shaming with no insult word (guarden26, issue 16): the person set below someone humble who pays
 * ("even the rickshaw-wallah outside your building pays his dues"), asked what face they will show
 * their children, a "grown man" said to run from a small sum; and calls counted to go on ("that's
 * the sixth call today, and there'll be a seventh and an eighth"). FDCPA §1692d; CONC 7.3.
 */

export const HARASSMENT_SHAME_EN: PatternRuleSpec[] = [
  {
    id: 'harassment.mockery',
    lang: 'en',
    negatable: false,
    triggers: [
      'even the',
      'even a',
      'even an',
      'even my',
      'even your',
      'even ur',
      'even that',
      'even this',
      'what face',
      'grown',
    ],
    patterns: en(
      String.raw`\beven (?:the|a|an|my|your|ur|that|this) (?:[\w-]+ ){0,5}?(?:pays?|paid|clears?|cleared|repays?|repaid) (?:his|her|their|its) (?:dues|debts?|bills?|loans?|emi|rent|fees)\b`,
      String.raw`\bwhat face (?:will|would|can|do|are) (?:you|u)\b`,
      String.raw`\bgrown (?:man|woman|adult|men|woman)\b[^.!?;\n]{0,40}?\b(?:running|hiding|dodging|crying|begging)\b`,
    ),
  },
  {
    id: 'harassment.relentless_contact',
    lang: 'en',
    negatable: false,
    triggers: ["there'll be", 'there will be'],
    patterns: en(
      String.raw`\b(?:calls?|messages?|texts?|attempts?|reminders?)\b[^.!?;\n]{0,40}?\bthere(?:'ll| will) be (?:a|an|another) (?:\w+th|\d+(?:st|nd|rd|th)|third|second)\b`,
    ),
  },
];
