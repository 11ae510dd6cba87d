import { en, type PatternRuleSpec } from '../ruleTypes.js';
import { EN_PLAIN_GAP, KIN_EXTENDED, PY_FAMILY, S } from '../shared/en.js';

/**
 * Threats (English): the family used as leverage: children, spouse, parents.
 */

// Children (and a spouse) without "family": "what about your family's budget?" is a lawful question.
const KID = String.raw`(?:kids?|children|child|son|sons|daughters?|boy|girl|little (?:one|girl|boy|guy)|baby|toddler|wife|husband)`;
const CHILD = String.raw`(?:kids?|children|child|son|sons|daughters?|boy|girl|little (?:one|girl|boy|guy)|baby|toddler|wife|husband|family)`;
const HER = String.raw`(?:wife|daughter|sister|mother|mom|girlfriend|fianc[eé]e?|niece|granddaughter)`;

export const THREAT_FAMILY_LEVERAGE_EN: PatternRuleSpec[] = [
  {
    id: 'threat.intimidation',
    lang: 'en',
    triggers: ['safety', 'well-being', 'wellbeing'],
    patterns: en(
      `\\b(?:don't|do not|if you|you don't|doesn't) (?:care|value|worry) (?:about|for) (?:your|your family's) (?:own )?(?:safety|well-?being|health)\\b`,
    ),
  },
  {
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: [
      'know where',
      'knows where',
      'found out where',
      'tracked down',
      'located your',
      'know your',
      'knows your',
    ],
    patterns: en(
      `\\b(?:we|they|our (?:\\w+ )?(?:team|agents?|people|guys|collectors?|department)|someone|people) (?:know|knows|found out|have found out|tracked down|located) (?:where you (?:live|work|stay|park|go)|your (?:home|work|office|address|workplace|employer|kids'? school))\\b`,
    ),
  },
  {
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: [
      'school',
      'elementary',
      'kindergarten',
      'daycare',
      'we know',
      'think about your',
      'undone',
      'warned you',
      'eye open',
      'over your shoulder',
      'look around',
      'looked around',
      'a look around',
      'parked',
      'lot to lose',
    ],
    patterns: en(
      `\\b(?:elementary|school|kindergarten|daycare|preschool)\\b[^.!?]{0,40}\\b(?:lets out|gets out|pick(?:s|ed)? (?:up|them up)|drop(?:s|ped)? off|at \\d)`,
      `\\bwe know (?:your(?! (?:situation|circumstances|finances|budget|income|money|time|health|loss|grief|hardship|worries|concerns|options|rights|plan|payment|request|preferences?|feelings|frustration|stress|job situation)\\b)|when|what time|what school|which school|the school)\\b`,
      `\\bthink (?:about|of) your (?:family|kids|children|loved ones|wife|husband)\\b[^.!?]{0,30}\\b(?:before|next time)`,
      `\\bcan(?:'t|not|no longer) be undone\\b`,
      `\\b(?:one eye open|look(?:ing)? over your shoulder)\\b`,
      `\\b(?:a )?look(?:ed)? around your (?:\\w+'? )?(?:neighbou?rhood|street|house|home|building|place)`,
      `\\bparked\\b[^.!?]{0,30}\\b(?:across (?:the street )?from|outside|in front of|near|by) your\\b`,
      `\\bgot a lot to lose\\b`,
    ),
  },
  {
    // The negation is the threat: "I can't guarantee nothing happens to your family".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: false,
    triggers: [
      'guarantee',
      'promise',
      'vouch',
      "don't want",
      'do not want',
      'always find',
      'know a lot about you',
      'know everything about you',
      'you want showing',
      'you want turning',
      'you want knocking',
      'you want coming',
      'a visit',
      'a little visit',
      'a quick visit',
      'a friendly visit',
      'know plenty about you',
    ],
    patterns: en(
      String.raw`\b(?:can't|cannot|can not|won't|couldn't) (?:guarantee|promise|vouch)\b[^.!?]{0,40}?\b(?:nothing (?:bad )?(?:will )?happens?|(?:will )?(?:still )?be (?:in one piece|safe|okay|ok|fine|standing)|(?:will )?(?:remain|stay) (?:cordial|friendly|polite|calm|peaceful|safe))\b`,
      String.raw`\byou (?:don't|do not) want (?:this|it|things) (?:getting|to get|to turn|turning) (?:physical|ugly|messy|violent|nasty|personal)\b|\byou (?:don't|do not) want your (?:daughter|son|kids|children|wife|husband|family|mum|mom|dad|parents|neighbou?rs|boss|colleagues) (?:seeing|to see|finding|to find|meeting|to meet) (?:us|me|our)\b`,
      String.raw`\bwe (?:always|will always|'ll always) find (?:people|you|them|everyone)\b|\bwe know (?:a lot|everything|plenty) about you\b`,
      String.raw`\bnot the (?:guy|man|person|one|people|type) you want (?:showing|turning|knocking|coming)(?: up)? (?:at|to|on) your\b`,
      String.raw`\b(?:pay|paying) (?:them|your (?:parents|mum|mom|dad|family|wife|husband|kids|sister|brother)) a (?:little |quick |friendly )?visit\b`,
    ),
  },
  {
    // Pinyin "we know where your child is" after a condition.
    id: 'threat.intimidation',
    lang: 'en',
    triggers: ['bu huan', 'zai bu'],
    patterns: en(String.raw`\b(?:bu huan|zai bu)\b[^.!\n]{0,60}?\bzhi dao\b[^.!?\n]{0,6}?\b${PY_FAMILY}`),
  },
  {
    // "What about that kid you're raising?", "think about your little girl before…".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['what about', 'think about', 'think of'],
    patterns: en(
      String.raw`\bwhat about (?:that|those) ${KID}\b|\bwhat about your ${KID}\b${EN_PLAIN_GAP(20)}\b(?:raising|of yours|safe|safety)\b`,
      String.raw`\bthink (?:about|of) (?:that|those|your) ${KID}\b${EN_PLAIN_GAP(20)}\b(?:before you (?:hang|ignore|dodge|block|screen)|next time you (?:hang|ignore|dodge|block|screen))`,
    ),
  },
  {
    // "You've got a daughter at Lincoln Elementary, right?", "your son plays at Riverside park".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: [
      'school',
      'elementary',
      'daycare',
      'academy',
      "'ve got",
      'have got',
      'you got',
      'park',
      'practice',
      'league',
      'we know the',
      'we know which',
      'we know what',
    ],
    patterns: en(
      String.raw`\byou(?:'ve| have)? got (?:a|two|three|\d) ${CHILD}\b${EN_PLAIN_GAP(12)}\b(?:at|in|goes to|attends)\b${EN_PLAIN_GAP(30)}\b(?:school|elementary|daycare|academy|high|middle)\b`,
      String.raw`\byour ${CHILD}\b${EN_PLAIN_GAP(30)}\b(?:school|elementary|daycare|academy|park|practice|league)\b${EN_PLAIN_GAP(20)}(?:right\?|don't (?:they|he|she)\?|isn't (?:it|that)\?|pay|call)`,
      String.raw`\bwe know which (?:gym|school|church|bar|route|bus|train|park|daycare|building|door|car)\b|\bwe know the (?:gym|school|church|bar|route|bus|park|daycare|door|car) (?:you|your)\b`,
    ),
  },
  {
    // "We'll see how your wife likes the knock on the door", "drag your name through the mud".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['see how your', 'drag', 'ruin your'],
    patterns: en(
      String.raw`\bsee how your ${KIN_EXTENDED}\b (?:likes?|enjoys?|feels? about|handles?|takes?)\b`,
      String.raw`\bdrag (?:your|ur) (?:name|family(?:'s name)?) through the (?:mud|dirt)\b|\bruin your (?:name|reputation|good name)\b`,
    ),
  },
  {
    // "What about that 12-year-old child you're trying to raise?"
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['what about'],
    patterns: en(
      String.raw`\bwhat about (?:that|your|those|the)${S(25)}\b(?:child|children|kids?|son|daughter|baby)\b${S(25)}\?`,
    ),
  },
  {
    // "Your wife sounds lonely … keep her company in bed", "show her a good time", "my bedroom".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['bed', 'sheets', 'real man', 'good time', 'keep her company'],
    patterns: en(
      String.raw`\b(?:your|his|her) ${HER}\b${S(60)}\b(?:in (?:my |her )?bed|bedroom|the sheets|keep her company|show her a good time)\b`,
      String.raw`\b(?:get into|between) the sheets\b|\bshow her what a real man\b`,
    ),
  },
];
