import { enClauseStart, zhClauseStart } from './clause.js';
import type { Lang } from './rules/ruleTypes.js';

/**
 * Clause-level context tests: is a match negated ("我们不会联系您的家人"), hedged ("可能",
 * "may"), or about what the person may do ("您可以联系家人")? Each looks back from the match to
 * the start of its clause, never across a sentence.
 */

// Clause boundaries (clause.ts reads them by hand): [,;:!?。、\n], 但是, 但, 不过, 可是, 否则 in Chinese;
// [!?;\n], a full stop before a space or the end, but, however, although, though, otherwise in English.
// "不会在业主群、家长群或朋友圈公开": a 、 that lists nouns keeps the negation; one that opens a
// new verb phrase ("不会再等、明天就上门") ends the clause (issue 16).
const ZH_LIST_TAIL = /^[^就会要再将便则去来到还说打发找上门]{0,8}$/;

// The last clause asked for: a match's readings (negation, report, hedge, the person's act…) each
// ask for the same clause, so it is found once per match.
let clauseText = '';
let clauseAt = -1;
let clauseLang: Lang = 'zh';
let clauseFrom = 0;
let clauseString = '';

function clauseStart(text: string, at: number, lang: Lang): number {
  if (at === clauseAt && lang === clauseLang && text === clauseText) return clauseFrom;
  const from = Math.max(0, at - (lang === 'zh' ? 40 : 160));
  const to = Math.min(at, text.length);
  let start = lang === 'zh' ? zhClauseStart(text, from, to) : enClauseStart(text, from, to);
  if (
    lang === 'zh' &&
    start > from &&
    text.charCodeAt(start - 1) === 0x3001 && // 、
    ZH_LIST_TAIL.test(text.slice(start, at))
  )
    start = zhClauseStart(text, from, to, false);
  clauseText = text;
  clauseAt = at;
  clauseLang = lang;
  clauseFrom = start;
  clauseString = text.slice(start, at);
  return clauseFrom;
}

/** The clause text before a match. */
export function clauseBefore(text: string, at: number, lang: Lang): string {
  clauseStart(text, at, lang);
  return clauseString;
}

// Negators that govern the whole verb phrase after them ("不会因为您逾期就联系…").
// An agent's refusal ("我没办法承诺", "没有权限减免") and Cantonese negators (唔会, 冇权) count too.
const ZH_MODAL =
  /不涉及|未涉及|不会|不能|不得|不提供|不办理|不收取|不存在|不可能|不可以|不允许|不应|不要|不用|不必|无需|无须|不需要|无法|无权|绝不|决不|绝对不|从不|从未|从来不|永远不|并不|并非|禁止|严禁|请勿|切勿|不再|拒绝|没(?:有)?办法|没法|没(?:有)?权限|无权限|做不到|办不到|不敢|唔会|唔可以|唔能|唔准|唔使|冇权|冇办法|冇法|不安排|不做|不搞|不派|不进行|不采取|不开展|不委托|不至于|唔涉及|从唔|唔要|唔好(?!意思)|唔需要/g;
// Negated states ("没有还款…") usually open a condition: "没有还款将通知…" is a threat.
const ZH_STATE = /没有|并没有|未曾|不曾/g;
// A bare 不/没/未/别/勿 only negates what directly follows it ("不联系"), not "不还钱就…".
const ZH_BARE = /(?<!要)不|[没未别勿唔冇]/g;
// Between a negator and the match: the negator belongs to a condition, not to the verb.
// "你不能躲着我们上门的人": a negated escape asserts the act, as "you can't avoid" does in English.
const ZH_MODAL_BLOCKERS = /逼|迫使|等到|除非|要是|如果|一旦|的话|让我们|让我|犹豫|手软|躲|逃|摆脱|甩掉/;
const ZH_STATE_BLOCKERS = /逼|迫使|等到|除非|要是|如果|一旦|的话|让我们|就|将|便|则|会|还钱|还款|付款/;
// "不要以为我们不会通知…": the negation is mocked, not meant.
const ZH_MOCKED = /不要以为|别以为|别指望|不信|你以为/;
const EN_MOCKED = /\b(?:don't think|do not think|don't assume|if you think|you think)\b/;
// "to no avail" and "phone no:" (guard17en) negate nothing.
const EN_NEG =
  /(?<!\bnot |n't |never )\b(?:exempt|protected|shielded) from\b|\b(?:(?:asked|requested|told|instructed) us (?:to )?(?:stop|cease)|not|never|(?<!\b(?:phone|tel|mobile|cell|account|a\/c|ref|reference|contact|id|case|house|plot) )no(?! avail\b)|cannot|without|nor|neither|unable|refuse|refuses|under no circumstances|prohibited|forbidden|nobody|no one)\b|n't\b/g;
const EN_BLOCKERS =
  /\b(?:if|unless|until|till|or|otherwise|then|so|because|we|i|they|make us|make me|force us|force me|hesitate|want us|want me|let us|leave us)\b|,\s*(?:you|we|they|i|he|she|it|the bank|this)\b|\s(?:=|->|→)\s/;

// In the match itself only these turn a negation round ("don't make us come over"); a plain
// "or" there is a list ("we won't post or publish…"), not a condition.
const EN_HEAD_BLOCKERS =
  /\b(?:if|unless|until|till|or else|otherwise|then|so|because|we|i|they|make us|make me|force us|force me|hesitate|want us|want me|let us|leave us)\b|,\s*(?:you|we|they|i|he|she|it|the bank|this)\b/;

const LISTED_VERB =
  /^(?:contact|call|visit|tell|post|share|publish|notify|text|email|message|speak|talk|reach|write|get in touch|discuss|mention|disclose|reveal|inform|send|show up|leave|cc|copy|forward)/;
// "You cannot be arrested or jailed", "no one will arrest, detain or prosecute you": legal acts
// listed after one negation, passive ("be arrested or") or active ("arrest, detain or").
const LEGAL_ACT = String.raw`(?:arrest|detain|jail|imprison|prosecut|charg|lock|sen[dt]|put|throw|thrown|sue|su|hold|held)\w*`;
const LISTED_PASSIVE = new RegExp(String.raw`^\s*be (?:${LEGAL_ACT},? )+(?:or|nor)\s*$`);
const LISTED_ACTIVE = new RegExp(
  String.raw`^\s*(?:one |body )?(?:will |would |can |could |ever )*(?:${LEGAL_ACT},? )+(?:or|nor)\s*$`,
);
const LISTED_ACT_HEAD = new RegExp(String.raw`^${LEGAL_ACT}\b`);

function listsLegalActs(between: string, head: string): boolean {
  return LISTED_ACT_HEAD.test(head) && (LISTED_PASSIVE.test(between) || LISTED_ACTIVE.test(between));
}

function lastMatch(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) last = m;
  return last;
}

/** "会不会", "是不是" at the end of the clause: the same character either side of 不 (not a line break). */
function endsAskingANotA(before: string): boolean {
  const n = before.length;
  if (n < 3 || before.charCodeAt(n - 2) !== 0x4e0d) return false;
  const c = before.charCodeAt(n - 1);
  return c === before.charCodeAt(n - 3) && c !== 0x0a && c !== 0x0d && c !== 0x2028 && c !== 0x2029;
}

// "不接受上门": a refusal directly before the act, never "不接受分期就上门".
const ZH_REFUSALS = ['不接受', '不同意', '谢绝', '唔接受', '唔同意'];
const EN_HEAD = /^\S+(?:\s+\S+){0,2}/;
const EN_SENTENCE_END = /[!?;\n]|\.(?:\s|$)/;
const EN_CONDITION = /\b(?:if|unless|until|till|when|once)\b/;
const EN_GERUND = /^\s+\w+ing\b/;
const EN_COPULA = /\b(?:is|are|was|will be|counts as)\b/;
const EN_ESCAPE = /\b(?:avoid|escape|dodge|get out of|stay out of|get away from)\b/;
const EN_OR_END = /\bor\s*$/;
const EN_OR_NOR_END = /\b(?:or|nor)\s*$/;

/** Whether the match at `at` is negated within its clause. */
export function isNegated(text: string, at: number, lang: Lang): boolean {
  const before = clauseBefore(text, at, lang);
  if (lang === 'zh') {
    // The start of the match itself may turn the negation round ("不要逼我们上门").
    const head = text.slice(at, at + 3);
    // "会不会告诉…": an A-not-A question negates nothing (isAnsweredNo reads its answer).
    if (endsAskingANotA(before)) return false;
    if (ZH_MOCKED.test(before)) return false;
    const modal = lastMatch(ZH_MODAL, before);
    const state = lastMatch(ZH_STATE, before);
    const strong = modal && (!state || modal.index >= state.index) ? modal : state;
    if (strong) {
      const between = before.slice(strong.index + strong[0].length);
      const blockers = strong === modal ? ZH_MODAL_BLOCKERS : ZH_STATE_BLOCKERS;
      if (between.length <= 14 && !blockers.test(between + head)) return true;
    }
    if (ZH_REFUSALS.some((r) => before.endsWith(r))) return true;
    const bare = lastMatch(ZH_BARE, before);
    return bare !== null && before.length - (bare.index + 1) <= 1;
  }
  if (EN_MOCKED.test(before)) return false;
  const neg = lastMatch(EN_NEG, before);
  if (!neg) return false;
  // The start of the match itself may turn the negation round: "don't make us come over".
  // The start of the match itself may turn the negation round ("don't make us come over"); the
  // next sentence's first words never do (guardfa16).
  const head = EN_HEAD.exec(text.slice(at, at + 40).split(EN_SENTENCE_END)[0] ?? '')?.[0] ?? '';
  const between = before.slice(neg.index + neg[0].length);
  // "If you don't pay by Friday, your kids…": the negation sits in the condition, the comma ends it.
  if (EN_CONDITION.test(before.slice(0, neg.index)) && between.includes(',')) return false;
  // "Not paying a debt is a felony": the negation is inside a gerund subject.
  if (EN_GERUND.test(between) && EN_COPULA.test(between + head)) return false;
  // "You won't avoid jail", "you can't escape court": a negated escape asserts the thing.
  if (EN_ESCAPE.test(between)) return false;
  const words = between.trim() === '' ? 0 : between.trim().split(/\s+/).length;
  // "we won't visit you or contact your family": an "or" that joins two negated verbs is a list.
  const listed =
    (EN_OR_END.test(between) && LISTED_VERB.test(head)) || listsLegalActs(between, head)
      ? between.replace(EN_OR_NOR_END, '')
      : between;
  // A listed verb may follow a long object: "won't post anything about… or contact…" (guard12).
  return words <= (listed === between ? 8 : 14) && !EN_BLOCKERS.test(listed) && !EN_HEAD_BLOCKERS.test(head);
}

// "最终以法院判决为准", "由法院裁判": the court decides, nothing is asserted.
const ZH_HEDGE =
  /(?:若|倘若|假如)$|(?:需要|需经|须经|须由|需由|要由|得由|只有)$|可能|或将|或许|也许|有权|可以|有可能|保留|依法享有|视情况|不排除|不限于|以$|由$/;
const EN_HEDGE =
  /\b(?:may|might|could|can|possibly|possible|right to|rights to|entitled|reserves?|option|consider(?:s|ing)?|decide (?:whether|if))\b|\b(?:if|were)\b[^.!?]{0,30}\bever\b|\bif (?:a|an|any)\s+$|\b(?:before|prior to) (?:any|taking any)\s+$/;

/** Whether the match is stated as a possibility or a right ("可能", "may", "有权"). */
export function isHedged(text: string, at: number, lang: Lang): boolean {
  const before = clauseBefore(text, at, lang);
  return lang === 'zh' ? ZH_HEDGE.test(before) : EN_HEDGE.test(before);
}

const ZH_PERSON_ACTS =
  /^是否|^(?:也|还|随时)?可以|(?:您|你)(?:希望|想要|愿意|打算)|由(?:您|你)(?:自己|自行)?(?:决定|选择)|(?:您|你)(?:也|还|随时|同样)?(?:可以|可|不妨|能够|能)|建议(?:您|你)|请(?:您|你)|鼓励(?:您|你)|和(?:您|你)信任的/;
const EN_PERSON_ACTS =
  /\b(?:whether (?:or not )?you|you (?:can|may|might|could|should|are welcome to)|please|we encourage you to|consider|feel free to|you might want to|it may help to|it can help to|talking to)\b/;

const ZH_REPORTED =
  /(?:您|你)(?:提到|说到|问到|听说|所说|咨询|询问)的?|(?:有人|任何人|如果有人|骗子|不法分子|冒充者|催收员|对方|他们)[^,;:!?。\n]{0,8}?(?:说|声称|威胁|扬言|冒充|自称|谎称|恐吓)|(?:警惕|谨防|提防|当心|勿信|不要相信|切勿相信|任何|凡是?|所有|若有|如有)[^,;:!?。\n]{0,6}?(?:声称|号称|宣称|自称|谎称)|有人[^,;:!?。\n]{0,8}?(?:以|要求|收取|让您|向您)|(?:您|你)[^,;:!?。\n]{0,12}?(?:收到|接到)(?:了|过)?[^,;:!?。\n]{0,6}?(?:短信|电话|信息|消息|来电|微信|私信)[^,;:!?。\n]{0,4}?(?:说|称|声称)(?!明)/;
const EN_REPORTED =
  /\bthe (?:idea|claim|notion|rumou?r|myth|story) that\b|\b(?:anyone|someone|somebody|a collector|collectors|scammers?|fraudsters?|people|whoever|a caller|callers|texts|messages|emails|letters|voicemails)\b[^.!?\n]{0,30}\b(?:says?|claims?|threatens?|tells? you|told you|saying|claiming|threatening|pretends?|pretending|poses?|posing)\b|\b(?:be careful of|watch out for|be wary of|beware of|don't fall for|do not fall for|ignore)\b[^.!?\n]{0,12}\b(?:texts?|messages?|emails?|calls?|letters?|voicemails?|callers?)\b[^.!?\n]{0,12}\b(?:that|which|who)? ?(?:says?|claims?|saying|claiming|threatens?|threatening|warns?|warning)\b/;

/** Whether the match is a warning about what others (scammers) say: "有人说您会坐牢，那是诈骗". */
export function isReported(text: string, at: number, lang: Lang): boolean {
  const before = clauseBefore(text, at, lang);
  if (lang !== 'zh') return EN_REPORTED.test(before);
  return ZH_REPORTED.test(before) || isQuotedScam(text, at, before);
}

// "有人冒充催收人员，说“再不还钱就上门抓人”，这是骗局" (guard19): the source sits one clause back, the
// quote opens on 说, and the message then calls it a scam.
const ZH_QUOTE_OPENS = /^(?:说|称|声称|扬言|谎称|威胁说?|恐吓说?)/;
const ZH_QUOTE_SOURCE = /有人|骗子|不法分子|冒充|自称/;
const ZH_QUOTE_SCAM =
  /(?:这|那|都|也)是(?:诈骗|骗局|骗子)|请(?:及时|立即)?报警|请勿(?:相信|上当|理会)|不要相信/;

function isQuotedScam(text: string, at: number, before: string): boolean {
  if (!ZH_QUOTE_OPENS.test(before)) return false;
  const start = at - before.length;
  return (
    ZH_QUOTE_SOURCE.test(text.slice(Math.max(0, start - 24), start)) &&
    ZH_QUOTE_SCAM.test(text.slice(at, at + 60))
  );
}

// A claim quoted to be refuted: "考公受影响的说法没有依据", "claims that you'll be arrested are false".
const ZH_REBUTTED =
  /^[^。!?\n]{0,6}?(?:不是|并非|从来不是|绝不是|不属于|唔系)(?:我们|本行|银行|我行)(?:的|嘅)?(?:做法|方式|政策|流程|业务)|^[^。!?\n]{0,6}?次数(?:是)?(?:有限|有上限|受限)|^[^。!?\n]{0,8}?(?:需要|需经|须经|须由|需由|要由)法院|^[^。！？!?\n]{0,24}?(?:的)?(?:说法|传言|言论|消息)[^。！？!?\n]{0,4}?(?:没有|毫无|并无|缺乏)(?:任何)?(?:法律)?(?:依据|根据)|^[^。！？!?\n]{0,24}?(?:纯属|都是|是)(?:谣言|谎言|诈骗话术)|^[^。！？!?\n]{0,24}?(?:的说法|的传言)(?:是)?(?:不实|不属实|不正确|不准确|有误|不成立|错误的|错的|假的)/;
const EN_REBUTTED =
  /^[^.!?\n]{0,60}?\b(?:claims?|rumou?rs?|stor(?:y|ies)|threats?|that|this|which)\b[^.!?\n]{0,10}\b(?:is|are) (?:false|untrue|not true|a scam|a myth|baseless)\b|^\s+nothing\b|^\s+(?:would be|would|is|are) (?:needed|required|necessary)\b/;

// "Claims that you'll be arrested … are false": the claim word comes first, its refutation after.
const EN_CLAIM_OPENS =
  /\b(?:claims?|rumou?rs?|stories|the idea|the notion|any suggestion|threats?) that\b[^.!?\n]{0,40}$/;
const EN_CLAIM_FALSE =
  /^[^.!?\n]{0,60}?\b(?:is|are) (?:false|untrue|not true|a scam|a myth|baseless|wrong)\b/;

/** Whether the match is quoted to be refuted later in its sentence ("…的说法没有依据"). */
export function isRebutted(text: string, end: number, lang: Lang, at = end): boolean {
  const after = text.slice(end, end + (lang === 'zh' ? 32 : 80));
  if (lang === 'zh') return ZH_REBUTTED.test(after);
  if (EN_REBUTTED.test(after)) return true;
  return EN_CLAIM_OPENS.test(text.slice(Math.max(0, at - 60), at)) && EN_CLAIM_FALSE.test(after);
}

/** Whether the clause is about what the person may do ("您可以联系家人寻求支持"). */
export function personMayAct(text: string, at: number, lang: Lang): boolean {
  const before = clauseBefore(text, at, lang);
  return lang === 'zh' ? ZH_PERSON_ACTS.test(before) : EN_PERSON_ACTS.test(before);
}

/**
 * Whether a sentence-level reading's marker occurs anywhere in the text: asked once per text (each
 * marker keeps its last text's answer), before the reading is asked per match. Shared with
 * negationLaw.ts and negationScam.ts.
 */
export class Anywhere {
  private text: string | undefined;
  private found = false;
  constructor(readonly re: RegExp) {}
  in(text: string): boolean {
    if (text !== this.text) {
      this.found = this.re.test(text);
      this.text = text;
    }
    return this.found;
  }
}

// A word named only to be disavowed: "我们不会使用“老赖”这类称呼", "未说“坐牢”“拘留”等词",
// "we will never call you a deadbeat". Quotes between Chinese characters are gone after normalising.
const ZH_SPEECH_NEG =
  /(?:不会|不得|不能|不可|从不|绝不|决不|从来不|从未|没有|没|未|禁止|严禁|避免|不允许)(?:(?:对|向|跟|和)[^,;:!?。\n]{1,6}?)?(?:使用|说|称|叫|称呼|骂|用|提到|提及|出现)(?:过)?[^,;:!?。\n]{0,6}$/;
const ZH_MENTION_AFTER =
  /^[^,;:!?。\n]{0,12}?(?:这类|这种|这样的|之类的?|等)(?:说法|称呼|词语?|字眼|用语|话术|表述|措辞|标签)(?:都|均|全|统统)?(?:是)?(?:不实|不属实|不正确|错误|假的|谣言|诈骗|没有(?:任何)?(?:法律)?依据|毫无(?:法律)?(?:根据|依据))/;
const EN_SPEECH_NEG =
  /\b(?:won't|will not|never|don't|do not|didn't|did not|not allowed to|may not|must not|(?:nobody|no one)(?: [a-z]+){0,4} (?:will|would|is going to))\s+(?:ever\s+)?(?:call|label|describe|refer to|use words like|use the word)\b[^.!?\n]{0,20}$|\bfalsely (?:claim|claims|claiming|say|says|saying|state|states|stating|imply|implies|implying|suggest|suggesting|represent|representing)(?: to you)?(?: that)? ?$/;

/** Whether the match is a word the sentence refuses to use or names as a term, not a use of it. */
export function isDisavowed(text: string, at: number, end: number, lang: Lang): boolean {
  if (lang === 'zh') {
    // The speech negation sits right before the word: 16 characters hold the longest form.
    if (ZH_MENTION_AFTER.test(text.slice(end, end + 24))) return true;
    const near = text.slice(Math.max(0, at - 16), at);
    return ZH_SPEECH_NEG.test(near) && !ZH_MOCKED.test(clauseBefore(text, at, lang));
  }
  const near = text.slice(Math.max(0, at - 60), at);
  return EN_SPEECH_NEG.test(near) && !EN_MOCKED.test(clauseBefore(text, at, lang));
}

// An anti-fraud warning names what it warns about: "冒充…收取修复费的诈骗，请勿上当",
// "if you get a call saying…, hang up"; an agency the bank disowns ("…机构与我行无关，请不要向他们支付").
// Only for claims (legal, credit repair), not threats.
const ZH_FRAUD_WARNING =
  /请勿上当|(?:请|就|直接|立即|马上)挂断|(?:那|这|也)是(?:诈骗|骗局)(?!罪)|(?:请勿|不要|别)理会|凡是?(?:以|打着|号称|声称)|谨防|提高警惕|请(?:您)?警惕|(?:请勿|不要|切勿|别|勿)(?:轻信|相信)|实(?:为|则|际上?是)(?:诈骗|骗局|骗取|骗钱)|(?:均|都|皆|一律)不可(?:轻)?信|(?:等|此类|这类|各类)骗局|(?:都|一律|均|全|多|大多|多半|往往)(?:是|为|属于?)(?:诈骗|骗子|骗局)|(?:的|属于)诈骗[,，。;!]|(?:有人|不法分子|骗子|出现|自称)冒充|自称(?:是)?(?:银行|我行|本行|客服|官方|工作人员)|请(?:您)?(?:不要|勿)(?:轻易)?(?:转账|汇款)|拨打110|(?:机构|公司|平台|中介)(?:都|均)?与(?:我行|本行|我们|银行|我司)(?:无关|没有(?:任何)?(?:关系|合作)|无(?:任何)?(?:关系|合作))|(?:请|)(?:不要|勿|切勿|别)(?:向|给)(?:他们|对方|其)(?:支付|转账|付款|汇款|缴纳)/;
const EN_FRAUD_WARNING =
  /(?<!\b(?:we|i|before we|before you|until we|until you) )\bhang up\b|\bbeware\b|\bscammers?\b|\b(?:is|it's|that's|thats|are) (?:(?:usually|often|always|almost always|likely|probably) )?(?:a )?scams?\b|(?<!\b(?:if|when|unless|until) you )\bdon't (?:believe|pay) (?:them|it|anyone)\b|\bfraudsters?\b/;
const ZH_FRAUD_ANY = new Anywhere(ZH_FRAUD_WARNING);
const EN_FRAUD_ANY = new Anywhere(EN_FRAUD_WARNING);

/** Sentence stops for sentenceAround: 。 ! ? and a newline in Chinese, . ! ? and a newline in English. */
export function stopsSentence(c: number, zh: boolean): boolean {
  return c === 0x21 || c === 0x3f || c === 0x0a || (zh ? c === 0x3002 : c === 0x2e);
}

// The last sentence asked for: several readings of one match read the same sentence.
let sentenceText = '';
let sentenceAt = -1;
let sentenceEnd = -1;
let sentenceLang: Lang = 'zh';
let sentenceString = '';

export function sentenceAround(text: string, at: number, end: number, lang: Lang): string {
  if (at === sentenceAt && end === sentenceEnd && lang === sentenceLang && text === sentenceText)
    return sentenceString;
  const zh = lang === 'zh';
  let s = at;
  while (s > 0 && at - s < 80 && !stopsSentence(text.charCodeAt(s - 1), zh)) s--;
  let e = end;
  while (e < text.length && e - end < 80 && !stopsSentence(text.charCodeAt(e), zh)) e++;
  sentenceText = text;
  sentenceAt = at;
  sentenceEnd = end;
  sentenceLang = lang;
  sentenceString = text.slice(s, Math.min(text.length, e + 1));
  return sentenceString;
}

/** Whether the sentence around the match is a warning against scammers who say it. */
export function warnsOfFraud(text: string, at: number, end: number, lang: Lang): boolean {
  const marker = lang === 'zh' ? ZH_FRAUD_ANY : EN_FRAUD_ANY;
  return marker.in(text) && marker.re.test(sentenceAround(text, at, end, lang));
}

// A truthful litigation notice defers to the court's own papers: "以法院通知为准",
// "you'll receive official papers from the court", "no lawsuit has been filed".
const ZH_COURT_DEFERS =
  /以(?:您)?(?:收到的)?(?:法院)?(?:的)?(?:传票|正式文书|文书|通知)为准|由法院(?:依法)?送达|法院(?:会|将)(?:依法)?送达|以法院[^。!?\n]{0,8}为准|请(?:您)?关注(?:法院的?)?正式(?:文书|通知)|(?:没有|尚未|并未|未)(?:对(?:您|你))?(?:提起|提出)?(?:任何)?(?:诉讼|起诉)/;
const EN_COURT_DEFERS =
  /\bofficial (?:papers|documents|notices?|letters?) from the court\b|\bthe court will (?:send|mail|notify)\b|\bdetails are in the (?:letter|notice)\b|\bno (?:lawsuit|legal action|court case|claim) has been (?:filed|taken|started|brought)\b|\b(?:a|any) (?:lawsuit|legal action|court case|claim) has(?:n't| not) been (?:filed|taken|started|brought)\b|\b(?:receive|get) (?:the )?(?:official )?(?:papers|documents) from the court\b|\b(?:a|the) court would decide\b|\b(?:we|the bank) (?:have not|haven't|has not|hasn't) (?:taken|started|filed|brought|begun) (?:any )?(?:legal action|lawsuit|court case|legal proceedings|case)\b|\bnothing has been filed\b|\b(?:advised|confirmed|told (?:cx|the customer|them)) (?:that )?(?:there is )?(?:no (?:lawsuit|suit|case|legal action)|none) (?:has been )?filed\b|\b(?:none exists|there is none|there's none|none has been issued) (?:on|against|for) (?:your|ur|this|the) (?:account|acct)\b/;

// "…以法院通知为准，传票马上到": a deferral dressed round an imminent threat is no notice.
const ZH_IMMINENT = /马上|立刻|立即|即将|等着|今天|明天|后天|下周|本周|这周|坐牢|拘留|抓/;
const EN_IMMINENT = /\b(?:immediately|tomorrow|today|right away|any day|arrest(?:ed)?|jail|prison)\b/;
const ZH_COURT_DEFERS_ANY = new Anywhere(ZH_COURT_DEFERS);
const EN_COURT_DEFERS_ANY = new Anywhere(EN_COURT_DEFERS);
const ZH_IMMINENT_ANY = new Anywhere(ZH_IMMINENT);
const EN_IMMINENT_ANY = new Anywhere(EN_IMMINENT);

/** Whether the message defers to the court's own papers (a notice, not a threat). */
export function defersToCourt(text: string, lang: Lang): boolean {
  if (lang === 'zh') return ZH_COURT_DEFERS_ANY.in(text) && !ZH_IMMINENT_ANY.in(text);
  return EN_COURT_DEFERS_ANY.in(text) && !EN_IMMINENT_ANY.in(text);
}

// "您问我们会不会联系单位？不会。", "You asked if we'll tell your employer. We won't."
const ZH_ASKED =
  /(?:您|你)(?:刚才|之前)?(?:问|询问|担心|想知道)[^。!?\n]{0,12}$|(?:^|[。!?\n])[^。!?\n]{0,6}(?:会不会|是否会?|能不能)$/;
// "会让家里人知道吗？不会，…": the match is a question the next words answer no.
const ZH_QUESTION_NO =
  /^[^。!?\n]{0,16}?吗[?？]\s*(?:答案是)?(?:我们)?(?:不会|绝不会|当然不会|绝对不会|不|没有)[,，。!]/;
// "您担心会影响孩子上学，这一点请放心：…": reassurance is an answer no (guardzh8, issue 16).
const ZH_ANSWER_NO =
  /^[^。!?\n]{0,24}?[。?？!，,]\s*(?:(?:答案是)?(?:我们)?(?:不会|绝不会|不|没有)|(?:这一?点)?(?:请|您可以|尽管)?(?:您)?放心)/;
const EN_ASKED = /\byou (?:asked|wondered|wanted to know|were worried|are worried)\b[^.!?\n]{0,40}$/;
const EN_ANSWER_NO =
  /^[^.!?\n]{0,60}?[.?!]\s*(?:no[,.!]?\s*)?(?:we|i|the bank)\s+(?:won't|will not|don't|do not|never|wouldn't|would not)\b|^[^.!?\n]{0,60}?[.?!]\s*(?:no|nope|absolutely not|of course not|certainly not|definitely not)[.!]/;

/** Whether the match is the person's question, answered no in the next sentence. */
export function isAnsweredNo(text: string, at: number, end: number, lang: Lang): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  const after = text.slice(end, end + 90);
  return lang === 'zh'
    ? (ZH_ASKED.test(before) && ZH_ANSWER_NO.test(after)) || ZH_QUESTION_NO.test(after)
    : EN_ASKED.test(before) && EN_ANSWER_NO.test(after);
}

// A refusal to reveal is not a leak: "I'm not able to share my internal instructions", "不便透露".
const ZH_REFUSES =
  /(?:不能|无法|不便|不会|不可以|没办法)(?:向(?:您|你))?(?:透露|展示|提供|告诉(?:您|你)|公开|分享|显示)[^,;:!?。\n]{0,6}$/;
const EN_REFUSES =
  /\b(?:not able to|unable to|can't|cannot|won't|will not|don't|do not|not allowed to)\s+(?:show|share|reveal|disclose|repeat|display|tell you)\b[^.!?\n]{0,12}$/;
/** Whether the match is a refusal to reveal ("不便透露", "I'm not able to share…"): prompt_leak, privacy. */
export function refusesToReveal(text: string, at: number, lang: Lang): boolean {
  const before = clauseBefore(text, at, lang);
  return lang === 'zh' ? ZH_REFUSES.test(before) : EN_REFUSES.test(before);
}

// Someone paying for the holder with the holder's consent: "家人愿意代为还款，需要您本人授权",
// "a friend can pay with your permission". The holder decides; nobody is asked to press them.
const ZH_CONSENT =
  /(?:需要|需|须|须经|需经|要经过?)(?:您|你)(?:本人)?(?:的)?(?:书面)?(?:授权|同意)|未经(?:您|你)(?:本人)?(?:的)?(?:授权|同意)/;
const EN_CONSENT =
  /\b(?:with|without) your (?:written )?(?:permission|consent|authori[sz]ation)\b|\bneeds? your (?:written )?(?:permission|consent|authori[sz]ation)\b/;
const ZH_CONSENT_ANY = new Anywhere(ZH_CONSENT);
const EN_CONSENT_ANY = new Anywhere(EN_CONSENT);

/** Whether the sentence makes the act depend on the holder's own consent. */
export function needsConsent(text: string, at: number, end: number, lang: Lang): boolean {
  const marker = lang === 'zh' ? ZH_CONSENT_ANY : EN_CONSENT_ANY;
  return marker.in(text) && marker.re.test(sentenceAround(text, at, end, lang));
}
