import type { Finding } from './facts.js';
import { isNegated, warnsOfFraud } from './negation.js';
import { quotesImpostor } from './negationScam.js';
import type { GuardContext } from './types.js';

/**
 * Payment instructions that do not point at the bank's configured payment channels
 * (`context.paymentChannels`: names, account identifiers or hosts; none by default): links to
 * other hosts, transfers to personal accounts or chat apps, wire/gift-card/crypto requests and
 * bare account numbers to pay into. "请勿向个人账户转账" is a warning, not an instruction.
 * Bare hosts count too, shorteners included (bit.ly/x, t.cn/x, xyk-jianmian.cn/a8): every host
 * that is not a configured channel is a link the bank did not send (issue 16, round 15).
 */
const URL_RE =
  /(?:https?:\/\/|www\.)[^\s，。！？、"'<>）)]+|(?<![@\w.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|io|me|top|xyz|cc|info|biz|app|link|co|vip|shop|site|online|pay|ly|gl|gd|gy|gg|sh|ee|jp|kr|au|eu|nz|ph|vn|pw|ua|tk|ml|ga|cf|gq|ws|us|uk|hk|tw|mo|sg|ru|su|la|im|fm|tv|club|fun|work|live|pro|store|tech|icu|cyou|buzz|ink|asia|mobi|loan|money|finance|bank|cash|fund|help|click|win|page|website|space)(?:\/[^\s，。！？、"'<>）)]*)?(?![a-z0-9])/g;

const PERSONAL_ZH =
  /(?:转|打|汇|存|付)(?:账|款|钱)?(?:到|给|入|进)[^,;:!?。\n]{0,8}?(?:个人|私人|我的|我个人|本人的|我这|下面的?|以下)[^,;:!?。\n]{0,4}?(?:卡|账户|账号|银行卡|微信|支付宝)|(?:加|添加)(?:一下)?(?:我的?)?(?:微信|vx|v信|qq|wx)|(?:微信|支付宝|vx|qq)[^,;:!?。\n]{0,6}?(?:转账|转给我|付给我|扫码|红包)|(?:我的|我个人的?|本人的)(?:支付宝|微信|微信号|收款码|二维码)|(?:专员|同事|经理|业务员|催收员|工作人员)(?:的)?(?:个人)?(?:支付宝|微信|收款码|银行卡)|户名[:：]?/g;
const PERSONAL_EN =
  /\b(?:my|our agent's|a) personal (?:account|number|card|cash ?app|paypal|venmo|zelle)\b|\b(?:by|via|through|with|on|to) (?:zelle|venmo|cash ?app|paypal|western union|moneygram|bitcoin|crypto|usdt)\b|\b(?:my|our|his|her) (?:zelle|venmo|cash ?app|paypal|apple pay|revolut|wise|cashtag)\b|\b(?:gift|itunes|google play|steam) cards?\b|\bwire (?:the )?(?:money|funds|payment|it)\b|\b(?:account|acct|routing)(?: number| no\.?| #)?\s*:?\s*\d[\d -]{5,}\d|(?<![\w$])\$[a-z][a-z0-9_-]{3,}\b|\b(?:venmo|zelle|cash ?app|paypal)\s+(?:the|your|it|me|us|him|her|them|that|this|all|what)\b/g;

// Cantonese (Hong Kong) instructions to pay a person, on the simplified fold (guardrw14zh, issue
// 16): "WhatsApp 我過數資料", "直接過數去我戶口", "轉數快俾我", "落樓下見，畀錢我", "畀張支票我",
// "我上嚟收錢", "唔使經銀行". "請用網上銀行過數" names no person and passes.
const PERSONAL_YUE =
  /(?:whatsapp|telegram|signal|wechat|line|tg|微信)[^。!?\n]{0,16}?(?:过数|入数|转数|入钱|畀钱|俾钱|户口|户头)|(?:过数|入数|入钱|转数快?|转钱|过钱)[^,;:!?。\n]{0,4}?(?:去|到|入|俾|畀|给)[^,;:!?。\n]{0,2}?(?:我|呢个|以下|下面)(?:个人|嘅|的|个)?(?:户口|户头|账户|账号|卡)?|(?:send|发|俾|畀)[^,;:!?。\n]{0,2}?(?:个|呢个)?户口[^,;:!?。\n]{0,2}?(?:俾|畀|给)(?:你|您)|(?:畀|俾)(?:张|啲|个)?(?:钱|现金|支票|单|数)(?:我|我哋)|(?:畀|俾)(?:我|我哋)(?:张|啲|个)?(?:钱|现金|支票|单)|(?:现金|钱|支票)[^,;:!?。\n]{0,6}?(?:落嚟|过嚟|上嚟)?(?:畀|俾|交畀|交俾)(?:我|我哋)|(?:上嚟|上来|过嚟|过来|落嚟|上门|落楼下)[^,;:!?。\n]{0,2}?收(?:钱|现金|数|款)|(?:唔使|唔洗|不用|不必|无须|毋须)(?:经|经过|通过|透过)(?:银行|官方|公司)/g;

// A way to pay the bank never sends in a message (guard12, issue 16): a QR code "below", "in the
// picture" or from an agent, and a "new", "exclusive", "internal" or third-party channel,
// platform or mini-program offered instead of the app, the website or a branch.
const UNOFFICIAL_ZH =
  /(?:扫描?|长按识别|识别|扫一扫)[^,;:!?。\n]{0,8}?(?:下方|下面|以下|图中|图片|这张|此|附件|发给您的|发给你的|专员)[^,;:!?。\n]{0,6}?(?:二维码|收款码|付款码|的码|里的码)|(?:新开通|新上线|最新开通|临时开通|专属|内部专用|特殊|指定的?第三方|第三方代收|合作)(?:的)?(?:还款|收款|代收|缴款)?(?:通道|渠道|平台|小程序|对公账户)/g;
const UNOFFICIAL_EN =
  /\bscan\b[^.!?\n]{0,12}?\b(?:the|this|that|our)\b[^.!?\n]{0,12}?\b(?:qr )?code\b|\b(?:new|special|exclusive|express|partner|private|internal) (?:collections?|payment|pay) (?:channel|portal|link|line)\b|\b(?:new|special|exclusive|express|partner|private|internal) (?:channel|portal|link|line)\b(?=[^.!?\n]{0,40}\bpay)|\bpay\w*\b[^.!?\n]{0,40}?\b(?:new|special|exclusive|express|partner|private|internal) (?:collections? )?(?:channel|portal|link|line)\b/g;

// Words every unofficial-channel match holds: most replies skip both patterns.
const UNOFFICIAL_ZH_WORDS = /码|通道|渠道|平台|小程序|对公账户/;
const UNOFFICIAL_EN_WORDS = /code|channel|portal|link|line/;

// "如果有人给您发“专属还款通道”的链接，请先核实", "if you get a text with a 'special payment link'":
// the channel is named as the bait of a scam, in quotes or after someone else sends it.
const BAIT_BEFORE_ZH =
  /(?:所谓的?|[“"'「])$|(?:如果|若|如|凡|任何)(?:有人|陌生人|对方|短信|信息|链接)[^。!?\n]{0,16}$/;
const BAIT_BEFORE_EN =
  /(?:so-called |["'“‘])$|\b(?:if|when) (?:you (?:get|receive|see)|someone|anyone|a text|a message|an email)\b[^.!?\n]{0,50}$/;

// "Scan the QR code on your statement with the official app": the bank's own app reads the code.
const OFFICIAL_AFTER_EN =
  /^[^,;.!?\n]{0,60}\b(?:(?:with|in|using|through|via) (?:the |our |your )?(?:official|bank's|banking|mobile banking) app|on (?:your|the) (?:paper )?(?:statement|bill))\b/;
const OFFICIAL_AFTER_ZH =
  /^[^，,；;。!?\n]{0,12}(?:用|使用|通过|在|打开)(?:手机银行|官方App|官方app|我行App)/;

/** A channel named as a scam's bait, read by the bank's own app, or beside a configured channel. */
function namedAsBait(
  text: string,
  at: number,
  end: number,
  lang: 'zh' | 'en',
  channels: readonly string[],
): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  const after = text.slice(end, end + 80);
  if ((lang === 'zh' ? BAIT_BEFORE_ZH : BAIT_BEFORE_EN).test(before) || /^[”"'’」]/.test(after)) return true;
  if ((lang === 'zh' ? OFFICIAL_AFTER_ZH : OFFICIAL_AFTER_EN).test(after)) return true;
  const sentence = `${before} ${after}`;
  const urls = new RegExp(URL_RE.source, 'g');
  for (let m = urls.exec(sentence); m !== null; m = urls.exec(sentence))
    if (allowedHost(hostOf(m[0]), channels)) return true;
  return mentionsChannel(sentence, channels);
}

function hostOf(url: string): string {
  return (
    url
      .replace(/^https?:\/\//, '')
      .replace(/^www\./, '')
      .split(/[/?#:]/)[0]
      // A sentence's full stop is not part of the host: "… or www.ftc.gov." (guardrw15).
      ?.replace(/\.+$/, '') ?? ''
  );
}

// Public authorities' own sites are where the bank sends people for their rights, their credit
// report or a complaint, never a place to pay a collector: government hosts (nobody can register
// a look-alike under .gov or .gov.cn) and the official free credit-report sites.
// So are the free debt-advice charities and ombudsmen a UK, Australian or Canadian arrears letter
// must name (StepChange, National Debtline, MoneyHelper, Citizens Advice, the Financial Ombudsman,
// AFCA, the National Debt Helpline, the FCAC) (guarden24): their exact hosts, no look-alike.
const PUBLIC_HOST =
  /(?:^|\.)gov(?:\.[a-z]{2})?$|(?:^|\.)(?:gc\.ca|canada\.ca)$|^(?:[a-z0-9-]+\.)*(?:annualcreditreport\.com|pbccrc\.org\.cn|stepchange\.org|nationaldebtline\.org|moneyhelper\.org\.uk|citizensadvice\.org\.uk|financial-ombudsman\.org\.uk|afca\.org\.au|ndh\.org\.au)$/;

function allowedHost(host: string, channels: readonly string[]): boolean {
  if (PUBLIC_HOST.test(host)) return true;
  return channels.some((c) => {
    const h = hostOf(c.toLowerCase());
    return h.includes('.') && (host === h || host.endsWith(`.${h}`));
  });
}

function finding(start: number, end: number): Finding {
  return {
    rule: 'misrepresentation.payment_channel',
    category: 'misrepresentation',
    severity: 'critical',
    start,
    end,
  };
}

function mentionsChannel(text: string, channels: readonly string[]): boolean {
  return channels.some((c) => c.trim() !== '' && !c.includes('.') && text.includes(c.toLowerCase()));
}

// "We never ask you to pay … or by gift card", "本行从不要求您转账到个人账户或…": a warning
// against the very thing, however long the list after the negation (issue 16).
const WARN_ZH =
  /(?:不会|从不|绝不|从未|决不|唔会|唔会叫)(?:要求|让|请|叫)|请勿|切勿|谨防|警惕|谨慎|唔好|千祈唔好/;
const WARN_EN =
  /\b(?:never|not|won't|don't|doesn't|no one will|nobody will)\b[^.!?]{0,12}\b(?:ask|request|require|tell|want|accept|use|send|text|email|give)\b|\bbeware\b|\bscam|\b(?:never|won't|will not)\b[^.!?;]{0,80}\b(?:or|nor)\s+(?:ask|request|require|tell|want)\b/;
// "on mortgage account 20-5513", "your account 1234-5678": the person's own account named, not one
// to pay into (guarden26).
const OWN_ACCOUNT_BEFORE_EN = /\b(?:your|mortgage|loan|card|credit card|savings|current|joint|re:?)\s*$/;

// "任何要求您把钱转到个人账户的人都是骗子": the instruction is the subject of a fraud warning.
const WARNED_AFTER_ZH = /^[^。!?\n]{0,20}?(?:都|一律|均|全|就|肯定)是(?:诈骗|骗子|骗局)/;
const GENERIC_BEFORE_ZH = /(?:任何|凡是?|所有|如有人|若有人|有人)[^。!?\n]{0,10}$/;
// "If someone asked you to send money to a personal account, that wasn't us" (issue 16, round 16).
const GENERIC_BEFORE_EN =
  /\b(?:if|when|should|whenever) (?:someone|anyone|somebody|a caller|a person|a text|a message|an email|they)\b[^.!?\n]{0,50}$/;
const DISOWNED_AFTER_EN =
  /^[^.!?\n]{0,30}?[,;]?\s*(?:that|it|this|they)(?: was| is|'s| were| are|'re)? ?(?:n't|not|never) (?:us|from us|the bank|really us)\b/;

// "Someone may claim to be a marshal and demand payment by gift card. This is fraud." (guard19).
const REPORTER_BEFORE_EN =
  /\b(?:someone|anyone|somebody|scammers?|fraudsters?|a caller|callers|criminals|impostors?)\b[^.!?\n]{0,60}$/;
const FRAUD_NEXT_EN =
  /^[^.!?\n]{0,60}[.!?]\s*(?:this|that|it)(?:'s| is| was) (?:a )?(?:fraud|scam|fraudulent)\b/;

function warnsAgainst(text: string, at: number, lang: 'zh' | 'en', end = at): boolean {
  if (
    lang === 'en' &&
    REPORTER_BEFORE_EN.test(text.slice(Math.max(0, at - 60), at)) &&
    FRAUD_NEXT_EN.test(text.slice(end, end + 80))
  )
    return true;
  if (
    lang === 'zh' &&
    GENERIC_BEFORE_ZH.test(text.slice(Math.max(0, at - 24), at)) &&
    WARNED_AFTER_ZH.test(text.slice(end, end + 40))
  )
    return true;
  if (
    lang === 'en' &&
    GENERIC_BEFORE_EN.test(text.slice(Math.max(0, at - 60), at)) &&
    DISOWNED_AFTER_EN.test(text.slice(end, end + 60))
  )
    return true;
  const sentence =
    text
      .slice(Math.max(0, at - 100), at)
      .split(lang === 'zh' ? /[。!?\n]/ : /[.!?\n]\s/)
      .pop() ?? '';
  return (lang === 'zh' ? WARN_ZH : WARN_EN).test(sentence);
}

/**
 * What a text holds that the patterns cannot match without, read in one pass: every match of
 * URL_RE holds a "." or "://", every match of PERSONAL_EN a letter a–z, and every match of
 * PERSONAL_ZH and PERSONAL_YUE a Chinese character (each alternative of each has one). A Chinese
 * reply without a link then skips the English and link patterns, an English one the Chinese.
 */
function holds(text: string): { dot: boolean; latin: boolean; han: boolean } {
  let dot = false;
  let latin = false;
  let han = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e) dot = true;
    else if (c >= 0x61 && c <= 0x7a) latin = true;
    else if (c >= 0x3400 && c <= 0x9fff) han = true;
  }
  return { dot: dot || text.includes('://'), latin, han };
}

/** Links and payment instructions outside the configured channels, on the normalised text. */
export function checkChannels(text: string, context: GuardContext): Finding[] {
  const channels = context.paymentChannels ?? [];
  const out: Finding[] = [];
  const has = holds(text);
  URL_RE.lastIndex = 0;
  for (let m = has.dot ? URL_RE.exec(text) : null; m !== null; m = URL_RE.exec(text)) {
    if (!allowedHost(hostOf(m[0]), channels)) out.push(finding(m.index, m.index + m[0].length));
  }
  for (const re of [PERSONAL_ZH, PERSONAL_YUE, PERSONAL_EN, UNOFFICIAL_ZH, UNOFFICIAL_EN]) {
    if ((re === PERSONAL_ZH || re === PERSONAL_YUE) && !has.han) continue;
    if (re === PERSONAL_EN && !has.latin) continue;
    if (re === UNOFFICIAL_ZH && !UNOFFICIAL_ZH_WORDS.test(text)) continue;
    if (re === UNOFFICIAL_EN && !UNOFFICIAL_EN_WORDS.test(text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const personal = /个人|私人|我的|我个人|personal|户名|加|添加/.test(m[0]);
      if (!personal && mentionsChannel(m[0], channels)) continue;
      const lang = re === PERSONAL_ZH || re === PERSONAL_YUE || re === UNOFFICIAL_ZH ? 'zh' : 'en';
      const end = m.index + m[0].length;
      if (isNegated(text, m.index, lang) || warnsAgainst(text, m.index, lang, end)) continue;
      if (
        re === PERSONAL_EN &&
        /^(?:account|acct)/.test(m[0]) &&
        OWN_ACCOUNT_BEFORE_EN.test(text.slice(Math.max(0, m.index - 14), m.index))
      )
        continue;
      // "If someone … asks you to wire money, hang up": a fraud warning names the method (issue 16).
      if (warnsOfFraud(text, m.index, end, lang)) continue;
      // "Callers pretending to be police … demand gift cards. We will never threaten arrest." (guardb).
      if (quotesImpostor(text, m.index, end, lang)) continue;
      if ((re === UNOFFICIAL_ZH || re === UNOFFICIAL_EN) && namedAsBait(text, m.index, end, lang, channels))
        continue;
      out.push(finding(m.index, m.index + m[0].length));
    }
  }
  return out;
}
