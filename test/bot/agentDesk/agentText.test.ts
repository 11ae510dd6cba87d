import { describe, expect, it } from 'vitest';
import { agentTextProblem } from '../../../src/bot/agentDesk/agentText.js';

/** What an agent may type to a person beyond its length (staffsec20). */
describe('agentTextProblem', () => {
  it('passes ordinary agent text: Chinese, English, Han beside Latin, Russian, emoji, line breaks, LRM', () => {
    for (const text of [
      '您好，我是人工客服，正在为您查询，请稍等。',
      'Hello, I am looking into your account now.',
      '您可以通过ATM或手机银行App还款。',
      'Здравствуйте, я оператор банка.',
      '谢谢您的耐心 👨‍👩‍👧 🙏🏽',
      '第一行\n第二行\t缩进\r\n',
      'Ref \u200eA-1001',
    ])
      expect([text, agentTextProblem(text)]).toEqual([text, undefined]);
  });

  it('refuses control characters, lone surrogates and bidi overrides or isolates', () => {
    for (const text of [
      'a\u0000b',
      'a\u0007b',
      'a\u007fb',
      'a\u0085b',
      'a\ud800b',
      'a\udc00b',
      'a\u202eb',
      'a\u202ab',
      'a\u2066b',
      'a\u2069b',
    ])
      expect([text, agentTextProblem(text)]).toEqual([text, expect.any(String)]);
  });

  it('refuses a word spelt with Latin and Cyrillic or Greek look-alikes, naming it', () => {
    expect(agentTextProblem('We will ѕue you')).toContain('"ѕue"');
    expect(agentTextProblem('pаy now')).toContain('"pаy"'); // Cyrillic а
    expect(agentTextProblem('lοan')).toContain('"lοan"'); // Greek ο
  });

  it('refuses a word spelt wholly with Cyrillic or Greek look-alikes of Latin letters, naming it', () => {
    expect(agentTextProblem('We will \u0455\u0441\u0430m')).toContain('mixes'); // ѕса + Latin m
    expect(agentTextProblem('Pay or face \u0441\u043e\u0440\u0455')).toContain('"\u0441\u043e\u0440\u0455"'); // сорѕ
    expect(agentTextProblem('\u0410\u0422\u041c \u0441\u0430\u0440\u0435')).toContain('look like Latin'); // АТМ
    expect(agentTextProblem('\u039a\u039f\u03a1\u0395 now')).toContain('look like Latin'); // Greek ΚΟΡΕ
    expect(agentTextProblem('Здравствуйте, я оператор банка.')).toBeUndefined();
    expect(agentTextProblem('Я вас понял.')).toBeUndefined(); // single letter, ordinary words
  });

  it('holds a label (the release outcome) to the characters only', () => {
    expect(agentTextProblem('rеsolved', 'label')).toBeUndefined(); // Cyrillic е: a label reaches no one
    expect(agentTextProblem('resolved\u0000', 'label')).toEqual(expect.any(String));
  });
});
