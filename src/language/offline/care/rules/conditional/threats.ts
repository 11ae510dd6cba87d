import type { ClassRule } from '../../distressRule.js';
import { DENIED_WITH_LAUGH } from '../sharedWords.js';

/**
 * Dying tied to the debt or the chase: "用命来还", "if I can't pay you'll never have to chase me
 * again", dying if sued or chased, going off a high place if the calls go on.
 */

/** The chase going on, or dared: "再打", "再催", "keep calling", "one more letter". */
const CHASE =
  /再(?:打|催|逼|发|来|找|联系|寄)|继续(?:打|催|逼)|你们(?:再|还)|催吧|\b(?:keep (?:calling|ringing|texting|messaging|chasing|sending)|one more (?:call|letter|text|message|time)|another (?:call|letter|text|message)|again|if (?:you|your|u|ur)\b|stop (?:calling|ringing|texting|messaging|chasing)|call (?:my|me) (?:work|job|mum|mom|dad|family|office))/;

/** Everyday high places: a bridge, an overpass, a crane, a car park's top floor, a balcony. */
const HIGH_ZH =
  '(?:天桥|人行天桥|高架桥?|立交桥?|塔吊|吊车|脚手架|楼顶|顶楼|天台|阳台|窗户|窗台|停车场|写字楼|宿舍楼|大楼|高楼|大桥|桥上|桥|楼上|\\d+楼|悬崖|水库)';

const HIGH_EN =
  '(?:overpass|flyover|footbridge|foot bridge|bridge|viaduct|multi[- ]?stor(?:e)?y|car ?park|parking (?:garage|structure)|balcony|roof(?:top)?|building|tower(?: block)?|block of flats|crane|scaffold(?:ing)?|cliff|quarry|ledge|motorway bridge|railway bridge)';

/** Reasons to name a high place in a threat that are not about one's life. */
const HIGH_ERRAND =
  /投诉|告你们|报警|法院|网点|还款|还钱|上班|干活|送快递|送外卖的路上|接不了|不方便|当面|下楼|快递|取|开门|接人|见你|\b(?:ombudsman|complain\w*|report(?:ing)?|police|court|lawyer|branch|to pay|for work|can'?t (?:pick up|answer)|while driving|traffic)\b/;

export const CONDITIONAL_THREAT_RULES: readonly ClassRule[] = [
  // "If … again, I'll …", "用命来还", a fear of doing something foolish.
  {
    id: 'lifeForTheDebt',
    family: 'conditional',
    cue: /命|傻事|伤害自己/,
    pattern:
      /用命来(?:还|抵)|拿命来(?:还|抵)|(?:控制不住自己|忍不住|怕我)[^。！？]{0,6}(?:做傻事|干傻事|伤害自己)/,
  },
  // "If I can't pay, you'll never have to chase me again."
  {
    id: 'cantPayNeverChase',
    family: 'conditional',
    cue: /还不|凑不齐|can'?t|cannot|don'?t|do not/,
    pattern:
      /(?:还不上|还不起|还不了|凑不齐)[^。！？]{0,12}(?:永远|再也)(?:不用|不必|不会)(?:再)?(?:催|找|打|管|麻烦)|\bif i (?:can'?t|cannot|don'?t|do not) (?:pay|make (?:it|the payment))\b[^.?!]{0,40}\byou(?:'ll| will)? never (?:have to )?(?:chase|call|bother|see|hear from|worry about) me\b/,
    unless: /破产|律师|\b(?:bankruptcy|lawyer|debt relief|consolidat\w*)\b/,
  },
  // A threat to die if sued or chased: "if you sue me ill just end it", "你们敢起诉我就去死".
  {
    id: 'ifSuedThenDie',
    family: 'conditional',
    cue: /sue|court|garnish|bailiff|calling|come to my|起诉|告|上门|打电话|催/,
    pattern:
      /\bif you (?:sue|take me to court|garnish|send (?:the )?bailiffs|come to my (?:house|door)|keep calling)\b[^.?!]{0,20}\b(?:i'?ll|ill|i will|i'?m going to)\b[^.?!]{0,10}\b(?:end it|kill myself|jump|be dead|die|not be (?:here|around)|be gone|hang myself|do it)\b|(?:起诉|告|上门|再打电话|再催)[^。！？]{0,6}我就(?:去死|跳|喝药|自杀|不活了|死给你们看|一了百了)/,
  },
  // A threat to go off an everyday high place if the chase goes on: "再打我就从天桥上翻下去",
  // "keep texting and i'll step off the flyover on my way home".
  {
    id: 'highPlaceIfChased',
    family: 'conditional',
    cue: /从|off|over|from|climb|jump/,
    pattern: new RegExp(
      `我(?:现在|马上|明天|今晚)?(?:就|马上)?(?:直接)?从[^。！？]{0,10}${HIGH_ZH}[^。！？]{0,6}(?:翻下去|翻过去|下去|出去|跳|冲下去|滚下去|飞下去|走出去)|\\bi(?:'ll| will|'m going to|'m gonna| am going to|'m)? (?:just )?(?:(?:go|going|step|stepping|walk|walking|drive|driving|jump|jumping|throw myself|throwing myself|fall|roll) off|(?:jump|jumping|throw myself|throwing myself) (?:from|over)|(?:go|going|climb|climbing|jump|jumping) over (?:the )?(?:side|edge|railing|barrier|wall) of|(?:climb|climbing) (?:onto|up onto|over) the (?:railing|edge|side|barrier|wall) of)(?: the (?:side|edge|top) of)? (?:the |a |my |that |our )?(?:\\w+ )?${HIGH_EN}\\b`,
    ),
    needs: CHASE,
    unless: new RegExp(`${HIGH_ERRAND.source}|${DENIED_WITH_LAUGH.source}`),
  },
];
