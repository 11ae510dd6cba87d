import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeFigures, roundFigures } from './heldoutReport.js';
import type { LabelledReply } from './labelledSet.js';

/**
 * guard13's check set (issue 16, thirteenth session), written by class before any rule change
 * (the bank's lawful wording misread in Chinese; English credit-report misrepresentation; contact
 * by clock and count), measured once at the start and once after, never tuned on. Kept beside the
 * rule tests, outside test/guardrails/labelled/, so no tuned set loads it.
 * At 1e5b7ec: zh-CN recall 0.875 (14/16), false alarms 6/43; en recall 0.367 (11/30), blocked any
 * 16/30, false alarms 4/30. After (7255645): zh-CN 0.875 (14/16), 1/43; en 0.800 (24/30), blocked
 * any 27/30, 3/30.
 */
const DIR = join(dirname(fileURLToPath(import.meta.url)), 'rules');

function load(lang: 'zh' | 'en'): LabelledReply[] {
  const file = `checkS13.${lang}.jsonl`;
  return readFileSync(join(DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => ({ ...(JSON.parse(l) as Omit<LabelledReply, 'file'>), file }));
}

describe('check set check-s13 (guard13)', () => {
  it('reports recall and false alarms per language and category', () => {
    const rows = [...load('zh'), ...load('en')];
    const figures = roundFigures('check-s13', rows);
    console.log(
      figures.map((f) => `[own check, measured before and after] ${describeFigures(f)}`).join('\n'),
    );
    expect(rows.length).toBe(119);
  });
});
