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
        expect(
          reply.trace.sent,
          `${act.kind} ${JSON.stringify(blocked)} ${reply.trace.attempts[0]?.text ?? ''}`,
        ).toBe('template');
        expect(reply.trace.attempts).toHaveLength(1);
      }
    });
  }
});

describe('a draft checked before', () => {
  it('gets the same reply and verdict from memory as from the rules, per guard context', async () => {
    const responder = new TemplateResponder(bank);
    const context = { locale: 'zh-CN' as const, verified: true, deadline: Date.now() + 5000, history: [] };
    for (const act of SAMPLES['zh-CN'].slice(0, 12)) {
      const first = await responder.respond(act, context);
      const again = await responder.respond(act, context);
      const fresh = await new TemplateResponder(bank).respond(act, context);
      expect(again.text).toBe(first.text);
      expect(fresh.text).toBe(first.text);
      const verdicts = (r: typeof first): unknown =>
        r.trace.attempts.map((a) => [a.text, a.verdict.status, a.verdict.violations.map((v) => v.rule)]);
      expect(verdicts(again)).toEqual(verdicts(first));
      expect(verdicts(fresh)).toEqual(verdicts(first));
      // From memory: the timings are those of the check that made the verdict.
      expect(again.trace.attempts[0]?.verdict.timings).toEqual(first.trace.attempts[0]?.verdict.timings);
    }
    // Unverified, a reply that names account figures is checked afresh and does not pass as before.
    const summary = SAMPLES['zh-CN'].find((a) => a.kind === 'account_summary');
    if (summary) {
      const verified = await responder.respond(summary, context);
      const unverified = await responder.respond(summary, { ...context, verified: false });
      expect(verified.trace.sent).toBe('template');
      expect(unverified.trace.attempts[0]?.verdict.allowed).toBe(false);
    }
  });
});
