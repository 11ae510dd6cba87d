import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { normalise } from '../normalise.js';
import { CATEGORIES, type Category } from '../types.js';
import { augment, type Lang } from './augment.js';
import { Random } from './random.js';
import { compose } from './compose.js';
import { templateFolds } from './train.js';
import type { TrainingItem } from './trainingItem.js';

/**
 * Training items from the hand-written cores (training/guardrails/*.<lang>.yaml): every template
 * expanded by seeded choice (files marked `free: true` hold whole sentences, used as written),
 * each expansion once as written and once augmented, then
 * decontaminated against every evaluation file (no item close to an evaluation item is kept).
 */
export type { TrainingItem } from './trainingItem.js';

interface Core {
  /** Free sentences: every item is used as written (no `{a|b}` or `$SLOT` expansion). */
  free?: boolean;
  slots?: Record<string, string[]>;
  items: Record<string, string[]>;
}

export interface DataOptions {
  root: string;
  seed: number;
  /** Expansions per violating template and per lawful template. */
  perViolation: number;
  perLawful: number;
  /** Files of evaluation items ({"text": …} per line) to keep out of training. */
  evaluation: string[];
  /** Further texts nothing trained on may resemble (the calibration split). */
  heldOut?: string[];
  /** Composition augmentation (compose.ts), its parts kept inside the folds of a k-fold run. */
  compose?: { folds: number };
}

function expandOnce(template: string, slots: Record<string, string[]>, rnd: Random): string {
  const withSlots = (s: string): string =>
    s.replace(/\$([A-Z]+)/g, (_, name: string) => rnd.pick(slots[name] ?? [`$${name}`]));
  // Innermost braces first, so a slot value may itself contain none.
  let out = withSlots(template);
  for (let guard = 0; guard < 20 && out.includes('{'); guard++)
    out = out.replace(/\{([^{}]*)\}/g, (_, alts: string) => withSlots(rnd.pick(alts.split('|'))));
  return out;
}

function expand(template: string, slots: Record<string, string[]>, rnd: Random, want: number): string[] {
  const seen = new Set<string>();
  for (let tries = 0; tries < want * 4 && seen.size < want; tries++)
    seen.add(expandOnce(template, slots, rnd));
  return [...seen];
}

function categoryOf(key: string): Category | undefined {
  if (key === 'compliant') return undefined;
  const c = CATEGORIES.find((x) => x === key);
  if (!c) throw new Error(`training core: unknown category "${key}"`);
  return c;
}

function fromCore(lang: Lang, name: string, core: Core, opts: DataOptions, rnd: Random): TrainingItem[] {
  const out: TrainingItem[] = [];
  for (const [key, templates] of Object.entries(core.items)) {
    const category = categoryOf(key);
    templates.forEach((template, index) => {
      const want = category ? opts.perViolation : opts.perLawful;
      const texts = core.free === true ? [template] : expand(template, core.slots ?? {}, rnd, want);
      for (const text of texts) {
        const base = { lang, template: `${name}:${key}:${index}`, ...(category ? { category } : {}) };
        out.push({ ...base, text, how: 'core' });
        const variant = augment(text, lang, rnd);
        if (variant.text !== text) out.push({ ...base, text: variant.text, how: variant.how });
      }
    });
  }
  return out;
}

function trigrams(text: string): Set<string> {
  const t = normalise(text).text.replace(/[\s,.;:!?。，！？、]+/g, '');
  const set = new Set<string>();
  for (let i = 0; i + 3 <= t.length; i++) set.add(t.slice(i, i + 3));
  return set;
}

/** Drops items whose trigram overlap with any evaluation item is 0.5 or more (Jaccard). */
export function decontaminate(
  items: TrainingItem[],
  evaluation: string[],
): { kept: TrainingItem[]; dropped: number } {
  const index = new Map<string, number[]>();
  const sizes: number[] = [];
  evaluation.forEach((text, id) => {
    const g = trigrams(text);
    sizes.push(g.size);
    for (const t of g) (index.get(t) ?? index.set(t, []).get(t))?.push(id);
  });
  const kept = items.filter((item) => {
    const g = trigrams(item.text);
    const shared = new Map<number, number>();
    for (const t of g) for (const id of index.get(t) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    for (const [id, n] of shared) if (n / (g.size + (sizes[id] ?? 0) - n) >= 0.5) return false;
    return true;
  });
  return { kept, dropped: items.length - kept.length };
}

function evaluationTexts(files: string[]): string[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
}

/** Every evaluation file under a folder (*.jsonl). */
export function evaluationFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * The calibration split (training/guardrails/calibration/*.<lang>.yaml, lawful free sentences):
 * never trained on, scored out of sample as its own calibration group (see train.ts `calibrationGroup`).
 */
export function calibrationSplit(dir: string): TrainingItem[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(?:zh|en)\.yaml$/.test(f))
    .sort()
    .flatMap((file) => {
      const lang: Lang = file.endsWith('.zh.yaml') ? 'zh' : 'en';
      const core = parse(readFileSync(join(dir, file), 'utf8')) as Core;
      return (core.items.compliant ?? []).map((text) => ({
        text,
        lang,
        template: 'calibration',
        how: 'calibration',
      }));
    });
}

/** The training set, deterministic for a seed. */
export function buildTrainingSet(opts: DataOptions): { items: TrainingItem[]; dropped: number } {
  const rnd = new Random(opts.seed);
  const items: TrainingItem[] = [];
  for (const lang of ['zh', 'en'] as const) {
    // core.<lang>.yaml first (its items keep their place in the seeded order), then the others.
    const files = readdirSync(opts.root)
      .filter((f) => f.endsWith(`.${lang}.yaml`))
      .sort((a, b) => (a.startsWith('core.') ? -1 : b.startsWith('core.') ? 1 : a.localeCompare(b)));
    for (const file of files) {
      const core = parse(readFileSync(join(opts.root, file), 'utf8')) as Core;
      const name = file === `core.${lang}.yaml` ? lang : file.replace(/\.yaml$/, '');
      items.push(...fromCore(lang, name, core, opts, rnd));
    }
  }
  const unique = [...new Map(items.map((i) => [i.text, i])).values()];
  const outside = [...evaluationTexts(opts.evaluation), ...(opts.heldOut ?? [])];
  const { kept, dropped } = decontaminate(unique, outside);
  if (opts.compose === undefined) return { items: kept, dropped };
  const folds = templateFolds(
    kept.map((i) => i.template),
    opts.compose.folds,
    opts.seed,
  );
  const composed = decontaminate(
    compose(kept, { seed: opts.seed + 22, foldOf: (t) => folds.get(t) ?? 0 }),
    outside,
  );
  return { items: [...kept, ...composed.kept], dropped: dropped + composed.dropped };
}
