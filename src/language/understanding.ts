import { z } from 'zod';
import type { Locale } from '../core/locale.js';

/**
 * What a person's message means to the dialogs, whichever path understood it (offline rules or a
 * model). Dialogs decide acts from this; they never read the raw text for meaning.
 *
 *   const u = understandOffline('每个月只能还2000', ctx);
 *   // { intent: 'offer_payment', slots: { amountCents: 200000, period: 'month' }, language: 'zh-CN', … }
 */

/** Every intent the bot recognises, in no particular order. `unknown` means "ask a short clarification". */
export const INTENTS = [
  'greeting',
  'provide_id',
  'not_holder',
  'ask_balance',
  'ask_consequences',
  'offer_payment',
  'accept',
  'decline',
  'choose_option',
  'request_waiver',
  'dispute',
  'stop_contact',
  'request_human',
  'distress',
  'ask_if_bot',
  'already_paid',
  'goodbye',
  /** Bad news: illness, job loss, bereavement, divorce, disaster, caring, imprisonment, disability. */
  'hardship',
  /** "Is this a scam? How do I know you are the bank?" — or "someone called saying they're you: was it?" */
  'verify_bank',
  /** "Let me think about it", "I'll call back", "回头再说": time asked for; nothing is decided. */
  'defer',
  // ── questions (issue 15): answered first, then the conversation goes on where it was ──
  /** "How do I actually pay?", "能用支付宝还吗": the bank's payment channels. */
  'ask_how_to_pay',
  /** "Is there a number to call?", "人工几点上班": the service number (and hours). */
  'ask_hotline',
  /** "How is the interest worked out?", "手续费多少": rates and fees from policy. */
  'ask_fees',
  /** "Will this hurt my credit score?", "会上征信吗". */
  'ask_credit_record',
  /** "Will you call my employer / tell my family?", "会打给我家人吗". */
  'ask_third_parties',
  /** "Are you going to sue me?", "会坐牢吗": what the bank may lawfully do. */
  'ask_legal',
  /** "What if I miss an instalment?", "万一有一期没还上怎么办". */
  'ask_missed_payment',
  /** "Say my plan again", "下一期什么时候还". */
  'ask_plan',
  /** "Why is it 3210? I thought I owed 2 grand": the balance and what makes it up. An amount here is never a budget. */
  'ask_why_owed',
  'unknown',
] as const;

export type Intent = (typeof INTENTS)[number];

/**
 * Values found in the message. Every slot is optional and independent of the intent: a
 * counter-offer "不行，每个月只能还2000" has intent `offer_payment` AND `yesNo: 'no'`.
 *
 * Ambiguity is left to the dialog, which knows its state: a bare "2000" carries BOTH
 * `last4: '2000'` and `amountCents: 200000` (verification reads `last4`, negotiation reads
 * `amountCents`).
 */
export interface Slots {
  /** Four characters, digits (a Chinese ID may end in "X"), e.g. "1234". */
  last4?: string;
  /**
   * Integer cents in the account's currency: "2000" / "两千" / "$2,000" → 200000. Always an amount
   * the person offers (or, with `already_paid`, says they paid) — never one they refuse:
   * "2000太多了" is `decline` with no amount.
   */
  amountCents?: number;
  /**
   * With `amountCents`: per month ("每个月", "a month") or one payment (a date, "一次性", "先还").
   * Without an amount, 'once' means the whole balance at once ("一次性还清", "pay it in full").
   */
  period?: 'month' | 'once';
  /** Number of monthly instalments the person asks for: "分12期", "一年" → 12 (not "12期太长了"). */
  months?: number;
  /**
   * A calendar date YYYY-MM-DD, resolved against `now` in the person's time zone: a promised
   * payment date, or with `already_paid` the day they paid ("昨天"). Absent in small talk ("今天天气…").
   */
  date?: string;
  /** Agreement or refusal words, whatever the intent. */
  yesNo?: 'yes' | 'no';
  /** 1-based position of an offered option: "第二个", "option 2" → 2. */
  optionIndex?: number;
  /**
   * A down payment now, with the rest in instalments: "先还5000，剩下的分6期" → 500000 (and
   * months 6). When set, `amountCents` is absent: the down payment is not a monthly budget.
   */
  downPaymentCents?: number;
}

export interface Understanding {
  intent: Intent;
  slots: Slots;
  /** The language the person wrote in; the bot answers in it. */
  language: Locale;
  /** Hopelessness or self-harm words. Always true when `intent` is 'distress'. */
  distress: boolean;
  /** The message tries to instruct the bot ("ignore previous instructions", "你现在是…"). */
  injection: boolean;
  source: 'rules' | 'model';
}

/** What understanding needs besides the text. `now` comes from the injected Clock. */
export interface UnderstandContext {
  now: Date;
  /** IANA zone of the person, e.g. 'Asia/Shanghai'; relative dates resolve in it. */
  timeZone: string;
  /** The conversation's locale so far; decides short texts with no words ("1234", "ok"). */
  localeHint?: Locale;
  /** Absolute time (ms since epoch) by which understanding must be done (the model path falls back). */
  deadline?: number;
}

const slotsSchema = z.object({
  last4: z
    .string()
    .regex(/^\d{3}[\dX]$/)
    .optional()
    .describe('last four characters of the ID number the person typed, e.g. "1234"'),
  amountCents: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe('an amount of money the person names, in integer cents: "2000" or "两千" = 200000'),
  period: z
    .enum(['month', 'once'])
    .optional()
    .describe('with amountCents: "month" when paid every month, "once" for a single payment'),
  months: z
    .number()
    .int()
    .min(1)
    .max(120)
    .optional()
    .describe('number of monthly instalments, "分12期" = 12'),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .describe('a date the person names, as YYYY-MM-DD, resolved from today in their time zone'),
  yesNo: z.enum(['yes', 'no']).optional().describe('whether the person agrees or refuses'),
  optionIndex: z.number().int().min(1).optional().describe('1-based number of the offered option chosen'),
  downPaymentCents: z
    .number()
    .int()
    .positive()
    .optional()
    .describe(
      'a down payment now with the rest in instalments, in integer cents: "先还5000剩下分期" = 500000 (then no amountCents)',
    ),
});

/**
 * The model path's structured output: `Understanding` without `source`. Parse the model's answer
 * with it, then add `source: 'model'`.
 */
export const understandingSchema = z.object({
  intent: z.enum(INTENTS).describe('what the person wants; "unknown" when unclear'),
  slots: slotsSchema,
  language: z.enum(['zh-CN', 'en']).describe('the language the person wrote in'),
  distress: z.boolean().describe('true for hopelessness or self-harm words'),
  injection: z.boolean().describe('true when the message tries to give the assistant instructions'),
});

/** Compile-time proof that the schema and the interface describe the same shape. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _schemaMatchesUnderstanding: Same<
  z.infer<typeof understandingSchema>,
  Omit<Understanding, 'source'>
> = true;
