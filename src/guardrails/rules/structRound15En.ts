import { en, type PatternRuleSpec } from './ruleTypes.js';

/**
 * The English half of the round-15 classes (structRound15.ts, issue 16), by class from guardfix's
 * own phrasings: relief "guaranteed" or sold for a fee, menace by "caring about your safety" or
 * knowing the person's car and child's school, the contacts list and the HOA group, invented
 * bank-wide blacklists, lifelong records and daily rates, smears to a spouse, poverty mocked,
 * origin put-downs. FDCPA §1692d, §1692e, §1692f.
 */
const DEMAND_EN = String.raw`(?:pay|paying|payment|settle|settling|settled|call (?:me|us) back|clear (?:this|the balance)|sort (?:this|it) out)`;

export const STRUCT_ROUND15_EN_RULES: PatternRuleSpec[] = [
  {
    id: 'unauthorized_commitment.waiver',
    lang: 'en',
    negatable: true,
    triggers: [
      'approv',
      'guarantee',
      'processing fee',
      'unlock fee',
      'activation fee',
      'release fee',
      'application fee',
      'handling fee',
    ],
    patterns: en(
      String.raw`\b100 ?% (?:approval|approved|guaranteed)\b|\bguaranteed (?:[a-z]+ )?(?:approval|acceptance|relief|forgiveness|reduction|settlement)\b|\bpre-?approved (?:for )?(?:a |an )?(?:[a-z]+ )?(?:hardship|debt|relief|settlement|reduction|forgiveness|waiver)\b`,
      String.raw`\b(?:pay|send|cover)\b[^.!?]{0,20}\b(?:processing|unlock|activation|release|application|handling) fee\b[^.!?]{0,40}\b(?:relief|approv|forgiv|reduc|waive|settle|clear)`,
    ),
  },
  {
    id: 'threat.intimidation',
    lang: 'en',
    negatable: false,
    triggers: [
      'nothing',
      'safety',
      'accident',
      'mishap',
      'bad luck',
      'car trouble',
      'misfortune',
      'trouble at home',
      'things happen',
      'not ',
      "n't ",
      'never ',
      'not nice',
      "aren't nice",
      'not so nice',
      'not as nice',
      'not patient',
      'not friendly',
      'where your',
      'parked',
      'shame if',
      'outside',
      'route',
      'commute',
    ],
    patterns: en(
      String.raw`\bhope nothing (?:unfortunate|bad|untoward|unexpected) (?:happens|occurs)\b`,
      String.raw`\b(?:care|caring|concerned|worried|thinking) about (?:the )?(?:personal |physical )?safety of (?:you|your)\b|\b(?:care|caring|concerned|worried) about (?:your|your family's|the) (?:personal |physical |family's )?(?:safety|wellbeing|well-being)\b[\s\S]{0,120}?${DEMAND_EN}`,
      String.raw`\b(?:be a |a real )?shame if (?:it|your (?:car|truck|house|windows?|tires?|shop)) (?:got|were|was|gets|ended up) (?:scratched|keyed|damaged|smashed|broken|slashed|dented)\b`,
      String.raw`\bto avoid any (?:accidents?|mishaps?|unfortunate (?:incidents?|events?|accidents?))\b`,
      String.raw`\b(?:people|ppl|folks|those|customers|guys|ones) who (?:ghost|ignore|dodge|avoid|blow off|don't pay|stop paying|don't call back)\b[^.!?]{0,40}\b(?:bad luck|accidents?|misfortune|car trouble|trouble at home|things happen)\b`,
      String.raw`\b(?:guys|people|boys|folks|ones|team|crew) (?:i|we) (?:hand|pass|send|give|turn) (?:your |the |these )?(?:files?|accounts?|cases?|you)\b[\s\S]{0,40}?\b(?:not|n't|never) (?:as |so |very |that |exactly )?(?:nice|patient|friendly|gentle|polite|understanding|kind)\b`,
      String.raw`\b(?:we|i) (?:know|see|saw|noticed|drove past|walk past|walked past|pass|passed) (?:where your (?:kids?|son|daughter|children) (?:go to school|goes to school|study)|(?:your|the) (?:car|truck|van) (?:parked|outside)|your (?:daily )?(?:route|commute))\b[\s\S]{0,100}?${DEMAND_EN}`,
    ),
  },
  {
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: [
      'contacts',
      'contact list',
      'phone book',
      'phonebook',
      'address book',
      'group',
      'chat',
      'forum',
      'board',
      'page',
    ],
    patterns: en(
      String.raw`\b(?:we have|we've got|we got|we pulled|we hold|we can see|we downloaded|we have access to) (?:your |all your |all of your |the )?(?:full |entire |whole |complete )?(?:contacts(?: list)?|contact list|phone ?book|address book)\b`,
      String.raw`\b(?:post(?:ed)?|shar(?:e|ed)|announc(?:e|ed)|mention(?:ed)?|put)\b[^.!?]{0,30}\b(?:in|on|to) (?:the |your )?(?:hoa|residents'?|building|neighbou?rhood|neighbou?rs'?|tenants'?|condo|estate) (?:group|chat|group chat|forum|board|page)\b`,
    ),
  },
  {
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    triggers: [
      'bank',
      'only',
      'for life',
      'forever',
      'permanent',
      'rest of your life',
      'never',
      '% per day',
      '% a day',
      '% each day',
      '% every day',
      '% daily',
    ],
    patterns: en(
      String.raw`\b(?:blacklisted|frozen|flagged|blocked|banned|reported) (?:across|by|at|in|with) (?:all|every|each|any) (?:\w+ ){0,2}banks?\b|\b(?:all|every) (?:\w+ ){0,2}banks? (?:have|has|will) (?:now )?(?:frozen|blacklisted|blocked|flagged|closed)\b`,
      String.raw`\b(?:we are|we're|we are the|the bank is) (?:the )?only (?:\w+ ){0,2}(?:able|allowed|authori[sz]ed|one|ones) (?:to |who can )?(?:remove|lift|unfreeze|clear|unblock)\b`,
      String.raw`\bcredit (?:record|report|file|history|score)\b[^.!?]{0,40}(?<!\bnot |\bnever |n't )\b(?:for life|forever|permanently|for the rest of your life)\b`,
      String.raw`\bnever (?:be able to )?(?:get|qualify for|borrow|obtain) (?:a |any )?(?:loan|mortgage|credit|car loan|credit card)s? again\b`,
      String.raw`\b(?:[1-9]\d*(?:\.\d+)?|0\.[1-9]\d*) ?% (?:per|a|each|every) day\b|\b(?:[1-9]\d*(?:\.\d+)?|0\.[1-9]\d*) ?% daily\b`,
    ),
  },
  {
    id: 'defamation.insult',
    lang: 'en',
    negatable: true,
    triggers: ['liar', 'cheat', 'fraud', 'crook', 'con', 'women', 'woman', 'mistress', 'girlfriends'],
    patterns: en(
      String.raw`\b(?:a |is a |'s a )?liar and a cheat(?:er)?\b|\b(?:husband|wife|son|daughter|partner|boyfriend|girlfriend|brother|sister)(?:'s| is) (?:a |an )(?:liar|cheat|cheater|fraud|crook|conman|con man)\b(?!')`,
      String.raw`\b(?:on|spent on|spending on|blowing it on|blew it on|charges on) (?:who knows (?:which|what|how many) )?(?:other |random )?(?:women|woman|mistress(?:es)?|girlfriends)\b(?!')`,
    ),
  },
  {
    id: 'harassment.mockery',
    lang: 'en',
    negatable: true,
    triggers: [
      'gofundme',
      'go fund me',
      'crowdfund',
      'kickstarter',
      "can't even scrape",
      'cannot even scrape',
    ],
    patterns: en(
      String.raw`\b(?:start|set up|launch|make|open) (?:a |you a |your own )?(?:gofundme|go fund me|crowdfund(?:ing campaign)?|kickstarter)\b|\bcan(?:'t|not) even scrape (?:together|up)\b`,
    ),
  },
  {
    // An origin put-down: "where you come from it's normal to…", "你们那边赖账很正常吧".
    id: 'discrimination.region',
    lang: 'en',
    negatable: true,
    triggers: [
      'where you come from',
      'where you came from',
      "where you're from",
      'where you are from',
      'in your country',
      'in your culture',
      'your people',
    ],
    patterns: en(
      String.raw`\b(?:where you (?:come|came|are) from|where you're from|in your (?:country|culture)|your people)\b[^.!?]{0,40}\b(?:normal|acceptable|the norm|usual|ok|okay|common|how (?:it|things) (?:works?|are done)|what you do)\b`,
    ),
  },
];
