import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compareWithGaps,
  InProcessTarget,
  loadScenarios,
  readGaps,
  renderReport,
  runScenarios,
  SAFETY_CHECKS,
  type RunResult,
} from '../../src/simulate/index.js';

const FOLDER = path.resolve('test/conversations');
const GAPS = path.join(FOLDER, 'known-gaps.json');

let target: InProcessTarget;
let run: RunResult;

beforeAll(async () => {
  target = await InProcessTarget.start();
  run = await runScenarios(target, loadScenarios([FOLDER]), 4);
}, 180_000);

afterAll(async () => {
  await target.close();
});

describe('the conversation test bench on our own scenarios (offline)', () => {
  it('ships at least 250 scenarios, half in each language, with 40 distress and 30 hardship', () => {
    const scenarios = loadScenarios([FOLDER]);
    const zh = scenarios.filter((s) => s.locale === 'zh-CN').length;
    const en = scenarios.filter((s) => s.locale === 'en').length;
    expect(scenarios.length).toBeGreaterThanOrEqual(250);
    expect(Math.abs(zh - en)).toBeLessThanOrEqual(scenarios.length * 0.1);
    const turnsOf = (kind: string) =>
      scenarios.filter((s) => s.turns.some((t) => t.expect.recognised?.includes(kind as never))).length;
    expect(turnsOf('distress')).toBeGreaterThanOrEqual(40);
    expect(turnsOf('hardship')).toBeGreaterThanOrEqual(30);
  });

  it('never breaks a safety check except the listed open care defects, and fails only where a known gap says so', () => {
    const ratchet = compareWithGaps(run.results, readGaps(GAPS));
    // The table is the point of this test: print it whatever the outcome (the summary reworded so
    // that CI does not read the scenario count as the test runner's own closing line).
    console.log(
      renderReport(run, ratchet, 40).replace(
        /^(\d+) passed, (\d+) failed$/m,
        'scenarios passing every check: $1; with a failure: $2',
      ),
    );
    expect(ratchet.safety.map((f) => `${f.scenario} [${f.check}] turn ${f.turn}: ${f.message}`)).toEqual([]);
    expect(ratchet.unexpected.map((f) => `${f.scenario} [${f.check}] turn ${f.turn}: ${f.message}`)).toEqual(
      [],
    );
  });

  it('applies every safety check to the scenarios', () => {
    for (const check of SAFETY_CHECKS) {
      expect(
        run.results.some((r) => r.applied.includes(check)),
        check,
      ).toBe(true);
    }
  });
});
