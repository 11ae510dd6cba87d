import type { ClassRule } from '../../distressRule.js';
import { DENIED_OR_FICTION } from '../sharedWords.js';

/**
 * Method looked up: how much of a drug it takes, a lethal dose, a height, a method asked under a
 * cover story (for a friend, for a story), a timetable looked at "for the wrong reasons".
 */

/** A cover story: asking for someone else, for a story, in theory. */
export const COVER =
  /帮(?:我)?(?:朋友|别人|同事|同学|表哥|表姐|表弟|表妹|亲戚)问|替(?:我)?(?:朋友|别人|同事|同学|表哥|表姐|表弟|表妹|亲戚)问|(?:我)?(?:一个|有个)朋友想(?:知道|问)|随便问问|好奇问(?:一下|下)|假如|假设|理论上|写小说|\b(?:asking for a friend|for a friend|my (?:friend|mate|cousin|buddy) (?:wants|wanted|asked) to know|hypothetically|in theory|theoretically|for a (?:story|novel|book|script)|just curious|purely academic|out of curiosity|asking for someone)\b/;

/** What a method question asks: how many pills not to wake, how high, how to seal a room, if I killed myself. */
const METHOD_ASKED_ZH =
  '(?:(?:吃|吞|服)(?:多少|几)(?:片|粒|瓶|颗)[^。！？?]{0,12}(?:不醒|醒不过来|没救|会死|能死|致死|出事|过去)|烧炭[^。！？?]{0,12}(?:怎么|要多久|多久|封)|(?:门窗|窗户|门缝)[^。！？?]{0,6}(?:怎么|如何)封|(?:从)?(?:几|多少)楼[^。！？?]{0,8}(?:跳|下去|没救|一定|肯定)|(?:怎么|如何|哪种)(?:死|自杀)[^。！？?]{0,6}(?:不疼|不痛|最快|最好|没痛苦)?|(?:要是|如果)我自杀)';

const METHOD_ASKED_EN =
  '(?:how many (?:sleeping )?(?:pills|tablets|of (?:these|them))\\b[^?]{0,40}\\b(?:not wake|never wake|to die|to do it|would it take|does it take|it takes|lethal|fatal)|\\b(?:not|never) (?:to )?wake up\\b|charcoal\\b[^?]{0,30}\\b(?:sealed|seal|closed|how long)|\\bhow long does charcoal\\b|\\b(?:which|what) (?:bridge|building|roof|cliff|floor)\\b[^?]{0,30}\\b(?:high enough|tall enough|enough to)|\\bhigh enough\\b|\\b(?:most )?painless (?:way|method) to (?:go|die)|\\bmost painless way\\b|\\bif i (?:killed|kill) myself\\b|\\blethal dose\\b|\\bhow to (?:hang|overdose)\\b)';

/** A drug or a means whose lethal amount is looked up. */
const DRUG_EN =
  '(?:paracetamol|tylenol|acetaminophen|ibuprofen|advil|aspirin|insulin|pills?|tablets?|sleeping pills|xanax|melatonin|benadryl|codeine|oxy\\w*|meds|medication|antidepressants|sertraline|of (?:it|them|these|those|my \\w+))';

/** An everyday reason to look up a dose: a fever, a child, a pet, what is safe. */
const DOSE_ERRAND =
  /最多|安全|上限|孩子|宝宝|小孩|误食|误服|狗|猫|宠物|发烧|牙疼|头疼|\b(?:safe\w*|max(?:imum)?|fever|headache|toothache|child|kid|toddler|baby|dog|cat|pet|vet|accident\w*|swallowed by|nurse said|doctor said|exam|course|pharmacology)\b/;

/** What makes a height looked up serious: the debt, no way out. */
const LOOKUP_NEEDS =
  /债|欠|还不上|还钱|账单|\b(?:debt|owe|bills?|behind|overdue|arrears|pay\w*|no way out|can'?t (?:do this|go on|cope))\b/;

export const LOOKUPS_RULES: readonly ClassRule[] = [
  // Looking up how much of a drug it takes.
  {
    id: 'drugAmountLookedUp',
    family: 'method',
    cue: /tylenol|paracetamol|acetaminophen|pills|tablets|insulin|meds|it takes to|would kill|to die|吞多少|吃多少/,
    pattern:
      /\b(?:looked up|googled|searching|searched|looking up|look up|checked|google) how (?:much|many)\b[^.?!]{0,30}\b(?:tylenol|paracetamol|acetaminophen|pills|tablets|insulin|sleeping pills|meds|it takes to|would kill|to die)\b|查(?:了|过)?(?:一下)?(?:吃|吞)多少[^。！？]{0,6}(?:安眠药|药|片)/,
    unless:
      /\b(?:dose for (?:my )?(?:kid|child|son|daughter|baby|dog|cat)|fever|headache|back pain)\b|发烧|头疼|孩子|宝宝/,
  },
  // A method asked about under a cover story: "帮朋友问的 吃多少片安眠药能睡过去不醒", "asking
  // for a friend, how many pills …", "for a story: how long does charcoal in a sealed room take".
  {
    id: 'methodAskedUnderCover',
    family: 'method',
    cue: /多少|几|怎么|如何|哪种|自杀|烧炭|how many|wake|charcoal|enough to|high enough|painless|killed myself|kill myself|lethal|hang|overdose/,
    pattern: new RegExp(`${METHOD_ASKED_ZH}|${METHOD_ASKED_EN}`),
    needs: COVER,
    unless:
      /医生|药店|说明书|剂量表|\b(?:my (?:doctor|pharmacist)|prescribed|safe dose|safely|allergic|paracetamol for (?:a|my) (?:cold|headache)|bbq|grill|camping)\b/,
  },
  // A means or a place looked at "for the wrong reasons": "i keep looking at the train schedule for
  // the wrong reasons", "天天查高铁时刻表 不是为了坐车".
  {
    id: 'forTheWrongReasons',
    family: 'indirect',
    cue: /wrong reasons?|不是为了/,
    pattern:
      /\bfor (?:all )?the wrong reasons?\b|(?:时刻表|铁轨|站台|桥|楼顶|天台|药)[^。！？]{0,10}不是为了(?:坐车|出门|旅游|看病|吃|拍照|乘凉)/,
    needs:
      /\b(?:trains?|tracks|railway|schedule|timetable|bridge|pills|rope|roof|cliff|ledge|height|balcony|medicine|platform|motorway|overpass)\b|时刻表|铁轨|站台|桥|楼顶|天台|药/,
    unless:
      /\b(?:job|dating|dated|relationship|married|marry|movie|film|show|school|course|hired|election|famous|in the news)\b/,
  },
  // A lethal dose looked up: "在网上查吃多少片会致死", "looked up how much ibuprofen is fatal".
  {
    id: 'lethalDoseLookedUp',
    family: 'method',
    cue: /致死|致命|会死|能死|死得了|没命|lethal|fatal|deadly|kill|takes|overdose|\bod\b|wake up|die/,
    pattern: new RegExp(
      `(?:搜|查|百度|问|看|研究)[^。！？]{0,8}(?:吃|喝|吞)?(?:多少|几)(?:片|颗|粒|克|毫克|瓶|盒)?[^。！？]{0,10}(?:会死|能死|致死|致命|死得了|没命|醒不过来)|致死(?:剂)?量|\\bhow (?:much|many) (?:of )?(?:my |the |these |those )?${DRUG_EN}\\b[^.?!,]{0,25}\\b(?:is |are |would be |to be )?(?:lethal|fatal|deadly|enough to (?:die|kill|not wake up)|would kill|to kill|it takes|to die|would do it|to not wake up|to overdose|to od)\\b|\\b(?:lethal|fatal) (?:dose|amount) of ${DRUG_EN}\\b`,
    ),
    unless: new RegExp(`${DOSE_ERRAND.source}|${DENIED_OR_FICTION.source}`),
  },
  // A height looked up with the debt: "查了几楼跳下去才能一次成功", "googled the tallest car park".
  {
    id: 'heightLookedUp',
    family: 'method',
    cue: /楼|高|桥|high|tall|fall|drop/,
    pattern:
      /(?:搜|查|百度|看)[^。！？]{0,6}(?:几楼|多高|哪座桥|哪个桥|哪栋楼)[^。！？]{0,10}(?:一定|肯定|才能|能|会)(?:死|成功|没命|摔死)|\b(?:googl\w*|look(?:ing|ed)? up|search\w*|check\w*|research\w*)\b[^.?!]{0,20}\b(?:the )?(?:highest|tallest) (?:bridge|building|car ?park|cliff|tower|block)\b|\bhow (?:high|far|long) (?:the |a )?(?:fall|drop) (?:is|would be)\b|\bhow high (?:you|a (?:person|body)) (?:need|has) to (?:fall|jump)\b/,
    needs: LOOKUP_NEEDS,
    unless: DENIED_OR_FICTION,
  },
];
