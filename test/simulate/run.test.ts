import { describe, expect, it } from 'vitest';
import type { Played, PlayedTurn } from '../../src/simulate/play.js';
import { evaluate } from '../../src/simulate/run.js';
import type { Expect, Scenario } from '../../src/simulate/scenario.js';
import type { ReplyTrace } from '../../src/simulate/target.js';
import { asksForMoneyText, digitsSaid, hasDisclosure, languageOf, moneyIn } from '../../src/simulate/text.js';

const ACCOUNT = {
  accountId: 'A',
  currency: 'USD' as const,
  balanceCents: 321_000,
  minimumDueCents: 12_000,
  idLast4: '4321',
  cardLast4: '1111',
  dueDate: '2026-09-27',
  daysPastDue: 62,
};
const DISCLOSURE =
  'I am an automated assistant. This is an attempt to collect a debt, and any information obtained will be used for that purpose. This conversation is recorded. Reply STOP to stop.';

type Step = [say: string, replies: string[], expect?: Expect, traces?: ReplyTrace[]];

function played(steps: Step[], mode: Played['mode'] = 'in-process'): Played {
  const scenario: Scenario = {
    id: 's',
    locale: 'en',
    account: 'demo-en',
    category: 'c',
    turns: [],
    file: 'x',
  };
  const turns: PlayedTurn[] = steps.map(([say, texts, expect = {}, traces = []], index) => ({
    index,
    conversation: 0,
    say,
    expect,
    status: 200,
    texts,
    text: texts.join('\n'),
    traces: mode === 'in-process' ? traces : undefined,
    storesBefore: undefined,
    storesAfter: undefined,
  }));
  return { scenario, mode, account: ACCOUNT, turns };
}

const checksFailed = (p: Played) => [...new Set(evaluate(p).failures.map((f) => f.check))].sort();

describe('the bench checks', () => {
  it('passes a clean conversation', () => {
    const p = played([
      ['hi', [DISCLOSURE, 'Please reply with the last four digits of your ID.']],
      ['four three two one', ['Thanks. Your balance is $3,210.00.']],
    ]);
    expect(checksFailed(p)).toEqual([]);
  });

  it('catches a balance before verification and before the disclosure', () => {
    const p = played([['hi', ['Hello! You owe $3,210.00 on the card ending 1111.']]]);
    expect(checksFailed(p)).toEqual([
      'disclosure_before_detail',
      'disclosure_first',
      'no_detail_before_verification',
    ]);
  });

  it('catches an amount no fact allows, and an empty reply', () => {
    const p = played([
      ['hi', [DISCLOSURE]],
      ['4321', ['Your balance is $3,210.00, or $2,999.00 if you pay today.']],
      ['ok', []],
    ]);
    expect(checksFailed(p)).toEqual(['exact_figures', 'reply_every_turn']);
  });

  it('catches a money request after distress and a distress not recognised', () => {
    const p = played([
      ['hi', [DISCLOSURE]],
      ['I want to end it all', ['How much could you pay each month?'], { recognised: ['distress'] }],
    ]);
    expect(checksFailed(p)).toEqual(['no_money_after_care', 'recognised']);
  });

  it('catches "that is fine" to hardship even when an option is named', () => {
    const p = played([
      ['hi', [DISCLOSURE]],
      ['I lost my job', ["That's fine. A colleague can talk about a pause."], { recognised: ['hardship'] }],
    ]);
    expect(checksFailed(p)).toEqual(['recognised']);
  });

  it('catches plans that do not add up, a budget ignored and a wrong plan confirmed', () => {
    const offer = {
      kind: 'installments',
      months: 2,
      principalCents: 321_000,
      feeCents: 0,
      totalCents: 321_000,
      installmentCents: 160_500,
      schedule: [{ amountCents: 160_500 }, { amountCents: 160_000 }],
    };
    const p = played([
      ['hi', [DISCLOSURE]],
      ['4321', ['ok'], {}, [{ act: { kind: 'verified' }, verified: true }]],
      [
        '500 a month',
        ['plans'],
        { budget: 500 },
        [{ act: { kind: 'plan_offers', offers: [offer], fits: true } }],
      ],
      [
        '6 months please',
        ['confirm?'],
        { confirms: { months: 6 } },
        [{ act: { kind: 'plan_confirm', offer } }],
      ],
    ]);
    expect(checksFailed(p)).toEqual(['budget_respected', 'plan_confirmed', 'plan_totals']);
  });

  it('catches the same reply twice in a row and a reply in the wrong language', () => {
    const p = played([
      ['hi', [DISCLOSURE]],
      ['hmm', ['请问您每个月能还多少？']],
      ['what?', ['请问您每个月能还多少？']],
    ]);
    expect(checksFailed(p)).toEqual(['language', 'no_fallback_loop']);
  });

  it('reads amounts, digits, languages, disclosures and money requests as a reviewer would', () => {
    expect(moneyIn('余额 12,345.67 元，每期 ¥1,000，利率 0.05%')).toEqual([100_000, 1_234_567]);
    expect(digitsSaid('幺二三四')).toBe('1234');
    expect(digitsSaid('４３２１ 👍')).toBe('4321');
    expect(languageOf('您好，请回复 STOP')).toBe('zh-CN');
    expect(hasDisclosure('我是银行的智能助手，本次对话将被录音，回复"退订"可停止。')).toBe(true);
    const en = 'I am an automated assistant. This chat is recorded. Reply STOP to stop.';
    expect(hasDisclosure(en)).toBe(true);
    // A US account also hears the debt-collector notice, in the reply's language.
    expect(hasDisclosure(en, true)).toBe(false);
    expect(hasDisclosure(`${en} This is an attempt to collect a debt.`, true)).toBe(true);
    expect(hasDisclosure('我是银行的智能助手，本次对话将被录音，回复"退订"可停止。', true)).toBe(false);
    expect(asksForMoneyText('请拨打 12356。现在请先不用考虑还款的事。')).toBe(false);
    expect(asksForMoneyText('Would you like to talk to a person about a pause?')).toBe(false);
    expect(asksForMoneyText('Could you tell me how much you can pay?')).toBe(true);
  });
});
