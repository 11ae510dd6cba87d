import { describe, expect, it } from 'vitest';
import { understandOffline } from '../../../src/language/offline/index.js';
import { ctx, type Row } from './fixtures.js';

const rows: Row[] = [
  ['Hello', 'greeting', {}],
  ['Good morning', 'greeting', {}],
  ['last four 4321', 'provide_id', { last4: '4321' }],
  ['My SSN ends in 4321', 'provide_id', { last4: '4321' }],
  ["It's 4321.", 'provide_id', { last4: '4321', amountCents: 432_100 }],
  ["I'm his wife", 'not_holder', {}],
  ['wrong number', 'not_holder', {}],
  ["this isn't John", 'not_holder', {}],
  ["I'm not John Smith", 'not_holder', {}],
  ["He's not home right now", 'not_holder'],
  ["What's my balance?", 'ask_balance', {}],
  ['How much do I owe?', 'ask_balance', {}],
  ["What happens if I don't pay?", 'ask_consequences', {}],
  ['Will I go to jail?', 'ask_legal', {}],
  ['Will this hurt my credit score?', 'ask_credit_record', {}],
  ['$300 a month', 'offer_payment', { amountCents: 30_000, period: 'month' }],
  ['I can pay 500 next Friday', 'offer_payment', { amountCents: 50_000, date: '2026-12-04', period: 'once' }],
  [
    'I could do 2,000.50 on the 5th',
    'offer_payment',
    { amountCents: 200_050, date: '2026-12-05', period: 'once' },
  ],
  [
    '300 dollars per month for 12 months',
    'offer_payment',
    { amountCents: 30_000, period: 'month', months: 12 },
  ],
  ['Can I spread it over two years?', 'offer_payment', { months: 24 }],
  ['5k by end of the month', 'offer_payment', { amountCents: 500_000, date: '2026-11-30', period: 'once' }],
  ['next Friday', 'offer_payment', { date: '2026-12-04' }],
  ["I'll pay tomorrow", 'offer_payment', { date: '2026-11-29' }],
  ['I can pay it in full', 'offer_payment', { period: 'once' }],
  [
    'No, I can only afford $200 a month',
    'offer_payment',
    { amountCents: 20_000, period: 'month', yesNo: 'no' },
  ],
  ['$500 is too much, how about $300', 'offer_payment', { amountCents: 30_000, yesNo: 'no' }],
  ['Can I get an extension?', 'offer_payment', {}],
  ['I lost my job', 'hardship', { yesNo: 'no' }],
  ["I don't want to pay", 'decline', { yesNo: 'no' }],
  ['I want to file a complaint', 'request_human', {}],
  ['Is this a scam?', 'verify_bank', {}],
  ['yes', 'accept', { yesNo: 'yes' }],
  ['OK', 'accept', { yesNo: 'yes' }],
  ['I agree', 'accept', { yesNo: 'yes' }],
  ['Sounds good', 'accept', { yesNo: 'yes' }],
  ["Sure, let's do it", 'accept', { yesNo: 'yes' }],
  ['no', 'decline', { yesNo: 'no' }],
  ["That's too much", 'decline', { yesNo: 'no' }],
  ["I can't afford that", 'decline', { yesNo: 'no' }],
  ["I can't pay $500 a month", 'decline', { yesNo: 'no' }],
  ['12 months is too long', 'decline', { yesNo: 'no' }],
  ['option 2', 'choose_option', { optionIndex: 2 }],
  ['ok 2', 'choose_option', { optionIndex: 2, yesNo: 'yes' }],
  ['Plan B', 'choose_option', { optionIndex: 2 }],
  ['What are my options?', 'offer_payment', {}],
  ["Yes, it's me", 'accept', { yesNo: 'yes' }],
  ['the first one', 'choose_option', { optionIndex: 1 }],
  ["I'll take the second plan", 'choose_option', { optionIndex: 2 }],
  ['Can you waive the late fee?', 'request_waiver', {}],
  ['Any discount if I pay today?', 'request_waiver'],
  ['Would you settle for less?', 'request_waiver', {}],
  ['I never made that purchase', 'dispute', {}],
  ['This charge is wrong', 'dispute', {}],
  ["That's not my debt, I don't owe you anything", 'dispute'],
  ['STOP', 'stop_contact', {}],
  ['Stop contacting me', 'stop_contact', {}],
  ['unsubscribe', 'stop_contact', {}],
  ['Leave me alone', 'stop_contact', {}],
  ['agent', 'request_human', {}],
  ['I want to talk to a person', 'request_human', {}],
  ['Can I speak with a representative?', 'request_human', {}],
  ['Am I talking to a real person?', 'ask_if_bot', {}],
  ['Are you a real person?', 'ask_if_bot', {}],
  ['Are you a bot?', 'ask_if_bot', {}],
  ['r u a bot or a real person', 'ask_if_bot', {}],
  ['human or bot??', 'ask_if_bot', {}],
  ['is this a bot or a human?', 'ask_if_bot', {}],
  ['ya a robot or what', 'ask_if_bot', {}],
  ['I want to die', 'distress', {}],
  ["I'm going to kill myself", 'distress', {}],
  ["There's no reason to live", 'distress'],
  ["I can't go on like this", 'distress'],
  ['I already paid', 'already_paid', {}],
  ['I paid 300 yesterday', 'already_paid', { amountCents: 30_000, date: '2026-11-27', period: 'once' }],
  ['bye', 'goodbye', {}],
  ['Thank you', 'goodbye', {}],
];

describe('understandOffline reads English messages', () => {
  it.each(rows)('reads "%s" as %s', (text, intent, slots) => {
    const u = understandOffline(text, { ...ctx, localeHint: 'en' });
    expect(u.intent).toBe(intent);
    if (slots) expect(u.slots).toEqual(slots);
    expect(u.language).toBe('en');
    expect(u.source).toBe('rules');
  });
});

describe('understandOffline reads what people say they already paid, on a day in the past (issue 14)', () => {
  it.each([
    [
      'I already paid $500 on November 15th through the app',
      { amountCents: 50_000, date: '2026-11-15', period: 'once' },
    ],
    ['I mailed a check for $250 on the 10th', { amountCents: 25_000, period: 'once' }],
    ['I already paid $500 last Friday', { amountCents: 50_000, date: '2026-11-27', period: 'once' }],
    [
      '我11月20号已经通过手机银行还了2000块，你们没收到吗？',
      { amountCents: 200_000, date: '2026-11-20', period: 'once' },
    ],
    [
      '上周三我在微信上转了3000过去了，怎么还在催',
      { amountCents: 300_000, date: '2026-11-18', period: 'once' },
    ],
  ] as const)('reads "%s" as already_paid with %j', (text, slots) => {
    const u = understandOffline(text, ctx);
    expect(u.intent).toBe('already_paid');
    expect(u.slots).toEqual(slots);
  });

  it.each(['我已经打了好几次电话了', '我已经没钱还了', '已经三个月没还了'])(
    '"%s" is no payment claim',
    (text) => {
      expect(understandOffline(text, ctx).intent).not.toBe('already_paid');
    },
  );

  it.each(['how many days late am I', 'how long have I been overdue'])('"%s" asks the balance', (text) => {
    expect(understandOffline(text, ctx).intent).toBe('ask_balance');
  });

  it.each([
    'remind me how much my monthly payment is and when',
    '我约好的每期是多少来着，哪天还',
    '每个月还多少来着',
  ])('"%s" asks about the agreed plan', (text) => {
    expect(understandOffline(text, ctx).intent).toBe('ask_plan');
  });

  it('a what-if about the monthly payment is not a question about the agreed plan', () => {
    expect(understandOffline('how much is my monthly payment over 12 months', ctx).intent).not.toBe(
      'ask_plan',
    );
  });
});

describe('a payment claim never restates a day the person may not have meant', () => {
  it.each([
    ['I already paid 300 on december 3rd', undefined],
    ['我周五已经全部还清了', '2026-11-27'],
    ['I paid it on Friday, $200', '2026-11-27'],
    ['我上周五已经还了5000了', '2026-11-20'],
  ] as const)('"%s" is dated %s', (text, date) => {
    const u = understandOffline(text, ctx);
    expect(u.intent).toBe('already_paid');
    expect(u.slots.date).toBe(date);
  });
});
