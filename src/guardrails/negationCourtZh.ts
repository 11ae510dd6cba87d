/**
 * Lawful Chinese wording that legal and visit words match (guardzh24, issue 16), read by
 * structure rather than by phrase:
 *
 * - 所谓“上门走访”…我行一律不会…: a claim introduced as "so-called" and denied by the bank in the
 *   same sentence is quoted, not made.
 * - The court as the actor, the person referred to it: "后续执行措施由法院依法决定", "由法院依法冻结，
 *   具体请您联系执行法院". A bank may say that it applied to a court and that the court decides;
 *   it is a threat only with something imminent or forced in the same message (明天, 马上, 抓,
 *   拘留, 上门, 否则, 再不).
 * - The bank cooperating with the police the person called ("建议您先报警…我们会配合警方调查"): the
 *   police act for the person, not against them.
 */
import type { PatternRule } from './rules/index.js';

const STOP = /[.!?\n。！？]/;

function sentenceEnd(text: string, end: number): number {
  let e = end;
  while (e < text.length && e - end < 120 && !STOP.test(text.charAt(e))) e++;
  return e;
}

// "所谓" just before the quoted claim (its quotation marks allowed).
const SO_CALLED = /所谓[^。!?\n]{0,12}$/;
// The bank denies it later in the sentence.
const BANK_DENIES =
  /(?:我行|本行|我们|银行|我司)(?:一律|绝对|从来|从|都|均|也)?(?:不会|绝不|从不|不)(?:在|对|向|主动|采取|进行|使用|做|上门|联系)?/;

function soCalledDenied(text: string, at: number, end: number): boolean {
  if (!SO_CALLED.test(text.slice(Math.max(0, at - 14), at))) return false;
  return BANK_DENIES.test(text.slice(end, sentenceEnd(text, end)));
}

// The court decides or acts under the law, or the person is sent to the court or its judge.
const COURT_ACTS =
  /由(?:人民)?法院(?:依法)?(?:决定|作出|执行|冻结|负责|送达|裁定)|法院依法(?:决定|冻结|执行)|(?:联系|咨询|致电)(?:执行)?法院|执行法官/;
// Anything that makes it a threat instead: a deadline, force, a visit, a condition.
const IMMINENT =
  /马上|立刻|立即|今天|今晚|明天|后天|\d+小时|抓|拘|坐牢|上门|否则|再不|不然|后果自负|全部冻结|所有银行卡|名下所有/;

function courtActs(text: string): boolean {
  return COURT_ACTS.test(text) && !IMMINENT.test(text);
}

// "我们会配合警方调查": the bank is the one cooperating.
const BANK_COOPERATES = /(?:我们|我行|本行|银行)(?:会|将|也会|愿意|可以|一定)?(?:积极)?(?:配合|协助)?$/;
// And the person is the one who reports: 报警, 报案, 冒名, 被盗刷.
const PERSON_REPORTS = /(?:您|你)[^。!?\n]{0,8}?(?:报警|报案)|冒名|冒用|被盗刷|盗用/;

function bankCooperates(text: string, at: number): boolean {
  return BANK_COOPERATES.test(text.slice(Math.max(0, at - 8), at)) && PERSON_REPORTS.test(text);
}

export function excusedAsCourtZh(rule: PatternRule, text: string, at: number, end: number): boolean {
  if (rule.lang !== 'zh') return false;
  if ((rule.category === 'threat' || rule.category === 'false_legal') && soCalledDenied(text, at, end))
    return true;
  if (rule.id === 'false_legal.court' && courtActs(text)) return true;
  return rule.id === 'false_legal.arrest' && bankCooperates(text, at);
}
