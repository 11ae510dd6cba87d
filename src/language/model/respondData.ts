import type { Act } from '../../core/act.js';
import { formatDate, isIsoDate } from '../../core/dates.js';
import type { Locale } from '../../core/locale.js';
import { formatMoney, type Currency } from '../../core/money.js';
import { maskPii } from '../../core/pii.js';
import type { RespondContext } from '../responder.js';
import { asData } from './promptTemplates.js';

/** Fields the model never needs to word an act (data minimisation). */
const DROPPED = new Set(['accountId', 'holderName', 'schedule', 'id']);

function currencyOf(act: Act): Currency | undefined {
  if ('currency' in act) return act.currency;
  if ('account' in act) return act.account.currency;
  return undefined;
}

function plain(value: unknown, key: string, currency: Currency | undefined, locale: Locale): unknown {
  if (typeof value === 'number' && key.endsWith('Cents') && currency)
    return formatMoney(value, currency, locale);
  if (typeof value === 'string' && isIsoDate(value)) return formatDate(value, locale);
  if (Array.isArray(value)) return value.map((v) => plain(v, key, currency, locale));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (DROPPED.has(k)) continue;
      out[k.endsWith('Cents') ? k.slice(0, -'Cents'.length) : k] = plain(v, k, currency, locale);
    }
    return out;
  }
  return value;
}

/**
 * The act as JSON data for the prompt: amounts and dates already formatted as the templates
 * print them (so the model copies, never computes), no account id, name or schedule.
 *
 *   factsJson({ kind: 'human_requested', etaMinutes: 5 }, 'en') // '{"kind":"human_requested","etaMinutes":5}'
 */
export function factsJson(act: Act, locale: Locale): string {
  return JSON.stringify(plain(act, 'act', currencyOf(act), locale));
}

const SPEAKER: Readonly<Record<Locale, { user: string; bot: string; none: string }>> = {
  'zh-CN': { user: '持卡人', bot: '助手', none: '（无）' },
  en: { user: 'Card holder', bot: 'Assistant', none: '(none)' },
};

/** The last few turns, PII-masked and cut short, as a data block body. */
export function historyText(history: RespondContext['history'], locale: Locale, turns = 6): string {
  const names = SPEAKER[locale];
  const recent = (history ?? []).slice(-turns);
  if (recent.length === 0) return names.none;
  return recent
    .map(
      (t) =>
        `${t.role === 'user' ? names.user : names.bot}: ${asData(maskPii(t.text)).replace(/\s+/g, ' ').slice(0, 300)}`,
    )
    .join('\n');
}

const MONEY_DIGITS = /\d{1,3}(?:,\d{3})*\.\d{2}/g;
const ZH_DATE = /\d{4}年\d{1,2}月\d{1,2}日/g;
const EN_DATE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b/g;
const REFERENCE_ID = /\b[A-Z]{1,3}-\d[\dA-Z-]*\b/g;

/**
 * The facts a model draft must keep: every amount, date and reference number the act's template
 * prints. The guardrails catch invented numbers; this catches dropped ones (an offer left out).
 */
export function requiredFacts(template: string, locale: Locale): string[] {
  const found = [
    ...(template.match(MONEY_DIGITS) ?? []),
    ...(template.match(locale === 'zh-CN' ? ZH_DATE : EN_DATE) ?? []),
    ...(template.match(REFERENCE_ID) ?? []),
  ];
  return [...new Set(found)];
}

/** The length the prompt asks for: room to reword the template, not to ramble. */
export function maxCharsFor(template: string): number {
  return Math.min(1500, Math.max(120, Math.round(template.length * 1.4)));
}
