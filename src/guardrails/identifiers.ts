/**
 * Full identifiers a reply must never contain: Chinese resident ID numbers (GB 11643 check
 * digit), card numbers (Luhn), US social-security numbers and personal phone numbers. Masked
 * forms ("尾号6789"), the bank's configured service numbers, Chinese 400/800 and 95xxx numbers
 * and US toll-free numbers are fine. Random digit strings that fail the checks are not flagged.
 */
export type IdentifierKind = 'id_number' | 'card_number' | 'ssn' | 'phone';

export interface IdentifierHit {
  kind: IdentifierKind;
  start: number;
  end: number;
}

const RE_CANDIDATE = /(?<![\w.,])\+?\(?\d(?:[ \-.)(]{0,2}\d){6,22}x?(?![\d])/g;
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
const TOLL_FREE = new Set(['800', '888', '877', '866', '855', '844', '833']);
const SSN_CONTEXT = /(?:ssn|social security|社会安全号)[^\d]{0,20}$/;

/** GB 11643-1999: 17 digits, a check character, a plausible birth date. */
export function isChineseId(id: string): boolean {
  if (!/^\d{17}[\dX]$/i.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * (ID_WEIGHTS[i] ?? 0);
  if (ID_CHECK[sum % 11] !== id[17]?.toUpperCase()) return false;
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** The Luhn check used by card numbers. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function isSsn(raw: string, before: string): boolean {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(raw);
  if (!m) return false;
  const [area, group, serial] = [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
  if (area === '000' || area === '666' || area.startsWith('9') || group === '00' || serial === '0000')
    return false;
  return /^\d{3}[- ]\d{2}[- ]\d{4}$/.test(raw) || SSN_CONTEXT.test(before);
}

function isPersonalPhone(raw: string, digits: string): boolean {
  // US grouping first: "1-800-555-0100" is toll-free, not a Chinese mobile.
  const us = /^(?:1[ .-]?)?\(?([2-9]\d{2})\)?[ .-]?([2-9]\d{2})[ .-]\d{4}$/.exec(raw);
  if (us) return !TOLL_FREE.has(us[1] ?? '');
  const cn = digits.replace(/^86(?=1[3-9]\d{9}$)/, '');
  return /^1[3-9]\d{9}$/.test(cn);
}

function serviceDigits(numbers: readonly string[] | undefined): Set<string> {
  const set = new Set<string>();
  for (const n of numbers ?? []) {
    const d = n.replace(/\D/g, '');
    set.add(d);
    set.add(d.replace(/^1(?=\d{10}$)/, ''));
    set.add(d.replace(/^86/, ''));
  }
  return set;
}

function classify(raw: string, before: string): IdentifierKind | undefined {
  const digits = raw.replace(/[^\dx]/gi, '');
  if (digits.length === 18 && isChineseId(digits)) return 'id_number';
  if (/x/i.test(digits)) return undefined;
  if (digits.length >= 13 && digits.length <= 19 && /^[\d -]+$/.test(raw) && passesLuhn(digits))
    return 'card_number';
  if (digits.length === 9 && isSsn(raw, before)) return 'ssn';
  if (isPersonalPhone(raw.replace(/^\+/, ''), digits)) return 'phone';
  return undefined;
}

/**
 * The sender's own call-back number (guardrw15, issue 16): "please call me back at 312-555-0147",
 * "return my call at …", "you can reach me at …", "my direct line is …", "请回电139…": the reader
 * is asked to call the sender, so the number is the sender's, not anyone's personal data. Read in
 * the number's own sentence; a relative's, employer's or "your" number is never a call-back number.
 */
const CALLBACK_EN =
  /\b(?:(?:please|kindly|you can|you may|feel free to|just)\s+(?:call|contact|reach|ring|text|phone)|(?:call|contact|reach|ring|text|phone)\s+(?:me|us)\b|return (?:my|our|the) call|call(?:ing)? (?:me |us )?back|(?:my|our|that|this) (?:direct )?(?:number|line|phone|cell|extension)(?: is)?\b|\bfor (?:help|assistance|support|queries|enquiries|inquiries|any questions|more (?:information|details))\b,? (?:please )?(?:call|dial|ring|contact|phone|text))/;
const CALLBACK_ZH = /回电|回个电话|回电话|致电我|联系我|打给我|我的(?:电话|手机|号码|分机)|拨打我/;
const OTHER_PERSON =
  /\b(?:your|his|her|their)\s+(?:\w+\s+){0,2}(?:number|cell|phone|mobile|line)\b|\b(?:wife|husband|sister|brother|mother|father|mom|dad|parents?|boss|employer|friend|neighbou?r|colleague|son|daughter|relative|cousin|spouse)\b|(?:你|您|他|她)(?:的)?(?:老婆|老公|家人|父母|爸|妈|同事|朋友|领导|老板|手机|电话|号码)|老婆|老公|父母|爸爸|妈妈|同事|领导|老板|亲戚|朋友/;

function isCallback(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const sentence = before.slice(
    Math.max(before.lastIndexOf('.') + 1, before.search(/[。!?;！？；][^。!?;！？；]*$/) + 1),
  );
  if (OTHER_PERSON.test(sentence)) return false;
  return CALLBACK_EN.test(sentence) || CALLBACK_ZH.test(sentence);
}

/** Full identifiers in the normalised text, minus the bank's own service numbers. */
export function findIdentifiers(text: string, serviceNumbers?: readonly string[]): IdentifierHit[] {
  const hits: IdentifierHit[] = [];
  if (!/\d{3}/.test(text)) return hits;
  const service = serviceNumbers && serviceNumbers.length > 0 ? serviceDigits(serviceNumbers) : undefined;
  RE_CANDIDATE.lastIndex = 0;
  for (let m = RE_CANDIDATE.exec(text); m !== null; m = RE_CANDIDATE.exec(text)) {
    const raw = m[0].replace(/[ \-.(]+$/, '');
    const digits = raw.replace(/\D/g, '');
    if (service && (service.has(digits) || service.has(digits.replace(/^1(?=\d{10}$)/, '')))) continue;
    const kind = classify(raw, text.slice(Math.max(0, m.index - 24), m.index));
    if (kind === 'phone' && isCallback(text, m.index)) continue;
    if (kind) hits.push({ kind, start: m.index, end: m.index + raw.length });
  }
  return hits;
}
