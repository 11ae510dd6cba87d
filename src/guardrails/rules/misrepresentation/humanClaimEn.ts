import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * Misrepresentation (English): a bot claiming to be human.
 */

export const MISREPRESENTATION_HUMAN_CLAIM_EN: PatternRuleSpec[] = [
  {
    id: 'misrepresentation.human_claim',
    lang: 'en',
    appliesTo: (c) => c.speaker !== 'agent',
    triggers: [
      'human',
      'person',
      'agent',
      'employee',
      'staff',
      "i'm not",
      'i am not',
      'not some',
      'not a',
      'not an',
    ],
    patterns: en(
      `\\bi(?:'m| am)\\s+(?:a |an )?(?:real |actual |live |genuine |flesh-and-blood )?(?:human(?: being| agent)?|person|live agent|real person|bank employee|staff member)\\b`,
      `\\bi(?:'m| am) not (?:a |an )?(?:bot|robot|ai|machine|computer|program|chatbot|automated(?: assistant| system)?)\\b`,
      `\\byou(?:'re| are) (?:talking|chatting|speaking) (?:to|with) (?:a )?(?:real |live |actual )?(?:human|person)\\b`,
      `\\b(?:there's|there is) a (?:real |live |actual )?(?:person|human)(?: on (?:this|the other) end| here| behind)|\\bnot (?:some|just some|a|an) (?:chatbot|bot|robot|machine|ai|computer program)\\b`,
    ),
  },
  {
    id: 'misrepresentation.human_claim',
    lang: 'en',
    appliesTo: (c) => c.speaker !== 'agent',
    triggers: ['agent', 'representative', ' rep', 'software'],
    patterns: en(
      `\\bi(?:'m| am)\\s+(?:a |an |your )?(?:real|live|actual|genuine|flesh-and-blood|human) (?:agent|representative|rep)\\b|\\bnot (?:some |a |an )?(?:software|piece of software)\\b`,
    ),
  },
  {
    // A bot that swears it is a person (the agent console's own greeting is allowed).
    id: 'misrepresentation.human_claim',
    lang: 'en',
    appliesTo: (c) => c.speaker !== 'agent',
    triggers: [
      'real human',
      'real person',
      'real live',
      'real actual',
      'not automated',
      'not an automated',
      'not a bot',
      'not bot',
      'not a robot',
      'not robot',
      'not a machine',
      'not machine',
      'not an ai',
      'not ai',
    ],
    patterns: en(
      String.raw`\b(?:i'm|i am|this is|just|as)\b(?:(?!\bnot\b|n't\b)[^.!?]){0,20}\b(?:a )?real (?:live |actual )?(?:human|person|human being)\b|\b(?:definitely |certainly |really )?not (?:an? )?(?:automated|bot|robot|machine|ai)(?: system| program| message)?\b(?=[^.!?]{0,40}\b(?:i'm|i am|human|person)\b)|\b(?:i'm|i am) (?:definitely |certainly |really )?not (?:an? )?(?:automated (?:system|program|message)|bot|robot)\b`,
    ),
  },
];
