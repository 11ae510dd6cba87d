import type { Lang } from './rules/ruleTypes.js';
import { sentenceAround } from './negation.js';
import { statesFeeTermsEn } from './negationStatement.js';

/**
 * Readings of a bank's or regulator's lawful Chinese text that the rules' words also match
 * (guard17zh, issue 16, policy 2026.12.14): litigation costs billed as the contract says and
 * recourse offered to the person ("可申请调解、仲裁、诉讼"), a service listed as one the bank does not
 * offer or a published relief policy named by its name, a reminder that the bank never asks for
 * the card's code, and a fee schedule whose sums are terms, not anyone's balance. Each is
 * read only when nothing in its sentence makes an act imminent, names the police, a crime or an
 * action against "你".
 */

const IMMINENT =
  /马上|立刻|立即|即将|等着|今天|明天|后天|下周|本周|这周|坐牢|拘留|拘传|抓|公安|警察|报警|刑事|犯罪|告你|起诉你|起诉您|你已被|您已被|已(?:经)?(?:对|向)(?:你|您)/;

// Costs of litigation billed or borne as the contract or the judgment says.
const COST = /(?:诉讼|涉诉)[^。!?\n]{0,14}?费|诉讼费|保全费|律师费|实现债权的(?:合理)?费用/;
const BOUND = /合约|合同|约定|依约|契约|判决|裁判|条款|(?:已)?涉诉的?(?:信用卡|账户|帐户)/;
// "不还就起诉，诉讼费由你承担": a cost named inside a threat is no billing notice.
const IF_NOT = /不还|再不|否则|逾期不|如不|若不/;
const BILLED = /计入|列入|承担|收取|账单|账务|计收/;
// Recourse offered to the person or to either party: a means among others, as a right.
const MEANS = /调解|仲裁|投诉|评议|申诉|复议|救济|维权|维护[^。!?\n]{0,6}权益|任何一方|双方|协商不成/;
const MAY = /(?:可|可以|亦可|均可|也可|得)(?:直接)?(?:通过|申请|向|依法|选择|任选)|任选|有权/;

/** Whether a court word names litigation costs billed per contract, or recourse the person may use. */
export function billsOrOffersRecourse(text: string, at: number, end: number, lang: Lang): boolean {
  if (lang !== 'zh') return false;
  const sentence = sentenceAround(text, at, end, lang);
  if (IMMINENT.test(sentence)) return false;
  if (COST.test(sentence) && BOUND.test(sentence) && BILLED.test(sentence) && !IF_NOT.test(sentence))
    return true;
  if (suspendsActs(text, at, end)) return true;
  return MEANS.test(sentence) && MAY.test(sentence) && !IF_NOT.test(sentence);
}

// "…停止一切催收作业，包含短信、电话、强制执行…等一切活动": the match is one of the acts stopped.
const STOPS = /(?:停止|暂停|不得|禁止|不会)(?:一切|所有|任何)?[^。!?\n]{0,40}$/;
const LISTED_ACT = /^[^。!?\n]{0,24}?等(?:一切|所有)?(?:活动|行为|作业|措施|手段)/;

function suspendsActs(text: string, at: number, end: number): boolean {
  return STOPS.test(text.slice(Math.max(0, at - 60), at)) && LISTED_ACT.test(text.slice(end, end + 30));
}

// "对参加防控的医护人员…将给予还款期宽限": relief published for a group, said to no one in particular.
const FOR_GROUP = /^(?:对|对于)[^。!?\n]{0,60}?(?:人员|患者|客户|群体|借款人|持卡人|企业|商户|居民)/;

// "征信中心不对外提供…征信修复等相关服务": the match is one of the services refused.
const REFUSES = /(?:不|不会|从不|并不|不再|从未)(?:对外)?(?:提供|办理|受理|开展|从事|承接)[^。!?\n]{0,40}$/;
const LISTED_SERVICE = /^[^。!?\n]{0,12}?(?:等)?(?:相关)?(?:服务|业务)/;
// "一次性征信修复政策实行免申即享": the name of a published policy, with no fee asked.
const POLICY_NAME = /^(?:政策|措施|工作)/;
const PUBLISHED = /人民银行|人行|监管|国家|一次性|免申即享|无需申请|无需本人申请|公告/;
const FEE_ASKED = /(?<!无|不|无需|不需)(?:需|须|要|先)(?:交|缴|付|支付)(?:费|钱|定金|押金|服务费|手续费|\d)/;

/** Whether a commitment word is a service the speaker says it does not offer, or a published policy's name. */
export function refusedOrPublished(text: string, at: number, end: number, lang: Lang): boolean {
  if (lang !== 'zh') return false;
  const start = Math.max(0, at - 60);
  if (REFUSES.test(text.slice(start, at)) && LISTED_SERVICE.test(text.slice(end, end + 16))) return true;
  if (POLICY_NAME.test(text.slice(end, end + 4)) && PUBLISHED.test(text) && !FEE_ASKED.test(text))
    return true;
  const sentence = sentenceAround(text, at, end, lang);
  return (FOR_GROUP.test(sentence) || FOR_GROUP.test(text)) && !/[你您]/.test(text);
}

// "我行不会以任何理由向客户索要…卡背面三位数字", "妥善保管…安全码，银行工作人员不会询问这些信息".
const NEVER_ASKS =
  /(?:不会|从不|绝不|决不|从未|不得|不以任何)[^。!?\n]{0,24}?(?:索要|索取|询问|要求(?:您|你|客户)?提供|让(?:您|你)提供|向(?:您|你)要|问(?:您|你)要)|(?:切勿|请勿|不要|勿)[^。!?\n]{0,8}?(?:告知|透露|泄露|提供|告诉)/;
const ASKS =
  /(?:请|麻烦)(?:您|你)?(?:现在)?(?:提供|告诉|发送|报|念)|(?:发|告诉|报|念|读)(?:给)?我|发过来|把[^。!?\n]{0,14}(?:发|告诉|报|念)/;

/** Whether a card-code word sits in a reminder that the bank never asks for it. */
export function remindsNeverAsked(text: string, at: number, end: number, lang: Lang): boolean {
  if (lang !== 'zh') return false;
  const sentence = sentenceAround(text, at, end, lang);
  return NEVER_ASKS.test(sentence) && !ASKS.test(sentence);
}

// A fee schedule: rates and bounds quoted from the contract or a notice; no one's own account.
const TERMS = /合约|合同|约定|契约|条款|收费标准|收取标准|标准|公告|按(?:照)?[^。!?\n]{0,40}?(?:收取|计收)/;
const RATE = /\d+(?:\.\d+)?%|最低|最高|不超过|年费|费率|日利率|万分之/;
const OWN =
  /(?:您|你)(?:的|本期|名下|当前|目前|尚|已)[^。!?\n,]{0,6}(?:欠|逾期|账单|应还|余额|未还|透支)|尾号|本期应还|(?:您|你)(?:已经?)?逾期|(?:您|你)(?:还)?欠|请(?:您|你)?(?:于|在|尽快|及时|马上)[^。!?\n]{0,10}(?:还款|还清|缴|存入)|先生|女士|小姐|[\u4e00-\u9fa5]某/;

/** Whether the whole message is a fee schedule or a published policy's bounds, about no one's account. */
export function statesTerms(text: string): boolean {
  if (!/[\u4e00-\u9fa5]/.test(text)) return statesFeeTermsEn(text);
  return TERMS.test(text) && RATE.test(text) && !OWN.test(text);
}

/** The readings above for the rules they excuse (engine's `excusedByReading`). */
export function excusedByTermsZh(
  rule: { readonly id: string; readonly category: string; readonly lang: Lang },
  text: string,
  at: number,
  end: number,
): boolean {
  if (rule.category === 'unauthorized_commitment') return refusedOrPublished(text, at, end, rule.lang);
  if (rule.id === 'privacy.credentials_request') return remindsNeverAsked(text, at, end, rule.lang);
  if (rule.id === 'false_legal.court') return billsOrOffersRecourse(text, at, end, rule.lang);
  return false;
}
