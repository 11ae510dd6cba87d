import { writeFileSync } from 'node:fs';
import { careTrainingItems, type CareItem } from './learnedData.js';
import { LEARNED_BIN, LEARNED_JSON, type LearnedFile } from './learnedModel.js';
import {
  fit,
  kfold,
  LEARNED_DEFAULTS,
  mixedScores,
  mixOf,
  quantise,
  vectorise,
  type Row,
} from './learnedTrain.js';

/**
 * `npm run care:train`: trains the learned distress scorer on training/care/*.tsv and the
 * phrasings of distressTraining*.ts, fits the mix and threshold by 5-fold cross-validation, and
 * writes learnedWeights.json and learnedWeights.bin beside learnedModel.ts. Deterministic: run
 * it twice, get the same bytes (test/language/offline/care/learnedModel.test.ts checks).
 * `--dry-run` prints the figures without writing.
 */
export interface TrainedCare {
  file: LearnedFile;
  bin: Uint8Array;
}

function counts(items: readonly CareItem[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const it of items) {
    const label = it.y === 1 ? 'distress' : it.y === 0 ? 'ordinary' : 'concern';
    const key = `${it.lang} ${label}${it.cls === 'legacy' ? ' (legacy lists)' : ''}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

/** The final fit alone (what the determinism test repeats): weights and their bytes. */
export function trainFinal(rows: readonly Row[]): ReturnType<typeof fit> {
  return fit(rows, LEARNED_DEFAULTS);
}

export function trainCare(): TrainedCare {
  const items = careTrainingItems();
  const rows = vectorise(items);
  const oof = kfold(rows);
  const mix = mixOf(oof, rows);
  const mixed = mixedScores(oof, mix);
  const caught = (y: 0 | 1, lang?: string): string => {
    const of = rows.filter((r, i) => r.y === y && (lang === undefined || items[i]?.lang === lang));
    const hit = rows.filter(
      (r, i) =>
        r.y === y && (lang === undefined || items[i]?.lang === lang) && (mixed[i] ?? 0) >= mix.threshold,
    );
    return `${hit.length}/${of.length}`;
  };
  const report = {
    items: counts(items),
    options: LEARNED_DEFAULTS,
    kfold: {
      folds: LEARNED_DEFAULTS.folds,
      distressCaught: caught(1),
      distressCaughtZh: caught(1, 'zh'),
      distressCaughtEn: caught(1, 'en'),
      ordinaryFlagged: caught(0),
    },
  };
  return quantise(trainFinal(rows), mix, report);
}

if (process.argv[1]?.endsWith('learnedTrainCli.ts')) {
  const started = performance.now();
  const { file, bin } = trainCare();
  console.log(JSON.stringify(file.report, null, 2));
  console.log(`mix ${JSON.stringify(file.mix)}; ${(performance.now() - started).toFixed(0)} ms`);
  if (!process.argv.includes('--dry-run')) {
    writeFileSync(LEARNED_JSON, `${JSON.stringify(file, null, 2)}\n`);
    writeFileSync(LEARNED_BIN, bin);
    console.log(`wrote ${LEARNED_JSON} and ${LEARNED_BIN} (${bin.byteLength} bytes)`);
  }
}
