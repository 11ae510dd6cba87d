import { describe, expect, it } from 'vitest';
import { check, normalise, originalSpan } from '../../src/guardrails/index.js';

const zh = { locale: 'zh-CN', verified: true } as const;
const en = { locale: 'en', verified: true } as const;

describe('normalisation', () => {
  it('folds full-width letters, traditional characters and case', () => {
    expect(normalise('ＹＯＵ ＡＲＥ Ａ ＬＩＡＲ').text).toBe('you are a liar');
    expect(normalise('我們知道你住哪裡，後果自負').text).toBe('我们知道你住哪里,后果自负');
  });

  it('drops zero-width characters, emoji and spaces inside Chinese words but keeps clause punctuation', () => {
    expect(normalise('老\u200b赖').text).toBe('老赖');
    expect(normalise('老 ❤ 赖').text).toBe('老赖');
    expect(normalise('后 果 自 负 ， 别 怪').text).toBe('后果自负,别怪');
  });

  it('keeps an @ before a Chinese name between Chinese characters (a mention the rules read)', () => {
    expect(normalise('群里各位好，@赵敏 的欠款已经逾期').text).toBe('群里各位好,@赵敏的欠款已经逾期');
    expect(normalise('已经在工作群里@了你').text).toBe('已经在工作群里@了你');
    expect(normalise('【家族群通知】＠所有人 王建国').text).toBe('【家族群通知@所有人王建国');
  });

  it('joins spelled-out words and reads leetspeak inside words', () => {
    expect(normalise('You are a d.e.a.d.b.e.a.t').text).toBe('you are a deadbeat');
    expect(normalise('W a t c h   y o u r   b a c k').text).toBe('watch your back');
    expect(normalise('you l0ser, $hit').text).toBe('you loser, shit');
    expect(normalise('fück').text).toBe('fuck');
  });

  it('leaves ordinary numbers, amounts and single letters alone', () => {
    expect(normalise('欠款12,345.67元，逾期35天').text).toBe('欠款12,345.67元,逾期35天');
    expect(normalise('Pay $150.00 by 9 a.m.').text).toBe('pay $150.00 by 9 a.m.');
  });

  it('maps a normalised span back to the original text', () => {
    const original = '你這個老 ❤ 賴！';
    const n = normalise(original);
    const at = n.text.indexOf('老赖');
    const span = originalSpan(n, at, at + 2);
    expect(original.slice(span.start, span.end)).toBe('老 ❤ 賴');
  });
});

describe('evasions do not pass', () => {
  it.each([
    ['你这个老 赖', zh],
    ['你这个老*赖', zh],
    ['你这个老，赖', zh],
    ['你這個老賴', zh],
    ['你这个l a o l a i', zh],
    ['你就是个laolai', zh],
    ['ＳＢ，赶紧还钱', zh],
    ['You are a dead-beat', en],
    ['You l0ser', en],
    ['f u c k off and pay', en],
    ['you are a lo ser', en],
    ['ｙｏｕ ａｒｅ ａ ｌｉａｒ', en],
    ['fu😀ck off', en],
  ] as const)('blocks %s', (text, context) => {
    const v = check(text, context);
    expect(v.allowed).toBe(false);
    expect(v.violations[0]?.span.end).toBeGreaterThan(0);
  });

  it('points the evidence at the original characters of a disguised word', () => {
    const v = check('你這個老 ❤ 賴', zh);
    expect(v.violations[0]?.evidence).toBe('老 ❤ 賴');
    expect(v.violations[0]?.span).toEqual({ start: 3, end: 8 });
  });
});

describe('language honesty', () => {
  it('treats a reply in a script the rules do not read as unverified, never allowed', () => {
    const v = check('お支払いが遅れています。至急ご連絡ください。', zh);
    expect(v.status).toBe('unverified');
    expect(v.allowed).toBe(false);
    expect(check('Ваш платёж просрочен, свяжитесь с нами.', en).status).toBe('unverified');
  });

  it('still reads Chinese and English replies with a foreign name in them', () => {
    expect(check('您好，Иван先生，我们已收到您的还款，谢谢。', zh).status).toBe('allowed');
  });
});
