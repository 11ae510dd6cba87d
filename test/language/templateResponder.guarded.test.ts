import { describe, expect, it } from 'vitest';
import { TemplateResponder } from '../../src/language/templateResponder.js';
import { SAMPLES } from '../prompts/fixtures.js';

const bank = {
  bankName: { 'zh-CN': '示例银行', en: 'Example Bank' },
  serviceNumbers: ['400-000-0000'],
  crisisLine: { 'zh-CN': '12356', en: '988' },
  paymentChannels: [],
};

describe('answers, the open question and promises pass the guardrails as templates', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`sends every issue-15 act as its own template in ${locale}`, async () => {
      const responder = new TemplateResponder({
        ...bank,
        paymentChannels: [
          {
            name: { 'zh-CN': '手机银行', en: 'Mobile banking app' },
            instructions: { 'zh-CN': '登录后选择"信用卡还款"', en: 'log in and choose "Card repayment"' },
          },
          {
            name: { 'zh-CN': '网点柜台', en: 'Any branch' },
            instructions: { 'zh-CN': '携带身份证到任一网点办理', en: 'bring your ID to any branch counter' },
            account: '6222 0000 0000 0000',
          },
        ],
      });
      const acts = SAMPLES[locale].filter((a) =>
        ['answer', 'ask_intent', 'promise_recorded', 'consequences', 'plan_offers'].includes(a.kind),
      );
      for (const act of acts) {
        const verified = act.kind !== 'answer' || act.verified;
        const reply = await responder.respond(act, {
          locale,
          verified,
          deadline: Date.now() + 5000,
          history: [],
        });
        const blocked = reply.trace.attempts.map((a) => a.verdict.violations.map((v) => v.rule)).flat();
        expect(reply.trace.sent, `${act.kind} ${JSON.stringify(blocked)} ${reply.trace.attempts[0]?.text ?? ""}`).toBe('template');
        expect(reply.trace.attempts).toHaveLength(1);
      }
    });
  }
});
