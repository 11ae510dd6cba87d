import type { Lang } from './rules/ruleTypes.js';
import { Anywhere, clauseBefore, sentenceAround } from './negation.js';

/**
 * Readings of a bank's own lawful wording that the rules' words also match (guard13, issue 16,
 * policy 2026.12.10): the person's worry answered by the law or by the record's true reach, civil
 * litigation named as one of the bank's lawful means or as a formal notice's conditional next step,
 * and an application the bank has only received or is reviewing.
 */

// "您问会不会坐牢。", "您担心儿子考公务员受影响，", "有客户听说…": the match is the person's question or worry.
const ZH_WORRY =
  /(?:(?:您|你)(?:刚才|之前|可能)?(?:问|询问|问到|问起|咨询|担心|顾虑|害怕|想知道|关心)|(?:有人|(?:有|不少|很多|许多|常有|部分)(?:客户|持卡人|用户|人))(?:会|常|经常|常常)?(?:听说|担心|问|害怕|以为))[^。!?\n]{0,14}$/;
// "逾期会不会坐牢？": the match is itself asked, its question mark right after.
const ZH_ASKED_HERE = /(?:会不会|是否会?|会否|能不能)$/;
const ZH_ASKED_MARK = /^[^。!?\n]{0,10}?[?？]/;
// The answer, within the next two sentences: the debt is civil, no crime, the record is the
// holder's own, the family is not liable, or plain reassurance. Never "会的" / "当然会" first.
const ZH_WORRY_ANSWER =
  /(?:属于|是|系)(?:一般|普通|单纯)?(?:的)?民事|民事(?:纠纷|债务|责任|合同|问题|关系)|不(?:构成|属于|涉及)(?:任何)?(?:犯罪|刑事)|只(?:会)?(?:影响|记录在|记在|体现在|报送)(?:您|持卡人)?(?:本人|个人)|仅(?:影响|记录在|体现在|报送)(?:您|持卡人)?(?:本人|个人)|与(?:您的)?(?:家人|子女|孩子|父母|爱人|配偶|家属)[^。!?\n]{0,8}?(?:都)?无关|不会(?:记在|记到|转到|转给|影响到?|连累|牵连)(?:您的)?(?:家人|子女|孩子|父母|爱人|配偶|家属|家里)|(?:家人|家属|父母|子女)(?:没有|无|不承担)(?:任何)?(?:代偿|还款|偿还)|(?:我行|本行|我们)(?:绝对|绝|从来|也|并)?不会|(?:仍|还)在协商|尚未(?:起诉|决定)|没有(?:起诉|诉讼)(?:的)?计划|请(?:您)?(?:放心|放宽心)|不必担心|无需担心|不用担心|这一说法不属实|(?:说法|传言)(?:没有|毫无)(?:法律)?依据/;
const ZH_WORRY_YES = /^[^。!?\n]{0,3}?[。?？!，,]?\s*(?:会的|会[。,!，！]|当然会|肯定会|是的|没错|对)/;
const ZH_THREAT_AFTER =
  /(?:你|您)(?:再)?不还|再不还|马上|立刻|明天|等着|(?<!不会|不|不会去)(?:报警|抓你|抓您)|后果自负/;

/** Whether the match is the person's question or worry, answered no by the law or the record's reach. */
export function answersWorry(text: string, at: number, end: number, lang: Lang): boolean {
  if (lang !== 'zh') return false;
  const before = text.slice(Math.max(0, at - 40), at);
  const asked = ZH_ASKED_HERE.test(before) && ZH_ASKED_MARK.test(text.slice(end, end + 12));
  if (!asked && !ZH_WORRY.test(before)) return false;
  const after = text.slice(end, end + 90);
  if (ZH_WORRY_YES.test(after) || ZH_THREAT_AFTER.test(after)) return false;
  return ZH_WORRY_ANSWER.test(after);
}

// "与公安的违法犯罪记录无关": the match is what the thing is said to have nothing to do with.
const ZH_WITH = /(?:与|和|跟)[^,;:!?。\n]{0,10}$/;
const ZH_UNRELATED = /^[^,;:!?。\n]{0,4}?(?:无关|没有关系|没关系|毫无关系|不相干|不挂钩)(?![吗么嘛]?[?？])/;

// "Nothing stays on your credit report forever": a negative subject denies what stays on the record.
const EN_NOTHING_STAYS =
  /\b(?:nothing|no (?:\w+ )?(?:item|record|mark|entry|information|late payment|default)s?)\s+(?:stays?|remains?|is kept|lasts?)\b[^.!?\n]{0,12}$/;

/** Whether the match sits in "与…无关" (named only to be said unrelated) or after "nothing stays". */
export function isUnrelated(text: string, at: number, end: number, lang: Lang): boolean {
  if (lang === 'en') return EN_NOTHING_STAYS.test(clauseBefore(text, at, lang));
  return ZH_WITH.test(clauseBefore(text, at, lang)) && ZH_UNRELATED.test(text.slice(end, end + 12));
}

// "我行会通过协商或民事诉讼解决": litigation named as one lawful means beside negotiation.
const ZH_MEANS = /(?:协商|调解|沟通|和解)(?:解决)?(?:或|或者|或是|以及|及)(?:通过|依法)?(?:民事)?$/;
const EN_MEANS = /\b(?:negotiation|a payment plan|mediation|an agreement)\s+or\s+(?:a\s+)?(?:civil\s+)?$/;

// "是否起诉以我行后续书面通知为准": whether to sue is left open.
const ZH_WHETHER = /(?:是否|会否|要不要)(?:会|将|要)?(?:对您)?$/;
const ZH_UNDECIDED = /^[^。!?\n]{0,20}?(?:为准|待定|尚未(?:决定|确定)|还没有决定|而定)/;

/** Whether the clause names court action only as one lawful means, or leaves open whether it comes. */
export function offersCivilMeans(text: string, at: number, lang: Lang, end = at): boolean {
  const before = clauseBefore(text, at, lang);
  if (lang === 'zh' && ZH_WHETHER.test(before) && ZH_UNDECIDED.test(text.slice(end, end + 24))) return true;
  return (lang === 'zh' ? ZH_MEANS : EN_MEANS).test(before);
}

// A formal notice's next step: under a condition (逾期, 如…未, 协商不成), the bank will bring a civil
// suit, apply for a payment order or preservation "依法" (under the law), in the polite register,
// with nothing made imminent and nothing said to be done already.
const ZH_NOTICE_ACT = /^(?:起诉|提起(?:民事)?诉讼|诉讼|申请(?:诉前)?(?:财产保全|支付令))/;
const ZH_NOTICE_LAW =
  /(?:依法|依照法律(?:程序|规定)?|依照法定程序|按照法律程序|通过(?:民事)?诉讼途径)[^,;:!?。\n]{0,16}$/;
const ZH_NOTICE_IF =
  /(?:^|[,，;；:：。])(?:如|若|如果|倘若|假如|逾期|届时|协商不成|未能|仍未|否则)|(?:逾期|期限内|日内|日前)(?:仍)?(?:未|没有|不)/;
const ZH_NOTICE_IMMINENT =
  /马上|立刻|立即|即将|等着|今天|明天|后天|下周|本周|这周|坐牢|拘留|拘传|抓|公安|警察|报警|刑事|犯罪|已(?:经)?(?:向[^。!?\n]{0,10})?(?:起诉|提起|申请)|起诉了|你(?!们银行)/;
const ZH_NOTICE_ANY = new Anywhere(/依法|依照法律|依照法定|按照法律程序|诉讼途径/);

/** Whether the match is a formal notice's conditional, lawful civil step (policy 2026.12.10). */
export function isCivilNotice(text: string, at: number, end: number, lang: Lang): boolean {
  if (lang !== 'zh' || !ZH_NOTICE_ANY.in(text)) return false;
  if (!ZH_NOTICE_ACT.test(text.slice(at, end + 8))) return false;
  const before = text.slice(Math.max(0, at - 40), at);
  if (!ZH_NOTICE_LAW.test(before)) return false;
  if (!ZH_NOTICE_IF.test(sentenceAround(text, at, end, lang))) return false;
  return !ZH_NOTICE_IMMINENT.test(text);
}

// "违约金减免申请已受理，结果将…告知": 减免 names the application, and the bank only received it.
const ZH_APPLICATION = /^(?:的)?(?:申请|请求|事宜|事项|材料|诉求)/;
const ZH_PROCESSING =
  /受理|审核|审批|核实中|处理中|处理结果|结果(?:将|会)|(?:告知|通知)(?:您|你)|以[^。!?\n]{0,8}为准|已收到|已登记|已提交|转交/;
const ZH_GRANTED = /已(?:经)?(?:批准|通过|同意|生效|免除|减免)|全免|免除了|免了|不用(?:再)?还|一笔勾销|清零/;
const EN_APPLICATION = /^\s*(?:request|application|appeal)\b/;
const EN_PROCESSING =
  /\b(?:received|under review|being reviewed|reviewing|we will (?:let you know|notify you|tell you)|decision)\b/;
const EN_GRANTED = /\b(?:approved|granted|waived|forgiven|wiped)\b/;

// "因受疫情影响，我行已为您本期账单提供了延期还款业务…不会影响您的征信" (guardrw15b): a deferral the
// bank grants under a published epidemic relief policy, free and kept off the credit record, is
// the bank's notice, not the bot's own promise.
const ZH_RELIEF = /疫情/;
const ZH_RELIEF_TERMS = /(?:不会|不)影响(?:您的?)?(?:征信|信用)|免费|(?:相关)?政策/;

/** Whether the match names an application the bank received or reviews, nothing granted. */
export function isApplicationInProcess(text: string, at: number, end: number, lang: Lang): boolean {
  const zh = lang === 'zh';
  if (zh && ZH_RELIEF.test(sentenceAround(text, at, end, lang)) && ZH_RELIEF_TERMS.test(text)) return true;
  if (!(zh ? ZH_APPLICATION : EN_APPLICATION).test(text.slice(end, end + 12))) return false;
  const sentence = sentenceAround(text, at, end, lang);
  return (
    (zh ? ZH_PROCESSING : EN_PROCESSING).test(sentence) && !(zh ? ZH_GRANTED : EN_GRANTED).test(sentence)
  );
}

// "If we don't get a payment today your credit score drops to 300": with no comma, the negation
// still belongs to the if-clause; the main clause starts at its new subject.
const EN_IF_NEG_THEN =
  /\b(?:if|unless)\b[^.!?\n,]{0,40}?(?:n't|\bnot\b|\bnever\b)[^.!?\n,]{0,40}?\b(?:your|you'll|you will|we'll|we will|they'll|they will)\b[^.!?\n,]{0,30}$/;

/** Whether the clause's negation sits in an if-clause that ends, without a comma, before the match. */
// "只有今天还清，你才不会被抓": the denial holds only on the condition, so the claim stands without it.
const ZH_ONLY_IF_NOT =
  /只有[^。!?\n]{1,24}?才(?:能|可以)?(?:不会|不用|不至于|不必|免于|避免)[^,;:!?。\n]{0,6}$/;

export function negatesOnlyCondition(text: string, at: number, lang: Lang): boolean {
  if (lang === 'zh') return ZH_ONLY_IF_NOT.test(text.slice(Math.max(0, at - 40), at));
  return EN_IF_NEG_THEN.test(clauseBefore(text, at, lang));
}

// "只有恶意透支且经催收后仍不归还的，才可能构成犯罪": the law's threshold, stated in general.
const ZH_THRESHOLD = /只有[^。!?\n]{1,30}?才[^,;:!?。\n]{0,6}$/;
const ZH_THRESHOLD_ASSERTS = /你(?!们银行)|已经|已(?!生效)|马上|立即|明天|今天|等着|就要/;

/** Whether the match follows a restrictive "只有…才" in its sentence: the law's threshold, not a claim. */
export function statesThreshold(text: string, at: number, end: number, lang: Lang): boolean {
  if (lang !== 'zh') return false;
  const before = text.slice(Math.max(0, at - 40), at);
  return ZH_THRESHOLD.test(before) && !ZH_THRESHOLD_ASSERTS.test(sentenceAround(text, at, end, lang));
}
