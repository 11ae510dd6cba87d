import { decimalToCents } from './numbers.js';
import type { AuthorisedOffer, GuardContext, GuardFacts } from './types.js';

/**
 * The command line's input line, read by hand: zod alone is 95 modules, more than the whole
 * guardrail, and the CLI must start in well under a second. Total: every JSON value gives either
 * a line or the list of what is wrong with it, each issue as "path: message".
 *
 *   readLine({ text: 'hi', context: { locale: 'en', verified: true } })
 *   // { ok: true, text: 'hi', context: { locale: 'en', verified: true } }
 */
export type LineRead = { ok: true; text: string; context: GuardContext } | { ok: false; issues: string[] };

const OFFERS: readonly AuthorisedOffer[] = [
  'installments',
  'extension',
  'hardship_plan',
  'waiver',
  'discount',
  'settlement',
  'deferral',
];
const STATUSES = ['none', 'pending', 'scheduled', 'received', 'declined'] as const;

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

class Issues {
  readonly list: string[] = [];
  add(path: string, message: string): undefined {
    this.list.push(`${path}: ${message}`);
    return undefined;
  }
}

/** Decimal major units (12345.67 or "12,345.67") to cents, exactly. */
function cents(v: unknown, path: string, issues: Issues): number | undefined {
  if (typeof v !== 'number' && typeof v !== 'string')
    return issues.add(path, 'expected a number or a string');
  const text = typeof v === 'number' ? String(v) : v.trim();
  const value = /^\d+(?:\.\d{1,2})?$/.test(text.replace(/,/g, '')) ? decimalToCents(text) : undefined;
  return value ?? issues.add(path, `not an amount in major units with at most two decimals: ${text}`);
}

function stringList(
  v: unknown,
  path: string,
  issues: Issues,
  allowed?: readonly string[],
): string[] | undefined {
  if (!Array.isArray(v)) return issues.add(path, 'expected an array');
  const out: string[] = [];
  v.forEach((item, i) => {
    if (typeof item !== 'string') issues.add(`${path}.${i}`, 'expected a string');
    else if (allowed && !allowed.includes(item))
      issues.add(`${path}.${i}`, `expected one of ${allowed.join(', ')}`);
    else out.push(item);
  });
  return out;
}

function readFacts(f: unknown, issues: Issues): GuardFacts | undefined {
  if (!isObject(f)) return issues.add('context.facts', 'expected an object');
  const facts: GuardFacts = {};
  const p = 'context.facts';
  if (f['balance'] !== undefined) facts.balanceCents = cents(f['balance'], `${p}.balance`, issues);
  if (f['minimumDue'] !== undefined)
    facts.minimumDueCents = cents(f['minimumDue'], `${p}.minimumDue`, issues);
  const days = f['daysPastDue'];
  if (days !== undefined) {
    if (typeof days === 'number' && Number.isInteger(days) && days >= 0) facts.daysPastDue = days;
    else issues.add(`${p}.daysPastDue`, 'expected a whole number of days, 0 or more');
  }
  const currency = f['currency'];
  if (currency !== undefined) {
    if (typeof currency === 'string') facts.currency = currency.trim().toUpperCase();
    else issues.add(`${p}.currency`, 'expected a string');
  }
  const last4 = f['cardLast4'];
  if (last4 !== undefined) {
    if (typeof last4 === 'string' && /^\d{4}$/.test(last4)) facts.cardLast4 = last4;
    else if (typeof last4 === 'number' && Number.isInteger(last4) && last4 >= 0 && last4 <= 9999)
      facts.cardLast4 = String(last4).padStart(4, '0');
    else issues.add(`${p}.cardLast4`, 'expected four digits');
  }
  readFactLists(f, facts, issues);
  return facts;
}

function readFactLists(f: Obj, facts: GuardFacts, issues: Issues): void {
  const p = 'context.facts';
  const amounts = f['amounts'];
  if (amounts !== undefined) {
    if (!Array.isArray(amounts)) issues.add(`${p}.amounts`, 'expected an array');
    else facts.amountsCents = amounts.map((a, i) => cents(a, `${p}.amounts.${i}`, issues) ?? 0);
  }
  if (f['dates'] !== undefined) {
    const dates = stringList(f['dates'], `${p}.dates`, issues);
    dates?.forEach((d, i) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) issues.add(`${p}.dates.${i}`, 'expected YYYY-MM-DD');
    });
    if (dates) facts.dates = dates;
  }
  const status = f['paymentStatus'];
  if (status !== undefined) {
    const known = STATUSES.find((s) => s === status);
    if (known) facts.paymentStatus = known;
    else issues.add(`${p}.paymentStatus`, `expected one of ${STATUSES.join(', ')}`);
  }
}

function readLists(c: Obj, context: GuardContext, issues: Issues): void {
  if (c['authorised'] !== undefined) {
    const list = stringList(c['authorised'], 'context.authorised', issues, OFFERS);
    if (list) context.authorised = list.map((o) => OFFERS.find((k) => k === o) ?? 'installments');
  }
  for (const key of ['serviceNumbers', 'paymentChannels', 'secrets'] as const) {
    if (c[key] === undefined) continue;
    const list = stringList(c[key], `context.${key}`, issues);
    if (list) context[key] = list;
  }
  const speaker = c['speaker'];
  if (speaker === 'bot' || speaker === 'agent') context.speaker = speaker;
  else if (speaker !== undefined) issues.add('context.speaker', 'expected bot or agent');
}

/** Reads one parsed JSON value as a CLI line; fields it does not know are ignored. */
export function readLine(raw: unknown): LineRead {
  const issues = new Issues();
  if (!isObject(raw)) return { ok: false, issues: ['(line): expected an object'] };
  const text = raw['text'];
  if (typeof text !== 'string') issues.add('text', 'expected a string');
  const c = raw['context'];
  if (!isObject(c)) {
    issues.add('context', 'expected an object');
    return { ok: false, issues: issues.list };
  }
  const locale = c['locale'];
  if (locale !== 'zh-CN' && locale !== 'en') issues.add('context.locale', 'expected zh-CN or en');
  if (typeof c['verified'] !== 'boolean') issues.add('context.verified', 'expected true or false');
  const context: GuardContext = {
    locale: locale === 'en' ? 'en' : 'zh-CN',
    verified: c['verified'] === true,
  };
  if (c['facts'] !== undefined) context.facts = readFacts(c['facts'], issues);
  readLists(c, context, issues);
  if (issues.list.length > 0 || typeof text !== 'string') return { ok: false, issues: issues.list };
  return { ok: true, text, context };
}
