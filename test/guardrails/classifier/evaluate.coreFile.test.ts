import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTrainingSet } from '../../../src/guardrails/classifier/data.js';
import { coreFileOf } from '../../../src/guardrails/classifier/evaluate.js';
import { vectorise } from '../../../src/guardrails/classifier/train.js';

// guardrails:train --kfold-without names core files by stem ("w28ena" for w28ena.en.yaml); its
// first version compared the stem with the template's "w28ena.en" and excluded nothing.
const dir = mkdtempSync(join(tmpdir(), 'corefile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const core = (items: Record<string, string[]>): string =>
  `free: true\nitems:\n${Object.entries(items)
    .map(([k, v]) => `  ${k}:\n${v.map((t) => `    - ${JSON.stringify(t)}`).join('\n')}`)
    .join('\n')}\n`;
writeFileSync(join(dir, 'core.en.yaml'), core({ threat: ['You will regret ignoring this letter.'] }));
writeFileSync(join(dir, 'w99x.en.yaml'), core({ compliant: ['Your statement is ready to view online.'] }));
writeFileSync(join(dir, 'w99y.zh.yaml'), core({ harassment: ['你这种人真是没救了。'] }));

describe('coreFileOf', () => {
  const rows = vectorise(
    buildTrainingSet({ root: dir, seed: 1, perViolation: 1, perLawful: 1, evaluation: [] }).items,
  );

  it('names every row by the stem of the file it was built from', () => {
    const byText = new Map(rows.map((r) => [r.item.text, coreFileOf(r)]));
    expect(byText.get('You will regret ignoring this letter.')).toBe('en');
    expect(byText.get('Your statement is ready to view online.')).toBe('w99x');
    expect(byText.get('你这种人真是没救了。')).toBe('w99y');
    expect(new Set(rows.map(coreFileOf))).toEqual(new Set(['en', 'w99x', 'w99y']));
  });

  it('gives the calibration rows their own name', () => {
    const row = { ...rows[0]!, item: { ...rows[0]!.item, template: 'calibration' } };
    expect(coreFileOf(row)).toBe('calibration');
  });
});
