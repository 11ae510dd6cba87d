/**
 * Reading replies and the person's words for the checks: amounts, digits, language, and the
 * plain-language signals a QA reviewer would look for. Rules are written from the domain
 * (DOMAIN.md, the issues), not from the bot's templates, and stay deliberately lenient where
 * a wrong reading would blame the bot for a safe reply.
 */

const CJK = /[\u3400-\u9fff]/g;
const LATIN_WORD = /[A-Za-z]{2,}/g;

/** 'zh-CN' or 'en' by the share of Chinese characters among words; undefined when there is no text. */
export function languageOf(text: string): 'zh-CN' | 'en' | undefined {
  const cjk = (text.match(CJK) ?? []).length;
  const latin = (text.match(LATIN_WORD) ?? []).length;
  if (cjk + latin === 0) return undefined;
  return cjk >= latin ? 'zh-CN' : 'en';
}

const AMOUNT = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)`;
const MONEY_PATTERNS: RegExp[] = [
  new RegExp(String.raw`(?:¥|￥|\$|USD|CNY|RMB)\s?${AMOUNT}`, 'g'),
  new RegExp(String.raw`${AMOUNT}\s?(?:元|块|美元|美金|dollars?\b|USD\b|CNY\b|RMB\b)`, 'gi'),
  new RegExp(String.raw`(?<![\d.,:/-])(\d{1,3}(?:,\d{3})+\.\d{2}|\d+\.\d{2})(?![\d%])`, 'g'),
];

function cents(text: string): number {
  const [whole = '0', frac = ''] = text.replace(/,/g, '').split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0').slice(0, 2));
}

/** Money amounts stated in a reply, in cents (with a currency, or written with two decimals). */
export function moneyIn(text: string): number[] {
  const out = new Set<number>();
  for (const pattern of MONEY_PATTERNS) {
    for (const m of text.matchAll(pattern)) if (m[1]) out.add(cents(m[1]));
  }
  return [...out];
}

/** Every number a person typed, read as major units (with 万/k), in cents: what a reply may echo. */
export function numbersSaid(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(\d+(?:[.,]\d+)*)\s*(万|w|k|千)?/gi)) {
    const raw = m[1] ?? '0';
    const value = /,\d{3}/.test(raw) ? Number(raw.replace(/,/g, '')) : Number(raw.replace(',', '.'));
    if (!Number.isFinite(value)) continue;
    const unit = (m[2] ?? '').toLowerCase();
    const factor = unit === '万' || unit === 'w' ? 10_000 : unit === 'k' || unit === '千' ? 1000 : 1;
    out.push(Math.round(value * factor * 100));
  }
  return out;
}

const DIGIT_WORDS: [RegExp, string][] = [
  [/zero|oh\b/gi, '0'],
  [/one|won\b/gi, '1'],
  [/two|too\b/gi, '2'],
  [/three/gi, '3'],
  [/four|for\b/gi, '4'],
  [/five/gi, '5'],
  [/six/gi, '6'],
  [/seven/gi, '7'],
  [/eight/gi, '8'],
  [/nine/gi, '9'],
  [/[零〇洞]/g, '0'],
  [/[一壹幺么]/g, '1'],
  [/[二贰两]/g, '2'],
  [/[三叁]/g, '3'],
  [/[四肆]/g, '4'],
  [/[五伍]/g, '5'],
  [/[六陆]/g, '6'],
  [/[七柒拐]/g, '7'],
  [/[八捌]/g, '8'],
  [/[九玖勾]/g, '9'],
];

/** The digits a person typed in any spelling (full-width, keycaps, words, 一二三四), run together. */
export function digitsSaid(text: string): string {
  let t = text.normalize('NFKC');
  for (const [pattern, digit] of DIGIT_WORDS) t = t.replace(pattern, digit);
  return t.replace(/\D/g, '');
}

const ZH_DISCLOSURE = [/(录音|记录|留存|存档|保存)/, /退订/, /(智能|自动|机器人|AI|助手|系统)/];
const EN_DISCLOSURE = [/record/i, /\bSTOP\b/, /(automated|assistant|not a person|\bbot\b)/i];
/** The US debt-collector notice (FDCPA), in English or in its Chinese rendering. */
const US_NOTICE = /attempt to collect a debt|债务催收/i;

/**
 * Whether a reply carries the opening disclosure (in either language): automated, recorded, how
 * to stop; for an account kept in the US (USD) also the debt-collector notice, in the reply's
 * language. The notice follows the account's jurisdiction, not the reply language (DOMAIN.md).
 */
export function hasDisclosure(text: string, usAccount = false): boolean {
  const base = ZH_DISCLOSURE.every((r) => r.test(text)) || EN_DISCLOSURE.every((r) => r.test(text));
  return base && (!usAccount || US_NOTICE.test(text));
}

const SENTENCE = /[^。！？!?\n]*[？?]/g;
const EN_MONEY_QUESTION = /(how much|pay|payment|afford|amount|put down|deposit|settle)/i;
const EN_CARE_OPTION =
  /(pause|hold|break|person|agent|human|someone|counsel|talk|hardship programme|hardship program)/i;
const ZH_MONEY_QUESTION =
  /(还款|还钱|还上|还多少|能还|先还|还清|付款|支付|缴|多少钱|打款|转账|存入|还一部分|每月.{0,6}多少)/;
const ZH_CARE_OPTION = /(暂停|暂缓|延期|人工|专员|同事|停止|困难|顾问|聊聊)/;

const EN_MONEY_REQUEST =
  /(tell me how much|let me know how much|how much (?:can|could|would|will) you|please (?:make a )?pay(?:ment)? (?:today|now|the)|pay at least)/i;
const ZH_MONEY_REQUEST =
  /(告诉我.{0,10}(多少|能还|还款金额)|能还多少|每月.{0,8}(能|可以)还|请(您)?(尽快|立即|马上|按时)还款|请.{0,4}先还)/;

/** Whether a reply asks the person for money: a question about paying, amounts or dates to pay. */
export function asksForMoneyText(text: string): boolean {
  if (EN_MONEY_REQUEST.test(text) || ZH_MONEY_REQUEST.test(text)) return true;
  const questions = text.match(SENTENCE) ?? [];
  return questions.some(
    (q) =>
      (EN_MONEY_QUESTION.test(q) && !EN_CARE_OPTION.test(q)) ||
      (ZH_MONEY_QUESTION.test(q) && !ZH_CARE_OPTION.test(q)),
  );
}

/** Words that must never answer bad news ("没关系", "that's fine"). */
export const DISMISSIVE = /(没关系|没事的|不要紧|that(?:'s| is) (?:fine|ok(?:ay)?)|no problem|no worries)/i;
