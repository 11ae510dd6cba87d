import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { calibrationSplit } from '../../../src/guardrails/classifier/data.js';

const TRAINING = join(dirname(fileURLToPath(import.meta.url)), '../../../training/guardrails');

describe('the calibration split (issue 16, guardfa16)', () => {
  const split = calibrationSplit(join(TRAINING, 'calibration'));

  it('holds over a hundred lawful English messages, each its own calibration row', () => {
    const en = split.filter((r) => r.lang === 'en');
    expect(en.length).toBeGreaterThanOrEqual(100);
    expect(split.every((r) => r.template === 'calibration' && r.category === undefined)).toBe(true);
  });

  it('is never a training core: no training file holds one of its messages', () => {
    const texts = new Set(
      readdirSync(TRAINING)
        .filter((f) => f.endsWith('.yaml'))
        .flatMap((f) =>
          Object.values(
            (parse(readFileSync(join(TRAINING, f), 'utf8')) as { items: Record<string, string[]> }).items,
          ).flat(),
        ),
    );
    expect(split.filter((r) => texts.has(r.text))).toEqual([]);
  });

  it('reads nothing from a folder that does not exist', () => {
    expect(calibrationSplit(join(TRAINING, 'no-such-folder'))).toEqual([]);
  });
});
