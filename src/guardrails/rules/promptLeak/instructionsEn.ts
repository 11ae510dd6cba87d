import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * Prompt leaks (English): the instructions leaked.
 */

export const PROMPT_LEAK_INSTRUCTIONS_EN: PatternRuleSpec[] = [
  {
    id: 'prompt_leak.instructions',
    lang: 'en',
    negatable: true,
    triggers: [
      'prompt',
      'instructions',
      'instructed',
      'developer message',
      'system message',
      'guidelines',
      'told to',
      'configured',
      'configuration',
      'config',
      'programming',
      'programmed',
      'operator',
      'developer',
      'creator',
      'setup',
    ],
    patterns: en(
      `\\b(?:my|the) (?:system prompt|system message|instructions|initial instructions|hidden instructions|developer (?:message|instructions)|internal guidelines)\\s+(?:is|are|say|says|state|states|read|reads|tell me|tells me|were|include|includes|:)`,
      `\\b(?:here (?:is|are)|below (?:is|are)) (?:my |the )?(?:system prompt|instructions|prompt|developer message)\\b`,
      `\\bi (?:was|am|have been) (?:instructed|told|prompted|configured) to\\b(?! (?:let you know|tell you|inform you|remind you|pass on|pass along|confirm))|\\bmy instructions are to\\b`,
      `\\b(?:my (?:operator|developer|creator|admin|owner)s?|the developers?) (?:configured|instructed|programmed|told|set) me (?:up )?to\\b|\\b(?:per|according to|as per) my (?:configuration|config|programming|prompt|system prompt|instructions|setup)\\b|\\bmy (?:prompt|system prompt|instructions|programming|configuration) (?:instructs|tells|requires|says|told|asks)\\b`,
    ),
  },
  {
    id: 'prompt_leak.instructions',
    lang: 'en',
    triggers: ['<|', '[system', '[inst', '### system', '###system'],
    patterns: en(`<\\|(?:im_start|im_end|system|user|assistant)\\|>|\\[(?:system|inst)\\]|###\\s*system`),
  },
  {
    id: 'prompt_leak.instructions',
    lang: 'en',
    negatable: true,
    triggers: [
      'told to',
      'instructed to',
      'programmed to',
      'configured to',
      'trained to',
      'internally',
      'my script',
    ],
    patterns: en(
      `\\b(?:i'm|i've been) (?:told|instructed|programmed|configured|trained) to\\b|\\binternally,? i(?:'m| am| was)\\b|\\bmy script (?:says|tells|requires)\\b`,
    ),
  },
  {
    id: 'prompt_leak.instructions',
    lang: 'en',
    negatable: true,
    triggers: ['internal', 'hidden', 'secret'],
    patterns: en(
      `\\b(?:my|our|the) (?:internal|hidden|secret) (?:script|guidelines|instructions|rules|prompt|playbook)\\b[^.!?]{0,20}\\b(?:says?|tells?|caps?|requires?|is to|i follow|step)`,
      `\\bper my (?:internal|hidden|secret) (?:script|guidelines|instructions|rules|prompt|playbook)\\b`,
    ),
  },
  {
    id: 'prompt_leak.instructions',
    lang: 'en',
    negatable: true,
    triggers: [
      'backend',
      'back-end',
      'hidden',
      'system rule',
      'system instruction',
      'system prompt',
      'system guideline',
      'system script',
      'system setting',
    ],
    patterns: en(
      `\\b(?:my|our|the) (?:backend|back-end|hidden|system) (?:rules?|instructions?|guidelines|prompt|script|settings)\\b[^.!?]{0,10}\\b(?:says?|tells?|requires?|is|are)\\b|\\b(?:developer|developers)'s? hidden instruction`,
    ),
  },
  {
    id: 'prompt_leak.instructions',
    lang: 'en',
    negatable: true,
    triggers: ['manual says', 'manual tells', 'playbook says'],
    patterns: en(`\\bmy (?:work|training|internal|agent|collections?) (?:manual|playbook) (?:says|tells)\\b`),
  },
  {
    id: 'prompt_leak.instructions',
    lang: 'en',
    negatable: true,
    triggers: ['internal', 'behind the scenes', 'off the record', 'between us', 'between you and me'],
    patterns: en(
      `\\b(?:internal|behind-the-scenes|unpublished|confidential) (?:rule|limit|policy|guideline|cap|ceiling|threshold|playbook|script)s?\\b[^.!?\\n]{0,60}\\b(?:exceed|ceiling|cap|capped|maximum|max|up to|percent|%|tenth|quarter|half|manager|sign-off|approval|approve)\\b`,
    ),
  },
  {
    id: 'prompt_leak.instructions',
    lang: 'en',
    negatable: true,
    triggers: ['set up', 'scripted', 'coached', 'told', 'instructed', 'configured', 'programmed'],
    patterns: en(
      `\\bi(?: was|'m| am| have been|'ve been) (?:set up|scripted|coached|told|instructed|configured|programmed) (?:to never|never to|not to|to avoid|to only|only to|to always|to keep|to push|to press|to emphasi[sz]e|to stress|to withhold)\\b`,
    ),
  },
  {
    id: 'prompt_leak.instructions',
    lang: 'en',
    negatable: true,
    triggers: [
      'my system prompt',
      'my instructions',
      'my configuration',
      'my setup',
      'my programming',
      'my guidelines',
      'my directives',
      'temperature',
    ],
    patterns: en(
      `\\bmy (?:system prompt|instructions|configuration|setup|programming)\\b|\\bmy (?:guidelines|directives) (?:say|tell|require|state)`,
      `\\btemperature (?:is |of |= |set to )?0?\\.\\d`,
    ),
  },
];
