import { en, type PatternRuleSpec } from './ruleTypes.js';
import { GAP } from './structRegister12En.js';

/**
 * Exposure and menace in real collectors' English with no threat word (guardrw14en, issue 16),
 * written by class from the helper's own training lines (training/guardrails/rw14.en.yaml), not
 * from its check set or a real message: a deadline "before this goes viral", posts that "come
 * down" or messages to contacts removed and apologised for once the person pays, photos and data
 * distributed to the phone's contacts and social media, collecting at the home and the office,
 * "don't blame us if…", contacts or a boss who will "hear from us"; masked profanity used as a
 * threat of harm ("I'm going to f--- you up"). FDCPA §1692d(1),(2), §1692c(b).
 */
const ACTOR = String.raw`(?:i|we|our (?:\w+ )?(?:team|agents?|collectors?|field (?:agents?|officers?|team)|officers?|people|boys|men|company|office)|my (?:boys|men|people|team)|(?:field )?agents?|collectors?)`;
const AUX = String.raw`(?:'ll| will| shall|'m going to| am going to|'re going to| are going to| gonna| are gonna| are about to| would| are| am| must| can)?`;
const PLACE = String.raw`(?:your|ur) (?:home|house|residence|place|office|workplace|work|shop|store|business|job|place of (?:work|business|employment)|school|church)`;
const CONTACTS = String.raw`(?:contacts?|contact list|phone ?book|phone contacts|friends|followers|family|relatives|colleagues|co-?workers|boss|employer|neighbou?rs|references|church|social media|facebook|whatsapp|instagram|tiktok|twitter|everyone|everybody|all (?:\d+ )?(?:numbers|contacts) in (?:your|ur) phone)`;
const DATA = String.raw`(?:photos?|pictures?|pics?|selfies?|images?|videos?|data|details|information|info|ids?|id card|face|name|loan details|debt|records?)`;
// Masked profanity: "f---", "f***", "f@#k", "f-ing", "f#cked".
const M = '[-*_#@$%!]';
const F = String.raw`f${M}{1,4}(?:ck|k|cking|cked|king|kin|ing|in|ed)?`;
// Every masked word the threats below contain starts with one of these.
const MASKED_TRIGGERS = ['f', 'a', 's', 'sh'].flatMap((p) => [...'-*_#@$%!'].map((c) => `${p}${c}`));
const AUDIENCE = String.raw`(?:contacts|friends|family|relatives|colleagues|co-?workers|boss|employer|neighbou?rs|references|church|pastor|kids|children|in-?laws|landlord)`;

export const STRUCT_RW14_EN: PatternRuleSpec[] = [
  {
    // "Pay before noon, before this goes viral", "this will be all over Facebook", "we will
    // make this public", "if you want your name kept off Facebook, pay".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: [
      'viral',
      'all over',
      'public',
      'kept off',
      'keep it off',
      'keep your name off',
      'everyone',
      'everybody',
      'all your',
    ],
    patterns: en(
      String.raw`\b(?:before|or|else|unless|otherwise|and|till|until)\b${GAP(25)}\b(?:this|it|that|your (?:story|case|photo|picture|video|name|face|post))\b${GAP(12)}\bgo(?:es)? viral\b`,
      String.raw`\b(?:will|'ll|is going to|gonna|is about to|is set to|are going to)\s+go viral\b`,
      String.raw`\b(?:will be|'ll be|gonna be|going to be|is going to be|end up)\b${GAP(20)}\ball over (?:the internet|facebook|social media|instagram|tiktok|twitter|whatsapp|town|the news|the village|the neighbou?rhood)\b`,
      String.raw`\b${ACTOR}${AUX} (?:make (?:this|it|that|your \w+(?: \w+)?) public|go public)\b`,
      String.raw`\b(?:once|when|after|if)\b${GAP(50)}\b(?:posted|online|up|public|out|live|shared|published|sent)\b${GAP(10)}[,;]?\s*(?:everyone|everybody|all (?:your|ur) \w+)\b${GAP(30)}\b(?:will|'ll|is going to|gonna|are going to) (?:know|see|find out|hear|read|learn)\b`,
      String.raw`\b(?:kept|keep (?:it|this|your \w+)) off (?:facebook|social media|the internet|instagram|tiktok|twitter|whatsapp|our page)\b`,
    ),
  },
  {
    // Payment buys the removal: "pay and the posts come down", "we remove the messages and
    // apologize to your contacts", "we will delete the messages we sent to your contacts".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: [
      'apolog',
      'say sorry',
      'come down',
      'comes down',
      'down',
      'remove',
      'delete',
      'retract',
      'stop',
      'halt',
      'cancel',
      'call off',
      'pause',
      'hold off',
    ],
    patterns: en(
      String.raw`\b(?:apologi[sz]e|say sorry|send (?:an )?apolog(?:y|ies))\b${GAP(12)}\bto (?:all )?(?:of )?(?:your|ur) ${AUDIENCE}`,
      String.raw`\b(?:pay|paid|payment|settle|settled|clear|cleared)\w*\b${GAP(40)}\b(?:posts?|messages?|photos?|pictures?|videos?|notices?)\b${GAP(15)}\b(?:come|comes|go|goes|will (?:come|go)|get|gets|will be|are) (?:down|removed|deleted|taken down)\b`,
      String.raw`\b(?:pay|paid|payment|settle|settled|clear|cleared)\w*\b${GAP(40)}\b(?:we|i)(?:'ll| will| shall)? (?:stop|halt|cancel|call off|pause|hold off)\b${GAP(20)}\b(?:broadcasts?|messages?|posts?|calls?|texts?|sms|blasts?|notices?)\b${GAP(20)}\b(?:to|on|with) (?:all )?(?:of )?(?:your|ur) (?:${AUDIENCE}|facebook|social media|groups?|group chats?)\b`,
      String.raw`\b(?:remove|delete|take down|retract|pull down)\b${GAP(30)}\b(?:messages?|posts?|sms|texts?|photos?|pictures?)\b${GAP(25)}\b(?:to|from|on|with) (?:all )?(?:your|ur) (?:${AUDIENCE}|facebook|wall|timeline|groups?|group chats?)\b`,
    ),
  },
  {
    // "We will distribute your photos and data to your phone and social media contacts",
    // "we send your details to all 200 numbers in your phone".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: [
      'distribut',
      'share',
      'send',
      'forward',
      'circulat',
      'blast',
      'spread',
      'leak',
      'broadcast',
      'release',
    ],
    patterns: en(
      String.raw`\b${ACTOR}${AUX}(?: (?:now|soon|then|also|start to|begin to))? (?:distribute|share|send|forward|circulate|blast|spread|leak|release|broadcast)(?:ing)?\b${GAP(40)}\b${DATA}\b${GAP(50)}\b(?:to|with|on|among|across) ${GAP(20)}\b${CONTACTS}\b`,
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
      String.raw`\b${ACTOR}${AUX}(?: be)?(?: (?:come|coming) (?:and|to))? collect(?:ing)?\b(?: (?:it|payment|the (?:money|debt|balance|amount|payment)|in person|personally|from you))*\s+(?:at|from|in) ${PLACE}\b`,
      String.raw`\b${ACTOR}${AUX}(?: be)? (?:come|coming|stop|stopping|drop|dropping|pass|passing|show|showing) (?:by|up at|up to|over to|round to|around to)\s+${PLACE}\b`,
    ),
  },
  {
    // "Don't blame us if you are embarrassed", "don't blame us when your family finds out".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: false,
    triggers: ['blame us', 'blame me', 'blame our'],
    patterns: en(
      String.raw`\b(?:don't|do not|dont|never|you can't|you cannot|you won't) blame (?:us|me|our (?:company|team|agents?|office))\b${GAP(6)}\b(?:if|when|once|after|for what)\b`,
    ),
  },
  {
    // "Your contacts will be hearing from us about you", "when your boss and coworkers get our
    // message", "whether they hear about this is up to you", "when their friends see your photo".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: [
      'contacts',
      'friends',
      'family',
      'relatives',
      'colleagues',
      'coworkers',
      'co-workers',
      'boss',
      'employer',
      'neighbo',
      'references',
      'church',
      'pastor',
      'kids',
      'children',
      'in-laws',
      'inlaws',
      'landlord',
      'up to you',
      'your choice',
      'your call',
      'your decision',
    ],
    patterns: en(
      String.raw`\b(?:your|ur) (?:\w+ )?${AUDIENCE}(?: list)?(?: and (?:your |ur )?(?:\w+ )?${AUDIENCE})? (?:will|'ll|are going to|are gonna|are about to|shall|are|is going to|is about to) (?:soon |all |now |start |be )*(?:hearing|hear|receiving|receive|get|getting|be told|be informed|be notified|be contacted|be messaged|be called)\b${GAP(20)}\b(?:about you|from us|from me|our (?:message|messages|call|calls|notice)|(?:a |the )?(?:message|messages|calls?|sms|texts?|notice) about you)\b`,
      String.raw`\bwhen (?:your|ur|their|his|her) (?:\w+ )?${AUDIENCE}(?: and (?:your |ur )?(?:\w+ )?${AUDIENCE})? (?:get|gets|receive|receives|see|sees|hear|hears|read|reads) (?:our|my|the|your) (?:message|messages|sms|texts?|call|calls|letter|notice|post|posts|photo|picture|face|name)\b`,
      String.raw`\bwhether (?:they|your \w+|everyone|anyone|people)\b${GAP(20)}\b(?:hear|know|find out|see|learn)\b${GAP(20)}\bis (?:up to you|your (?:choice|call|decision))\b`,
    ),
  },
  {
    // Masked profanity as a threat of harm: "I'm going to f--- you up", "we will f*** up your
    // life", "kick your a**", "beat the s**t out of you", "knock your f***ing teeth out".
    id: 'threat.violence',
    lang: 'en',
    negatable: true,
    triggers: MASKED_TRIGGERS,
    patterns: en(
      String.raw`\b(?:going to|gonna|will|'ll|shall|about to|gon|coming to|wanna|want to|gotta|got to)\s+(?:\w+\s+)?${F}\s+(?:you|u|ya|him|her|them|(?:your|ur|his|her) (?:\w+ )?\w+) up\b`,
      String.raw`\b(?:going to|gonna|will|'ll|shall|about to|coming to)\s+${F}\s+up (?:your|ur|you|his|her)\b`,
      String.raw`\bget (?:you )?${F} up\b`,
      String.raw`\b(?:kick|whip|beat|bust) (?:your|ur|his|her) a${M}{1,3}s?\b`,
      String.raw`\b(?:beat|kick|knock) the sh?${M}{1,3}t?\w* out of (?:you|u|ya|him|her)\b`,
      String.raw`\b(?:knock|smash|kick|bash|break|punch) (?:your|ur|his|her) ${F} (?:teeth|head|face|skull|brains?|legs?|arms?|jaw|nose)\b`,
      String.raw`\b${F}\s+(?:end|kill|finish|destroy|hurt|wreck|murder|bury) (?:you|u|ya|him|her)\b`,
    ),
  },
];
