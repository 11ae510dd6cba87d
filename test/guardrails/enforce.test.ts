import { describe, expect, it } from 'vitest';
import {
  enforce,
  modelChecker,
  POLICY_VERSION,
  ruleChecker,
  type GuardContext,
  type GuardrailCheck,
  type Verdict,
} from '../../src/guardrails/index.js';

const context: GuardContext = { locale: 'zh-CN', verified: true };
const SAFE = '抱歉，这条消息暂时无法发送。如需帮助，请回复"人工"。';
const BAD = '你这个老赖，再不还钱就通知你单位。';
const GOOD = '我们理解您的难处，可以一起看看分期方案。';
const TEMPLATE = '您好，关于您的信用卡账户，我们可以为您介绍还款方案。';

describe('enforcement', () => {
  it('sends a compliant draft unchanged', async () => {
    const r = await enforce({ context, draft: GOOD, draftSource: 'model', safeMessage: SAFE });
    expect(r.text).toBe(GOOD);
    expect(r.outcome).toBe('passed');
    expect(r.audit).toMatchObject({
      policyVersion: POLICY_VERSION,
      action: 'passed',
      outcomeSource: 'policy',
      ruleIds: [],
      attempts: 1,
    });
  });

  it('asks the wording step again with the violations as feedback', async () => {
    const feedback: string[][] = [];
    const r = await enforce({
      context,
      draft: BAD,
      draftSource: 'model',
      safeMessage: SAFE,
      template: () => TEMPLATE,
      regenerate: async (violations, attempt) => {
        feedback.push(violations.map((v) => `${attempt}:${v.rule}`));
        return GOOD;
      },
    });
    expect(r.text).toBe(GOOD);
    expect(r.outcome).toBe('regenerated');
    expect(feedback[0]).toEqual(expect.arrayContaining(['1:defamation.insult', '1:privacy.third_party']));
    expect(r.attempts.map((a) => [a.source, a.verdict.status])).toEqual([
      ['model', 'blocked'],
      ['regeneration', 'allowed'],
    ]);
  });

  it('falls back to the template when regeneration keeps failing, up to the configured attempts', async () => {
    let calls = 0;
    const r = await enforce({
      context,
      draft: BAD,
      draftSource: 'model',
      safeMessage: SAFE,
      template: () => TEMPLATE,
      maxRegenerations: 2,
      regenerate: async () => {
        calls++;
        return '你就是个骗子。';
      },
    });
    expect(calls).toBe(2);
    expect(r.text).toBe(TEMPLATE);
    expect(r.outcome).toBe('template');
    expect(r.attempts.map((a) => a.source)).toEqual(['model', 'regeneration', 'regeneration', 'template']);
  });

  it('moves on to the template when regenerate throws or gives up', async () => {
    const threw = await enforce({
      context,
      draft: BAD,
      draftSource: 'model',
      safeMessage: SAFE,
      template: () => TEMPLATE,
      regenerate: () => Promise.reject(new Error('model timed out')),
    });
    expect(threw.outcome).toBe('template');
    expect(threw.audit.errors).toEqual(['regenerate: model timed out']);
    const gaveUp = await enforce({
      context,
      draft: BAD,
      draftSource: 'model',
      safeMessage: SAFE,
      template: () => TEMPLATE,
      regenerate: async () => undefined,
    });
    expect(gaveUp.outcome).toBe('template');
  });

  it('sends the fixed safe message when the template is blocked too, or missing', async () => {
    const r = await enforce({
      context,
      draft: BAD,
      draftSource: 'dialog',
      safeMessage: SAFE,
      template: () => '你这个骗子。',
    });
    expect(r.text).toBe(SAFE);
    expect(r.outcome).toBe('safe_message');
    expect(r.attempts.map((a) => a.source)).toEqual(['dialog', 'template', 'safe_message']);
    const none = await enforce({ context, draft: BAD, draftSource: 'agent', safeMessage: SAFE });
    expect(none.text).toBe(SAFE);
  });

  it('never treats a failing checker as a pass, and tells the error apart from a block', async () => {
    const broken: GuardrailCheck = {
      name: 'rules',
      check: () => {
        throw new Error('regex engine exploded');
      },
    };
    const r = await enforce({
      context,
      draft: GOOD,
      draftSource: 'model',
      safeMessage: SAFE,
      checkers: [broken],
    });
    expect(r.text).toBe(SAFE);
    expect(r.outcome).toBe('safe_message');
    expect(r.attempts[0]?.verdict.status).toBe('error');
    expect(r.attempts[0]?.verdict.allowed).toBe(false);
    expect(r.audit.outcomeSource).toBe('error');
    expect(r.audit.errors[0]).toBe('rules: regex engine exploded');
    const blocked = await enforce({ context, draft: BAD, draftSource: 'model', safeMessage: SAFE });
    expect(blocked.audit.outcomeSource).toBe('policy');
  });

  it('keeps the rule verdict when an advisory model checker fails or times out', async () => {
    const failing = modelChecker('judge', () => Promise.reject(new Error('503')));
    const slow = modelChecker('slow-judge', () => new Promise<Verdict>(() => {}), 20);
    const r = await enforce({
      context,
      draft: GOOD,
      draftSource: 'model',
      safeMessage: SAFE,
      checkers: [ruleChecker, failing, slow],
    });
    expect(r.text).toBe(GOOD);
    expect(r.outcome).toBe('passed');
    expect(r.audit.outcomeSource).toBe('policy');
    expect(r.audit.errors).toEqual(['judge: 503', 'slow-judge: timed out after 20 ms']);
    expect(r.audit.detectors.filter((d) => d.checker !== 'rules').map((d) => d.status)).toEqual([
      'error',
      'timeout',
    ]);
  });

  it('lets an advisory model checker add a violation the rules missed', async () => {
    const judge = modelChecker('judge', async () => ({
      allowed: false,
      status: 'blocked',
      violations: [
        {
          category: 'threat',
          rule: 'model.threat',
          severity: 'high',
          span: { start: 0, end: 2 },
          evidence: '我们',
        },
      ],
    }));
    const r = await enforce({
      context,
      draft: GOOD,
      draftSource: 'model',
      safeMessage: SAFE,
      checkers: [ruleChecker, judge],
    });
    expect(r.outcome).toBe('safe_message');
    expect(r.audit.ruleIds).toEqual(['model.threat']);
  });

  it('records one audit event with rule ids, categories, masked spans and per-detector latency', async () => {
    const draft = '您的身份证号码是110101199003077731，手机13912345678。';
    const r = await enforce({ context, draft, draftSource: 'model', safeMessage: SAFE });
    const a = r.audit;
    expect(a.type).toBe('guardrail.decision');
    expect(a.action).toBe('safe_message');
    expect(a.ruleIds).toEqual(['privacy.id_number', 'privacy.phone']);
    expect(a.categories).toEqual(['privacy']);
    expect(a.spans.map((s) => [s.start, s.end, s.masked])).toEqual([
      [8, 26, '**************7731'],
      [29, 40, '*******5678'],
    ]);
    expect(JSON.stringify(a)).not.toContain('110101199003077731');
    expect(JSON.stringify(a)).not.toContain('13912345678');
    expect(a.detectors.filter((d) => d.attempt === 0).map((d) => d.detector)).toEqual([
      'normalise',
      'lexicon',
      'patterns',
      'identifiers',
      'facts',
      'channels',
      'secrets',
      'classifier',
    ]);
    expect(a.detectors.every((d) => Number.isInteger(d.latencyUs) && d.latencyUs >= 0)).toBe(true);
  });

  it('treats a reply in an uncovered language like a block', async () => {
    const r = await enforce({
      context,
      draft: 'お支払いが遅れています。至急ご連絡ください。',
      draftSource: 'model',
      safeMessage: SAFE,
      template: () => TEMPLATE,
    });
    expect(r.outcome).toBe('template');
    expect(r.attempts[0]?.verdict.status).toBe('unverified');
  });
});
