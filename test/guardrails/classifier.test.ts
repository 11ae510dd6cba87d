import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/guardrails/index.js';
import { Classifier } from '../../src/guardrails/classifier/model.js';
import { classifierFinding } from '../../src/guardrails/classifier/opinion.js';
import { buildTrainingSet } from '../../src/guardrails/classifier/data.js';
import { features } from '../../src/guardrails/classifier/features.js';
import {
  fitAndCalibrate,
  toModelParts,
  vectorise,
  DEFAULT_TRAIN,
} from '../../src/guardrails/classifier/train.js';
import { normalise } from '../../src/guardrails/normalise.js';

const model = Classifier.load();
const flagged = (text: string): string | undefined => model.verdict(normalise(text).text).flagged?.category;

describe('the trained classifier', () => {
  it('loads the committed weights and flags wording it was trained on the shape of', () => {
    expect(flagged('You are a f***ing deadbeat loser.')).toBe('harassment');
    expect(flagged('Go ahead and kill yourself, you still owe us.')).toBe('harassment');
    expect(flagged('你不是说要跳楼吗？跳啊，跳了也得还钱。')).toBe('harassment');
  });

  it('lets ordinary bank wording through', () => {
    expect(flagged('您好，您的信用卡本期账单已逾期，请通过手机银行还款。')).toBeUndefined();
    expect(flagged('If you are struggling, we can set up a payment plan.')).toBeUndefined();
  });

  it('names its category and score, and is asked only about what the rules let through', () => {
    const text = 'You are a f***ing deadbeat loser.';
    const opinion = classifierFinding(text, normalise(text).text)?.opinion;
    expect(opinion?.category).toBe('harassment');
    expect(opinion?.flagged).toBe(true);
    expect(opinion?.score).toBeGreaterThanOrEqual(opinion?.threshold ?? 1);
    const v = check(text, { locale: 'en', verified: true });
    expect(v.allowed).toBe(false);
    expect(v.violations.some((x) => !x.rule.startsWith('classifier.'))).toBe(true);
    expect(v.classifier).toBeUndefined();
    const lawful = check('If you are struggling, we can set up a payment plan.', {
      locale: 'en',
      verified: true,
    });
    expect(lawful.allowed).toBe(true);
    expect(lawful.classifier?.flagged).toBe(false);
  });

  it('hashes the same text to the same distinct features', () => {
    const a = features(normalise('还钱 pay the f---ing bill, pay the bill').text);
    expect([...a]).toEqual([...features(normalise('还钱 pay the f---ing bill, pay the bill').text)]);
    expect(new Set(a).size).toBe(a.length);
    expect(a.length).toBeGreaterThan(10);
  });

  it('trains to the same bytes twice from a tiny core and seed', () => {
    const root = mkdtempSync(join(tmpdir(), 'clf-'));
    mkdirSync(join(root, 'eval'));
    writeFileSync(join(root, 'eval', 'none.jsonl'), '{"text":"完全无关的评估句子"}\n');
    const core = (violation: string, lawful: string): string =>
      `slots: {}\nitems:\n  harassment:\n    - "${violation}"\n  compliant:\n    - "${lawful}"\n`;
    writeFileSync(
      join(root, 'core.zh.yaml'),
      core('{你个废物|你个垃圾}，{快还钱|赶紧还}', '{您好|你好}，{请按时还款|欢迎咨询分期}'),
    );
    writeFileSync(
      join(root, 'core.en.yaml'),
      core(
        '{you loser|you idiot}, {pay up|pay now}',
        '{hello|hi}, {you can pay in the app|ask about a plan}',
      ),
    );
    const once = (): string => {
      const { items } = buildTrainingSet({
        root,
        seed: 7,
        perViolation: 4,
        perLawful: 4,
        evaluation: [join(root, 'eval', 'none.jsonl')],
      });
      const fitted = fitAndCalibrate(vectorise(items), { ...DEFAULT_TRAIN, folds: 2, maxIterations: 30 });
      const parts = toModelParts(fitted, 'tiny', {});
      return JSON.stringify(parts.file) + Buffer.from(parts.weights).toString('base64');
    };
    expect(once()).toBe(once());
  });
});
