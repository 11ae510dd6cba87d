import { en, type PatternRuleSpec } from './ruleTypes.js';
import { GAP } from './structRegister12En.js';

/**
 * Instant-loan apps' and agencies' register in English (guardrw13a, issue 16), written by class
 * from the helper's own training lines (no real collection message read): harm promised by an
 * actor to the person or a third person with no listed word (kill his family, burn the shop, blow
 * the ____ house up, all hell let loose, we know where you are); exposure to contacts, employer,
 * social media, church or village as a threat, with shame as its purpose; broadcasts that brand
 * the person (public notices, "wanted", "not to be trusted with money", fake adverts); contempt
 * with no profanity; masked racial slurs. FDCPA §1692d(1)-(3), §1692c(b), §1692e(7),(8).
 */
const ACTOR = String.raw`(?:i|we|my (?:boys|men|people|guys|team)|our (?:people|boys|men|guys|team|agents?|field team))`;
const WILL = String.raw`(?:'ll| will| shall|'m going to| am going to|'re going to| are going to| gonna| am coming to| are coming to| must| would)`;
const PERSON = String.raw`(?:you|him|her|them|that \w+|this \w+|your \w+|his \w+|her \w+|their \w+|everyone|everybody|all of you|the (?:whole|entire) \w+)`;
// The people and places a debt is exposed to.
const AUDIENCE = String.raw`(?:contacts?|contact list|phone ?book|emergency contacts?|references?|guarantors?|relatives|family|families|friends|colleagues|co-?workers|employer|boss|hr|office|workplace|in-?laws|neighbou?rs|village|barangay|church|mosque|community|estate|compound|landlord|classmates|school|facebook|whatsapp|instagram|tiktok|twitter|telegram|social media|group chats?|groups|everyone|everybody|the public|public)`;
const DATA = String.raw`(?:photos?|pictures?|pics?|selfies?|face|ids?|id card|bvn|nin|aadhaa?r|pan card|data|details|information|info|loan details|debt|loan|name|records?|videos?)`;
const EXPOSE = String.raw`(?:send|share|forward|post|put|upload|broadcast|publish|circulate|spread|blast|leak|paste|display|show|tag|announce|expose)`;
const TELL = String.raw`(?:tell|inform|notify|message|text|call|alert|contact|warn|ring|email|sms)`;
// Contact the person asked for: "only with your written consent", "at your request".
// Already under way: "we have started calling your contacts", "we are sending your details".
const ING = String.raw`(?:calling|messaging|texting|contacting|informing|notifying|sending|sharing|posting|forwarding|uploading)`;
const ED = String.raw`(?:called|messaged|texted|contacted|informed|notified|sent|shared|posted|forwarded|uploaded)`;
const UNDER_WAY = String.raw`\b(?:we|i|our \w+)(?:(?:'ve| have| has)(?: already| now)? (?:started|begun) (?:to )?(?:call|message|text|contact|inform|notify|send|share|post|forward|upload|${ING})|(?:'re| are| am|'m)(?: already| now)? ${ING}|(?:'ve| have| has)(?: already)? ${ED}|(?: already| now) ${ED})`;
const UNLESS_ASKED = String.raw`(?![^.!?\n]{0,60}\b(?:consent|permission|at your request|if you ask|you asked|authori[sz]ation)\b)`;
const LABEL = String.raw`(?:thie(?:f|ves)|fraudsters?|frauds?|scammers?|swindlers?|criminals?|con (?:man|men|artists?)|cheats?|liars?|crooks?|debtors?|defaulters?|fugitives?|runaways?)`;

export const STRUCT_REGISTER13_EN: PatternRuleSpec[] = [
  {
    // "I will kill his whole family", "we will finish her", "I will wipe out your family".
    id: 'threat.violence',
    lang: 'en',
    negatable: true,
    triggers: [
      'kill',
      'finish',
      'wipe',
      'slaughter',
      'butcher',
      'bury',
      'buries',
      'waste',
      'shoot',
      'stab',
      'end ',
    ],
    patterns: en(
      String.raw`\b${ACTOR}${WILL}${GAP(20)}\b(?:kill|slaughter|butcher|shoot|stab|waste|bury) ${PERSON}\b`,
      String.raw`\b${ACTOR}${WILL}${GAP(20)}\b(?:finish|wipe out) (?:you|him|her|them|everyone|everybody|all of you|(?:your|his|her|their|that|the) (?:whole |entire )?(?:family|household|people|house|brother|sister|mother|father|wife|husband|kids|children))\b`,
      String.raw`\bmake sure (?:your|his|her) \w+ (?:buries|bury|burying) (?:you|him|her)\b`,
      String.raw`\b${ACTOR}${WILL}${GAP(20)}\bend (?:you|him|her|them)\b(?! (?:a|an|the|our|my|this)\b)`,
    ),
  },
  {
    // "I will destroy your life", "we will ruin your name and business".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['destroy', 'ruin', 'wreck', 'scatter'],
    patterns: en(
      String.raw`\b${ACTOR}${WILL}${GAP(20)}\b(?:destroy|ruin|wreck|scatter) (?:your|his|her|their) (?:\w+ )?(?:life|lives|family|name|business|reputation|future|marriage|career|home|house|shop|everything)\b`,
      String.raw`\b(?:i|we)${WILL}${GAP(20)}\b(?:destroy|ruin|wreck) (?:you|him|her|them|everything (?:you|he|she) (?:have|has|own|owns|built|love|loves))\b`,
      String.raw`\byour (?:life|lives|family|future|name|reputation) (?:will|is going to|shall) be (?:ruined|destroyed|wrecked|finished)\b`,
    ),
  },
  {
    // "Next time I burn the car", "set the shop on fire", "blow the ____ house up".
    id: 'threat.violence',
    lang: 'en',
    negatable: true,
    triggers: ['burn', 'fire', 'ablaze', 'alight', 'blow'],
    patterns: en(
      String.raw`\b${ACTOR}(?:${WILL})?${GAP(20)}\bburn(?: down)? (?:your|his|her|their|the|that|this)(?: whole| entire)? (?:house|home|car|shop|store|place|office|compound|kiosk|stall|building|business)\b`,
      String.raw`\bset (?:your|his|her|their|the|that|this)(?: whole| entire)? (?:house|home|car|shop|store|place|office|compound|kiosk|stall|building|business) (?:on fire|ablaze|alight)\b`,
      String.raw`\bblow (?:up )?(?:your|his|her|their|the|that|this) (?:[\w*_-]+ ){0,2}(?:house|home|car|shop|store|place|office|compound|building|head|brains)(?: up)?\b`,
    ),
  },
  {
    // "All hell will be let loose", "don't run, we know where you are", "you will see what we do".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['hell', 'know where', 'see what', 'wait and see'],
    patterns: en(
      String.raw`\bhell (?:will|shall|is going to|is gonna|is about to) (?:be let |break |be set |be )?loose\b`,
      String.raw`\b(?:we|i) (?:know|knows|found out|have found) (?:exactly |very well |already )?where you(?:'re| are)? (?:are|stay|live|hide|hiding|sleep|work|go)\b(?! (?:in|with|on|at) (?:the|your|this) (?:process|application|plan|queue|payments?|stage))`,
      String.raw`\byou(?:'ll| will| are going to| gonna) see what (?:we|i|my \w+|our \w+)(?:'ll| will| are going to| gonna)? do\b(?! (?:for|with|in|to help)\b)`,
      String.raw`\bwait and see what (?:we|i|my \w+|our \w+)(?:'ll| will)? do\b|\bwait and see what happens to you\b`,
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
      String.raw`\b${ACTOR}${WILL}${GAP(30)}\b${EXPOSE} (?:all |every )?(?:your|his|her) (?:\w+ )?${DATA}\b${GAP(40)}\b(?:to|with|on|in|for|among|across) (?:all |every(?:one in)? |the )?(?:your |his |her |the )?(?:\w+ )?${AUDIENCE}\b${UNLESS_ASKED}`,
      String.raw`\b${ACTOR}${WILL}${GAP(30)}\b(?:post|tag|announce|expose|display|show|broadcast|publish|upload|declare|brand|label|list) (?:you|him|her)\b${GAP(40)}\b(?:on|in|to|as|before|across|a|an) (?:all |every |the )?(?:your |his |her |the )?(?:\w+ )?(?:${AUDIENCE}|${LABEL}|wanted)\b`,
      String.raw`\b${ACTOR}${WILL}${GAP(30)}\b(?:publish|post|announce|broadcast) (?:your|his|her) (?:name|face|photo|picture)s?\b`,
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
      String.raw`\b(?:your|his|her) (?:\w+ )?${DATA} (?:will|shall|is going to|are going to|is about to|are about to) be${GAP(12)} (?:shared|sent|posted|forwarded|uploaded|circulated|published|broadcast)\b${GAP(30)}\b(?:to|with|on|in|among|across) (?:all |every(?:one in)? |the )?(?:your |his |her |the )?(?:\w+ )?${AUDIENCE}\b`,
      String.raw`\b${ACTOR}${WILL}${GAP(30)}\bmake (?:you|him|her) (?:famous|popular|trend|viral)\b`,
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
      String.raw`\b(?:${ACTOR}${WILL}|before (?:we|i))${GAP(20)}\b${TELL} (?:all |every(?:one in)? |each of )?(?:your|his|her) (?:whole |entire )?(?:\w+ )?(?:contacts?|contact list|phone ?book|emergency contacts?|references|guarantors|relatives|family|friends|colleagues|co-?workers|employer|boss|hr|office|in-?laws|neighbou?rs|village|barangay|church|community|classmates|landlord)\b${UNLESS_ASKED}`,
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
      String.raw`\b(?:all |every(?:one in)? |each of )?(?:your|his|her) (?:whole |entire )?(?:\w+ )?(?:contacts?|contact list|phone ?book|emergency contacts?|references|guarantors|relatives|family|friends|colleagues|co-?workers|employer|boss|hr|office|in-?laws|neighbou?rs|village|barangay|church|community|classmates|landlord)\b(?: on \w+)?${GAP(12)} (?:will|shall|are going to|is going to|are about to|gonna|should expect to|can expect to)(?: all| soon| start| begin| start to| begin to| now)* (?:receive|receiving|get|getting|be receiving|be getting|be told|be informed|be notified|be called|be contacted|be messaged|know|hear|see|learn|find out)\b`,
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
    // "Public notice: X is a fraudster", "inform the general public that…", "WANTED:".
    id: 'defamation.label',
    lang: 'en',
    negatable: true,
    triggers: [
      'notice',
      'public',
      'attention',
      'inform',
      'warned',
      'warning',
      'to all',
      'dear',
      'share',
      'alert',
      'wanted',
      'beware',
      'informed',
      'kindly note',
      'this is to',
    ],
    patterns: en(
      String.raw`\b(?:public notice|notice to (?:all|the public|everyone)|attention (?:all|everyone)|to all (?:contacts|friends|relatives)|dear (?:friends|family|all|colleague|colleagues|relatives)|(?:inform|notify|warn) (?:the (?:general )?public|everyone|all)|be warned|warning to (?:the public|all)|(?:fraud|scam) alert|beware|please share|(?:please |kindly )?be informed|kindly note|this is to (?:inform|notify))\b[^\n]{0,80}\b(?:is|are|was|were) (?:a |an )?(?:\w+ ){0,2}(?:${LABEL}|not to be trusted)\b`,
      String.raw`\b(?:public notice|notice to (?:all|the public|everyone)|attention (?:all|everyone)|to all (?:contacts|friends|relatives)|(?:inform|notify|warn) (?:the (?:general )?public|everyone|all)|warning to (?:the public|all)|this is to (?:inform|notify))\b[^\n]{0,80}\b(?:ran away|ran off|disappeared|absconded|duped|swindled|defrauded)\b`,
      String.raw`(?:^|[.!?\n]\s*)wanted\s*[:!-]|\bwanted (?:fugitive|criminal|debtor|man|woman)\b`,
      String.raw`\b(?:is|are) not (?:to be )?trust(?:ed|worthy) with (?:money|cash|loans?|funds|anything)\b`,
    ),
  },
  {
    // "He is a cheat who eats people's money", "this man is a thief" (not in a fraud warning).
    id: 'defamation.criminal_label',
    lang: 'en',
    negatable: true,
    triggers: [
      'thie',
      'fraudster',
      'swindler',
      'criminal',
      'con man',
      'con artist',
      'cheat',
      'crook',
      'soul',
      'prostitute',
      'whore',
      'harlot',
      'call girl',
      'slut',
    ],
    // Subject and verb are looked ahead first: the look-behind then runs only where they stand.
    patterns: en(
      String.raw`(?=\b(?:he|she|this (?:man|woman|guy|lady|person|girl|boy|fellow)|(?:his|her|their) (?:whole |entire )?family|your (?:friend|brother|sister|son|daughter|colleague|co-?worker|neighbou?r|relative|cousin|husband|wife|employee|staff|tenant)(?: [a-z]+)?)\b (?:is|are) )(?<!\b(?:if|caller|someone|anyone|impostors?|pretend\w*|claim\w*|says?|scam)\b[^.!?\n]{0,80})\b(?:he|she|this (?:man|woman|guy|lady|person|girl|boy|fellow)|(?:his|her|their) (?:whole |entire )?family|your (?:friend|brother|sister|son|daughter|colleague|co-?worker|neighbou?r|relative|cousin|husband|wife|employee|staff|tenant)(?: [a-z]+)?)\b (?:is|are) (?:a |an )?(?:(?!not\b|never\b|no\b)\w+ ){0,2}(?:thie(?:f|ves)|fraudsters?|swindlers?|criminals?|con (?:man|men|artists?)|cheats?|crooks?|prostitutes?|whores?|harlots?|call girls?|sluts?)\b(?![^.!?\n]{0,60}\b(?:pretend\w*|claim\w*|impersonat\w*|posing|hang up|from our bank)\b)`,
      String.raw`\b(?:criminal|thieving|wicked|fraudulent|evil) souls?\b|\bsouls? (?:rot|rest|burn) in hell\b`,
    ),
  },
  {
    // Fake adverts of the person: "available tonight… to pay her loan", "sells her body".
    id: 'defamation.label',
    lang: 'en',
    negatable: true,
    triggers: ['hot', 'sexy', 'available', 'hook', 'body', 'good time', 'shared around', 'anything to'],
    patterns: en(
      String.raw`\b(?:hot|sexy|cheap) (?:girl|lady|babe|chick|woman)s? (?:available|for)\b`,
      String.raw`\bavailable (?:tonight|for (?:the night|tonight|hook ?ups?|sex|a good time|men|fun))\b|\bfor hook ?ups?\b`,
      String.raw`\bsells? (?:her|his) body\b|\bready to be shared around\b|\bfor a good time\b`,
      String.raw`\b(?:do|does) anything to (?:pay|clear|settle|repay) (?:her|his) (?:loan|debt)s?\b`,
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
    // "Nowhere to hide, we have your location".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['where to', 'where you can', 'location', 'gps'],
    patterns: en(
      String.raw`\b(?:no ?where|nowhere) (?:to|you can|for you to) (?:hide|run)\b`,
      String.raw`\b(?:we|i)(?:'ve| have)? (?:have|got|tracked|traced) your (?:exact |current |live )?(?:location|gps)\b(?! (?:is |as )?(?:set|settings|on file|in the|in our|preference))`,
    ),
  },
];
