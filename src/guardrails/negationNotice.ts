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
  /债务人|債務人|客户|客戶|民众|民衆|民眾|持卡人|借款人|各(?:家)?银行|各(?:家)?銀行|金融机构|金融機構|消费者|消費者|用户|银行公会|銀行公會|医护人员|醫護人員/;
const ZH_RULE =
  /得申请|得申請|可(?:以)?申请|可(?:以)?申請|应当|應當|应|應|须|須|规定|規定|办法|辦法|要点|要點|提醒|切勿|不得|停止|暂停|暫停|免收/;
const EN_ADDRESSEE = /\b(?:you|your|yours|he|she|his|her|him|mr|mrs|ms|miss)\b|\b(?:dear|hi|hello)\b/i;
const EN_GROUP =
  /\b(?:customers|debtors|borrowers|consumers|cardholders|card ?holders|account ?holders|lenders|banks|collectors|collection agencies|the public)\b/i;
const EN_RULE =
  /\b(?:may apply|can apply|must|are required|is required|shall|should|rules?|regulations?|law|policy|guidelines?|programme|program|alert)\b/i;

// The regulator's formal "may apply" (得申請緩繳): a rule for everyone even with no group named.
const ZH_MAY = /得申[请請]/;

// An amount of money in it reads as someone's balance, not a rule.
const MONEY =
  /\d[\d,.]*\s*(?:元|块|萬|万|千|美元|港元|港幣|新台币|新臺幣|dollars|usd|pesos|rupees)|[$£€¥₱₹]\s?\d/i;

/** Whether the whole message is a general notice about debtors, addressed to no one. */
export function addressesNoOne(text: string): boolean {
  if (MONEY.test(text)) return false;
  const zh = /[\u4e00-\u9fa5]/.test(text);
  if (zh) return !ZH_ADDRESSEE.test(text) && (ZH_GROUP.test(text) || ZH_MAY.test(text)) && ZH_RULE.test(text);
  return !EN_ADDRESSEE.test(text) && EN_GROUP.test(text) && EN_RULE.test(text);
}
