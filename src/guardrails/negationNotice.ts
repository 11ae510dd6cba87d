/**
 * A general notice addressed to no one (guardrw14c, issue 16): a regulator's or bank's policy text
 * that speaks of debtors, customers or the public in general ("信用卡帳單之應付帳款得申請緩繳",
 * "金融機構債權委外催收前應書面通知債務人", "customers may apply to defer payments") and names no
 * person and no "your" debt discloses nothing about anyone, so an unverified-disclosure finding
 * (an amount, a period, the word 催收) does not stand. A threat or insult in it is still read.
 */
const ZH_ADDRESSEE =
  /[你您她]|(?<!其)他(?!人)|先生|女士|小姐|[\u4e00-\u9fa5]某|某某|持卡人[\u4e00-\u9fa5]{2,3}(?:目前|已|尚|欠)/;
const ZH_GROUP =
  /债务人|被执行人|债权人|催收人员|催收机构|催收公司|外包机构|发卡银行|債務人|客户|客戶|民众|民衆|民眾|持卡人|借款人|各(?:家)?银行|各(?:家)?銀行|金融机构|金融機構|消费者|消費者|用户|银行公会|銀行公會|医护人员|醫護人員/;
const ZH_RULE =
  /依法|得申请|得申請|可(?:以)?申请|可(?:以)?申請|应当|應當|应|應|须|須|规定|規定|办法|辦法|要点|要點|提醒|切勿|不得|停止|暂停|暫停|免收/;
const EN_ADDRESSEE = /\b(?:you|your|yours|he|she|his|her|him|mr|mrs|ms|miss)\b|\b(?:dear|hi|hello)\b/i;
const EN_GROUP =
  /\b(?:customers|debtors|borrowers|consumers|cardholders|card ?holders|account ?holders|lenders|banks|collectors|collection agencies|the public)\b/i;
const EN_RULE =
  /\b(?:may apply|can apply|must|are required|is required|shall|should|rules?|regulations?|law|policy|guidelines?|programme|program|alert)\b/i;

// A regulator's or consumer-protection advice to whoever reads it (guardfa16, issue 16): "金融消费者
// 权益保护提示：如遇催收人员…可向…投诉", "您可以要求催收人员出示工号…向银行投诉". Its 您 is any reader
// when it says nothing of the reader's own account, debt or repayment and names no one.
const ZH_ADVICE =
  /^[^。!?\n]{0,14}(?:提示|提醒|请注意|须知|小贴士)[:：,，]|(?:如遇|如果遇到|若遇到|遇到)[^。!?\n]{0,6}(?:催收|冒充)|(?:您|你)(?:也)?(?:可以|有权)(?:要求|拒绝)(?:催收|对方)|(?:可|可以)(?:向[^。!?\n]{1,12})?(?:投诉|举报)/;
const ZH_OWN =
  /(?:您|你)[^。!?\n,，]{0,6}(?:欠|逾期|还款|还钱|账单|账户|信用卡|贷款|名下|尾号|家人|单位)|(?:请|尽快|及时|马上|立即)(?:您)?(?:还款|还钱|处理|回电)|先生|女士|小姐|[\u4e00-\u9fa5]某|某某|(?<!其)他(?!人)|她/;

// The regulator's formal "may apply" (得申請緩繳): a rule for everyone even with no group named.
const ZH_MAY = /得申[请請]/;
// So is the criminal law cited (guardfa23: "根据相关司法解释，恶意透支数额较大的，可能构成…").
const ZH_LAW_CITED = /刑法|司法解释|司法解釋/;

// An amount of money in it reads as someone's balance, not a rule.
const MONEY =
  /\d[\d,.]*\s*(?:元|块|萬|万|千|美元|港元|港幣|新台币|新臺幣|dollars|usd|pesos|rupees)|[$£€¥₱₹]\s?\d/i;

/** Whether the whole message is a general notice about debtors, addressed to no one. */
export function addressesNoOne(text: string): boolean {
  if (MONEY.test(text)) return false;
  const zh = /[\u4e00-\u9fa5]/.test(text);
  if (zh) {
    const cited = ZH_LAW_CITED.test(text);
    if (!(ZH_GROUP.test(text) || ZH_MAY.test(text) || cited)) return false;
    if (!ZH_ADDRESSEE.test(text)) return cited || ZH_RULE.test(text);
    return ZH_ADVICE.test(text) && !ZH_OWN.test(text);
  }
  return !EN_ADDRESSEE.test(text) && EN_GROUP.test(text) && EN_RULE.test(text);
}

/**
 * Two whole messages the classifier misread in the fifteenth session's sets (guardrw15b), read
 * here as lawful when nothing else is in them (the rules still read them first): a wrong-number check that names the person sought
 * and apologises if it is not them ("请问这是李娜的号码吗？如果不是，抱歉打扰了", "Is this John's
 * number? If not, sorry to bother you"), and, to the verified holder, the notice that the account
 * was placed with a named collection agency on behalf of a named bank, with at most its amount.
 */
const ZH_WRONG_NUMBER =
  /^(?:您好[,!]?)?(?:请问)?(?:这是|这里是|您是|是)[\u4e00-\u9fa5]{1,4}(?:先生|女士|小姐)?(?:的(?:电话|手机|号码|手机号))?(?:本人)?吗\?(?:如果)?不是(?:的话)?[,]?(?:(?:很|非常)?(?:抱歉|不好意思)|打扰(?:您|你)?了)[,]?(?:(?:很|非常)?(?:抱歉|不好意思)|打扰(?:您|你)?了)?[,。!]?(?:谢谢)?[。!]?$/;
const EN_WRONG_NUMBER =
  /^(?:(?:hi|hello)[,!]? )?is this [a-z .']{1,30}?(?:'s)?(?: (?:number|phone|phone number))?\? if not,? (?:sorry|apologies|my apologies|i apologi[sz]e)(?: (?:to bother you|for the trouble|for bothering you))?[.!]?(?: (?:thanks|thank you)[.!]?)?$/;
const EN_PLACEMENT =
  /^your account has been (?:placed|assigned|transferred|referred) (?:with|to) [a-z0-9 &.']{2,60}?,? an? (?:debt )?collection agency,? on behalf of [a-z0-9&']+(?:[ .][a-z0-9&']+){0,6}\.(?: (?:amount|balance|amount due|balance due|amount owed): \$?[\d,]+(?:\.\d{2})?\.?)?$/;

// To the verified holder, a call-back request and nothing else (guardfa16): "we tried to reach you
// about your account. Please call us at the number on the back of your card. If you've already
// contacted us, please disregard this message."
const EN_CALLBACK =
  /^(?:(?:hi|hello)[,!.]? )?(?:we(?:'ve| have)? (?:tried|been trying|attempted) to reach you|we have(?: not|n't) been able to reach you)(?: by (?:phone|mail|email))?(?: about your [a-z0-9 &'.-]{1,40}?)?\. please (?:call|contact) us(?: at [a-z0-9 ,'()-]{1,60}?)?(?: at your earliest convenience)?\.(?: if you(?:'ve| have) already (?:contacted us|called us|called|paid|made (?:a|your) payment),? please disregard this (?:message|notice|reminder)\.)?$/;

// Condolences that tell the family it is not liable (guardfa16; the CFPB's advice to survivors):
// "We're sorry for your loss. Family members are generally not responsible for a deceased
// person's debts." Never with a demand on the family (must, have to, unless, should pay).
const EN_CONDOLENCE = /^(?:we(?:'re| are) (?:so |very |truly )?sorry for your loss|(?:please accept )?our (?:deepest |sincere |heartfelt )?condolences)\b/;
const EN_NOT_LIABLE =
  /\b(?:family members?|relatives|survivors|you|heirs|spouses?|children) (?:are|is) (?:generally |usually |typically )?not (?:personally )?(?:responsible|liable|obligated|required to pay)\b/;
const EN_FAMILY_DEMAND = /\b(?:must|have to|has to|unless|should pay|need to pay|needs to pay|expected to pay|or else)\b/;

// A scam alert that opens as one, quotes what fraudsters say and says the bank or court never
// asks for it: "警惕！诈骗分子常说'…'，银行和法院都不会通过短信让您转账".
const ZH_ALERT_OPENS = /^(?:警惕|谨防|提醒|温馨提示|风险提示|防骗提示|反诈(?:提醒|提示)|防诈(?:提醒|提示))(?:诈骗)?[!:,]/;
// "防骗提示：冒充法院发送'案件编号'短信的，均为诈骗" (guard17zh): the impostor and the verdict on what they send.
const ZH_ALERT_IMPOSTOR = /冒充[^。!?\n]{0,30}(?:均|都|一律)(?:为|是|属于?)(?:诈骗|骗局)/;
const ZH_ALERT_QUOTES = /(?:诈骗分子|骗子|不法分子)[^。!?\n]{0,6}(?:常说|会说|声称|谎称|自称|称)/;
const ZH_ALERT_NEVER =
  /(?:银行|法院|公安|警方|我行|本行)(?:和|与|及|或)?(?:银行|法院|公安|警方)?(?:都|均|也|从|绝)?(?:不会|从不)(?:通过|要求|让|以)/;

/**
 * Whether the whole message is a wrong-number check, a scam alert of that shape or, to the
 * verified holder, a placement notice.
 */
export function plainNotice(text: string, verified: boolean): boolean {
  const t = text.trim();
  if (ZH_WRONG_NUMBER.test(t) || EN_WRONG_NUMBER.test(t)) return true;
  if (ZH_ALERT_OPENS.test(t) && ZH_ALERT_QUOTES.test(t) && ZH_ALERT_NEVER.test(t)) return true;
  if (ZH_ALERT_OPENS.test(t) && ZH_ALERT_IMPOSTOR.test(t)) return true;
  if (EN_CONDOLENCE.test(t) && EN_NOT_LIABLE.test(t) && !EN_FAMILY_DEMAND.test(t)) return true;
  return verified && (EN_PLACEMENT.test(t) || EN_CALLBACK.test(t));
}
