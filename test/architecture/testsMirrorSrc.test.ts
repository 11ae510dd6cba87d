import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A newcomer finds the tests of `src/<path>/<file>.ts` at `test/<path>/<file>.test.ts` (or
 * `<file>.<aspect>.test.ts` when one source file has several test files; `<folder>.test.ts` for a
 * folder tested through its index). Integration (`*.int.test.ts`) and browser (`*.e2e.test.ts`)
 * tests, conversation scenarios, support code and these architecture checks live by their own rules.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const OWN_RULES = new Set(['architecture', 'conversations', 'e2e', 'scripts', 'support']);

/**
 * Unit tests that do not mirror a source file yet, each with its reason. The list may only
 * shrink: a new unmatched test fails, and an entry that matches again must be removed.
 */
const KNOWN_UNMATCHED = new Map<string, string>([]);

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return testFiles(full);
    return name.endsWith('.test.ts') ? [full] : [];
  });
}

const isUnit = (file: string): boolean => !/\.(int|e2e)\.test\.ts$/.test(file);
const posix = (file: string): string => path.relative(ROOT, file).split(path.sep).join('/');

/** `test/a/b/name.aspect.test.ts` → `src/a/b/name.ts` or the folder `src/a/b/name/`. */
function mirrors(file: string): boolean {
  const rel = path.relative(path.join(ROOT, 'test'), file);
  const base = path.basename(rel).split('.')[0] ?? '';
  const src = path.join(ROOT, 'src', path.dirname(rel), base);
  return existsSync(`${src}.ts`) || (existsSync(src) && statSync(src).isDirectory());
}

const unitTests = testFiles(path.join(ROOT, 'test'))
  .filter((file) => !OWN_RULES.has(path.relative(path.join(ROOT, 'test'), file).split(path.sep)[0] ?? ''))
  .filter(isUnit);

describe('tests mirror src/', () => {
  it('puts every unit test at the path of the source file it tests', () => {
    const unmatched = unitTests.filter((f) => !mirrors(f)).map(posix);
    expect(
      unmatched.filter((f) => !KNOWN_UNMATCHED.has(f)),
      'move each to test/<path of its src file>/<file>.test.ts, or name it *.int.test.ts if it starts the whole service',
    ).toEqual([]);
    const healed = [...KNOWN_UNMATCHED.keys()].filter((f) => !unmatched.includes(f));
    expect(healed, 'remove these from KNOWN_UNMATCHED: they mirror src/ now (or are gone)').toEqual([]);
  });

  it('recognises a mirrored path, an aspect suffix and a tested folder, and refuses a feature name', () => {
    const at = (p: string): string => path.join(ROOT, p);
    expect(mirrors(at('test/bot/middleware/guardedSend.test.ts'))).toBe(true);
    expect(mirrors(at('test/guardrails/check.heldout.test.ts'))).toBe(true);
    expect(mirrors(at('test/guardrails/classifier.test.ts'))).toBe(true);
    expect(mirrors(at('test/dialogs/conversationFlow.test.ts'))).toBe(false);
    expect(isUnit(at('test/bot/health.int.test.ts'))).toBe(false);
  });
});
