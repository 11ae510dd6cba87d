import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ModelFile } from '../../../src/guardrails/classifier/model.js';
import type { TrainingItem } from '../../../src/guardrails/classifier/trainingItem.js';
import { hanItems, toyItems } from '../../support/latinNetToy.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'latnet28-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A core file of free sentences (data.ts `free: true`), by category; lawful under `compliant`. */
function freeFile(items: readonly TrainingItem[]): string {
  const by = new Map<string, string[]>();
  for (const i of items)
    by.set(i.category ?? 'compliant', [...(by.get(i.category ?? 'compliant') ?? []), i.text]);
  const lines = [...by].flatMap(([c, texts]) => [
    `  ${c}:`,
    ...texts.map((t) => `    - ${JSON.stringify(t)}`),
  ]);
  return ['free: true', 'items:', ...lines, ''].join('\n');
}

function train(out: string): string {
  mkdirSync(out, { recursive: true });
  return execFileSync(
    'npx',
    [
      'tsx',
      'src/guardrails/classifier/trainCli.ts',
      '--data',
      join(dir, 'data'),
      '--out',
      out,
      '--folds',
      '2',
      '--latin-net',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
}

describe('npm run guardrails:train -- --latin-net', () => {
  it('prints the network figures and writes weights.latin.bin and latinNet, the same bytes twice', () => {
    mkdirSync(join(dir, 'data/calibration'), { recursive: true });
    writeFileSync(join(dir, 'data/free.en.yaml'), freeFile(toyItems(0, 5)));
    writeFileSync(join(dir, 'data/free.zh.yaml'), freeFile(hanItems()));
    writeFileSync(
      join(dir, 'data/calibration/lawful.en.yaml'),
      freeFile(toyItems(5).filter((i) => !i.category)),
    );
    const printed = train(join(dir, 'a'));
    train(join(dir, 'b'));
    expect(printed).toMatch(/2-fold pooled, classifier alone, network for Latin-script rows en: recall/);
    expect(printed).toMatch(/shipped model with the network for Latin/);
    expect(printed).toMatch(/latin net thresholds: threat /);
    const file = JSON.parse(readFileSync(join(dir, 'a/weights.json'), 'utf8')) as ModelFile;
    expect(file.latinNet?.buckets).toBe(65536);
    expect(file.latinNet?.hidden).toBe(32);
    expect(statSync(join(dir, 'a/weights.latin.bin')).size).toBe(65536 * 32);
    for (const name of ['weights.json', 'weights.bin', 'weights.latin.bin'])
      expect(readFileSync(join(dir, 'a', name)).equals(readFileSync(join(dir, 'b', name))), name).toBe(true);
  }, 120_000);
});
