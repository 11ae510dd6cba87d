import type {
  AccountFacts,
  Act,
  ActKind,
  ActOf,
  Installment,
  PlanKind,
  PlanOffer,
} from '../../src/core/act.js';
import { addMonths } from '../../src/core/dates.js';
import type { Locale } from '../../src/core/locale.js';
import { jurisdictionOf } from '../../src/core/jurisdiction.js';
import type { Currency } from '../../src/core/money.js';
import type { WordingContext } from '../../src/prompts/index.js';

/** Demo accounts as issue 2 seeds them. */
export const ZHANG_WEI: AccountFacts = {
  accountId: 'A-1001',
  holderName: '张伟',
  cardLast4: '6789',
  currency: 'CNY',
  balanceCents: 1_234_567,
  minimumDueCents: 123_457,
  daysPastDue: 35,
  dueDate: '2026-04-10',
};

export const JOHN_SMITH: AccountFacts = {
  accountId: 'A-1002',
  holderName: 'John Smith',
  cardLast4: '1111',
  currency: 'USD',
  balanceCents: 321_000,
  minimumDueCents: 12_000,
  daysPastDue: 62,
  dueDate: '2026-03-14',
};

export const CTX: Record<Locale, WordingContext> = {
  'zh-CN': { locale: 'zh-CN', bankName: '示例银行', serviceNumber: '400-000-0000', crisisLine: '12356' },
  en: { locale: 'en', bankName: 'Example Bank', serviceNumber: '400-000-0000', crisisLine: '988' },
};

/**
 * A plan the way the policy builds one: fee = principal × feeBp × months / 10,000 (rounded),
 * the regular instalment rounded up, the first taking the remainder, so instalments add up to
 * the total exactly.
 */
export function plan(
  kind: PlanKind,
  principalCents: number,
  months: number,
  feeBp: number,
  firstDue: string,
): PlanOffer {
  const feeCents = Math.round((principalCents * feeBp * months) / 10_000);
  const totalCents = principalCents + feeCents;
  const regular = Math.ceil(totalCents / months);
  const first = totalCents - regular * (months - 1);
  const schedule: Installment[] = Array.from({ length: months }, (_x, i) => ({
    seq: i + 1,
    dueDate: addMonths(firstDue, i),
    amountCents: i === 0 ? first : regular,
  }));
  return {
    id: `${kind}-${months}`,
    kind,
    months,
    principalCents,
    feeCents,
    totalCents,
    installmentCents: regular,
    schedule,
  };
}

function offersFor(a: AccountFacts): PlanOffer[] {
  return [
    plan('full', a.balanceCents, 1, 0, '2026-05-20'),
    plan('minimum', a.minimumDueCents, 1, 0, '2026-05-20'),
    plan('installments', a.balanceCents, 7, 60, '2026-06-01'),
    plan('installments', a.balanceCents, 12, 60, '2026-06-01'),
  ];
}

const DISPUTE_KINDS = [
  'identity_theft',
  'not_mine',
  'wrong_amount',
  'transaction',
  'payment_claim',
  'validation_request',
] as const;

const HARDSHIPS = [
  'illness',
  'job_loss',
  'bereavement',
  'divorce',
  'disaster',
  'caring',
  'imprisonment',
  'disability',
  'other',
] as const;

/** One answer per topic, verified where the answer carries account facts (issue 15). */
function sampleAnswers(a: AccountFacts, chosen: PlanOffer): ActOf<'answer'>[] {
  const channels = [
    {
      name: { 'zh-CN': '手机银行', en: 'Mobile banking app' },
      instructions: { 'zh-CN': '登录后选择"信用卡还款"', en: 'log in and choose "Card repayment"' },
    },
    {
      name: { 'zh-CN': '网点柜台', en: 'Any branch' },
      instructions: { 'zh-CN': '携带身份证到任一网点办理', en: 'bring your ID to any branch counter' },
      account: '6222 0000 0000 0000',
    },
  ];
  const next = chosen.schedule[1];
  const standing = {
    currency: a.currency,
    balanceCents: a.balanceCents,
    daysPastDue: a.daysPastDue,
    plan: {
      planId: 'P-1A2B3C4D',
      status: 'active',
      lastPaidSeq: 1,
      overdue: [],
      next: next ? { ...next, paidCents: 0, openCents: next.amountCents } : undefined,
      daysToNext: 10,
    },
    promise: undefined,
  };
  return [
    { kind: 'answer', verified: false, answer: { topic: 'how_to_pay', channels } },
    { kind: 'answer', verified: false, answer: { topic: 'how_to_pay', channels: [] } },
    { kind: 'answer', verified: true, answer: { topic: 'how_to_pay', channels, brief: true } },
    { kind: 'answer', verified: false, answer: { topic: 'hotline' } },
    {
      kind: 'answer',
      verified: false,
      answer: { topic: 'fees', dailyRateBp: 5, lateFeeBp: 500, installmentFeeBp: 60 },
    },
    {
      kind: 'answer',
      verified: true,
      then: 'ask_intent',
      answer: {
        topic: 'fees',
        dailyRateBp: 5,
        lateFeeBp: 500,
        installmentFeeBp: 60,
        amounts: { currency: a.currency, lateFeeCents: 6_173, monthlyInterestCents: 18_519 },
      },
    },
    { kind: 'answer', verified: false, answer: { topic: 'credit_record', years: 5 } },
    { kind: 'answer', verified: true, again: true, answer: { topic: 'third_parties' } },
    {
      kind: 'answer',
      verified: false,
      answer: {
        topic: 'hotline',
        hours: { kind: 'window', start: '08:00', end: '22:00', timeZone: 'Asia/Shanghai' },
      },
    },
    { kind: 'answer', verified: false, answer: { topic: 'third_parties' } },
    { kind: 'answer', verified: true, then: 'choose_offer', answer: { topic: 'legal' } },
    {
      kind: 'answer',
      verified: true,
      then: 'confirm_plan',
      answer: { topic: 'missed_instalment', lateFeeBp: 500, years: 5 },
    },
    { kind: 'answer', verified: true, answer: { topic: 'my_plan', standing } },
    {
      kind: 'answer',
      verified: true,
      then: 'ask_affordability',
      answer: { topic: 'owed', account: a, dailyRateBp: 5 },
    },
  ];
}

/** Realistic acts of every kind for one demo account; the mapped type forces one per kind. */
export function sampleActs(a: AccountFacts, hotline: string): { [K in ActKind]: ActOf<K>[] } {
  const currency: Currency = a.currency;
  const offers = offersFor(a);
  const chosen = offers[3] ?? plan('installments', a.balanceCents, 12, 60, '2026-06-01');
  const affordable = currency === 'CNY' ? 200_000 : 30_000;
  return {
    opening: [{ kind: 'opening', jurisdiction: jurisdictionOf(currency) }],
    ask_verification: [
      { kind: 'ask_verification', attemptsLeft: 3 },
      { kind: 'ask_verification', attemptsLeft: 1 },
    ],
    verification_failed: [
      { kind: 'verification_failed', attemptsLeft: 2 },
      { kind: 'verification_failed', attemptsLeft: 0 },
    ],
    verification_locked: [
      { kind: 'verification_locked', minutes: 30 },
      { kind: 'verification_locked', minutes: 120 },
    ],
    third_party: [
      { kind: 'third_party' },
      { kind: 'third_party', about: 'relative', hours: { kind: 'always' } },
      {
        kind: 'third_party',
        about: 'not_this_number',
        hours: { kind: 'window', start: '08:00', end: '22:00', timeZone: 'Asia/Shanghai' },
      },
      { kind: 'third_party', about: 'deceased' },
      { kind: 'third_party', about: 'relative', again: true },
      { kind: 'third_party', about: 'relative', standing: 'authority', hours: { kind: 'always' } },
      { kind: 'third_party', about: 'relative', standing: 'unwell' },
      { kind: 'third_party', about: 'deceased', again: true },
      { kind: 'third_party', about: 'not_this_number', again: true },
      { kind: 'third_party', about: 'relative', digits: true, hours: { kind: 'always' } },
      { kind: 'third_party', about: 'relative', digits: true, alt: true },
      { kind: 'third_party', about: 'relative', again: true, alt: true, hours: { kind: 'always' } },
      { kind: 'third_party', about: 'not_this_number', again: true, alt: true },
    ],
    unknown_person: [{ kind: 'unknown_person' }],
    private_only: [{ kind: 'private_only' }],
    verified: [{ kind: 'verified', account: a }],
    account_summary: [{ kind: 'account_summary', account: a }],
    consequences: [
      {
        kind: 'consequences',
        currency,
        lateFeeCents: Math.round(a.minimumDueCents * 0.05),
        monthlyInterestCents: Math.round(a.balanceCents * 0.0005 * 30),
        dailyRateBp: 5,
        creditReportYears: 5,
      },
    ],
    ask_affordability: [{ kind: 'ask_affordability' }],
    plan_offers: [
      { kind: 'plan_offers', currency, offers, fits: true },
      { kind: 'plan_offers', currency, offers: offers.slice(2), affordableCents: affordable, fits: true },
      { kind: 'plan_offers', currency, offers: offers.slice(3), affordableCents: 5_000, fits: false },
      { kind: 'plan_offers', currency, offers: [], fits: false },
      { kind: 'plan_offers', currency, offers, fits: true, compare: true },
      { kind: 'plan_offers', currency, offers: offers.slice(2), fits: true, compare: true },
      { kind: 'plan_offers', currency, offers: offers.slice(3), fits: true, compare: true },
      { kind: 'plan_offers', currency, offers: offers.slice(3), fits: true, missing: 2 },
      { kind: 'plan_offers', currency, offers, fits: true, missing: 7 },
      {
        kind: 'plan_offers',
        currency,
        offers: offers.slice(2),
        fits: false,
        termLimit: { askedMonths: 36, limitMonths: offers[2]?.months ?? 24 },
      },
    ],
    plan_confirm: [{ kind: 'plan_confirm', currency, offer: chosen }],
    plan_agreed: [
      { kind: 'plan_agreed', currency, offer: chosen, planId: 'P-20260520-0001' },
      { kind: 'plan_agreed', currency, offer: offers[0] ?? chosen, planId: 'P-20260520-0002' },
      {
        kind: 'plan_agreed',
        currency,
        offer: chosen,
        planId: 'P-20260520-0003',
        replaces: 'P-20260520-0001',
      },
    ],
    plan_declined: [{ kind: 'plan_declined' }],
    plan_impasse: [{ kind: 'plan_impasse' }],
    waiver_refused: [{ kind: 'waiver_refused' }],
    dispute_recorded: [
      { kind: 'dispute_recorded', disputeId: 'D-0007' },
      ...DISPUTE_KINDS.map((disputeKind) => ({
        kind: 'dispute_recorded' as const,
        disputeId: 'D-0008',
        disputeKind,
      })),
    ],
    cease_contact_confirmed: [{ kind: 'cease_contact_confirmed' }],
    human_requested: [
      { kind: 'human_requested', etaMinutes: 5 },
      { kind: 'human_requested', etaMinutes: 0 },
    ],
    distress_support: [
      { kind: 'distress_support', hotline },
      { kind: 'distress_support', hotline, again: 1 },
      { kind: 'distress_support', hotline, again: 2 },
      { kind: 'distress_support', hotline, again: 1, cue: 'means' },
      { kind: 'distress_support', hotline, again: 2, cue: 'alone' },
    ],
    bot_identity: [{ kind: 'bot_identity' }],
    collection_paused: [
      { kind: 'collection_paused', reason: 'dispute' },
      { kind: 'collection_paused', reason: 'cease_contact' },
      { kind: 'collection_paused', reason: 'plan_active' },
      { kind: 'collection_paused', reason: 'payment_claim' },
    ],
    clarify: [
      { kind: 'clarify', verified: false },
      { kind: 'clarify', verified: true },
      { kind: 'clarify', verified: true, menu: true },
    ],
    goodbye: [{ kind: 'goodbye' }, { kind: 'goodbye', later: true }],
    payment_claimed: [
      { kind: 'payment_claimed' },
      { kind: 'payment_claimed', claimed: { currency, via: 'ccb' } },
      { kind: 'payment_claimed', claimed: { currency, via: 'zelle' } },
      { kind: 'payment_claimed', beforeVerified: true },
    ],
    reminder: [
      { kind: 'reminder', reminderKind: 'due-3', jurisdiction: jurisdictionOf(currency) },
      { kind: 'reminder', reminderKind: 'due+7', jurisdiction: jurisdictionOf(currency) },
    ],
    handoff_queued: [
      { kind: 'handoff_queued', reason: 'requested', etaMinutes: 5 },
      { kind: 'handoff_queued', reason: 'distress', etaMinutes: 0 },
    ],
    handoff_callback_offer: [{ kind: 'handoff_callback_offer' }],
    handoff_message_left: [{ kind: 'handoff_message_left' }],
    handoff_accepted: [{ kind: 'handoff_accepted' }],
    handoff_returned: [
      { kind: 'handoff_returned', outcome: 'plan_agreed' },
      { kind: 'handoff_returned', outcome: 'customer was rude, note 123' },
    ],
    hardship_ack: HARDSHIPS.flatMap((hardship) => [
      { kind: 'hardship_ack' as const, hardship, verified: true },
      { kind: 'hardship_ack' as const, hardship, verified: false },
      { kind: 'hardship_ack' as const, hardship, verified: true, again: true },
    ]),
    crisis_followup: [{ kind: 'crisis_followup', hotline }],
    verify_bank: [{ kind: 'verify_bank' }],
    plan_status: [
      { kind: 'plan_status', currency, planId: 'P-1A2B3C4D', offer: chosen, next: chosen.schedule[1] },
    ],
    answer: sampleAnswers(a, chosen),
    ask_intent: [{ kind: 'ask_intent' }],
    listen: [
      { kind: 'listen' },
      { kind: 'listen', hotline },
      { kind: 'listen', broke: true },
      { kind: 'listen', broke: true, again: true },
    ],
    promise_status: [
      {
        kind: 'promise_status',
        currency,
        amountCents: a.balanceCents,
        dueDate: '2026-05-25',
        promiseId: 'R-1A2B3C4D',
      },
    ],
    plan_replace_confirm: [
      {
        kind: 'plan_replace_confirm',
        currency,
        current: { planId: 'P-1A2B3C4D', offer: chosen },
        offer: chosen,
      },
    ],
    ask_payment_date: [
      { kind: 'ask_payment_date', currency, amountCents: a.balanceCents, latestDate: '2026-05-25' },
    ],
    promise_recorded: [
      {
        kind: 'promise_recorded',
        currency,
        amountCents: a.balanceCents,
        dueDate: '2026-05-25',
        promiseId: 'R-1A2B3C4D',
      },
    ],
  };
}

export function allActs(a: AccountFacts, hotline: string): Act[] {
  return Object.values(sampleActs(a, hotline)).flat();
}

/** Per locale, the demo account that speaks it. */
export const SAMPLES: Record<Locale, Act[]> = {
  'zh-CN': allActs(ZHANG_WEI, '12356'),
  en: allActs(JOHN_SMITH, '988'),
};
