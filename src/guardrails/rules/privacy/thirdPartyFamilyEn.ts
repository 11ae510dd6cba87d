import { en, type PatternRuleSpec } from '../ruleTypes.js';
import { EN_PLAIN_GAP, EN_THIRD, EXTENDED_CIRCLE_EN, KIN_EXTENDED } from '../shared/en.js';

/**
 * Privacy (English): the debt told to the family, or the family asked to pay.
 */

// prettier-ignore
const EN_THIRD_WORDS = [
  'receptionist', 'secretary', 'roommate', 'housemate', 'family', 'relatives', 'parents', 'mother', 'mom',
  'father', 'dad', 'spouse', 'wife', 'husband', 'partner', 'kids', 'children', 'son', 'daughter',
  'siblings', 'brother', 'sister', 'employer', 'boss', 'manager', 'supervisor', 'coworker', 'co-worker',
  'colleague', 'workplace', 'office', 'hr', 'human resources', 'company', 'friend', 'neighbo', 'contact',
  'reference', 'landlord', 'church', 'school',
];
const EN_TELL =
  '(?:contact(?:ed|ing)?|call(?:ed|ing)?|phon(?:e|ed|ing)|ring(?:ing)?|rang|text(?:ed|ing)?|e-?mail(?:ed|ing)?|messag(?:e|ed|ing)|tell(?:ing)?|told|inform(?:ed|ing)?|notif(?:y|ied|ying)|alert(?:ed|ing)?|reach(?:ed|ing)? out to|get(?:ting)? in touch with|got in touch with|spo(?:ke|ken) (?:to|with)|speak(?:ing)? (?:to|with)|talk(?:ed|ing)? (?:to|with)|wr(?:ite|ote|itten) to|let|writ(?:e|ing) to)';
const PEOPLE_EN =
  '(?:employer|boss|manager|supervisor|hr(?: department| team)?|landlord|neighbou?rs?|co-?workers?|colleagues|references|family|parents|relatives|friends|church|pastor|contacts|emergency contacts?|wife|husband|mother|father|mom|dad|sister|brother|son|daughter)';
const NO_NEG = `(?:(?!\\bnot\\b|\\bnever\\b|n't\\b|\\bno\\b)[^.!?\\n])`;
const THIRD_EN =
  "mum|mom|mother|dad|father|parents|wife|ex-wife|husband|ex-husband|boss|supervisor|manager|family|brother|sister|landlord|neighbou?rs?|hoa|church|pastor|employer|employer's \\w+(?: \\w+)?|coworkers?|colleagues?|friends?|relatives|teacher|roommates?";

export const PRIVACY_THIRD_PARTY_FAMILY_EN: PatternRuleSpec[] = [
  {
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    personMayAct: true,
    triggers: [
      ...EN_THIRD_WORDS,
      'social media',
      'facebook',
      'twitter',
      'instagram',
      'tiktok',
      'wechat',
      'weibo',
      'linkedin',
      'timeline',
      'feed',
      'moments',
      'everyone',
      'everybody',
      'all your',
      'your whole',
      'balance',
      'debt',
      'amount',
      'account',
      'details',
      'situation',
      'arrears',
      'overdue',
      'group chat',
      'whatsapp',
      'community',
      'notice',
      'bulletin',
      'expose',
      'shame',
    ],
    patterns: en(
      `(?<!\\b(?:stopped|stop|quit|ceased|no longer) )\\b${EN_TELL}\\s+(?:all of |everyone in |each of |every one of )?(?:your|you're|ur)\\s+(?:(?!authori[sz]ed\\b)\\w+\\s+)?${EN_THIRD}\\b`,
      `\\b(?:post|share|publish|put)\\b[^.!?\\n]{0,30}\\b(?:on|to) (?:social media|facebook|twitter|instagram|tiktok|wechat|weibo|linkedin|your (?:timeline|feed|moments))\\b`,
      `\\b(?:everyone|everybody|all your (?:friends|contacts|family|coworkers|colleagues|neighbou?rs)|your whole (?:family|office|neighbou?rhood|street)|everyone in your (?:contacts|family|office|building))\\b[^.!?\\n]{0,20}\\b(?:will|is going to|are going to|would|is about to)\\s+(?:know|find out|hear about|see|learn)\\b`,
      `\\b(?:told|tell|gave|give|shared|share|showed|show|sent|send|disclosed|explained)\\s+(?:him|her|them|your \\w+)\\s+(?:all )?(?:the|your|about (?:the|your))\\s+(?:balance|debt|amount|account|details|situation|arrears|overdue)`,
      `\\b(?:left|leave|leaving) (?:a |an )?(?:voicemail|message|note|notice) (?:with|for|at) (?:your|the) (?:\\w+ )?${EN_THIRD}\\b`,
      `\\b(?:share|post|publish|put|spread|circulate)\\b[^.!?\\n]{0,40}\\b(?:group chat|neighbou?rhood (?:group|app|forum|board)|whatsapp group|wechat group|community (?:group|board|page)|notice ?board|bulletin board)\\b`,
      `\\b(?:expose|name and shame|publicly shame) you\\b|\\bshare (?:this|your (?:debt|details|information|account|balance))[^.!?\\n]{0,20}\\bwith (?:your )?${EN_THIRD}\\b`,
    ),
  },
  {
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    personMayAct: true,
    triggers: [
      ...'employer boss manager supervisor hr landlord neighbo coworker co-worker colleague reference family parents relatives friend church pastor contacts emergency wife husband mother father mom dad sister brother son daughter nephew niece cousin tenant employee roommate partner'
        .split(' ')
        .map((who) => `your ${who}`),
      'he owes',
      'she owes',
      'is behind on',
      "hasn't paid",
      'has not paid',
      'has an overdue',
    ],
    patterns: en(
      `\\byour ${PEOPLE_EN}\\b${NO_NEG}{0,30}\\b(?:has|have|had|will|'ll|is|are|was|were|'s)?\\s*(?:been |be )?(?:informed|notified|told|contacted|made aware|getting a (?:letter|call|notice)|receiving a (?:letter|call|notice)|hear(?:ing)? about)\\b(?! by (?:the |a )?(?:court|judge)\\b)`,
      `\\b(?:synced|shared|sent|forwarded|disclosed|reported|copied|passed)\\b[^.!?]{0,25}\\bto your ${PEOPLE_EN}\\b`,
      `\\byour (?:son|daughter|husband|wife|brother|sister|mother|father|mom|dad|nephew|niece|cousin|tenant|employee|friend|neighbou?r|roommate|partner)\\b${NO_NEG}{0,30}\\b(?:behind on|overdue|past due|owes?|delinquent|in collections|defaulted|unpaid)\\b`,
      `\\b(?:he|she) (?:owes|is behind on|has an overdue|hasn't paid|has not paid)\\b`,
    ),
  },
  {
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: [
      'answered',
      'picked up',
      'took the call',
      'explained',
      'contact list',
      'contacts',
      'phone book',
      'address book',
      'friends list',
      'your office',
      'your work',
      'your job',
    ],
    patterns: en(
      `\\b(?:your [\\w-]+|he|she|they|someone|a (?:man|woman|relative|neighbou?r))\\s+(?:answered|picked up|took the call)\\b[^.!?]{0,30}\\b(?:explained|told|went over|discussed|filled (?:him|her|them) in)\\b`,
      `\\bexplained (?:the|your) (?:whole )?(?:situation|account|balance|debt) to (?:him|her|them|your)\\b`,
      `\\b(?:everyone|everybody|all)\\b[^.!?]{0,15}\\b(?:contact list|contacts|phone book|address book|friends list)\\b`,
      `\\b(?:letter|notice|package|visit|call)s?\\b[^.!?]{0,40}\\b(?:debt|balance|unpaid|overdue|past due|card|account)\\b[^.!?]{0,20}\\b(?:at|to) your (?:office|work|workplace|job)\\b`,
    ),
  },
  {
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: [
      'know',
      'remind',
      'make sure',
      'sense',
      'agreed',
      'promised',
      'notified',
      'told',
      'informed',
      'hear about',
      'will hear',
      'posted',
      'tagged',
      'ex-',
      'to pay',
      'to talk',
      'to call',
      'to help',
      'to encourage',
      'to push',
      'to pressure',
    ],
    patterns: en(
      `\\byour (?:${THIRD_EN})\\b[^.!?]{0,6}\\b(?:already|now|all) knows?\\b`,
      `\\b(?:ask|asked|asking|get|got|have|had)\\s+your\\s+(?:\\w+\\s+){0,2}?(?:${THIRD_EN})\\b[^.!?]{0,20}\\bto (?:remind|pay|talk|call|make sure|help|encourage|push|pressure)`,
      `\\byour (?:\\w+\\s+){0,2}?(?:${THIRD_EN})\\b[^.!?]{0,40}\\b(?:make sure you|remind you|talk (?:some )?sense|agreed to|promised to|(?:said|says) (?:he|she|they)(?:'d| would| will)|(?:has|have) been (?:told|notified|informed)|will hear|will be told)`,
      `\\b(?:hoa|board|alumni|group|church|congregation|club|team)\\b[^.!?]{0,20}\\b(?:has been|have been|was|were|will be) (?:notified|told|informed|contacted)|\\bwill hear about (?:this|it|your)\\b`,
      `\\b(?:posted|shared|published|put) (?:a |the )?(?:notice|post|message|note)\\b[^.!?]{0,30}\\b(?:group chat|group|forum|page|feed|board)\\b|\\btagged you in\\b`,
      `\\b(?:called|phoned|texted|contacted|emailed|rang) your ex-(?:wife|husband|partner|girlfriend|boyfriend)\\b`,
    ),
  },
  {
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: [
      'said',
      'says',
      'told us',
      'mentioned',
      'to give you',
      'to remind you',
      'to tell you',
      'to talk to you',
      'have a word',
      'to check on you',
      'to visit you',
    ],
    patterns: en(
      `\\byour (?:${EXTENDED_CIRCLE_EN}|boss's|sister's|brother's)\\b (?:said|says|told us|mentioned)\\b`,
      `\\b(?:asked|told|got|had) your (?:\\w+\\s+){0,2}?\\w+ to (?:give you|remind you|tell you|talk to you|have a word|check on you|visit you)\\b`,
    ),
  },
  {
    // "Does your boss know you don't pay your bills?", "do your kids know…".
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: ['does your', 'do your', 'would your'],
    patterns: en(
      String.raw`\b(?:does|do|would) your (?:boss|employer|manager|wife|husband|spouse|partner|girlfriend|boyfriend|mom|mother|dad|father|parents|kids|children|son|daughter|family|pastor|neighbou?rs?|co-?workers|friends)\b (?:know|realize|realise|have any idea)\b[^.!?\n]{0,40}?\b(?:pay|owe|debt|bills?|balance|hiding|behind|broke)\b`,
    ),
  },
  {
    // "Maybe your mom can chip in. We'll call her tonight": a relative called to pay.
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: [
      'chip in',
      'help out',
      'help pay',
      'help cover',
      'pay it',
      'pay this',
      'pay for you',
      'cover it',
      'cover this',
      'cover you',
    ],
    patterns: en(
      String.raw`\byour ${KIN_EXTENDED}\b${EN_PLAIN_GAP(30)}\b(?:chip in|help (?:out|pay|cover)|pay (?:it|this|for you)|cover (?:it|this|you))\b[^\n]{0,40}\b(?:we|i)(?:'ll| will|'re going to| are going to)? (?:call|ask|ring|contact|reach out to) (?:him|her|them)\b`,
    ),
  },
  {
    // "We'll be at your mother's house Saturday", "we'll make sure your kids hear all about it".
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: ['be at', 'come to', 'stop by', 'visit', 'show up', 'drop by', 'make sure'],
    patterns: en(
      String.raw`\b(?:i|we)(?:'ll| will|'re going to| are going to| gonna)${EN_PLAIN_GAP(10)}\b(?:be at|come to|stop by|visit|show up at|drop by)\b (?:your )?${KIN_EXTENDED}(?:'s|s')? (?:house|home|place|work|job|apartment)\b`,
      String.raw`\b(?:i|we)(?:'ll| will|'re going to| are going to| gonna)? make sure your ${KIN_EXTENDED}\b${EN_PLAIN_GAP(20)}\b(?:hears?|knows?|finds? out|learns?|sees?)\b`,
    ),
  },
  {
    // "You think your wife would stay if she knew?": telling a spouse held out.
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: ['knew', 'found out', 'find out'],
    patterns: en(
      String.raw`\byour (?:wife|husband|girlfriend|boyfriend|partner|fiancee?|boss|kids|family)\b[^.!?\n]{0,40}\bif (?:she|he|they) (?:knew|found out|ever found out|were to find out)\b`,
    ),
  },
  {
    // "Your cousin listed you on his loan", "Mark put your number on his loan application".
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: ['his ', 'her ', 'their '].flatMap((w) =>
      ['loan', 'application', 'account', 'form', 'file', 'record'].map((o) => `${w}${o}`),
    ),
    patterns: en(
      String.raw`\b(?:put|listed|used|gave|entered|wrote|added)\b${EN_PLAIN_GAP(10)}\b(?:you|your (?:number|name|details|contact))\b (?:on|in|for|to) (?:his|her|their) (?:loan|application|account|form|file|records?)\b`,
    ),
  },
];
