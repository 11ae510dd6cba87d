import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/config.js';
import { check, enforce, ruleChecker, type GuardContext } from '../../src/guardrails/index.js';
import { ModelJudge } from '../../src/language/model/index.js';
import { ScriptedChatModel, type Step } from '../language/model/scriptedChatModel.js';

const en: GuardContext = { locale: 'en', verified: true };
// Rules let it through; the trained classifier flags it (harassment).
const CLASSIFIER_ONLY = 'What a sad excuse for a grown-up you are.';
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

  it('hands the send path a clearance for exactly the text it cleared', async () => {
    const result = await run('enforce', CLASSIFIER_ONLY, compliant);
    expect(result.clearance).toEqual({ text: CLASSIFIER_ONLY, by: 'model_judge' });
    const judged = { ...en, judged: result.clearance ?? { text: '', by: '' } };
    expect(check(CLASSIFIER_ONLY, en).allowed).toBe(false);
    const sent = check(CLASSIFIER_ONLY, judged);
    expect(sent.allowed).toBe(true);
    expect(sent.classifier).toMatchObject({ flagged: true, overruledBy: 'model_judge' });
    // The send path checks the text with its suggested-action labels: a clean label still passes,
    expect(check(`${CLASSIFIER_ONLY}\nSet up a payment plan`, judged).allowed).toBe(true);
    // but what follows is judged on its own, and a clearance covers no other text.
    expect(check(`${CLASSIFIER_ONLY}\n${CLASSIFIER_ONLY}`, judged).allowed).toBe(false);
    expect(check(`${CLASSIFIER_ONLY}!`, judged).allowed).toBe(false);
    expect(check(RULES_BLOCK, { ...en, judged: { text: RULES_BLOCK, by: 'model_judge' } }).allowed).toBe(
      false,
    );
  });

  it('gives no clearance when it is only advising, or when the judge agreed with the block', async () => {
    expect((await run('advise', CLASSIFIER_ONLY, compliant)).clearance).toBeUndefined();
    const judged: Step = { toolArgs: { compliant: false, category: 'harassment', reason: 'insult' } };
    expect((await run('enforce', CLASSIFIER_ONLY, judged)).clearance).toBeUndefined();
  });

  it('leaves the local verdict standing when the judge is late', async () => {
    const result = await run('enforce', CLASSIFIER_ONLY, { hang: true }, 200);
    expect(result.outcome).not.toBe('passed');
    expect(result.audit.errors.join(' ')).toMatch(/model_judge/);
  });
});
