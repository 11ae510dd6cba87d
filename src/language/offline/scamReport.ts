/**
 * Someone else reached the person claiming to be the bank (or its collectors, the police, a court)
 * and asked for money in a way the bank never does: to a personal account, in gift cards, "today or
 * you will be arrested", through a link. The person asks whether it was us: they get how to check
 * the bank independently and how to report it, never the legal answer. Matched against normalised
 * text, zh-CN and English.
 */

/** Someone got in touch claiming to be the bank, collections, the police or a court. */
const IMPOSTOR_ZH =
  /(?:有人|有个人?|一个人|对方|陌生人|他|她)[^。！？?]{0,12}(?:打(?:电话|来)|来电|发(?:短信|信息|消息|邮件)|加(?:我)?(?:的)?(?:微信|qq|好友)|联系(?:我|了我)|说(?:他|她)?是|自称|冒充)|受(?:你们|银行|贵行)(?:的)?委托|(?:自称|冒充|假装|说是|说他是|说她是)(?:是)?(?:你们|银行|贵行|本行|催收|客服|法务|律师|公安|警察|派出所|法院|检察院|银联)/;
const IMPOSTOR_EN =
  /\b(?:someone|somebody|a (?:guy|dude|man|woman|lady|caller|person)|some(?: random)? (?:guy|dude|number|lady|person|woman|man)|this (?:guy|dude|person|number|lady|woman|man)|they|he|she)\b[^.?!]{0,60}\b(?:called|calls|texted|texts|emailed|messaged|dm'?d|left (?:me )?a voicemail|contacted|reached out|rang|phoned)\b|\b(?:got|received|getting|had) (?:a |an |this |these |some )?(?:call|text|email|e-mail|voicemail|message|letter|dm)s?\b|\b(?:works?|working|calling) (?:for|from|with|on behalf of) (?:your|the|ur) (?:bank|company|collections?)\b|\b(?:claiming|saying|says|said|pretending) (?:to be |they'?re |they (?:are|were) |he'?s |he (?:is|was) |she'?s |she (?:is|was) )?(?:from )?(?:your|the|'the) ?(?:bank|collections?|debt collector|police|sheriff|court|fraud department)/;

/** What the bank never asks for: a personal account, gift cards, a "safe account", a link, arrest today. */
const NEVER_ASKED_ZH =
  /(?:打|转|汇|付)到[^。，,！？?]{0,10}(?:账户|账号|卡上|卡里)|扫码|上门|个人账户|私人账户|个人卡|私人卡|(?:他|她|对方)的?(?:卡|账户|账号|银行卡|微信|支付宝)|安全账户|洗钱|涉嫌|(?:被|来)?抓(?:我|人|走)?|拘留|逮捕|通缉|坐牢|链接|二维码|验证码|礼品卡|购物卡|充值卡/;
const NEVER_ASKED_EN =
  /\bpersonal (?:account|bank account|card|venmo|zelle|paypal)\b|\b(?:his|her|their|a) (?:own )?(?:venmo|cash ?app|zelle|paypal|account|bank account)\b|\bgift ?cards?\b|\bprepaid cards?\b|\bcrypto\b|\bbitcoin\b|\bsettle for (?:half|less)\b|\blog ?in (?:through|with|via|at)\b|\bwarrant\b|\barrest(?:ed)?\b|\bjail\b|\bpolice (?:would|will|are going to) (?:come|show up)\b|\b(?:a |the |this )link\b|\bverification code\b|\bsafe account\b|\bwire (?:money|it|the money|cash)\b/;

/** The person asks whether it was real, whether it was us. */
const ASKS_ZH =
  /真的(?:吗|不|假的)|是真(?:的)?(?:吗|不)|是(?:不是)?你们|是你们(?:吗|么|的人)|真的假的|真的吗|是真的吗|靠谱吗|可信吗|可靠吗|能信吗|骗|是不是真的|怎么回事|我好慌|我该怎么办|要不要(?:转|给|打)/;
const ASKS_EN =
  /\b(?:is|was|were) (?:that|this|it|he|she|they) (?:really )?(?:you|u|y'?all|you guys|u guys|the bank|legit|real|for real)\b|\breal or (?:fake|not)\b|\blegit\b|\bscam\b|\bshould i (?:pay|send|wire|do)\b|\bis this real\b|\bis that real\b|\bfor real\b/;

/**
 * Whether the message reports someone claiming to be the bank and asking for money the way the
 * bank never does, or asks whether such a contact was us.
 *
 *   reportsImpostor('someone called saying they are from your bank … or I would be arrested. is that you?') // true
 *   reportsImpostor('will you have me arrested?') // false: a legal question
 */
export function reportsImpostor(norm: string): boolean {
  const zh = IMPOSTOR_ZH.test(norm) && (NEVER_ASKED_ZH.test(norm) || ASKS_ZH.test(norm));
  if (zh) return true;
  return IMPOSTOR_EN.test(norm) && (NEVER_ASKED_EN.test(norm) || ASKS_EN.test(norm));
}
