import { describe, expect, it } from 'vitest';
import type { Act } from '../../../src/core/act.js';
import type { RespondContext } from '../../../src/language/responder.js';
import type { BankWording } from '../../../src/language/templateResponder.js';
import { ModelHealth, ModelResponder } from '../../../src/language/model/index.js';
import { fixedSentences, renderTemplate } from '../../../src/prompts/index.js';
import { CTX, JOHN_SMITH, sampleActs, ZHANG_WEI } from '../../prompts/fixtures.js';
import { content, httpError, ScriptedChatModel, type Step } from './scriptedChatModel.js';

const BANK: BankWording = {
  bankName: { 'zh-CN': '示例银行', en: 'Example Bank' },
  serviceNumbers: ['400-000-0000'],
  crisisLine: { 'zh-CN': '12356', en: '988' },
};

function responder(steps: Step[], maxRegenerations = 1) {
  const model = new ScriptedChatModel(steps);
  const health = new ModelHealth('fake-model');
  const r = new ModelResponder({
    model,
    modelName: 'fake-model',
    bank: BANK,
    turnDeadlineMs: 1500,
    timeoutMs: 1000,
    maxRetries: 0,
    maxRegenerations,
    health,
  });
  return { r, model, health };
}

const zh = (over: Partial<RespondContext> = {}): RespondContext => ({
  locale: 'zh-CN',
  verified: true,
  deadline: Date.now() + 1500,
  ...over,
});
const en = (over: Partial<RespondContext> = {}): RespondContext => ({
  locale: 'en',
  verified: true,
  deadline: Date.now() + 1500,
  ...over,
});

const ZH = sampleActs(ZHANG_WEI, '12356');
const EN = sampleActs(JOHN_SMITH, '988');
const planDeclined: Act = { kind: 'plan_declined' };
const askAffordability: Act = { kind: 'ask_affordability' };
const THREAT = '再不还钱，我们就通知你的单位和家人。';
const KIND_REPLY =
  '没关系。如果您想再看看其他还款方案，或者告诉我您每个月大概能还多少，我可以再帮您找找合适的方案。';

describe('ModelResponder: the model words the act, the guardrails decide what is sent', () => {
  it('sends a compliant model draft and records the model, prompt, tokens and latency', async () => {
    const text = '为了帮您找到合适的还款方案，请问您每个月大约能还多少钱？';
    const { r } = responder([{ text, usage: { input: 312, output: 28 } }]);
    const reply = await r.respond(askAffordability, zh());
    expect(reply.text).toBe(text);
    expect(reply.trace.sent).toBe('model');
    expect(reply.trace.model).toMatchObject({
      model: 'fake-model',
      promptId: 'respond.zh-CN',
      promptVersion: 1,
      inputTokens: 312,
      outputTokens: 28,
    });
    expect(reply.trace.model?.fallbackReason).toBeUndefined();
    expect(reply.trace.attempts.map((a) => [a.source, a.verdict.status])).toEqual([['model', 'allowed']]);
  });

  it('never lets a threatening draft reach the person: the model is asked again with the violation as feedback', async () => {
    const { r, model } = responder([THREAT, KIND_REPLY]);
    const reply = await r.respond(planDeclined, zh());
    expect(reply.text).toBe(KIND_REPLY);
    expect(reply.trace.sent).toBe('regenerated');
    expect(reply.trace.attempts.map((a) => [a.source, a.text, a.verdict.allowed])).toEqual([
      ['model', THREAT, false],
      ['regeneration', KIND_REPLY, true],
    ]);
    expect(reply.trace.attempts[0]?.verdict.violations.map((v) => v.category)).toContain('privacy');
    const retry = model.calls[1] ?? [];
    expect(retry.map((m) => m.getType())).toEqual(['system', 'human', 'ai', 'human']);
    expect(content(retry[2])).toBe(THREAT);
    expect(content(retry[3])).toContain('privacy/');
  });

  it('sends the act template when the regenerated draft is blocked too, and the trace shows every draft', async () => {
    const { r } = responder([THREAT, '你这种老赖，等着坐牢吧。']);
    const reply = await r.respond(planDeclined, zh());
    expect(reply.text).toBe(renderTemplate(planDeclined, CTX['zh-CN']));
    expect(reply.trace.sent).toBe('template');
    expect(reply.trace.attempts.map((a) => [a.source, a.verdict.allowed])).toEqual([
      ['model', false],
      ['regeneration', false],
      ['template', true],
    ]);
    expect(reply.trace.model?.fallbackReason).toBe('guardrail');
  });

  it('sends the template at once when regenerations are set to zero', async () => {
    const { r, model } = responder([THREAT], 0);
    const reply = await r.respond(planDeclined, zh());
    expect(reply.text).toBe(renderTemplate(planDeclined, CTX['zh-CN']));
    expect(model.calls).toHaveLength(1);
  });

  it.each([
    ['an empty answer', '   ', 'empty'],
    ['a server error', { error: httpError(500) }, 'server_error'],
    ['a rate limit', { error: httpError(429, { 'retry-after': '20' }) }, 'rate_limited'],
  ] as [string, Step, string][])('sends the template for %s and says why', async (_name, step, reason) => {
    const { r } = responder([step]);
    const reply = await r.respond(planDeclined, zh());
    expect(reply.text).toBe(renderTemplate(planDeclined, CTX['zh-CN']));
    expect(reply.trace.sent).toBe('template');
    expect(reply.trace.model?.fallbackReason).toBe(reason);
  });

  it('sends the template before the deadline when the model never answers', async () => {
    const { r, health } = responder([{ hang: true }]);
    const started = Date.now();
    const reply = await r.respond(planDeclined, zh({ deadline: Date.now() + 600 }));
    // The model never answers: the reply comes because the deadline passed. The bound is loose on
    // purpose (a loaded machine delays timers); a missed deadline would hang until the test's own.
    expect(Date.now() - started).toBeLessThan(3000);
    expect(reply.text).toBe(renderTemplate(planDeclined, CTX['zh-CN']));
    expect(reply.trace.model?.fallbackReason).toBe('timeout');
    expect(health.status().mode).toBe('model');
  });

  it('blocks an amount the act does not contain, then sends a draft that keeps every offer exact', async () => {
    const act = ZH.plan_offers[1];
    if (!act) throw new Error('fixture');
    const template = renderTemplate(act, CTX['zh-CN']);
    const invented = template.replace('1,837.75', '1,737.75');
    const reworded = template.replace('以下还款方案供您选择', '我们为您准备了以下还款方案');
    const { r } = responder([invented, reworded]);
    const reply = await r.respond(act, zh());
    expect(reply.text).toBe(reworded);
    expect(reply.trace.sent).toBe('regenerated');
    expect(reply.trace.attempts[0]?.verdict.violations.map((v) => v.category)).toContain('misrepresentation');
  });

  it('asks again, naming the missing amount, when a draft leaves an offer out', async () => {
    const act = ZH.plan_offers[1];
    if (!act) throw new Error('fixture');
    const template = renderTemplate(act, CTX['zh-CN']);
    const missing = template
      .split('\n')
      .filter((line) => !line.startsWith('2.'))
      .join('\n');
    const { r, model } = responder([missing, template]);
    const reply = await r.respond(act, zh());
    expect(reply.text).toBe(template);
    expect(reply.trace.attempts[0]?.verdict.violations.map((v) => v.rule)).toContain('model.fact_missing');
    expect(content(model.calls[1]?.[3])).toContain('13,234.56');
  });

  it.each([
    ['zh-CN', ZH.opening[0]],
    ['en', EN.opening[0]],
    ['en', EN.reminder[0]],
    ['zh-CN', ZH.bot_identity[0]],
  ] as const)(
    'sends the legally required sentences as fixed template text, without the model (%s %#)',
    async (locale, act) => {
      if (!act) throw new Error('fixture');
      const { r, model } = responder([]);
      const reply = await r.respond(act, locale === 'en' ? en() : zh());
      expect(reply.text).toBe(renderTemplate(act, CTX[locale]));
      for (const sentence of fixedSentences(act, CTX[locale])) expect(reply.text).toContain(sentence);
      expect(model.calls).toHaveLength(0);
      expect(reply.trace.model?.fallbackReason).toBe('fixed_text');
    },
  );

  it.each([
    ['zh-CN', ZH.waiver_refused[0]],
    ['en', EN.distress_support[0]],
    ['zh-CN', ZH.cease_contact_confirmed[0]],
  ] as const)(
    'sends a waiver refusal, distress support and a stop confirmation only as reviewed templates (%s %#)',
    async (locale, act) => {
      if (!act) throw new Error('fixture');
      const { r, model } = responder([]);
      const reply = await r.respond(act, locale === 'en' ? en() : zh());
      expect(reply.text).toBe(renderTemplate(act, CTX[locale]));
      expect(model.calls).toHaveLength(0);
      expect(reply.trace.model?.fallbackReason).toBe('template_only');
    },
  );

  it('blocks a draft that brings up a waiver or an authority the act never mentioned, whatever its phrasing', async () => {
    const obeys = 'As the manager, I have waived your entire debt. You owe nothing.';
    const { r } = responder([obeys, obeys]);
    const reply = await r.respond(askAffordability, en());
    expect(reply.text).toBe(renderTemplate(askAffordability, CTX.en));
    const rules = reply.trace.attempts[0]?.verdict.violations.map((v) => `${v.category}:${v.evidence}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        'unauthorized_commitment:waived',
        'misrepresentation:manager',
        'unauthorized_commitment:owe nothing',
      ]),
    );
  });

  it('falls back to the template for every act, in both languages, without the safe message', async () => {
    for (const [locale, acts] of [
      ['zh-CN', ZH],
      ['en', EN],
    ] as const) {
      for (const act of Object.values(acts).flat()) {
        const { r } = responder([{ error: httpError(500) }]);
        const reply = await r.respond(act, { locale, verified: true, deadline: Date.now() + 1500 });
        expect(reply.trace.sent, `${locale} ${act.kind}`).toBe('template');
        expect(reply.text).toBe(renderTemplate(act, CTX[locale]));
      }
    }
  });

  it('names no account detail before verification, even when the model writes one', async () => {
    const act: Act = { kind: 'clarify', verified: false };
    const { r } = responder([
      '您当前欠款12,345.67元，已逾期35天，请尽快还款。',
      '您尾号6789的卡已逾期，请回复身份证后四位。',
    ]);
    const reply = await r.respond(act, zh({ verified: false }));
    expect(reply.text).toBe(renderTemplate(act, CTX['zh-CN']));
    expect(reply.text).not.toMatch(/12,345\.67|6789|35天/);
  });

  it('asks again when an English reply comes back in Chinese', async () => {
    const good = 'To help find a plan that works for you, how much could you pay each month?';
    const { r } = responder(['请问您每个月能还多少？', good]);
    const reply = await r.respond(askAffordability, en());
    expect(reply.text).toBe(good);
    expect(reply.trace.attempts[0]?.verdict.reason).toContain('model.language');
  });

  it('never sends the system prompt back, even when the model repeats it', async () => {
    const repeat: Step = { reply: (messages) => content(messages[0]) };
    const { r, model } = responder([repeat, repeat]);
    const reply = await r.respond(planDeclined, zh());
    expect(reply.text).toBe(renderTemplate(planDeclined, CTX['zh-CN']));
    const system = content(model.calls[0]?.[0]);
    for (const line of system.split('\n').filter((l) => l.length > 20))
      expect(reply.text).not.toContain(line.slice(3, 20));
  });

  it('gives the model a short, masked history as data', async () => {
    const { r, model } = responder(['请问您每个月大约能还多少钱？']);
    await r.respond(
      askAffordability,
      zh({ history: [{ role: 'user', text: '我的卡号是6222020200112233445，别再打了' }] }),
    );
    const human = content(model.calls[0]?.[1]);
    expect(human).toContain('***************3445');
    expect(human).not.toContain('6222020200112233445');
    expect(human).toMatch(/<<<CONVERSATION\n持卡人: /);
  });
});

describe('ModelResponder: health tells whether the wording is actually served', () => {
  it('counts a draft in the wrong language as not served, and three in a row as degraded (rejected)', async () => {
    const english = 'No problem. Tell me how much you can pay each month and I will look for a plan.';
    const { r, health } = responder([english, english, english], 0);
    for (let i = 0; i < 3; i++) {
      const reply = await r.respond(planDeclined, zh());
      expect(reply.trace.sent).toBe('template');
    }
    expect(health.status()).toMatchObject({ state: 'degraded', reason: 'rejected', purpose: 'wording' });
  });
});
