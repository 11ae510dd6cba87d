import type { ClassRule } from '../../distressRule.js';

/**
 * Being a burden: one's existence a trouble to others, the family better off or relieved without
 * me, not waking up to spare the others.
 */

/** Not waking up, after sleep. */
const NOT_WAKING =
  "(?:(?:睡|瞓)[^。！？，,]{0,8}(?:不醒|别醒|唔好再醒|唔再醒|不要再醒|醒不来|醒不过来|醒唔返|不再醒)|\\b(?:sleep|nap|asleep|bed)\\b[^.?!]{0,25}\\b(?:not|never|n'?t) (?:to )?wake(?: up)?\\b|\\b(?:just )?(?:didn'?t|did not|don'?t|never) wake up\\b|\\bsleep forever\\b)";

/** Sparing others: the trouble, a burden, everyone better off. */
const SPARING =
  '(?:省得|省事|唔使再?|不用再?|免得)[^。！？]{0,8}(?:麻烦|麻煩|拖累|负担|負擔|添麻烦|省事)?|(?:拖累|负担|負擔|添麻烦)|\\b(?:saves? (?:everyone|every1|them|my family|you all)|(?:one )?less (?:trouble|problem|hassle|burden)|no (?:more )?(?:trouble|burden) (?:for|to)|(?:a |the )?burden|better off|everyone the (?:trouble|hassle|bother))\\b';

/** Said with a laugh, and still serious: not waking up to spare the others. */
export const SLEEP_AND_SPARE = new RegExp(
  `${NOT_WAKING}[^]{0,40}?(?:${SPARING})|(?:${SPARING})[^]{0,40}?${NOT_WAKING}`,
);

export const BURDEN_RULES: readonly ClassRule[] = [
  // Being a burden: one's very existence a trouble to others.
  {
    id: 'existenceABurden',
    family: 'indirect',
    cue: /存在|活着|拖累|around|just a/,
    pattern:
      /我(?:存在|活着)(?:的意义)?就是(?:给[^。！？]{0,4})?(?:添麻烦|拖累|负担|多余)|(?:不用|不会)再拖累(?:谁|任何人|家人|大家|你们)|\b(?:a|the) (?:weight|millstone|albatross) around (?:everyone'?s|their|my family'?s|your) necks?\b|\bjust a (?:burden|drain|waste of space)\b/,
  },
  // Family better off or relieved if I vanished: "我消失了他们反而轻松", "要是没生过我爸妈也不会
  // 这么苦", "they'd be relieved if I wasn't around", "me being gone would solve everything".
  {
    id: 'familyBetterOff',
    family: 'indirect',
    cue: /消失了?|不在了?|走了?|没了?|少了我|没有我|出生|生我|gone|disappear|vanish|(?:n'?t|not) (?:here|around)|born|exist|without me|better off|relieved|free|happier|me be(?:ing)? gone/,
    pattern:
      /(?:我|要是我|如果我)(?:要是|如果|真的?)?(?:消失|不在|走|没)了?[^。！？]{0,10}(?:他们|她们|家里|家人|爸妈|父母|大家|所有人|老婆|老公|孩子)[^。！？]{0,6}(?:反而|就|也|都|还)?(?:会|能)?(?:更)?(?:轻松|解脱|好过|省心|少操(?:点)?心|不用(?:再)?(?:发愁|操心|担心|替我|跟着)|过得更好|过上好日子)|(?:少了我|没有我)(?:这个(?:累赘|负担|拖累|废物))?[^。！？]{0,10}(?:轻松|好过|好日子|解脱|省心)|(?:从来)?(?:没(?:有)?(?:出生|被生下来)|没生(?:过)?我)(?:过)?[^。！？]{0,12}(?:爸妈|父母|家里|他们|大家|我妈|我爸)[^。！？]{0,8}(?:不会|就不|也不|会更)|\b(?:they|everyone|everybody|my (?:family|parents|kids|wife|husband|partner|mum|mom|dad)|she|he)(?:'d| would)? (?:be|feel) (?:so |so much |much |a lot )?(?:better off|relieved|free|happier)\b[^.?!]{0,30}\b(?:without me|if i (?:was|were) (?:gone|dead|not (?:here|around)|never born)|if i (?:wasn'?t|weren'?t)(?: here| around| alive)?|if i just (?:disappeared|vanished|went|died|wasn'?t|weren'?t|left|stopped)|if i stopped (?:existing|being)|with me gone|once i'?m gone)\b|\bif i (?:just )?(?:disappeared|vanished|was gone|were gone|wasn'?t (?:here|around)|weren'?t (?:here|around)|was never born|had never been born|stopped existing)\b[^.?!]{0,40}\b(?:they|everyone|family|parents|wife|husband|kids)\b[^.?!]{0,30}\b(?:better|relieved|easier|free|wouldn'?t have to|happier)\b|\bme (?:being|be) gone would\b/,
    unless:
      /出差|几天|一周|一阵|冷静|做饭|外卖|旅游|离职|辞职|搬|回老家|上班|加班|\b(?:trip|camping|holiday|vacation|for (?:a|the) (?:week|weekend|month|few days)|cook\w*|school run|social media|work|shifts?|job)\b/,
  },
  // Not waking up to spare the others: "guess ill just go to sleep and not wake up, saves everyone
  // the trouble lol", "瞓落去唔好再醒就最好，唔使再拖累屋企人".
  {
    id: 'sleepToSpareOthers',
    family: 'euphemism',
    cue: /醒|wake|forever/,
    pattern: SLEEP_AND_SPARE,
    unless:
      /自然醒|中午|晏晝|明天醒|\b(?:till|until) (?:noon|lunch|\d+)|call me|deal with (?:it|this|the)|sort (?:it|the)|pay it\b/,
  },
];
