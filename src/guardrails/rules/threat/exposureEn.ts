import { en, type PatternRuleSpec } from '../ruleTypes.js';
import {
  ACTOR,
  ACTOR_WIDE,
  AUX,
  CONTACT_TRIGGERS,
  contactBlast,
  CRIME_LABEL,
  EN_PLAIN_GAP,
  NO_NEG_EN,
  S,
  WILL,
} from '../shared/en.js';

/**
 * Threats (English): exposure threatened: contacts, social media, the village or the workplace told.
 */

const EN_AUDIENCE = String.raw`(?:facebook|instagram|tiktok|twitter|linkedin|friends(?: list)?|followers|contacts|neighbou?rs|co-?workers|colleagues|group chats?|church|boss)`;
const EN_WE_WILL = String.raw`\b(?:i|we)(?:'ll| will| are going to|'re going to| am going to|'m going to| gonna)\b`;
const EXPOSE = String.raw`(?:send|share|forward|post|put|upload|broadcast|publish|circulate|spread|blast|leak|paste|display|show|tag|announce|expose)`;
const DATA = String.raw`(?:photos?|pictures?|pics?|selfies?|face|ids?|id card|bvn|nin|aadhaa?r|pan card|data|details|information|info|loan details|debt|loan|name|records?|videos?)`;
// The people and places a debt is exposed to.
const AUDIENCE = String.raw`(?:contacts?|contact list|phone ?book|emergency contacts?|references?|guarantors?|relatives|family|families|friends|colleagues|co-?workers|employer|boss|hr|office|workplace|in-?laws|neighbou?rs|village|barangay|church|mosque|community|estate|compound|landlord|classmates|school|facebook|whatsapp|instagram|tiktok|twitter|telegram|social media|group chats?|groups|everyone|everybody|the public|public)`;
const UNLESS_ASKED = String.raw`(?![^.!?\n]{0,60}\b(?:consent|permission|at your request|if you ask|you asked|authori[sz]ation)\b)`;
const TELL = String.raw`(?:tell|inform|notify|message|text|call|alert|contact|warn|ring|email|sms)`;
// Contact the person asked for: "only with your written consent", "at your request".
// Already under way: "we have started calling your contacts", "we are sending your details".
const ING = String.raw`(?:calling|messaging|texting|contacting|informing|notifying|sending|sharing|posting|forwarding|uploading)`;
const ED = String.raw`(?:called|messaged|texted|contacted|informed|notified|sent|shared|posted|forwarded|uploaded)`;
const UNDER_WAY = String.raw`\b(?:we|i|our \w+)(?:(?:'ve| have| has)(?: already| now)? (?:started|begun) (?:to )?(?:call|message|text|contact|inform|notify|send|share|post|forward|upload|${ING})|(?:'re| are| am|'m)(?: already| now)? ${ING}|(?:'ve| have| has)(?: already)? ${ED}|(?: already| now) ${ED})`;
const FACE_EN = String.raw`(?:name and |name, )?(?:photo|picture|pic|face|mugshot|headshot)`;
const PLACE_EN = String.raw`(?:page|flyers?|posters?|board|lobby|neighbou?rhood|church|office|wall|facebook|instagram|tiktok|social media|feed|notice|billboard|street|town|village|workplace|building)`;
const PEOPLE_TOLD = String.raw`(?:contacts|friends|family|relatives|colleagues|co-?workers|boss|employer|neighbou?rs|references|church|pastor|kids|children|in-?laws|landlord)`;
const MEDIA = String.raw`(?:photos?|pictures?|pics?|selfies?|images?|videos?|data|details|information|info|ids?|id card|face|name|loan details|debt|records?)`;
const CONTACTS = String.raw`(?:contacts?|contact list|phone ?book|phone contacts|friends|followers|family|relatives|colleagues|co-?workers|boss|employer|neighbou?rs|references|church|social media|facebook|whatsapp|instagram|tiktok|twitter|everyone|everybody|all (?:\d+ )?(?:numbers|contacts) in (?:your|ur) phone)`;

export const THREAT_EXPOSURE_EN: PatternRuleSpec[] = [
  {
    // Everyone at church, school, the gym or the office told: a shaming threat.
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['everyone', 'everybody', 'the whole', 'life in this town', 'life here'],
    patterns: en(
      String.raw`\b(?:everyone|everybody|the whole (?:congregation|school|office|neighbou?rhood|town))\b${EN_PLAIN_GAP(12)}\b(?:at|in|from) (?:your|your (?:wife|husband|partner|kid|son|daughter)'s) (?:church|kids?'s? school|school|gym|office|workplace|job|neighbou?rhood|building|congregation|mosque|temple|synagogue|club)\b${EN_PLAIN_GAP(60)}\b(?:knows?|will know|hears?|will hear|finds? out|will find out|learns?|sees?)\b`,
      String.raw`\byour life (?:in this town|here|around here) is over\b`,
    ),
  },
  {
    // Friends, followers, neighbours told of the debt as a threat.
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['make sure', 'post', 'share', 'tell', 'send', 'plaster', 'spread'],
    patterns: en(
      String.raw`\b(?:i|we)(?:'ll| will| am going to|'m going to| are going to|'re going to| gonna)? make sure\b${EN_PLAIN_GAP(20)}\b(?:everyone|everybody|all (?:of )?your|your)\b${EN_PLAIN_GAP(30)}\b${EN_AUDIENCE}\b${EN_PLAIN_GAP(30)}\b(?:hears?|knows?|finds? out|learns?|sees?)\b`,
      String.raw`${EN_WE_WILL}${EN_PLAIN_GAP(6)}\b(?:post|share|plaster|spread|send)\b${EN_PLAIN_GAP(30)}\b(?:debt|unpaid|balance|bill|photos?|pictures?|id)\b${EN_PLAIN_GAP(30)}\b${EN_AUDIENCE}\b`,
      String.raw`${EN_WE_WILL}${EN_PLAIN_GAP(6)}\b(?:tell|text|message|email)\b (?:all (?:of )?|every one of |each of |everyone (?:on|in) )?your (?:facebook |instagram )?${EN_AUDIENCE}\b${EN_PLAIN_GAP(20)}\b(?:about|that you)\b`,
    ),
  },
  {
    // "We will send your photos and BVN to all your contacts", "we will post you on Facebook".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: [
      'send',
      'share',
      'forward',
      'post',
      'upload',
      'broadcast',
      'publish',
      'circulate',
      'spread',
      'blast',
      'leak',
      'paste',
      'display',
      'show',
      'tag',
      'announce',
      'expose',
      'put',
      'declare',
      'brand',
      'label',
      'list',
    ],
    patterns: en(
      String.raw`\b${ACTOR}${WILL}${EN_PLAIN_GAP(30)}\b${EXPOSE} (?:all |every )?(?:your|his|her) (?:\w+ )?${DATA}\b${EN_PLAIN_GAP(40)}\b(?:to|with|on|in|for|among|across) (?:all |every(?:one in)? |the )?(?:your |his |her |the )?(?:\w+ )?${AUDIENCE}\b${UNLESS_ASKED}`,
      String.raw`\b${ACTOR}${WILL}${EN_PLAIN_GAP(30)}\b(?:post|tag|announce|expose|display|show|broadcast|publish|upload|declare|brand|label|list) (?:you|him|her)\b${EN_PLAIN_GAP(40)}\b(?:on|in|to|as|before|across|a|an) (?:all |every |the )?(?:your |his |her |the )?(?:\w+ )?(?:${AUDIENCE}|${CRIME_LABEL}|wanted)\b`,
      String.raw`\b${ACTOR}${WILL}${EN_PLAIN_GAP(30)}\b(?:publish|post|announce|broadcast) (?:your|his|her) (?:name|face|photo|picture)s?\b`,
    ),
  },
  {
    // "Your picture will be shared with your employer", "we will make you famous on Facebook".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: [
      'shared',
      'sent',
      'posted',
      'forwarded',
      'uploaded',
      'circulated',
      'published',
      'broadcast',
      'famous',
      'viral',
      'trend',
    ],
    patterns: en(
      String.raw`\b(?:your|his|her) (?:\w+ )?${DATA} (?:will|shall|is going to|are going to|is about to|are about to) be${EN_PLAIN_GAP(12)} (?:shared|sent|posted|forwarded|uploaded|circulated|published|broadcast)\b${EN_PLAIN_GAP(30)}\b(?:to|with|on|in|among|across) (?:all |every(?:one in)? |the )?(?:your |his |her |the )?(?:\w+ )?${AUDIENCE}\b`,
      String.raw`\b${ACTOR}${WILL}${EN_PLAIN_GAP(30)}\bmake (?:you|him|her) (?:famous|popular|trend|viral)\b`,
    ),
  },
  {
    // "We will tell your whole village", "last warning before we message your HR and in-laws".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: [
      'tell',
      'inform',
      'notify',
      'message',
      'text',
      'call',
      'alert',
      'contact',
      'warn',
      'ring',
      'email',
      'sms',
    ],
    patterns: en(
      String.raw`\b(?:${ACTOR}${WILL}|before (?:we|i))${EN_PLAIN_GAP(20)}\b${TELL} (?:all |every(?:one in)? |each of )?(?:your|his|her) (?:whole |entire )?(?:\w+ )?(?:contacts?|contact list|phone ?book|emergency contacts?|references|guarantors|relatives|family|friends|colleagues|co-?workers|employer|boss|hr|office|in-?laws|neighbou?rs|village|barangay|church|community|classmates|landlord)\b${UNLESS_ASKED}`,
    ),
  },
  {
    // "Your contacts will start receiving calls at 6pm", "your office will be notified".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: [
      'receiv',
      'get',
      'told',
      'inform',
      'notif',
      'call',
      'know',
      'hear',
      'see',
      'learn',
      'contact',
      'messag',
    ],
    patterns: en(
      String.raw`\b(?:all |every(?:one in)? |each of )?(?:your|his|her) (?:whole |entire )?(?:\w+ )?(?:contacts?|contact list|phone ?book|emergency contacts?|references|guarantors|relatives|family|friends|colleagues|co-?workers|employer|boss|hr|office|in-?laws|neighbou?rs|village|barangay|church|community|classmates|landlord)\b(?: on \w+)?${EN_PLAIN_GAP(12)} (?:will|shall|are going to|is going to|are about to|gonna|should expect to|can expect to)(?: all| soon| start| begin| start to| begin to| now)* (?:receive|receiving|get|getting|be receiving|be getting|be told|be informed|be notified|be called|be contacted|be messaged|know|hear|see|learn|find out)\b`,
      String.raw`\bexpect (?:your|his|her) (?:\w+ )?(?:contacts?|relatives|family|friends|colleagues|employer|boss|office|neighbou?rs|village|church) to (?:receive|get|hear|see|know)\b`,
    ),
  },
  {
    // "Pay now to avoid embarrassment", "to shame you", "so that everyone knows".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['embarrass', 'shame', 'disgrace', 'humiliat', 'everyone', 'everybody', 'whole', 'all your'],
    patterns: en(
      String.raw`\b(?:pay|settle|clear|repay|payment)\b[^.!?\n]{0,40}\b(?:to|and) (?:avoid|prevent|escape|spare yourself)(?: the| any| public| further)? (?:embarrassment|shame|disgrace|humiliation)\b`,
      String.raw`\b(?:avoid|prevent|escape)(?: the| any| public)? (?:embarrassment|shame|disgrace|humiliation)\b[^.!?\n]{0,20}\b(?:pay|settle|clear|repay)\b`,
      String.raw`\b(?:to|so we can|and) (?:shame|disgrace|humiliate|embarrass) (?:you|him|her)\b`,
      String.raw`\b(?:shame|disgrace|humiliate|embarrass|expose) (?:you|him|her) (?:in front of|before|among|to) (?:everyone|everybody|all|your|his|her|the)\b`,
      String.raw`\bso (?:that )?(?:everyone|everybody|the whole \w+|all your \w+) (?:knows|sees|will know|will see|can see)\b`,
    ),
  },
  {
    // "We have started calling your contacts", "we are sending your details to your pastor".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: [
      'call',
      'messag',
      'text',
      'contact',
      'inform',
      'notif',
      'send',
      'shar',
      'post',
      'forward',
      'upload',
    ],
    patterns: en(
      String.raw`${UNDER_WAY} (?:all |every(?:one in)? )?(?:your|his|her) (?:\w+ )?(?:${DATA} (?:to|with) (?:all |every(?:one in)? )?(?:your|his|her) (?:\w+ )?)?(?:contacts?|contact list|phone ?book|emergency contacts?|references|guarantors|relatives|family|friends|colleagues|co-?workers|employer|boss|hr|office|in-?laws|neighbou?rs|village|barangay|church|pastor|imam|community|classmates|landlord)\b${UNLESS_ASKED}`,
    ),
  },
  {
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['photo', 'picture', 'pic', 'face', 'mugshot', 'headshot'],
    patterns: en(
      String.raw`\byour ${FACE_EN}\b${NO_NEG_EN(50)}\b(?:go(?:es)? up|go(?:es)? on|will be (?:posted|printed|shared|displayed|put up|plastered)|gets? (?:posted|printed|shared|plastered)|(?:is|are) going up)\b${NO_NEG_EN(40)}\b${PLACE_EN}\b`,
      String.raw`\b(?:print|put up|post|plaster|hang|stick|share)\b${NO_NEG_EN(12)}\byour ${FACE_EN}\b${NO_NEG_EN(50)}\b${PLACE_EN}\b`,
      String.raw`\b(?:posters?|flyers?|notices?|signs?|billboards?)\b (?:with|showing|of) your ${FACE_EN}\b`,
      String.raw`\byour ${FACE_EN}\b(?: and [^.!?\n]{0,30})? (?:on|in|across) (?:a |the )?(?:flyers?|posters?|billboards?|wanted[- ]\w+)\b`,
    ),
  },
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
      String.raw`\b(?:before|or|else|unless|otherwise|and|till|until)\b${EN_PLAIN_GAP(25)}\b(?:this|it|that|your (?:story|case|photo|picture|video|name|face|post))\b${EN_PLAIN_GAP(12)}\bgo(?:es)? viral\b`,
      String.raw`\b(?:will|'ll|is going to|gonna|is about to|is set to|are going to)\s+go viral\b`,
      String.raw`\b(?:will be|'ll be|gonna be|going to be|is going to be|end up)\b${EN_PLAIN_GAP(20)}\ball over (?:the internet|facebook|social media|instagram|tiktok|twitter|whatsapp|town|the news|the village|the neighbou?rhood)\b`,
      String.raw`\b${ACTOR_WIDE}${AUX} (?:make (?:this|it|that|your \w+(?: \w+)?) public|go public)\b`,
      String.raw`\b(?:once|when|after|if)\b${EN_PLAIN_GAP(50)}\b(?:posted|online|up|public|out|live|shared|published|sent)\b${EN_PLAIN_GAP(10)}[,;]?\s*(?:everyone|everybody|all (?:your|ur) \w+)\b${EN_PLAIN_GAP(30)}\b(?:will|'ll|is going to|gonna|are going to) (?:know|see|find out|hear|read|learn)\b`,
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
      String.raw`\b(?:apologi[sz]e|say sorry|send (?:an )?apolog(?:y|ies))\b${EN_PLAIN_GAP(12)}\bto (?:all )?(?:of )?(?:your|ur) ${PEOPLE_TOLD}`,
      String.raw`\b(?:pay|paid|payment|settle|settled|clear|cleared)\w*\b${EN_PLAIN_GAP(40)}\b(?:posts?|messages?|photos?|pictures?|videos?|notices?)\b${EN_PLAIN_GAP(15)}\b(?:come|comes|go|goes|will (?:come|go)|get|gets|will be|are) (?:down|removed|deleted|taken down)\b`,
      String.raw`\b(?:pay|paid|payment|settle|settled|clear|cleared)\w*\b${EN_PLAIN_GAP(40)}\b(?:we|i)(?:'ll| will| shall)? (?:stop|halt|cancel|call off|pause|hold off)\b${EN_PLAIN_GAP(20)}\b(?:broadcasts?|messages?|posts?|calls?|texts?|sms|blasts?|notices?)\b${EN_PLAIN_GAP(20)}\b(?:to|on|with) (?:all )?(?:of )?(?:your|ur) (?:${PEOPLE_TOLD}|facebook|social media|groups?|group chats?)\b`,
      String.raw`\b(?:remove|delete|take down|retract|pull down)\b${EN_PLAIN_GAP(30)}\b(?:messages?|posts?|sms|texts?|photos?|pictures?)\b${EN_PLAIN_GAP(25)}\b(?:to|from|on|with) (?:all )?(?:your|ur) (?:${PEOPLE_TOLD}|facebook|wall|timeline|groups?|group chats?)\b`,
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
      String.raw`\b${ACTOR_WIDE}${AUX}(?: (?:now|soon|then|also|start to|begin to))? (?:distribute|share|send|forward|circulate|blast|spread|leak|release|broadcast)(?:ing)?\b${EN_PLAIN_GAP(40)}\b${MEDIA}\b${EN_PLAIN_GAP(50)}\b(?:to|with|on|among|across) ${EN_PLAIN_GAP(20)}\b${CONTACTS}\b`,
    ),
  },
  {
    // "Don't blame us if you are embarrassed", "don't blame us when your family finds out".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: false,
    triggers: ['blame us', 'blame me', 'blame our'],
    patterns: en(
      String.raw`\b(?:don't|do not|dont|never|you can't|you cannot|you won't) blame (?:us|me|our (?:company|team|agents?|office))\b${EN_PLAIN_GAP(6)}\b(?:if|when|once|after|for what)\b`,
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
      String.raw`\b(?:your|ur) (?:\w+ )?${PEOPLE_TOLD}(?: list)?(?: and (?:your |ur )?(?:\w+ )?${PEOPLE_TOLD})? (?:will|'ll|are going to|are gonna|are about to|shall|are|is going to|is about to) (?:soon |all |now |start |be )*(?:hearing|hear|receiving|receive|get|getting|be told|be informed|be notified|be contacted|be messaged|be called)\b${EN_PLAIN_GAP(20)}\b(?:about you|from us|from me|our (?:message|messages|call|calls|notice)|(?:a |the )?(?:message|messages|calls?|sms|texts?|notice) about you)\b`,
      String.raw`\bwhen (?:your|ur|their|his|her) (?:\w+ )?${PEOPLE_TOLD}(?: and (?:your |ur )?(?:\w+ )?${PEOPLE_TOLD})? (?:get|gets|receive|receives|see|sees|hear|hears|read|reads) (?:our|my|the|your) (?:message|messages|sms|texts?|call|calls|letter|notice|post|posts|photo|picture|face|name)\b`,
      String.raw`\bwhether (?:they|your \w+|everyone|anyone|people)\b${EN_PLAIN_GAP(20)}\b(?:hear|know|find out|see|learn)\b${EN_PLAIN_GAP(20)}\bis (?:up to you|your (?:choice|call|decision))\b`,
    ),
  },
  {
    // "today I will strip him naked and upload it on social media", "post her naked photos".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['naked', 'nude', 'strip'],
    patterns: en(
      String.raw`\bstrip (?:him|her|you|them)\b${S(6)}\b(?:naked|bare)\b`,
      String.raw`\b(?:naked|nude)\b${S(30)}\b(?:upload|post|send|share|circulate|publish|social media|contacts|facebook)\w*`,
      String.raw`\b(?:upload|post|send|share|circulate|publish)\w*\b${S(20)}\b(?:naked|nude)\b`,
    ),
  },
  {
    // The contacts told at a set hour or in bulk: "at 6 pm your contacts start receiving calls",
    // "the system will forward messages to 50 of your contacts".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: CONTACT_TRIGGERS,
    patterns: contactBlast(),
  },
];
