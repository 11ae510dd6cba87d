import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTrainingSet, calibrationSplit, evaluationFiles } from './data.js';
import { DEFAULT_TRAIN } from './train.js';
import type { TrainingItem } from './trainingItem.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * What `npm run guardrails:train` trains and calibrates on, for the trainer and the experiments
 * that must see the same rows (bench/classifierMlp.ts): the training items built from `dataDir`
 * (seeded expansion and augmentation, decontaminated against every evaluation file), the
 * calibration split, and the lawful rows thresholds are calibrated on (never trained on).
 */
export function trainerData(
  dataDir = join(ROOT, 'training/guardrails'),
  compose?: { folds: number },
): { items: TrainingItem[]; dropped: number; lawful: TrainingItem[] } {
  // The calibration split: lawful messages never trained on, their own calibration group.
  const calibration = calibrationSplit(join(dataDir, 'calibration'));
  const { items, dropped } = buildTrainingSet({
    root: dataDir,
    seed: DEFAULT_TRAIN.seed,
    perViolation: 12,
    perLawful: 25,
    // (held-out rounds included: nothing close to them is trained on), and the classifier's own
    // check sets (test/guardrails/classifier/check*.jsonl)
    evaluation: [
      ...evaluationFiles(join(ROOT, 'test/guardrails/labelled')),
      ...evaluationFiles(join(ROOT, 'test/guardrails/classifier')),
    ],
    heldOut: calibration.map((c) => c.text),
    // --compose: composition augmentation (compose.ts), multi-sentence rows built from these.
    ...(compose ? { compose } : {}),
  });
  return { items, dropped, lawful: [...labelledLawful(), ...calibration] };
}

/** Calibration only (never trained on): the tuned labelled set's lawful replies. */
function labelledLawful(): TrainingItem[] {
  const labelledDir = join(ROOT, 'test/guardrails/labelled');
  return (
    evaluationFiles(labelledDir)
      // The tuned labelled set's files (held-out rounds 4–6 joined it) and the guard's dev sets;
      // rounds 7 and later, the check sets (check-s6* to check-s1*, check-rw*, probe-s8b) and the
      // real-world quotes (realworld-*: collectors' and banks' messages from public pages) stay evaluation only.
      .filter((f) => !/heldout-round([7-9]|\d\d)|check-s([6789]|1\d)|check-rw|probe-s8|realworld-/.test(f))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .filter((l) => l.trim() !== ''),
      )
      .map((l) => JSON.parse(l) as { text: string; label: string; context: { locale: string } })
      .filter((r) => r.label === 'compliant')
      .map((r) => ({
        text: r.text,
        lang: r.context.locale === 'en' ? ('en' as const) : ('zh' as const),
        template: 'labelled',
        how: 'labelled',
      }))
  );
}
