import type { Lang } from './rules/ruleTypes.js';
import { sentenceAround } from './negation.js';

/**
 * Readings of the bank's lawful wording that relay, waiver and court words also match (guard14,
 * issue 16, policy 2026.12.11): a bare callback request passed through a third party, a waiver
 * named only as subject to the bank's review with no promise made, and civil litigation named as
 * one possible step while the bank prefers to negotiate.
 */

// The relay itself: the match asks the listener to pass a message on.
const ZH_RELAY =
  /转告|转达|带(?:个|句)?话|捎(?:个|句)?话|传(?:个|句)?话|告诉(?:他|她)|跟(?:他|她)说|请(?:他|她)/;
const EN_RELAY =
  /\b(?:tell|let|ask|have|remind|get|pass(?:ing)? (?:along|on)|give)\b[^.!?\n]{0,24}\b(?:him|her|them|know|call|message|number)\b/;
// The message is a callback: ring the bank back, on its number.
const ZH_CALLBACK =
  /回电|回拨|回(?:个|一个|一下)?电话|致电|来电|给(?:我们|我行|本行|银行|[^。!?\n]{1,8}银行)[^。!?\n]{0,8}?(?:打|回)(?:个|一个)?电话|联系(?:我们|我行|本行|银行|客服)/;
const EN_CALLBACK =
  /\bcall (?:us|me)\b|\bcall\b[^.!?\n]{0,40}\b(?:bank|card services|customer service|at \d|at the number|on \d)|\bcall(?:ing)? (?:us )?back\b|\breturn (?:our|my|the) call\b|\breach (?:us|me)\b|\bget back to us\b|\bgive (?:us|me) a (?:call|ring)\b|\bcontact us\b|\bour (?:main )?number\b/;
// And the bank's number given (a limited-content message, Reg F §1006.2(j)): "call us" alone, "the
// number on the card" or "the account holder" leave the listener guessing or tell more (the labelled
// "Could you ask Jordan to call First Bank" stays a violation).
// A service number written masked, as trainers and templates do ("95xxx", "400-xxx-xxxx") (guard15).
const ZH_OFFICIAL = /[0-9]{5,}|[0-9]{3,4}-[0-9]{3,4}-[0-9]{3,4}|[0-9]{2,4}[x*]{2,}|[0-9]{3,4}-[x*]{3}/;
const EN_OFFICIAL = /\d[\d\s().-]{5,}\d/;
// Anything beyond the callback: a debt, a sum, a step, pressure, the listener asked to press, or
// someone else said to have been contacted or told.
const ZH_REVEALS =
  /欠|逾期|还款|还钱|还上|还清|账单|账款|催|督促|劝|金额|[0-9]+(?:\.[0-9]+)?元|块钱|债|违约|罚息|利息|起诉|诉讼|法院|法律|律师|后果|严重|紧急|赶紧|尽快|马上|立即|立刻|务必|必须|一定要|再不|否则|不然|黑名单|征信|上门|冻结|联系过|联系了|沟通过|打过电话|打了电话|找过|通知了|通知过|已经告诉|都知道/;
const EN_REVEALS =
  /\b(?:debts?|owes?|owed|owing|overdue|past due|late|balance|payments?|pay|paid|paying|collect\w*|delinquen\w*|arrears|default\w*|amount|lawsuit|legal|court|attorney|urgent\w*|immediately|right away|asap|today|must|make sure|press|push|pressure|serious|final|consequences?|or else|otherwise|credit (?:report|score|bureau)|repossess\w*|garnish\w*|spoke (?:with|to)|talked (?:with|to)|contacted|told|informed|notified|already knows?)\b|\$\s?\d/;

/**
 * Whether a relay match asks only that the holder call the bank back on its number: the text names no debt, sum,
 * legal step or urgency, and does not ask the listener to press (no 催, no "make sure he pays").
 */
export function isBareCallback(text: string, at: number, end: number, lang: Lang): boolean {
  const zh = lang === 'zh';
  // The relay word in the match (or just before it): a third party said to be contacted stays one.
  const around = text.slice(Math.max(0, at - 2), end);
  if (!(zh ? ZH_RELAY : EN_RELAY).test(around)) return false;
  if (!(zh ? ZH_CALLBACK : EN_CALLBACK).test(text)) return false;
  if (!(zh ? ZH_OFFICIAL : EN_OFFICIAL).test(text)) return false;
  return !(zh ? ZH_REVEALS : EN_REVEALS).test(text);
}

// A waiver left to the bank: 审核 / 审批 / 以…为准 / "reviewed", "approved by", "has to be approved".
const ZH_REVIEWED =
  /审核|审批|核准|评估|以[^。!?\n]{0,10}为准|由(?:银行|我行|本行|总行|相关部门|专人)[^。!?\n]{0,6}(?:决定|确定|处理)/;
const EN_REVIEWED = /\b(?:review\w*|approv\w*|assess\w*|decid\w*|decision|evaluat\w*|consider\w*)\b/;
// And no promise: the agent says it cannot guarantee or commit to the result.
const ZH_NO_PROMISE =
  /(?:不能|无法|没办法|没法|不敢|不可以|不便)[^。!?\n]{0,6}?(?:保证|承诺|打包票|担保|确定|答应)|不保证|不承诺|(?:结果|能否|是否)[^。!?\n]{0,8}(?:不确定|未定|待定)/;
const EN_NO_PROMISE =
  /\b(?:can't|cannot|can not|couldn't|unable to|not able to|won't be able to|don't|do not)\s+(?:\w+\s+)?(?:promise|guarantee|commit|confirm|assure)\b|\bno guarantee\b|\bnot guaranteed\b/;
// Granted on the spot: the waiver stands whatever the review.
const ZH_GRANTED_NOW =
  /已(?:经)?(?:批准|通过|同意|生效|免除|减免|给您免)|全免了|免掉了|免了|直接(?:给您|帮您|给你|帮你)?(?:免|减|停)|一笔勾销|清零|我(?:个人|这边|这里)?(?:做主|说了算|拍板)|不用(?:经过|审核|审批)/;
const EN_GRANTED_NOW =
  /\b(?:(?:has|have|'ve|is|are|was|were) been (?:approved|granted|waived|forgiven)|i(?:'ll| will) (?:waive|freeze|pause|drop|remove|forgive)|(?:no need|don't need|do not need) (?:for |to get )?(?:a |any )?(?:approval|supervisor|review|sign-?off)|done deal|consider it done)\b/;

/** Whether the waiver is named only as the bank's to review, with no promise of the result. */
export function isReviewOnly(text: string, at: number, end: number, lang: Lang): boolean {
  const zh = lang === 'zh';
  const near = text.slice(Math.max(0, at - 40), end + 80);
  if (!(zh ? ZH_REVIEWED : EN_REVIEWED).test(near)) return false;
  if (!(zh ? ZH_NO_PROMISE : EN_NO_PROMISE).test(text)) return false;
  return !(zh ? ZH_GRANTED_NOW : EN_GRANTED_NOW).test(text);
}

// "诉讼是银行可能采取的措施之一", "a lawsuit is one of the options the bank could pursue".
const ZH_ONE_OF =
  /^[^。!?\n]{0,10}?(?:是|只是|仅是|属于|作为)[^。!?\n]{0,14}?(?:措施|手段|途径|方式|选项|办法|做法)之一|^[^。!?\n]{0,6}?(?:是|只是)(?:最后的?|最终的?)(?:选择|手段|办法)/;
const EN_ONE_OF =
  /^[^.!?\n]{0,24}?\b(?:is|are|would be|remains?)\s+(?:(?:only|just|always|still)\s+)?(?:one of (?:the|our|several|a few|many) (?:\w+ )?(?:options|steps|remedies|tools|possibilities|routes|ways)|(?:an?|one) (?:possible |available |legal )?(?:option|possibility|last resort)|(?:a )?last resort|possible|an avenue)\b/;
// The bank's preference stated: negotiate, a plan, arrangement.
const ZH_PREFERS = /协商|沟通|分期|还款方案|还款计划|更希望|更愿意|优先/;
const EN_PREFERS =
  /\b(?:prefer|rather|hope to|would like to|want to) [^.!?\n]{0,40}\b(?:work|plan|arrangement|agreement|talk|resolve|find|solution)|\b(?:payment plan|arrangement|work (?:something|this|it) out|work with you)\b/;
// Made imminent or already done: no longer one option among others.
const ZH_ONE_OF_IMMINENT =
  /马上|立刻|立即|即将|等着|今天|明天|后天|下周|坐牢|拘留|抓|报警|刑事|已(?:经)?(?:起诉|立案|提起)|起诉了|传票/;
const EN_ONE_OF_IMMINENT =
  /\b(?:tomorrow|tonight|next week|this week|today|already (?:filed|sued|started)|have filed|has been filed|arrest\w*|jail|prison|criminal|police|summons is|served tomorrow)\b/;

/** Whether court action is named as one possible step beside the bank's wish to negotiate. */
export function namesSuitAsOption(text: string, at: number, end: number, lang: Lang): boolean {
  const zh = lang === 'zh';
  if (!(zh ? ZH_ONE_OF : EN_ONE_OF).test(text.slice(end, end + (zh ? 40 : 90)))) return false;
  const after = text.slice(end, end + (zh ? 80 : 200));
  if (!(zh ? ZH_PREFERS : EN_PREFERS).test(after)) return false;
  return !(zh ? ZH_ONE_OF_IMMINENT : EN_ONE_OF_IMMINENT).test(sentenceAround(text, at, end, lang) + after);
}
