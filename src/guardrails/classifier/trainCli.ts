/**
 * npm run guardrails:train [-- --folds 5] [--no-write] [--data <folder of cores>] [--out <folder>]
 *   [--target 0.01] [--target-real 0] [--floor 0.5] [--l2 1e-5] [--explain]
 *   [--target-han 0.0025] [--target-han-real 0] [--target-latin 0.005] [--target-latin-real 0.0025]
 *   [--also-targets 0.0025/0,0.01/0.005,0.0025/0:0.005/0.0025] [--segments] [--compose]
 *   [--kfold-without <file>,<file>] [--latin-net]
 *
 * Builds the training set from training/guardrails/*.yaml (seeded expansion and
 * augmentation, decontaminated against test/guardrails/labelled/*.jsonl), trains the
 * classifier, calibrates its thresholds, prints k-fold figures and writes
 * src/guardrails/classifier/weights.{json,bin}. The same inputs always give the same files.
 */
import { writeFileSync } from 'node:fs';
import { format } from 'prettier';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trainerData } from './trainerData.js';
import { COMPOSED } from './compose.js';
import {
  coreFileOf,
  explainThresholds,
  kFold,
  figures,
  onlyRows,
  withRulesFigures,
  type Figures,
} from './evaluate.js';
import { WEIGHTS_BIN_PATH, WEIGHTS_PATH, latinBinPath } from './model.js';
import { crossFitLatin, scoreNetWide } from './latinNetTrain.js';
import {
  DEFAULT_TRAIN,
  crossFit,
  scoreWide,
  toModelParts,
  vectorise,
  type ScriptTargets,
  type TrainOptions,
} from './train.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const args = process.argv.slice(2);
const folds = Number(args[args.indexOf('--folds') + 1] ?? 5) || 5;
// --data <dir>: train on another folder of cores (to try a change before moving files).
const dataDir = args.includes('--data')
  ? (args[args.indexOf('--data') + 1] ?? '')
  : join(ROOT, 'training/guardrails');

function show(title: string, figs: Figures[]): void {
  for (const f of figs) {
    const cats = Object.entries(f.byCategory)
      .map(([c, v]) => `${c} ${v.recall.toFixed(2)}/${v.n}`)
      .join(', ');
    console.log(
      `${title} ${f.lang}: recall ${f.recall.toFixed(3)} (same category ${f.recallSameCategory.toFixed(3)}) of ${f.violations}, ` +
        `false alarms ${f.falseAlarm.toFixed(3)} of ${f.lawful} lawful\n    ${cats}`,
    );
  }
}

const started = Date.now();
const {
  items,
  dropped,
  lawful: lawfulItems,
} = trainerData(
  dataDir,
  // --compose: composition augmentation (compose.ts), multi-sentence rows built from these.
  args.includes('--compose') ? { folds } : undefined,
);
const rows = vectorise(items);
// Calibration only (never trained on): the tuned labelled set's lawful replies and the split.
const lawful = vectorise(lawfulItems);
const count = (lang: string, lawful: boolean): number =>
  items.filter((i) => i.lang === lang && (i.category === undefined) === lawful).length;
console.log(
  `training items: zh ${count('zh', false)} violating + ${count('zh', true)} lawful, en ${count('en', false)} violating + ${count('en', true)} lawful; ${dropped} dropped as too close to an evaluation item`,
);
const numberArg = (name: string, fallback: number): number =>
  args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback;
const targetFalseAlarm = numberArg('--target', DEFAULT_TRAIN.targetFalseAlarm);
const targetFalseAlarmReal = numberArg('--target-real', targetFalseAlarm);
// --target-han/--target-latin [-real]: a target per script (DATA.md), each defaulting to the
// general one; any of them groups the lawful rows by script for the calibration.
const perScript = ['--target-han', '--target-han-real', '--target-latin', '--target-latin-real'].some((a) =>
  args.includes(a),
);
const targetByScript: ScriptTargets | undefined = perScript
  ? {
      han: {
        generated: numberArg('--target-han', targetFalseAlarm),
        real: numberArg('--target-han-real', targetFalseAlarmReal),
      },
      latin: {
        generated: numberArg('--target-latin', targetFalseAlarm),
        real: numberArg('--target-latin-real', targetFalseAlarmReal),
      },
    }
  : undefined;
const options: TrainOptions = {
  ...DEFAULT_TRAIN,
  folds,
  targetFalseAlarm,
  targetFalseAlarmReal,
  ...(targetByScript === undefined ? {} : { targetByScript }),
  l2: numberArg('--l2', DEFAULT_TRAIN.l2),
  minThreshold: numberArg('--floor', DEFAULT_TRAIN.minThreshold),
  // --segments: segment scoring (segments.ts) in calibration, figures and the written model.
  ...(args.includes('--segments') ? { segments: true } : {}),
};
const segments = options.segments === true;
const { model, folds: results, recalibrate } = crossFit(rows, options, lawful, (line) => console.log(line));
// --explain: the lawful rows (out of fold) that score highest in each category and script, i.e.
// the rows that set the thresholds (to write hard negatives by class, never to copy them).
if (args.includes('--explain')) for (const line of explainThresholds(results)) console.log(line);
// The k-fold figures on the rows as written (comparable with a run without composition), and the
// composed rows' own figures apart.
const written = onlyRows(results, (r) => r.item.how !== COMPOSED);
const cv = kFold(written);
cv.folds.forEach((f, i) => show(`fold ${i + 1}/${folds}`, f));
show(`${folds}-fold pooled (grouped by template), classifier alone`, cv.pooled);
// --kfold-without a,b: the same pooled figure on the rows not built from those core files (by
// the name before the language, e.g. w28ena for w28ena.en.yaml): a run with new files compared
// with one without them on the rows both have.
const without = args.includes('--kfold-without')
  ? new Set((args[args.indexOf('--kfold-without') + 1] ?? '').split(','))
  : undefined;
if (without) {
  const named = new Set(rows.map(coreFileOf));
  for (const name of without) if (!named.has(name)) console.log(`--kfold-without: no row from "${name}"`);
  const shared = kFold(onlyRows(written, (r) => !without.has(coreFileOf(r)))).pooled;
  show(`${folds}-fold pooled, rows not from ${[...without].join(',')}, classifier alone`, shared);
}
const composedPooled = items.some((i) => i.how === COMPOSED)
  ? kFold(onlyRows(results, (r) => r.item.how === COMPOSED)).pooled
  : undefined;
if (composedPooled) show(`${folds}-fold pooled, composed rows only, classifier alone`, composedPooled);
const withRules = withRulesFigures(written);
show(`${folds}-fold pooled, rules + classifier (rules on the whole text, classifier out of fold)`, withRules);
const labelledFigures = figures(
  lawful,
  lawful.map((r) => scoreWide(model, r, segments)),
  model.thresholds,
);
show('tuned labelled set and calibration split, lawful (calibration groups), shipped model', labelledFigures);
const splitRows = lawful.filter((r) => r.item.template === 'calibration');
const splitFigures = figures(
  splitRows,
  splitRows.map((r) => scoreWide(model, r, segments)),
  model.thresholds,
);
show('calibration split alone (lawful, never trained on), shipped model', splitFigures);
const report: Record<string, unknown> = {
  items: {
    zhViolating: count('zh', false),
    zhLawful: count('zh', true),
    enViolating: count('en', false),
    enLawful: count('en', true),
    dropped,
  },
  kFold: { folds, pooled: cv.pooled, withRules, ...(composedPooled ? { composed: composedPooled } : {}) },
  labelledLawful: labelledFigures.map((f) => ({ lang: f.lang, lawful: f.lawful, falseAlarm: f.falseAlarm })),
  calibrationSplit: splitFigures.map((f) => ({ lang: f.lang, lawful: f.lawful, falseAlarm: f.falseAlarm })),
  options,
};
const { file, weights } = toModelParts(model, `clf-${DEFAULT_TRAIN.seed}-${items.length}`, report, segments);
// --latin-net: the network for Latin-script text beside the linear model (latinNet.ts), on the
// same folds; its figures printed, its first layer written as weights.latin.bin and the rest as
// the `latinNet` section of weights.json.
const net = args.includes('--latin-net')
  ? crossFitLatin(
      rows,
      lawful,
      options,
      results,
      `latin-${DEFAULT_TRAIN.seed}-${rows.filter((r) => r.script === 1).length}`,
      undefined,
      (line) => console.log(line),
    )
  : undefined;
if (net) {
  const netWritten = onlyRows(net.folds, (r) => r.item.how !== COMPOSED);
  const netPooled = kFold(netWritten).pooled;
  show(`${folds}-fold pooled, classifier alone, network for Latin-script rows`, netPooled);
  if (without)
    show(
      `${folds}-fold pooled, rows not from ${[...without].join(',')}, network for Latin-script rows`,
      kFold(onlyRows(netWritten, (r) => !without.has(coreFileOf(r)))).pooled,
    );
  const C = file.classes.length;
  const netFigures = figures(
    lawful,
    lawful.map((r) =>
      r.script === 1 ? scoreNetWide(net.model, r, segments) : scoreWide(model, r, segments),
    ),
    [...model.thresholds.slice(0, C), ...net.section.thresholds],
  );
  show(
    'tuned labelled set and calibration split, lawful, shipped model with the network for Latin',
    netFigures,
  );
  console.log(
    `latin net thresholds: ${file.classes.map((c, k) => `${c.category} ${(net.section.thresholds[k] ?? 1).toFixed(3)}`).join(', ')}`,
  );
  file.latinNet = net.section;
  report.latinNet = {
    kFold: netPooled,
    labelledLawful: netFigures.map((f) => ({ lang: f.lang, lawful: f.lawful, falseAlarm: f.falseAlarm })),
  };
}
// Written as prettier would format it, so `npm run format` leaves the file as trained.
// --out <dir>: write the two files there instead (to compare runs before replacing the model).
const outDir = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;
const jsonPath = outDir ? join(outDir, 'weights.json') : WEIGHTS_PATH;
const binPath = outDir ? join(outDir, 'weights.bin') : WEIGHTS_BIN_PATH;
if (!args.includes('--no-write')) {
  writeFileSync(jsonPath, await format(JSON.stringify(file), { parser: 'json', filepath: WEIGHTS_PATH }));
  writeFileSync(binPath, weights);
  if (net) writeFileSync(latinBinPath(binPath), net.bytes);
}
// --also-targets <generated>/<real>,…: the same fit calibrated at other targets, its figures
// printed and, with --out, its description written beside the weights as
// weights.target-<generated>-<real>.json (same weights.bin; copy it over weights.json to use it).
// An entry <han generated>/<han real>:<latin generated>/<latin real> is a target per script
// (weights.target-han-<g>-<r>-latin-<g>-<r>.json).
const alsoTargets = args.includes('--also-targets')
  ? (args[args.indexOf('--also-targets') + 1] ?? '').split(',').map((entry) =>
      entry.split(':').map((p) => {
        const [generated = 0.005, real = generated] = p.split('/').map(Number);
        return { generated, real };
      }),
    )
  : [];
for (const [first = { generated: 0.005, real: 0.005 }, latin] of alsoTargets) {
  const { generated, real } = first;
  const byScript: ScriptTargets | undefined = latin === undefined ? undefined : { han: first, latin };
  const at = recalibrate({
    targetFalseAlarm: generated,
    targetFalseAlarmReal: real,
    targetByScript: byScript,
  });
  const atFolds = results.map((r, k) => ({ ...r, thresholds: at.folds[k] ?? r.thresholds }));
  const name =
    latin === undefined
      ? `target ${generated}/${real}`
      : `target han ${generated}/${real} latin ${latin.generated}/${latin.real}`;
  const pooled = kFold(onlyRows(atFolds, (r) => r.item.how !== COMPOSED)).pooled;
  show(`${name}: ${folds}-fold pooled, classifier alone`, pooled);
  const labelledAt = figures(
    lawful,
    lawful.map((r) => scoreWide(model, r, segments)),
    at.thresholds,
  );
  show(`${name}: tuned labelled set and calibration split, lawful, shipped model`, labelledAt);
  const atParts = toModelParts(
    { ...model, thresholds: at.thresholds },
    file.version,
    {
      ...report,
      kFold: { folds, pooled, withRules: 'not measured at this target' },
      labelledLawful: labelledAt.map((f) => ({ lang: f.lang, lawful: f.lawful, falseAlarm: f.falseAlarm })),
      options: {
        ...options,
        targetFalseAlarm: generated,
        targetFalseAlarmReal: real,
        ...(byScript === undefined ? { targetByScript: undefined } : { targetByScript: byScript }),
      },
    },
    segments,
  );
  console.log(
    `${name}: thresholds ${atParts.file.classes.map((c) => `${c.category} ${c.threshold.toFixed(3)}/${(c.thresholdLatin ?? c.threshold).toFixed(3)}`).join(', ')}`,
  );
  if (outDir && !args.includes('--no-write'))
    writeFileSync(
      join(
        outDir,
        latin === undefined
          ? `weights.target-${generated}-${real}.json`
          : `weights.target-han-${generated}-${real}-latin-${latin.generated}-${latin.real}.json`,
      ),
      await format(JSON.stringify(atParts.file), { parser: 'json', filepath: WEIGHTS_PATH }),
    );
}
console.log(
  `thresholds (Han / Latin script): ${file.classes.map((c) => `${c.category} ${c.threshold.toFixed(3)}/${(c.thresholdLatin ?? c.threshold).toFixed(3)}`).join(', ')}`,
);
console.log(
  `done in ${((Date.now() - started) / 1000).toFixed(1)} s${args.includes('--no-write') ? '' : `, wrote ${jsonPath} and ${binPath}`}`,
);
