import { describe, expect, it } from 'vitest';
import { extractLast4, understandOffline } from '../../../src/language/offline/index.js';
import { ctx } from './fixtures.js';

describe('text that says nothing the bot can act on is unknown, never a guess', () => {
  it.each([
    '今天天气怎么样',
    'hmm',
    'what is the weather like',
    '我不是故意的',
    '我不是不想还',
    '不好意思',
    '？？？',
    '',
  ])('reads "%s" as unknown', (text) => {
    const u = understandOffline(text, ctx);
    expect(u.intent).toBe('unknown');
    expect(u.slots.yesNo).toBeUndefined();
  });
});

describe('amounts are never mistaken for ID digits, and vice versa', () => {
  it.each([
    ['每个月只能还2000', { amountCents: 200_000, period: 'month' }],
    ['2000块', { amountCents: 200_000 }],
    ['I can pay 2000', { amountCents: 200_000 }],
    ['$1234', { amountCents: 123_400 }],
    ['我身份证丢了，每月还2000', { amountCents: 200_000, period: 'month' }],
  ])('reads "%s" as money only', (text, slots) => {
    const u = understandOffline(text, ctx);
    expect(u.slots).toEqual(slots);
    expect(u.intent).toBe('offer_payment');
    expect(extractLast4(text)).toBeUndefined();
  });

  it.each(['我身份证后四位是1234', 'last four 1234', '尾号1234'])('reads "%s" as ID digits only', (text) => {
    expect(understandOffline(text, ctx).slots).toEqual({ last4: '1234' });
  });

  it('gives a bare "2000" BOTH readings, for the dialog to choose by its state', () => {
    const u = understandOffline('2000', { ...ctx, localeHint: 'zh-CN' });
    expect(u).toMatchObject({ intent: 'provide_id', language: 'zh-CN' });
    expect(u.slots).toEqual({ last4: '2000', amountCents: 200_000 });
  });

  it('reads a lone small digit as an option, not as one yuan', () => {
    expect(understandOffline('2', ctx).slots).toEqual({ optionIndex: 2 });
    expect(understandOffline('2', ctx).intent).toBe('choose_option');
  });

  it('takes only the last four characters of a whole ID number, and its X check digit', () => {
    expect(extractLast4('身份证号11010119900101123X')).toBe('123X');
  });
});
