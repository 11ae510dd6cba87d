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

  it('holds a label (the release outcome) to the characters only', () => {
    expect(agentTextProblem('rеsolved', 'label')).toBeUndefined(); // Cyrillic е: a label reaches no one
    expect(agentTextProblem('resolved\u0000', 'label')).toEqual(expect.any(String));
  });
});
