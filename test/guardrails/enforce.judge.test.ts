import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/config.js';
import { enforce, ruleChecker, type GuardContext } from '../../src/guardrails/index.js';
import { ModelJudge } from '../../src/language/model/index.js';
import { ScriptedChatModel, type Step } from '../language/model/scriptedChatModel.js';

const en: GuardContext = { locale: 'en', verified: true };
// Rules let it through; the trained classifier flags it (harassment).
const CLASSIFIER_ONLY = 'What a waste of space you are.';
const RULES_BLOCK = 'We know where you live, so pay up.';
const compliant: Step = { toolArgs: { compliant: true, category: 'none', reason: 'fine' } };

async function run(mode: 'advise' | 'enforce', draft: string, step: Step, deadlineMs = 1000) {
  const judge = new ModelJudge(new ScriptedChatModel([step]), 500, mode);
  return enforce({
    context: en,
    draft,
    draftSource: 'agent',
    safeMessage: 'Sorry, that message could not be sent.',
    checkers: [ruleChecker, judge.forReply({ deadline: Date.now() + deadlineMs, trusted: [] })],
  });
}

describe('GUARDRAIL_MODEL_CHECK=enforce', () => {
  it('is read from the environment beside false, true and advise', () => {
    const mode = (v?: string): unknown =>
      configSchema.parse(v === undefined ? {} : { GUARDRAIL_MODEL_CHECK: v }).GUARDRAIL_MODEL_CHECK;
    expect([mode('enforce'), mode('advise'), mode('true'), mode('false'), mode()]).toEqual([
      'enforce',
      'advise',
      'advise',
      false,
      false,
    ]);
  });

  it('lets the judge clear what only the classifier flagged, when it answers in time', async () => {
    const result = await run('enforce', CLASSIFIER_ONLY, compliant);
    expect(result.outcome).toBe('passed');
    expect(result.audit.classifier[0]?.flagged).toBe(true);
  });

  it('keeps the classifier binding when the judge is only advising', async () => {
    const result = await run('advise', CLASSIFIER_ONLY, compliant);
    expect(result.outcome).not.toBe('passed');
    expect(result.attempts[0]?.verdict.violations.map((v) => v.rule)).toContain('classifier.harassment');
  });

  it('never lets the judge clear a rule', async () => {
    const result = await run('enforce', RULES_BLOCK, compliant);
    expect(result.outcome).not.toBe('passed');
  });

  it('blocks what the judge finds even when the local layers allowed it', async () => {
    const judged: Step = { toolArgs: { compliant: false, category: 'threat', reason: 'veiled' } };
    const result = await run('enforce', 'Think carefully about what happens next.', judged);
    expect(result.attempts[0]?.verdict.violations.map((v) => v.rule)).toContain('model_judge.threat');
  });

  it('leaves the local verdict standing when the judge is late', async () => {
    const result = await run('enforce', CLASSIFIER_ONLY, { hang: true }, 200);
    expect(result.outcome).not.toBe('passed');
    expect(result.audit.errors.join(' ')).toMatch(/model_judge/);
  });
});
