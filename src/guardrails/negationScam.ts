import type { Lang } from './rules/ruleTypes.js';
import { Anywhere, sentenceAround } from './negation.js';

/**
 * Readings round 19b's false alarms showed (guardb, policy 2026.12.7): a scam alert that quotes
 * what impostors say, threats and disclosures included, and a secured loan's consequence stated
 * under the contract and the law.
 */
// The impostor as the source and a verb of saying after it, in the match's sentence before it:
// "不法分子冒充银行催收人员，声称“…”", "Callers pretending to be police … may say …"; what the
// impostors do, told in the same sentence ("不法分子冒充催收人员，在朋友圈发布曝光信息", guardzh26).
const ZH_IMPOSTOR_SAYS =
  /(?:不法分子|骗子|诈骗分子|冒充|假冒|自称)[^。!?\n]{0,40}?(?:声称|谎称|扬言|威胁|恐吓|称|说|以|发布|群发|发送|张贴|索要)[^。!?\n]*$|自称[^。!?\n]*$|(?:不法分子|骗子|诈骗分子)[^。!?\n]{0,12}?(?:冒充|假冒)[^。!?\n]*$/;
const EN_IMPOSTOR_SAYS =
  /\b(?:scammers?|fraudsters?|impostors?|imposters?|criminals|fake (?:callers?|collectors?|agents?)|(?:callers?|people|someone|anyone|texts?|messages?) (?:pretending|posing|claiming) to be|pretending to be|posing as)\b[^.!?\n]{0,80}?\b(?:say|says|said|saying|claim|claims|claiming|tell you|telling you|threaten|threatens|threatening|demand|demands|demanding)\b[^.!?\n]*$/;
// The message disowns what it quoted.
const ZH_DISOWNS =
  /请勿轻信|(?:请|切|千万)?(?:勿|不要)(?:相信|轻信|理会|上当)|不是(?:本行|我行|银行)的做法|(?:本行|我行|我们)(?:从)?(?:不会|绝不会|从不)(?:这样做|这么做|如此)|提高警惕|提高警觉|慎防|谨防|提防|切勿(?:相信|轻信|理会|汇款|转账)|小心求证|反诈骗|反诈|(?:均|都|全)(?:为|是)(?:谣言|诈骗|骗局|骗子)|这是(?:诈骗|骗局)|^警惕|(?:银行|法院|公安|警方)(?:和|与|及|或)?(?:银行|法院|公安|警方)?(?:都|均|也|从|绝)?(?:不会|从不)(?:通过|要求|让|以)/;
const ZH_DISOWNS_ANY = new Anywhere(ZH_DISOWNS);
const EN_DISOWNS =
  /\bwe (?:will )?never (?:threaten|do this|do that|ask|demand|call|contact|take|accept)\b|\bwe (?:do not|don't) (?:do this|threaten|ask|demand|accept)\b|\bhang up\b|\breport (?:such|these|those|them|it)\b|\b(?:is|are|it's|that's) (?:a )?(?:scam|fraud)\b/;
const EN_DISOWNS_ANY = new Anywhere(EN_DISOWNS);
// The quote's sentence must not also hold the bank's own voice.
const ZH_OWN_VOICE = /我们(?:就|会|将|要|马上)|本行(?:将|会|马上)|我行(?:将|会|马上)/;
const EN_OWN_VOICE = /\bwe(?:'ll| will| are going to| shall)\b(?! never)/;

/** Whether the match is inside a scam alert's quote of what impostors say, disowned by the message. */
export function quotesImpostor(text: string, at: number, end: number, lang: Lang): boolean {
  const disowns = lang === 'zh' ? ZH_DISOWNS_ANY : EN_DISOWNS_ANY;
  if (!disowns.in(text)) return false;
  const stops = lang === 'zh' ? '。!?！？\n' : '.!?\n';
  let s = at;
  while (s > 0 && at - s < 200 && !stops.includes(text.charAt(s - 1))) s--;
  const before = text.slice(s, at);
  if ((lang === 'zh' ? ZH_OWN_VOICE : EN_OWN_VOICE).test(sentenceAround(text, at, end, lang))) return false;
  return (lang === 'zh' ? ZH_IMPOSTOR_SAYS : EN_IMPOSTOR_SAYS).test(before);
}

// A secured loan named and its consequence bound to the contract and the law:
// "Repossession only happens as allowed by your contract and state law".
const EN_SECURED =
  /\b(?:collateral|pledged|secured|securing|security agreement|auto loan|car loan|vehicle loan|mortgage|lien holder)\b/;
const EN_SECURED_ANY = new Anywhere(EN_SECURED);
const EN_BOUND =
  /\b(?:as|where|when) (?:allowed|permitted|provided|authori[sz]ed) (?:by|under|in) (?:your |the )?(?:contract|loan agreement|agreement|security agreement|(?:applicable |state |federal )?laws?)\b|\bonly (?:as|where|when) (?:the )?(?:contract|agreement|law) (?:allows|permits)\b|\b(?:happen|happens|be done|take place) (?:only )?(?:as|where|when) (?:your |the )?(?:contract|loan agreement|agreement)(?: and (?:your |the )?(?:applicable |state |federal )?laws?)? (?:allows?|permits?)\b/;
const EN_BOUND_ANY = new Anywhere(EN_BOUND);
const EN_BOUND_ASSERTS =
  /\b(?:already|tomorrow|today|tonight|this week|next week|we(?:'ll| will| are going to| have)|has been|have been|is scheduled|are coming|is coming)\b/;
const ZH_SECURED = /抵押|质押|担保|车贷|房贷/;
const ZH_SECURED_ANY = new Anywhere(ZH_SECURED);
const ZH_BOUND =
  /(?:按|依|根据)(?:照)?(?:合同|约定)[^。!?\n]{0,12}(?:法律|法定|依法)|(?:合同|约定)和(?:法律|法定)程序|须经(?:过)?法定程序|必须(?:经过|按照?)法定程序/;
const ZH_BOUND_ANY = new Anywhere(ZH_BOUND);
const ZH_BOUND_ASSERTS = /已经|已(?!生效)|马上|立即|立刻|明天|今天|下周|我们(?:就|会|将|要)|等着/;

/** Whether a secured loan's consequence is stated under the contract and the law, nothing imminent. */
export function securedUnderLaw(text: string, at: number, end: number, lang: Lang): boolean {
  const secured = lang === 'zh' ? ZH_SECURED_ANY : EN_SECURED_ANY;
  const bound = lang === 'zh' ? ZH_BOUND_ANY : EN_BOUND_ANY;
  if (!secured.in(text) || !bound.in(text)) return false;
  const sentence = sentenceAround(text, at, end, lang);
  if (!bound.re.test(sentence)) return false;
  return !(lang === 'zh' ? ZH_BOUND_ASSERTS : EN_BOUND_ASSERTS).test(sentence);
}

// "If someone told your family you committed a crime, it was not us", "如果有人说要上门找您，那不是我们的人"
// (guard12): an act put on an unnamed other in an if-clause, then disowned in the same sentence.
const EN_IF_OTHER =
  /\b(?:if|when|whenever) (?:someone|anyone|somebody|a caller|a collector|a stranger|people|they)\b[^.!?\n]{0,60}$/;
const EN_NOT_US =
  /^[^.!?\n]{0,80}?[,;]\s*(?:that|it|this|they)(?: was| is|'s| were| are|'re)? ?(?:n't|not|never) (?:us|from us|the bank|our (?:staff|team|agents?))\b/;
const ZH_IF_OTHER = /(?:如果|若|假如|如)(?:有人|陌生人|对方|任何人)[^。!?\n]{0,30}$/;
const ZH_NOT_US =
  /^[^。!?\n]{0,40}?[，,；;](?:那|这|对方)?(?:都)?(?:不是|并非|绝不是)(?:我们|我行|本行|银行)/;

/** Whether the match is an act put on someone else in an if-clause that the sentence disowns. */
export function disownedReport(text: string, at: number, end: number, lang: Lang): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  const after = text.slice(end, end + 100);
  return lang === 'zh'
    ? ZH_IF_OTHER.test(before) && ZH_NOT_US.test(after)
    : EN_IF_OTHER.test(before) && EN_NOT_US.test(after);
}
