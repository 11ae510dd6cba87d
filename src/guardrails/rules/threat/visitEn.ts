import { en, type PatternRuleSpec } from '../ruleTypes.js';
import { ACTOR_WIDE, AUX, PY_FAMILY } from '../shared/en.js';

/**
 * Threats (English): visits to the home or the workplace.
 */

const PLACE = String.raw`(?:your|ur) (?:home|house|residence|place|office|workplace|work|shop|store|business|job|place of (?:work|business|employment)|school|church)`;

export const THREAT_VISIT_EN: PatternRuleSpec[] = [
  {
    id: 'threat.visit',
    lang: 'en',
    negatable: true,
    triggers: [
      'house call',
      'home visit',
      'doorstep',
      'door-step',
      'field visit',
      'visit',
      'come',
      'stop by',
      'show up',
      'turn up',
      'drop by',
      'knock',
      'send',
      'outside',
      'coming',
      'on our way',
      'agent',
      'collector',
      'our people',
      'our guys',
      'our team',
      'representative',
    ],
    patterns: en(
      `\\b(?:visit|come (?:over )?to|come by|come round to|stop by|show up at|turn up at|drop by|knock on|send (?:someone|somebody|people|an agent|a collector|our (?:team|agents?|people|collectors?|guys)|a team) (?:to|round to|over to))\\s+(?:your|you at your)\\s+(?:home|house|place|door|workplace|office|work|job|business)\\b`,
      `\\b(?:show up|turn up|come) at (?:your )?(?:home|house|door|office|workplace)\\b`,
      `\\b(?:house calls?|home visits?|door-?step visits?|field visits?)\\b(?! (?:(?:are|is|were|was)(?: not|n't)|aren't|isn't|won't be|will not be) (?:convenient|wanted|welcome|needed|necessary|an option|possible|planned|scheduled|something we do|something in|part of)\\b)|\\bpay you a (?:little )?visit\\b|\\bmake us come (?:over|round|to you)\\b`,
      `\\b(?:outside|at) your (?:door|house|home|office) (?:right )?now\\b|\\bwe(?:'re| are) (?:coming|on our way) (?:to|for) you\\b`,
      `\\b(?:field agent|collector|our (?:agent|representative|people|guys|team|field team)) (?:will be|is going to be|are going to be|is|are|'ll be) (?:in|at|near|around|outside) your (?:neighbou?rhood|area|street|building|home|house|office|workplace|door)\\b`,
    ),
  },
  {
    id: 'threat.visit',
    lang: 'en',
    negatable: true,
    triggers: [
      'in your area',
      'in your neighbo',
      'in your town',
      'in your street',
      'in your building',
      'have a word',
      'drop by',
      'swing by',
    ],
    patterns: en(
      `\\b(?:people|guys|someone|somebody|agents?|collectors?|our team|friends) in your (?:area|neighbou?rhood|town|street|building)\\b|\\bhave a (?:little |quiet )?word\\b|\\b(?:can|will|could|might|going to) (?:drop|swing) by\\b`,
    ),
  },
  {
    id: 'threat.visit',
    lang: 'en',
    negatable: true,
    triggers: ['outside your', 'at your', 'near your', 'by your', 'in front of your'],
    patterns: en(
      `\\b(?:agents?|collectors?|representatives?|someone|somebody|people|our (?:team|guys|people))\\b[^.!?\\n]{0,30}\\b(?:waiting|parked|standing|sitting|camped)\\s+(?:outside|at|near|by|in front of)\\s+your\\s+(?:home|house|office|workplace|door|building|work|job|place)\\b`,
    ),
  },
  {
    id: 'threat.visit',
    lang: 'en',
    negatable: true,
    triggers: [
      'visit',
      'come to',
      'come by',
      'stop by',
      'drop by',
      'show up',
      'send someone',
      'sending someone',
      'field agent',
      'outside your',
      'knock',
    ],
    patterns: en(
      `\\b(?:expect a visit|pay you a visit|visit you|visit your|field agent|home visit|in-person visit)\\b`,
      `\\b(?:come|coming|stop|drop|swing) (?:to|by|over to|round to|around to)\\b[^.!?]{0,20}\\byour (?:house|home|place|door|work|workplace|office|job|apartment|school)`,
      `\\b(?:show up(?! (?:on|in) (?:your |ur |the )?(?:credit|report|statement|file|record|bill|history|score|account|app))|send(?:ing)? someone|knock(?:ing)? on)\\b[^.!?]{0,30}\\b(?:your|you)\\b`,
      `\\b(?:sit|wait|park|stand)\\w* outside your (?:door|house|home|work|office|place)`,
    ),
  },
  {
    id: 'threat.visit',
    lang: 'en',
    negatable: true,
    triggers: [
      'doorstep',
      'verification visit',
      'site visit',
      'home call',
      'skip trace',
      'local rep',
      'area representative',
    ],
    patterns: en(
      `\\b(?:doorstep|verification|site) visit\\b|\\bhome call\\b|\\bin-person skip trace\\b`,
      `\\b(?:local rep|area representative)\\b[^.!?]{0,30}\\b(?:stop by|swing by|come|coming|visit)`,
    ),
  },
  {
    id: 'threat.visit',
    lang: 'en',
    negatable: true,
    triggers: [
      'your door',
      'outside your',
      'your building',
      'your lobby',
      'your area',
      'your neighbo',
      'your street',
      'your residence',
      'your driveway',
      'dispatched',
      'on the way',
      'on their way',
      'on his way',
      'on her way',
      'heading',
      'parked',
    ],
    patterns: en(
      `\\b(?:team|agents?|guys|officers?|collectors?)\\b[^.!?]{0,30}\\b(?:at|outside|in|to) your (?:door|doorstep|building|lobby|area|neighbou?rhood|street|residence|driveway)\\b`,
      `\\b(?:dispatched|heading|on (?:their|the|his|her) way)\\b[^.!?]{0,10}\\b(?:to|over to) your (?:residence|home|house|address|work|workplace|office|door|place)`,
      `\\bparked (?:outside|in front of|near|by) your\\b`,
    ),
  },
  {
    id: 'threat.visit',
    lang: 'en',
    negatable: true,
    triggers: ['stopping', 'dropping', 'swinging', 'stop by', 'be by', 'be waiting'],
    patterns: en(
      `\\b(?:stopping|dropping|swinging|coming) (?:by|over|round|around)\\b[^.!?]{0,15}\\byour\\b`,
      `\\b(?:will|'ll) be (?:by|waiting (?:at|outside|in|by))\\b[^.!?]{0,20}\\byour\\b`,
    ),
  },
  {
    id: 'threat.visit',
    lang: 'en',
    negatable: true,
    triggers: ['in on your', 'in on you'],
    patterns: en(`\\b(?:drop|dropping|stop|stopping|call|calling|look|looking) in on (?:you|your)\\b`),
  },
  {
    id: 'threat.visit',
    lang: 'en',
    negatable: true,
    triggers: ['showing up', 'turning up', 'rolling up', 'show up', 'turn up', 'roll up'],
    patterns: en(
      String.raw`\b(?:show(?:ing)?|turn(?:ing)?|roll(?:ing)?) up (?:at|to|outside|in front of) (?:your|ur)\b`,
    ),
  },
  {
    // Pinyin threats on the family after a condition: "ni zai bu huan qian, … qu ni jia zhao ni lao po".
    id: 'threat.visit',
    lang: 'en',
    triggers: ['bu huan', 'zai bu'],
    patterns: en(
      String.raw`\b(?:bu huan|zai bu)\b[^.!\n]{0,60}?\b(?:qu|dao|lai|zhao|shang men|deng)\b[^.!?\n]{0,12}?\b${PY_FAMILY}`,
    ),
  },
  {
    // "Our team will collect at your home and at your office", "we will come and collect from
    // your house", "field agents will be coming by your workplace".
    id: 'threat.visit',
    lang: 'en',
    negatable: true,
    triggers: ['collect', 'come', 'coming', 'stop', 'drop', 'pass', 'show'],
    patterns: en(
      String.raw`\b${ACTOR_WIDE}${AUX}(?: be)?(?: (?:come|coming) (?:and|to))? collect(?:ing)?\b(?: (?:it|payment|the (?:money|debt|balance|amount|payment)|in person|personally|from you))*\s+(?:at|from|in) ${PLACE}\b`,
      String.raw`\b${ACTOR_WIDE}${AUX}(?: be)? (?:come|coming|stop|stopping|drop|dropping|pass|passing|show|showing) (?:by|up at|up to|over to|round to|around to)\s+${PLACE}\b`,
    ),
  },
];
