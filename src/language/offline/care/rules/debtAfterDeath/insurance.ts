import type { ClassRule } from '../../distressRule.js';
import { DENIED_PLAIN } from '../sharedWords.js';

/**
 * One's own death and an insurance payout to clear the debt: worth more dead, an accident whose
 * payout pays the card, a death that should look like an accident.
 */

/** A relative hurt or dead, told: the accident is theirs, not mine. */
const RELATIVE_HURT =
  /(?:我|我的)?(?:爸|妈|父亲|母亲|老公|老婆|爱人|儿子|女儿|哥|姐|弟|妹|同事|朋友)[^。！？]{0,8}(?:摔伤|受伤|住院|出了?车祸|去世|过世|走了|没了)|\b(?:my|our|his|her) (?:husband|wife|partner|dad|mum|mom|father|mother|son|daughter|brother|sister|colleague|friend)\b[^.?!]{0,20}\b(?:fell|was (?:hurt|injured|in)|died|passed|crashed)\b/;

/** Life insurance or a policy, and a claim on it. */
const INSURANCE =
  /保险|保險|寿险|壽險|保单|保單|身故险|意外险|\b(?:life insurance|insurance|policy|payout|pay out|claim)\b/;

/** Someone else's death, or a real accident told: the question is about them or an injury. */
const OTHERS_CLAIM =
  /我(?:爸|妈|老公|老婆|爷|奶)[^。！？]{0,6}(?:去世|过世|走了|死了|出车祸)|受益人|摔伤|骨折|旅行|\b(?:my (?:dad|mum|mom|husband|wife|father|mother|brother|sister|son|daughter)(?:'s)? (?:died|passed|was killed)|broke my|injur\w*|travel|abroad|skiing|beneficiary)\b/;

export const INSURANCE_PAYOUT_RULES: readonly ClassRule[] = [
  // Worth more dead: insurance that pays faster than the holder could (a laugh does not undo it).
  {
    id: 'worthMoreDead',
    family: 'farewell',
    cue: /insurance|worth more|保险/,
    pattern:
      /\binsurance\b[^.?!]{0,40}\bpays? (?:out )?(?:faster|sooner|quicker|more|better) than (?:i|me) (?:ever )?(?:could|can|will|would)\b|\bworth more to (?:you|them|my family) dead\b|保险[^。！？]{0,10}(?:赔得|赔的)?比我(?:还钱)?(?:快|多)/,
  },
  // An accident's payout named to clear the debt, the beneficiary set: "出个车祸啥的保险能赔多少".
  {
    id: 'accidentPayoutClearsDebt',
    family: 'indirect',
    cue: /保险|赔|insurance|cover|payout|pays out|pays double|policy/,
    pattern:
      /(?:出个?|来个|要是(?:我)?出(?:了)?|出(?:了)?)(?:车祸|意外|事)[^。！？]{0,16}(?:保险|赔)[^。！？]{0,16}(?:还|够|清)|\b(?:insurance|policy|accident cover)\b[^?]{0,30}\bpays? (?:out|double)\b[^?]{0,20}\b(?:for (?:an )?accidents?|accidents?)\b|\baccident cover\b[^?]{0,20}\bpays? (?:out|double)\b/,
    needs:
      /受益人|留给|剩(?:点|下)|够你们|好几份|几份意外险|给(?:孩子|家里|老婆|老公)|\b(?:beneficiary|kids? (?:get|would get)|family (?:gets|would get)|so that'?s (?:what it'?ll be|the plan|how it (?:ends|goes)))\b/,
    unless:
      /车险|追尾|被撞|理赔下来|上周|昨天|\b(?:car (?:was|got)|last (?:week|month)|yesterday|was in an accident|had an accident)\b/,
  },
  // Better off with the payout than with me: "没了我他们还能拿一笔赔偿".
  {
    id: 'betterOffWithThePayout',
    family: 'direct',
    cue: /better off|赔偿|保险金|赔的钱|一笔钱|look like an accident/,
    pattern:
      /\b(?:everyone|they|my (?:family|kids|wife|husband)|the kids)(?:'d| would)? (?:be )?better off with (?:the |my )?(?:insurance(?: money)?|payout|life insurance)\b|(?:没了我|我死了|我没了)[^。！？]{0,10}(?:赔偿|保险金|赔的钱|一笔钱)|\b(?:ways? to |how to )?make it look like an accident\b/,
  },
  // My own death and an insurance payout to clear the card or leave for family: "如果我人不在了…
  // 意外险能不能拿来还卡…给我老婆留点", "does the life cover pay out if I die … clear the debt".
  {
    id: 'insuranceClearsTheCard',
    family: 'farewell',
    cue: /保险|寿险|意外险|保单|理赔|赔|insur|cover|polic|payout|pay out/,
    pattern:
      /(?:我|人)(?:要是|如果|万一)?(?:哪天)?(?:不在了|没了|死了|走了)[^。！？]{0,40}(?:寿险|意外险|保险|保单|理赔|赔的钱|赔下来)|(?:寿险|意外险|保险|保单)[^。！？]{0,20}(?:我|人)(?:要是|如果|万一)?(?:不在了|没了|死了|走了)|\b(?:(?:if|when|once|after) (?:i'?m|i am|i) (?:gone|dead|die|died)|worth more dead)\b[^.?!]{0,60}\b(?:life (?:insurance|cover|policy)|insurance|the policy|payout|pay ?out)\b|\b(?:life (?:insurance|cover|policy)|insurance|the policy)\b[^.?!]{0,40}\b(?:if|when|once|after) (?:i'?m|i am|i) (?:gone|dead|die|died)\b/,
    needs:
      /留给|留点|留下|留些|留了|留一点|(?:多的|剩下的|剩的)(?:都)?给|这个月|月底|下个月|\b(?:leave (?:my |the )?(?:wife|husband|kids|children|family|partner|mum|mom|dad)(?: with)? (?:something|a bit|some(?:thing)? money|money)|leave (?:something|a bit|money) (?:for|to)|worth more dead|i need it to|(?:this|next) (?:week|month)|tonight|at least|how (?:long|soon) (?:does|would|will|do) (?:a |the )?pay ?outs?)\b/,
    unless:
      /推荐|产品|了解一下|买(?:份|个|一份)?(?:保险|寿险|意外险)|去世|过世|身故|家属|继承|住院|\b(?:payment protection|ppi|credit (?:protection|insurance)|thinking of (?:adding|getting|buying)|do you (?:sell|offer)|product|quote|executor|estate|solicitor|(?:my|our|his|her) (?:dad|mum|mom|father|mother|husband|wife|nan|gran\w*) (?:is gone|died|passed))\b/,
  },
  // My own death as an accident whose payout clears the card: "万一我骑车冲下去了 赔偿金能把卡还清吗",
  // "意外身亡能赔多少 够还债就行", "if I fell off the roof would the payout clear the card".
  {
    id: 'accidentOfMineClearsTheCard',
    family: 'conditional',
    cue: /赔|工伤|保险|payout|pay out|insurance|compensation|claim/,
    pattern:
      /(?:我|要是|如果|万一)[^。！？]{0,12}(?:掉下去|摔下去|摔下来|跳下去|冲下去|撞死|出事|出个?车祸)[^。！？]{0,30}(?:赔|工伤|保险|抚恤)[^。！？]{0,20}(?:还|抵)|意外(?:死亡|身亡|去世)[^。！？]{0,20}赔[^。！？]{0,20}(?:还|卡债|债)|\bif (?:i|my car)\b[^.?!]{0,40}\b(?:fell|fall|crashed|went off|happened to me)\b[^.?!]{0,40}\b(?:payout|pay out|insurance|compensation|claim)\b[^.?!]{0,40}\b(?:card|balance|debts?|owe)\b|\b(?:accidental death\b[^.]{0,20}\bpay(?:s)? ?out|payout for accidental death)\b[^.]{0,40}\b(?:card|balance|debts?|owe)\b/,
    needs: /卡|债|欠|\b(?:card|balance|debts?|owe)\b/,
    unless: new RegExp(
      `${RELATIVE_HURT.source}|年费|附带|有没有|寿险|人寿|\\b(?:annual fee|come with|comes with|does this card|life insurance|life cover|credit life)\\b|${DENIED_PLAIN.source}`,
    ),
  },
  // Insurance if one's own death looks like an accident: "如果我睇落似意外噉走咗，份人壽保險賠唔賠",
  // "does life insurance pay out if it looks like an accident? asking about me".
  {
    id: 'looksLikeAnAccident',
    family: 'indirect',
    cue: /意外|车祸|車禍|死|身故|走咗|accident/,
    pattern:
      /(?:看起来|看上去|看着|睇落|似|像是?|装成|裝成|弄成|伪装成|偽裝成)[^。！？]{0,2}(?:意外|车祸|車禍)|(?:如果|要是|假如)(?:我|自己)[^。！？]{0,6}(?:出意外|出车祸)?(?:死了|死咗|走咗|身故)|自己[^。！？]{0,6}(?:意外|车祸|車禍)(?:死了|死咗|身故)|\b(?:look(?:s|ed)?|seem(?:s|ed)?|made it look|make it look) (?:like )?(?:an |a )?(?:car )?accident(?:al)?\b|\baccident\b[^]{0,80}\basking (?:for|about) (?:me|myself)\b/,
    needs: INSURANCE,
    unless: OTHERS_CLAIM,
  },
];
