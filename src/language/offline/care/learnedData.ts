import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TRAINING } from './distressModel.js';

/**
 * The learned scorer's training items: every line of `training/care/*.tsv` (language, label,
 * class, text; see training/care/DATA.md) and the older phrasings of `distressTraining*.ts`
 * (class `legacy`). Items repeated after trimming are kept once.
 */
export interface CareItem {
  text: string;
  /**
   * 1 distress, 0 ordinary, 0.5 concern: a faint sign ("什么都没意思了", "nothing matters anymore")
   * that should get the gentle check-in, not the crisis reply (trained towards `concernTarget`).
   */
  y: 0 | 0.5 | 1;
  lang: 'zh' | 'en';
  /** The class the item was written for (`arrangements`, `idiom`, ...); `legacy` for the old lists. */
  cls: string;
}

export const TRAINING_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../../training/care');

/** An error in a training file: which line and what to fix. */
export class CareDataError extends Error {
  readonly code = 'CARE_DATA_LINE';
}

const LABELS: Readonly<Record<string, CareItem['y']>> = { distress: 1, ordinary: 0, concern: 0.5 };

function parseLine(line: string, where: string): CareItem | undefined {
  if (line.trim() === '' || line.startsWith('#')) return undefined;
  const [lang, label, cls, ...rest] = line.split('\t');
  const text = rest.join('\t').trim();
  const y = label === undefined ? undefined : LABELS[label];
  if ((lang !== 'zh' && lang !== 'en') || y === undefined || !cls || !text)
    throw new CareDataError(
      `${where}: want "zh|en<TAB>distress|ordinary|concern<TAB>class<TAB>text"; fix the line or remove it`,
    );
  return { text, y, lang, cls };
}

/** Every item of the .tsv files in `dir`, in file then line order. */
export function readCareTsv(dir = TRAINING_DIR): CareItem[] {
  const out: CareItem[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.tsv'))
    .sort()) {
    const lines = readFileSync(join(dir, name), 'utf8').split('\n');
    lines.forEach((line, i) => {
      const item = parseLine(line, `${name}:${i + 1}`);
      if (item) out.push(item);
    });
  }
  return out;
}

const langOf = (text: string): 'zh' | 'en' => (/\p{Script=Han}/u.test(text) ? 'zh' : 'en');

/** The whole training set: the .tsv items, then the older lists, without repeats. */
export function careTrainingItems(dir = TRAINING_DIR): CareItem[] {
  const legacy: CareItem[] = [
    ...TRAINING.positive.map((text) => ({ text, y: 1 as const, lang: langOf(text), cls: 'legacy' })),
    ...TRAINING.negative.map((text) => ({ text, y: 0 as const, lang: langOf(text), cls: 'legacy' })),
  ];
  const seen = new Set<string>();
  return [...readCareTsv(dir), ...legacy].filter((it) => {
    const key = it.text.trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
