import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The unit project runs with `isolate: false` (vitest.config.ts): the files of one worker share
 * their imported modules, so botbuilder, langchain, the guardrail classifier and the care scorer
 * load once per worker instead of once per file. A unit test must therefore leave module state
 * as it found it: no module mocks or global/env stubs (use an integration test, which is
 * isolated, or inject the dependency), and fake timers only when it also restores real ones.
 */
const TEST = path.resolve(import.meta.dirname, '..');

function unitTests(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return unitTests(full);
    return name.endsWith('.test.ts') && !/\.(int|e2e)\.test\.ts$/.test(name) ? [full] : [];
  });
}

const SHARED_STATE = /\bvi\.(mock|doMock|stubGlobal|stubEnv|resetModules)\(/;

describe('unit tests that share modules', () => {
  const files = unitTests(TEST).filter((f) => f !== import.meta.filename);
  const rel = (f: string): string => path.relative(TEST, f);

  it('mock no module and stub no global or environment variable', () => {
    expect(files.filter((f) => SHARED_STATE.test(readFileSync(f, 'utf8'))).map(rel)).toEqual([]);
  });

  it('restore real timers wherever they use fake ones', () => {
    const leaky = files.filter((f) => {
      const text = readFileSync(f, 'utf8');
      return text.includes('vi.useFakeTimers(') && !text.includes('vi.useRealTimers(');
    });
    expect(leaky.map(rel)).toEqual([]);
  });
});
