import { describe, expect, it } from 'vitest';
import { check, type GuardContext } from '../../src/guardrails/index.js';

const zh: GuardContext = { locale: 'zh-CN', verified: true };
const en: GuardContext = { locale: 'en', verified: true };
const rules = (text: string, context: GuardContext): string[] =>
  check(text, context)
    .violations.map((v) => v.rule)
    .filter((r) => !r.startsWith('classifier.'));

describe('structural checks (tuned examples; blind figures are in check.heldout.test.ts)', () => {
  it.each([
    ['您作为他的紧急联系人，麻烦催一催他还款。', 'privacy.third_party'],
    ['他欠款的情况已经同步给他老家的亲戚了。', 'privacy.third_party'],
    ['再不还，就把你的事发到家族群和抖音上。', 'privacy.public_exposure'],
    ['我们明天安排外勤同事去你单位当面谈。', 'threat.visit'],
    ['您的账户已进入司法调查程序。', 'false_legal.arrest'],
    ['你个 s b，还不还？', 'harassment.profanity'],
    ['信不信我让你在村里社会性死亡。', 'threat.intimidation'],
    ['跳楼啊，跳了钱也得还。', 'harassment.suicide_taunt'],
    ['交五百块，保证帮你把逾期记录下架。', 'unauthorized_commitment.credit_record'],
    ['加我微信直接转给我就行。', 'misrepresentation.payment_channel'],
  ])('blocks %s (%s)', (text, rule) => {
    expect(rules(text, zh)).toContain(rule);
  });

  it.each([
    ["You're listed as her emergency contact, so please get her to pay.", 'privacy.third_party'],
    ['This is now a criminal matter. Respond today.', 'false_legal.arrest'],
    ['Our field agent will stop by your office on Monday.', 'threat.visit'],
    ['Pay the f---ing balance.', 'harassment.profanity'],
    ['We will find you, believe me.', 'threat.intimidation'],
    ['Send it through Venmo to my personal account.', 'misrepresentation.payment_channel'],
    ['Pay at https://fast-settle.example.net/now', 'misrepresentation.payment_channel'],
  ])('blocks %s (%s)', (text, rule) => {
    expect(rules(text, en)).toContain(rule);
  });

  it('lets the configured payment channels, warnings and mortgage notices through', () => {
    const channels: GuardContext = { ...en, paymentChannels: ['bank.example.com', 'the bank app'] };
    expect(
      check('Pay online at https://www.bank.example.com/pay or in the bank app.', channels).allowed,
    ).toBe(true);
    expect(check('请勿向任何个人账户转账。', zh).allowed).toBe(true);
    expect(
      check(
        'If you fall behind on your mortgage, you could lose your home. Free housing counseling is available.',
        en,
      ).allowed,
    ).toBe(true);
    expect(rules('Pay now or you will lose your home.', en)).toContain('false_legal.invented_consequence');
  });

  it('checks payment status against the facts', () => {
    const none: GuardContext = { ...en, facts: { paymentStatus: 'none' } };
    const declined: GuardContext = { ...en, facts: { paymentStatus: 'declined' } };
    expect(rules('Your payment was declined.', none)).toContain('misrepresentation.payment_status');
    expect(rules('Your payment was declined.', declined)).toEqual([]);
    expect(rules('您的还款已于今天入账。', { ...zh, facts: { paymentStatus: 'none' } })).toContain(
      'misrepresentation.payment_status',
    );
  });
});
