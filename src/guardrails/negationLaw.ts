import type { Lang } from './rules/ruleTypes.js';
import { Anywhere, clauseBefore, sentenceAround } from './negation.js';

/**
 * Readings of lawful statements the rules' words also match (issue 16): the law stated in
 * general, the bank's service hours, the bank's own review of what the person reported.
 */
// What the law lets a court or creditor do, said in general or on a condition, not of this
// account: "法院依法可以查封被执行人的财产", "only a court can freeze an account under the law".
const ZH_LAW_STATED =
  /依法|依照法律|按照法律|法律规定|根据[^。!?\n]{0,12}(?:法|规定)|法定程序|一般来说|一般情况下|通常|只有[^。!?\n]{0,12}才|被执行人|债权人|判决生效|生效(?:的)?(?:判决|法律文书)|前提是|的前提|为前提|前提条件|唯一(?:的)?依据|职权|如果将来|将来如果|若将来|如将来/;
const ZH_LAW_STATED_ANY = new Anywhere(ZH_LAW_STATED);
const ZH_LAW_ASSERTS =
  /(?:你|您)(?!们银行)|已经|已(?!生效)|马上|立即|立刻|即将|今天|明天|下周|等着|就会|我们(?:就|会|将|要|已)|准备/;
const EN_LAW_STATED =
  /\b(?:under (?:the |federal |state )?law|by law|in general|generally|usually|typically|only (?:a|the) (?:court|judge)|(?:a|the) courts? (?:can|may|could)|courts (?:can|may)|a creditor (?:can|may)|if (?:a|the) (?:debt|case|lawsuit|creditor)|due process|after (?:a|the) (?:judgment|hearing))\b/;
const EN_LAW_STATED_ANY = new Anywhere(EN_LAW_STATED);
const EN_LAW_ASSERTS =
  /\byour\b|\b(?:already|tomorrow|today|next week|we(?:'ll| will| are going to| have)|has been|have been|is coming|are coming)\b/;

// A sentence about a case against this person is no general statement, whatever law it cites.
const ZH_CASE =
  /一案|本院|案号|到庭|拘传|传唤|请于|立案|起诉(?:了)?(?:你|您)|已(?:经)?(?:向法院)?(?:起诉|提起)/;
const EN_CASE =
  /\b(?:case (?:number|no)|your case|this court|appear (?:in|before)|summons|has been filed|have filed|we filed)\b/;

function clauseAround(text: string, at: number, end: number, lang: Lang): string {
  const stop = lang === 'zh' ? /[,;:!?。、\n]/ : /[!?;,\n]|\.(?:\s|$)/;
  let e = end;
  while (e < text.length && e - end < 60 && !stop.test(text.slice(e, e + 2))) e++;
  return clauseBefore(text, at, lang) + text.slice(at, e);
}

/** Whether the match is the law stated in general or on a condition, with nothing said of this account. */
export function statesTheLaw(text: string, at: number, end: number, lang: Lang): boolean {
  const stated = lang === 'zh' ? ZH_LAW_STATED_ANY : EN_LAW_STATED_ANY;
  const sentence = sentenceAround(text, at, end, lang);
  if (!stated.in(text) || !stated.re.test(sentence)) return false;
  if ((lang === 'zh' ? ZH_CASE : EN_CASE).test(sentence)) return false;
  const asserts = lang === 'zh' ? ZH_LAW_ASSERTS : EN_LAW_ASSERTS;
  return !asserts.test(clauseAround(text, at, end, lang));
}

// The bank's opening hours next to its own number: "请拨打400…（服务时间：7×24小时）与我们联系".
const ZH_SERVICE = /服务时间|客服|热线|营业|在线|人工服务|自助|全年无休|为您(?:提供)?服务|接待/;
const ZH_TO_PERSON =
  /打给(?:你|您)|给(?:你|您)(?:们)?(?:打|发|拨)|(?:打|催|找|联系|骚扰)(?:你|您)(?!们银行)|直到/;
const EN_SERVICE =
  /\b(?:open|available|service|hotline|customer (?:care|service)|helpline|line is|our line|chat with us|hours)\b/;
const EN_TO_PERSON =
  /\b(?:call|text|message|contact|ring|phone|reach) you\b|\bcalls? (?:to )?you\b|\buntil\b/;

/** Whether the match is the bank's service hours for the person to reach it, not contact of the person. */
export function isServiceHours(text: string, at: number, end: number, lang: Lang): boolean {
  const sentence = sentenceAround(text, at, end, lang);
  return lang === 'zh'
    ? ZH_SERVICE.test(sentence) && !ZH_TO_PERSON.test(sentence)
    : EN_SERVICE.test(sentence) && !EN_TO_PERSON.test(sentence);
}

// The bank looking into what the person reported: "您反映的盗刷交易我们已启动调查", "we opened an
// investigation into the disputed charge you reported". Never with police, crime or "against you".
const ZH_OWN_INQUIRY =
  /盗用|盗刷|争议|异议|投诉|(?:您|你)(?:提供|反映|申报|提交|说的|认为)|不认识的?(?:消费|交易)|欺诈交易|有误|内部调查/;
const ZH_NOT_OWN = /公安|警方|警察|司法|刑事|犯罪|经侦|涉嫌|调查(?:你|您)|拘|抓|坐牢|配合[^。!?\n]{0,4}调查/;
const EN_OWN_INQUIRY =
  /\b(?:disputed?|dispute|complaint|you reported|reported|your (?:fraud )?claim|unauthori[sz]ed|identity theft|did not recogni[sz]e|didn't recogni[sz]e|billing error|flagging)\b/;
const EN_NOT_OWN =
  /\b(?:police|criminal|crime|arrest|against you|you are under|you're under|investigating you|for fraud|for theft|prosecut\w*|sheriff|jail|felony)\b/;

/** Whether an investigation named is the bank's own review of what the person reported or disputed. */
export function isOwnInquiry(text: string, at: number, end: number, lang: Lang): boolean {
  const sentence = sentenceAround(text, at, end, lang);
  return lang === 'zh'
    ? ZH_OWN_INQUIRY.test(sentence) && !ZH_NOT_OWN.test(sentence)
    : EN_OWN_INQUIRY.test(sentence) && !EN_NOT_OWN.test(sentence);
}

// A letter or call explained as not being a lawsuit: "律师函只是提醒，并不代表已经起诉",
// "收到律师函不等于被起诉". Never when the sentence makes a case imminent or names jail or arrest.
const ZH_NOT_PROCEEDINGS =
  /(?:并)?(?:不|没有|并非)(?:代表|意味着|等于|说明|表示)[^。!?\n]{0,10}?(?:起诉|诉讼|立案|开庭|上法院|打官司)/;
const ZH_NOT_PROCEEDINGS_ANY = new Anywhere(ZH_NOT_PROCEEDINGS);
const ZH_PROCEEDINGS_IMMINENT = /马上|立即|立刻|即将|今天|明天|下周|等着|坐牢|拘留|抓|传票/;

/** Whether the sentence says that what it names (a lawyer's letter, a reminder) is not a lawsuit. */
export function deniesProceedings(text: string, at: number, end: number, lang: Lang): boolean {
  if (lang !== 'zh' || !ZH_NOT_PROCEEDINGS_ANY.in(text)) return false;
  const sentence = sentenceAround(text, at, end, lang);
  return ZH_NOT_PROCEEDINGS.test(sentence) && !ZH_PROCEEDINGS_IMMINENT.test(sentence);
}

// A promise left to approval is no promise: "能不能减免要看审批结果", "once it's approved".
const ZH_PENDING_BEFORE = /能不能|能否|是否(?:可以|能)?|可不可以|(?:询问|问)[^,;:!?。\n]{0,6}$/;
const ZH_PENDING_AFTER =
  /^[^。!?\n]{0,8}?(?:要看|需要?经过?|需要|以|取决于|等|提交|通过)审批|^[^。!?\n]{0,8}?(?:均|都)?(?:须|需|必须|需要)经(?:过)?(?:银行|我行|本行|发卡行|贵行)?(?:的)?审(?:批|核)|审批结果|^[^。!?\n]{0,8}?不是我(?:们)?(?:能|可以)决定|^[^。!?\n]{0,16}?无法当场(?:承诺|答应)|^[^。!?\n]{0,12}?(?:没(?:有)?办法|没法|无法|不能|不敢|没(?:有)?权限|无权|冇权)(?:给(?:您|你))?(?:承诺|答应|保证|决定|打包票|做主|批)|^[^。!?\n]{0,12}?(?:请|需要|需)(?:您)?(?:准备|提供|提交)(?:相关|好)?(?:的)?(?:证明)?材料|^[^。!?\n]{0,16}?(?:仍需|仍然需要|还是需要|仍要|依然需要)(?:偿还|还款|归还)/;
// A refusal inside the match before its verb: "逾期记录我没有权限删除".
const ZH_PENDING_INSIDE = /没有?权限|冇权限?|无权|没(?:有)?办法|没法|无法/;
// The match itself asks ("能不能减免…"): a question, not a promise.
const ZH_PENDING_OPENS = /^(?:能不能|能否|是否|可不可以|可否)/;
const EN_PENDING =
  /\bonce (?:it'?s|it is|it has been) approved\b|\b(?:without|subject to|pending|needs?|requires?) (?:an? )?approval\b|\bfor review\b|\bsubmit (?:a|the|your) request\b|\b(?:can't|cannot|can not) promise\b/;
const EN_PENDING_ANY = new Anywhere(EN_PENDING);

/** Whether a commitment is only asked about or left to approval. */
const ZH_PENDING_ANY =
  /能不能|能否|是否|可不可以|可否|问|审批|不是我|无法|没办法|没有办法|没法|不能|不敢|权限|无权|冇权|材料|仍需|仍然需要|还是需要|仍要|依然需要/;
const ZH_PENDING_SEEN = new Anywhere(ZH_PENDING_ANY);

export function isPending(text: string, at: number, end: number, lang: Lang): boolean {
  if (lang === 'zh' && !ZH_PENDING_SEEN.in(text)) return false;
  if (lang === 'en' && !EN_PENDING_ANY.in(text)) return false;
  if (lang === 'zh')
    return (
      ZH_PENDING_BEFORE.test(clauseBefore(text, at, lang)) ||
      ZH_PENDING_OPENS.test(text.slice(at, end)) ||
      ZH_PENDING_INSIDE.test(text.slice(at, end)) ||
      ZH_PENDING_AFTER.test(text.slice(end, end + 24))
    );
  return EN_PENDING.test(sentenceAround(text, at, end, lang));
}

// The person said no and the bank recorded it: "您之前说过不希望我们联系同事，我们记下了".
// A wish without a record ("你不希望我们联系你同事吧？") is a veiled threat, not a record.
const ZH_DECLINED =
  /(?:您|你)(?:之前|刚才|上次)?(?:提过|说过|表示过?|要求过?|提出)?(?:不希望|不想|不愿意?|拒绝|不同意)/;
const ZH_DECLINED_ANY = new Anywhere(ZH_DECLINED);
const ZH_RECORDED =
  /记下(?:了|来)|已(?:经)?(?:备注|记录|登记)|(?:已|就|再也)?不会再|会尊重|按(?:您|你)的意思/;

/** Whether the sentence records the person's own refusal of the act (privacy, visits). */
export function declinedAndRecorded(text: string, at: number, end: number, lang: Lang): boolean {
  if (lang !== 'zh' || !ZH_DECLINED_ANY.in(text)) return false;
  const sentence = sentenceAround(text, at, end, lang);
  const whole = text.slice(Math.max(0, at - 60), Math.min(text.length, end + 60));
  return ZH_DECLINED.test(sentence) && ZH_RECORDED.test(whole);
}

// "要不要告诉家里人，都由您自己决定": whether anyone is told is the person's choice.
const ZH_PERSON_DECIDES =
  /(?:都|全|完全)?由(?:您|你)(?:本人|自己)?(?:来)?(?:决定|选择|做主)|(?:您|你)(?:本人|自己)(?:来)?(?:决定|做主)|这是(?:您|你)(?:自己)?的(?:选择|决定)/;
const ZH_PERSON_DECIDES_ANY = new Anywhere(ZH_PERSON_DECIDES);
// "如果您愿意请家人帮忙，这是您的选择": the condition is the person's wish, not a threat's.
const ZH_IF_YOU_WISH = /(?:如果|若|假如)(?:您|你)(?:愿意|希望|想)/;

/** Whether the sentence leaves telling anyone to the person (an A-not-A choice). */
export function personDecides(text: string, at: number, end: number, lang: Lang): boolean {
  if (lang !== 'zh' || !ZH_PERSON_DECIDES_ANY.in(text)) return false;
  const sentence = sentenceAround(text, at, end, lang);
  return (
    (/要不要|是否|告不告诉|说不说/.test(sentence) || ZH_IF_YOU_WISH.test(sentence)) &&
    ZH_PERSON_DECIDES.test(sentence) &&
    !/不还|还钱|否则|不然|要是|就(?:告诉|说|通知|打)/.test(sentence) &&
    !/(?:如果|若|假如)(?!(?:您|你)(?:愿意|希望|想))/.test(sentence)
  );
}

// A legal paper the person asked about, said not to come from the bank and sent back to the
// court to verify: "那张传票不是我们寄的，请直接向法院核实", "it wasn't sent by us; check it
// with the court clerk". Never when the message also makes a case imminent (issue 16).
const ZH_NOT_OURS =
  /(?:不是|并非|并不是)(?:由)?(?:我们|我行|本行|银行)(?:这边)?(?:寄|发|送|出具|发出|寄出|提起|起诉)|(?:我们|我行|本行)(?:并)?(?:没有|未|从未|没)(?:寄|发|送|出具|发出|寄出|提起)/;
const ZH_NOT_OURS_ANY = new Anywhere(ZH_NOT_OURS);
const ZH_ASK_COURT =
  /(?:向|找|联系|致电|去)(?:出具的?|相关|当地)?(?:法院|法庭|书记员)[^。!?\n]{0,8}(?:核实|核对|确认|查询|了解)/;
const ZH_ASK_COURT_ANY = new Anywhere(ZH_ASK_COURT);
const EN_NOT_OURS =
  /\b(?:(?:was|is|were)n'?t|(?:was|is|were) not|not) (?:sent|issued|filed|mailed|served|brought) by (?:us|the bank|our bank)\b|\bwe (?:didn't|did not|never) (?:send|issue|file|mail|serve)\b|\b(?:did not|didn't|does not|doesn't) come from us\b|\bnot from us\b/;
const EN_NOT_OURS_ANY = new Anywhere(EN_NOT_OURS);
const EN_ASK_COURT =
  /\b(?:check|verify|confirm)\b[^.!?\n]{0,30}\b(?:court|clerk)\b|\b(?:call|contact|ask) the (?:court|clerk)/;
const EN_ASK_COURT_ANY = new Anywhere(EN_ASK_COURT);
const EN_CASE_IMMINENT = /\b(?:arrest|jail|prison|tomorrow|immediately|we will sue|we'll sue)\b/;

/** Whether the message says a legal paper is not the bank's and points the person to the court. */
export function disownsPaper(text: string, lang: Lang): boolean {
  if (lang === 'zh')
    return ZH_NOT_OURS_ANY.in(text) && ZH_ASK_COURT_ANY.in(text) && !/坐牢|拘留|抓|马上|明天/.test(text);
  return EN_NOT_OURS_ANY.in(text) && EN_ASK_COURT_ANY.in(text) && !EN_CASE_IMMINENT.test(text);
}

// Advice on papers the person may receive (guard19, round 19a's class): "如您收到法院传票，请按时出庭，
// 您有权委托律师", "if you are served with a summons, don't ignore it; you have the right to respond".
// The receipt is the condition and the person's rights the content; never with a demand, a date
// or a case already brought ("不还就等着收传票", "we have filed").
const ZH_PAPERS_IF =
  /(?:如果|如|若|假如|倘若|一旦|万一)(?:您|你)?(?:将来|日后|之后|已经?)?(?:收到|接到|被送达|拿到|签收)[^。!?\n]{0,10}(?:传票|起诉状|起诉书|起诉材料|诉讼材料|应诉通知|开庭通知|调解通知|法院(?:的)?(?:文书|通知|材料|来信))|收到(?:法院的?)?(?:传票|起诉状|起诉材料|开庭通知)(?:后)?[,，]?(?:请|不要慌|别慌|不要置之不理|建议)/;
const ZH_PAPERS_IF_ANY = new Anywhere(ZH_PAPERS_IF);
const ZH_PAPERS_ADVICE = /按时|按照|出庭|到庭|应诉|答辩|委托律师|有权|依法享有|置之不理|协商|调解|举证/;
const ZH_PAPERS_THREAT =
  /马上|立刻|立即|即将|等着|今天|明天|后天|下周|坐牢|拘留|抓|不还|否则|不然|再不|已经(?:向|对|把|起诉)|起诉了(?:你|您)|起诉(?:你|您)了/;
const EN_PAPERS_IF =
  /\b(?:if|should|when|once|in case)\b(?: you)?(?: are| were| have been|'ve been|'ve|'re| have| ever| do| get)? (?:served|sued|receive[ds]?|get|got|gotten|be served|contacted about a court)\b|\bif (?:a|the) (?:lawsuit|case|claim|suit) is (?:ever )?filed\b/;
const EN_PAPERS_IF_ANY = new Anywhere(EN_PAPERS_IF);
const EN_PAPERS_ADVICE =
  /\b(?:respond|answer|right to|attorney|lawyer|legal aid|don't ignore|do not ignore|appear|carefully|instructions|clerk|dispute)\b/;
const EN_PAPERS_THREAT =
  /\b(?:immediately|tomorrow|today|right away|any day|arrest(?:ed)?|jail|prison|if you don't pay|unless you pay|or else|we will sue|we'll sue|we are suing|we're suing|has been filed|have filed|we filed)\b/;

// A case already brought, told as a notice (guardfa16, issue 16: the lawful class of the training
// sentences and the outside rounds' truthful filings): the case or secured-loan step is named and
// the person is sent to its own papers, the clerk, a lawyer or their rights; never next to a
// demand, a deadline of the bank's, arrest, the police or a seizure the bank makes itself.
const EN_CASE_NOTICE =
  /\b(?:lawsuit|suit|case|complaint|claim)\b[^.!?\n]{0,40}\b(?:has been|was|have been|had been) filed\b|\b(?:has |have )?filed (?:a |the )?(?:lawsuit|suit|claim|case|complaint)\b|\bjudgment (?:was|has been) entered\b|\bcourt has scheduled\b|\bsummons you (?:received|got|will receive|were served)\b|\b(?:summons|complaint|court papers|court documents)\b[^.!?\n]{0,12}\b(?:served on you|delivered to you|you (?:were|have been) served)\b|\b(?:lawsuit|suit|case|complaint|claim)\b[^.!?\n]{0,40}\b(?:is|remains) (?:still )?(?:pending|open)\b|\b(?:court date|hearing date)\b|\b(?:repossessed|repossession)\b[^.!?\n]{0,60}\b(?:security agreement|loan agreement|secured)\b/;
const EN_CASE_NOTICE_ANY = new Anywhere(EN_CASE_NOTICE);
const EN_CASE_RECOURSE =
  /\b(?:explains? (?:your|ur) rights|respond by|deadline to (?:respond|answer)|right to (?:respond|appear|dispute|defend|answer|redeem|reinstate|request a hearing|object)|claim (?:an? |any )?exemptions?|(?:consult|speak (?:to|with)|talk (?:to|with)|contact) (?:an? |your )?(?:attorney|lawyer)|legal aid|court clerk|clerk of (?:the )?court|court'?s (?:website|records)|(?:read|review) (?:them|the papers|it|the summons) carefully|(?:we are|we're) not the court|(?:are|is|will be|appears?|listed) on the (?:court'?s )?summons|reinstate the loan|redeem (?:it|the (?:vehicle|car)))\b/;
const EN_CASE_THREAT =
  /\b(?:immediately|tomorrow|today|tonight|right away|any day|arrest(?:ed)?|jail|prison|criminal|warrant|sheriff|police|or else|unless you pay|if you don't pay|if you do not pay|last chance|final warning|pay now|we will (?:garnish|seize|take)|we'll (?:garnish|seize|take)|take your)\b/;

/** Whether the message advises the person what to do if court papers come, with nothing made imminent. */
export function advisesOnPapers(text: string, lang: Lang): boolean {
  if (lang === 'zh')
    return ZH_PAPERS_IF_ANY.in(text) && ZH_PAPERS_ADVICE.test(text) && !ZH_PAPERS_THREAT.test(text);
  if (EN_CASE_NOTICE_ANY.in(text) && EN_CASE_RECOURSE.test(text) && !EN_CASE_THREAT.test(text)) return true;
  return EN_PAPERS_IF_ANY.in(text) && EN_PAPERS_ADVICE.test(text) && !EN_PAPERS_THREAT.test(text);
}

// A cap on contact is no relentless contact: "我们每天联系您不超过三次", "we call no more than twice a week".
const ZH_CAPPED = /^[^。!?\n]{0,6}?(?:不超过|不会超过|最多|至多|(?<!不设|没有|无|不封|没)上限)/;
const EN_CAPPED =
  /^[^.!?\n]{0,30}?\b(?:no more than|not more than|never more than|at most|a maximum of|limited to)\b/;

/** Whether the contact named is followed by a cap on how often it happens. */
export function capsContact(text: string, end: number, lang: Lang): boolean {
  return (lang === 'zh' ? ZH_CAPPED : EN_CAPPED).test(text.slice(end, end + 40));
}
