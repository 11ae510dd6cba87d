import { describe, expect, it } from 'vitest';
import type { Act } from '../../../src/core/act.js';
import { ModelJudge, ModelResponder } from '../../../src/language/model/index.js';
import type { BankWording } from '../../../src/language/templateResponder.js';
import { httpError, ScriptedChatModel, type Step } from './scriptedChatModel.js';

const BANK: BankWording = {
  bankName: { 'zh-CN': '示例银行', en: 'Example Bank' },
  serviceNumbers: ['400-000-0000'],
  crisisLine: { 'zh-CN': '12356', en: '988' },
};
const act: Act = { kind: 'plan_declined' };
const SUBTLE = '没关系。不过拖得越久，对您只会越来越不利，您自己好好掂量一下。';
const KIND =
  '没关系。如果您想再看看其他还款方案，或者告诉我您每个月大概能还多少，我可以再帮您找找合适的方案。';
const ok: Step = { toolArgs: { compliant: true, category: 'none', reason: 'fine' } };

function responder(steps: Step[]) {
  const model = new ScriptedChatModel(steps);
  const judge = new ModelJudge(model, 1000);
  const r = new ModelResponder({
    model,
    modelName: 'fake',
    bank: BANK,
    turnDeadlineMs: 1500,
    timeoutMs: 1000,
    maxRetries: 0,
    maxRegenerations: 1,
    judge,
  });
  return { r, model };
}

describe('the optional model judge (GUARDRAIL_MODEL_CHECK)', () => {
  it('adds a violation the rules missed, and the draft is asked for again', async () => {
    const { r } = responder([
      SUBTLE,
      { toolArgs: { compliant: false, category: 'threat', reason: 'veiled intimidation' } },
      KIND,
      ok,
    ]);
    const reply = await r.respond(act, { locale: 'zh-CN', verified: true, deadline: Date.now() + 1500 });
    expect(reply.text).toBe(KIND);
    expect(reply.trace.sent).toBe('regenerated');
    expect(reply.trace.attempts[0]?.verdict.violations.map((v) => v.rule)).toEqual(['model_judge.threat']);
  });

  it('leaves the rule verdict standing when the judge fails', async () => {
    const { r } = responder([KIND, { error: httpError(500) }]);
    const reply = await r.respond(act, { locale: 'zh-CN', verified: true, deadline: Date.now() + 1500 });
    expect(reply.text).toBe(KIND);
    expect(reply.trace.sent).toBe('model');
  });

  it('leaves the rule verdict standing when the judge is late, and the reply is still on time', async () => {
    const { r } = responder([KIND, { hang: true }]);
    const started = Date.now();
    const reply = await r.respond(act, { locale: 'zh-CN', verified: true, deadline: Date.now() + 800 });
    expect(Date.now() - started).toBeLessThan(800);
    expect(reply.text).toBe(KIND);
  });

  it('never sends the reviewed template to the judge', async () => {
    const { r, model } = responder([{ error: httpError(500) }]);
    const reply = await r.respond(act, { locale: 'zh-CN', verified: true, deadline: Date.now() + 1500 });
    expect(reply.trace.sent).toBe('template');
    expect(model.calls).toHaveLength(1);
  });
});
