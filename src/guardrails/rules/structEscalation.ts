import { en, type PatternRuleSpec } from './ruleTypes.js';

/**
 * English classes the seen rounds still let through with the committed build (guarden, issue 16,
 * after reading rounds 8–14's remaining misses by class; no item copied): vague escalation
 * ("things are going to get uncomfortable for you"), turning up at work, public lists of shame,
 * texts in the small hours, law offices "representing the court", credit files wiped "guaranteed",
 * a bot's "real live person", notices to HR, "told your sister what you are", taunts aimed at a
 * wheelchair or at a grown adult. DOMAIN.md; FDCPA §1692c(b), §1692d, §1692e.
 */
const PEOPLE = String.raw`(?:pastor|priest|church|congregation|neighbou?rs?|boss|manager|employer|landlord|coworkers|co-workers|colleagues|in-laws|family|friends|parents|sister|brother|mom|mother|dad|father|wife|husband|kids|children|son|daughter|cousin|aunt|uncle|girlfriend|boyfriend|team)`;
const SMALL_HOURS = String.raw`(?:[1-5](?::\d\d)? ?(?:am|a\.m\.)|midnight)`;

export const STRUCT_ESCALATION_RULES: PatternRuleSpec[] = [
  {
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['uncomfortable', 'ugly', 'messy', 'nasty', 'unpleasant', 'interesting'],
    patterns: en(
      String.raw`\b(?:things|this|it|life|everything)(?: is| are|'s|'re)? (?:gonna|going to|about to|will|'ll) (?:get|become|turn|be) (?:really |very |a lot |much |real )?(?:uncomfortable|ugly|messy|nasty|unpleasant|interesting)\b`,
    ),
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
    id: 'privacy.public_exposure',
    lang: 'en',
    negatable: true,
    triggers: ['of shame', 'list of', 'register of', 'registry of', 'database of', 'page of'],
    patterns: en(
      String.raw`\b(?:wall|list|board|hall|page|gallery) of shame\b|\b(?:public|online|open) (?:list|register|registry|database|page) of (?:debtors|defaulters|deadbeats|fraudsters|non-payers|bad payers)\b`,
    ),
  },
  {
    // "your name on our public list of known fraudsters": a criminal label, published.
    id: 'defamation.label',
    lang: 'en',
    negatable: true,
    triggers: [
      'fraudsters',
      'thieves',
      'scammers',
      'crooks',
      'criminals',
      'cheats',
      'con artists',
      'deadbeats',
      'liars',
    ],
    patterns: en(
      String.raw`(?<!\bif\b[^.!?]{0,20})\b(?:your (?:name|photo|picture|face|details)|you)\b[^.!?]{0,40}\b(?:list|wall|board|register|registry|page|database)s? (?:of shame )?(?:of|for) (?:known |local |notorious )?(?:fraudsters|thieves|scammers|crooks|criminals|cheats|con artists|deadbeats|liars)\b(?!')`,
    ),
  },
  {
    id: 'harassment.relentless_contact',
    lang: 'en',
    negatable: true,
    triggers: [
      '1am',
      '2am',
      '3am',
      '4am',
      '5am',
      '0am',
      '1 am',
      '2 am',
      '3 am',
      '4 am',
      '5 am',
      '0 am',
      'a.m.',
      'midnight',
    ],
    patterns: en(
      String.raw`\b(?:text|call|ring|message|buzz|wake|phone)\w*\b[^.!?]{0,25}\b(?:at|around|by|until|till) ${SMALL_HOURS}(?!\w)`,
      String.raw`\b(?:it's|its|it is) ${SMALL_HOURS}(?!\w)[^.!?]{0,30}\b(?:remind\w*|owe|pay|still)\b`,
    ),
  },
  {
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: ['representing the', 'on behalf of the', 'acting for the', 'sent by the', 'working for the'],
    patterns: en(
      String.raw`\b(?:representing|on behalf of|acting for|sent by|working for) the (?:court|courts|judge|county court|district court|state court|sheriff|magistrate)\b`,
    ),
  },
  {
    id: 'unauthorized_commitment.credit_record',
    lang: 'en',
    negatable: true,
    triggers: ['guarantee', 'promise', '100%', '100 %', 'for sure', 'definitely'],
    patterns: en(
      String.raw`(?<!\bif\b[^.!?]{0,40})\b(?:wipe|wiped|erase|erased|scrub|scrubbed|clean|cleaned|delete|deleted|remove|removed|gone)\b[^.!?]{0,30}\b(?:off|from) (?:your |ur )?credit (?:report|file|record|history)\b[^.!?]{0,30}\b(?:guarantee\w*|promise\w*|100 ?%|for sure|definitely)`,
      String.raw`\b(?:guarantee\w*|promise\w*|100 ?%)\b[^.!?]{0,30}\b(?:wipe|wiped|erase|erased|scrub|scrubbed|clean|cleaned|delete|deleted|remove|removed)\b[^.!?]{0,30}\b(?:off|from) (?:your |ur )?credit (?:report|file|record|history)\b`,
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
  {
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: [
      'to your hr',
      'to your human',
      'to your employer',
      'to your boss',
      'to your manager',
      'to your payroll',
      'to your landlord',
      'to your pastor',
      'to your church',
      'to ur ',
      'would your',
      'would ur',
    ],
    patterns: en(
      String.raw`\b(?:notice|letter|report|note|email)s? (?:goes |going |will go |is going )?to (?:your|ur) (?:hr|human resources|employer|boss|manager|payroll|landlord|pastor|church)\b[^.!?]{0,30}\b(?:about|regarding|concerning|on) (?:the |your |this )?(?:delinquen\w*|debt|balance|arrears|account|overdue|missed|default)`,
      String.raw`\bwould (?:your|ur) ${PEOPLE}\b[^.!?]{0,30}\b(?:like|love|want|care) to (?:know|hear|find out|learn)\b(?! about (?:our|the|your) (?:options|plans?|programs?|services?|hardship))`,
    ),
  },
  {
    id: 'defamation.label',
    lang: 'en',
    negatable: true,
    triggers: ['what you are', 'what you really are', 'what kind of'],
    patterns: en(
      String.raw`\b(?:told|tell|telling|showed|show|let) (?:your|ur) (?:\w+ )?${PEOPLE}\b[^.!?]{0,15}\b(?:exactly |just )?(?:what you (?:really )?are|what kind of (?:person|man|woman) you (?:really )?are)\b`,
    ),
  },
  {
    id: 'harassment.mockery',
    lang: 'en',
    triggers: [
      'pathetic',
      'grown',
      "doesn't stop you",
      'does not stop you',
      "didn't stop you",
      "can't walk",
      "can't see",
      "can't hear",
      "can't work",
      "can't think",
      "can't read",
    ],
    patterns: en(
      String.raw`\byou(?:'re| are| r) (?:so |such a |really |just |truly |absolutely )?pathetic\b`,
      String.raw`\bgrown (?:adult|man|woman|person)\b[^.!?]{0,20}\b(?:can't|cannot|couldn't|who can't|still can't|unable to)\b`,
      String.raw`\b(?:wheelchair|crutches|walker|cane|hearing aid|oxygen|disability|illness|condition|diagnosis)\b[^.!?]{0,20}\b(?:doesn't|does not|didn't) stop you\b`,
      String.raw`\bcan't (?:walk|see|hear|work|think|read), can't pay\b`,
    ),
  },
];
