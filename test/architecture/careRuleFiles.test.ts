import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The care detector's class rules are filed by what they detect (issue 16, as the guardrail rules
 * are: ruleTests.test.ts): `src/language/offline/care/rules/<category>/<class>.ts`, their tests
 * beside them in `test/language/offline/care/rules/`. No source file of the care detector and no
 * file of those two folders is named by the round or session that wrote it (`distressRound9.ts`,
 * `round13Cases.ts`; test/language/offline/care/rules/PROVENANCE.md keeps that history). And no
 * .ts or .md file names a care rule file that is gone: a `care/rules/….ts` path that does not
 * exist, or a former round file by name (a `### name.ts` heading of that PROVENANCE.md). Prose may
 * name a former file as history within HISTORY_REACH characters of a pointer to a PROVENANCE.md.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const CARE_SRC = path.join(ROOT, 'src/language/offline/care');
const CARE_RULE_TESTS = path.join(ROOT, 'test/language/offline/care/rules');
const PROVENANCE = path.join(CARE_RULE_TESTS, 'PROVENANCE.md');
const SKIP_DIRS = new Set(['node_modules', 'dist', 'data', '.git']);

function files(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return SKIP_DIRS.has(name) ? [] : files(full, keep);
    return keep(name) ? [full] : [];
  });
}
const posix = (file: string): string => path.relative(ROOT, file).split(path.sep).join('/');

/** A round, a session or a helper's run: any digit (round9, s13, care12b), or the words. */
const SESSION_NAME = /\d|round|session/i;
/** Code named by a round or session (prose, `.md`, and data, `.json`, keep their names). */
export function sessionNamed(name: string): boolean {
  return name.endsWith('.ts') && SESSION_NAME.test(name.replace(/\.ts$/, ''));
}

/** The former care rule files: the `### name.ts` headings of the PROVENANCE.md (not its test files). */
const FORMER = [...readFileSync(PROVENANCE, 'utf8').matchAll(/^### ([A-Za-z0-9]+\.ts)$/gm)]
  .map((m) => m[1] ?? '')
  .filter((name) => !name.endsWith('.test.ts'));

/** How near (in characters, either side) a pointer to a PROVENANCE.md makes a former name history. */
const HISTORY_REACH = 500;
/** A path to a care rule file: `offline/care/rules/….ts`, or `rules/….ts` said inside the care folders. */
const CARE_RULE_PATH = /(?:[A-Za-z0-9_.-]+\/)*care\/rules\/[A-Za-z0-9_/]+\.ts\b/g;
const LOCAL_RULE_PATH = /(?<![\w/.-])rules\/[A-Za-z0-9_/]+\.ts\b/g;

/** The care rule files a text names that do not exist; in prose (`history`), a former name near a PROVENANCE.md pointer is history. */
export function missingCareRuleFiles(text: string, file: string, history = false): string[] {
  const out: string[] = [];
  for (const [ref] of text.matchAll(CARE_RULE_PATH)) {
    const tail = ref.slice(ref.indexOf('care/rules/') + 'care/rules/'.length);
    if (!existsSync(path.join(CARE_SRC, 'rules', tail))) out.push(ref);
  }
  const inCare = file.startsWith(CARE_SRC) || file.startsWith(path.join(ROOT, 'test/language/offline/care'));
  if (inCare)
    for (const [ref] of text.matchAll(LOCAL_RULE_PATH)) {
      const places = [path.join(CARE_SRC, ref), path.join(path.dirname(file), ref)];
      if (!places.some((p) => existsSync(p))) out.push(ref);
    }
  for (const name of FORMER) {
    const bare = new RegExp(String.raw`(?<![\w/.-])${name.replace('.', String.raw`\.`)}\b`, 'g');
    for (const m of text.matchAll(bare)) {
      const near = text.slice(Math.max(0, m.index - HISTORY_REACH), m.index + HISTORY_REACH);
      if (!history || !near.includes('PROVENANCE.md')) out.push(name);
    }
  }
  return out;
}

/** Files that name care rule files by example or as history: this test and the PROVENANCE.md. */
const EXAMPLES = new Set(['test/architecture/careRuleFiles.test.ts', posix(PROVENANCE)]);

describe('care rule files', () => {
  it('are never named by the round or session that wrote them, nor are their tests', () => {
    const named = [
      ...files(CARE_SRC, (n) => n.endsWith('.ts')),
      ...files(CARE_RULE_TESTS, () => true),
    ].filter((f) => sessionNamed(path.basename(f)));
    expect(named.map(posix), 'file a rule by what it detects: rules/<category>/<class>.ts').toEqual([]);
  });

  it('recognise a round name and pass a class name', () => {
    for (const bad of [
      'distressRound9.ts',
      'distressRound25.test.ts',
      'round13Cases.ts',
      'careS12.test.ts',
      'sessionRules.ts',
    ])
      expect(sessionNamed(bad), bad).toBe(true);
    for (const good of [
      'meansAtHand.ts',
      'goodbyes.test.ts',
      'index.ownSets.test.ts',
      'careCases.ts',
      'PROVENANCE.md',
    ])
      expect(sessionNamed(good), good).toBe(false);
  });

  it('are named only where they exist, in .ts and .md files', () => {
    const sources = files(ROOT, (n) => n.endsWith('.ts') || n.endsWith('.md')).filter(
      (f) => !EXAMPLES.has(posix(f)),
    );
    const stale = sources.flatMap((f) =>
      missingCareRuleFiles(readFileSync(f, 'utf8'), f, f.endsWith('.md')).map((ref) => `${posix(f)}: ${ref}`),
    );
    expect(
      stale,
      'name the file the rule lives in now (test/language/offline/care/rules/PROVENANCE.md)',
    ).toEqual([]);
  });

  it('find a path that is gone and a former file by name, and pass history beside PROVENANCE.md', () => {
    const code = path.join(CARE_SRC, 'index.ts');
    const doc = path.join(ROOT, 'README.md');
    const former = FORMER[0] ?? '';
    expect(former).toBe('distressRound9.ts');
    expect(FORMER).toHaveLength(16);
    expect(
      missingCareRuleFiles(`import { X } from './${former.replace('.ts', '.js')}'; // ${former}`, code),
    ).toEqual([former]);
    expect(missingCareRuleFiles('// see src/language/offline/care/rules/method/ropes.ts', code)).toEqual([
      'src/language/offline/care/rules/method/ropes.ts',
    ]);
    expect(missingCareRuleFiles('// rules/farewell/nowhere.ts', code)).toEqual(['rules/farewell/nowhere.ts']);
    expect(missingCareRuleFiles('// rules/method/meansAtHand.ts, care/rules/order.ts', code)).toEqual([]);
    const history = `Round 9 (\`${former}\`, now filed by category: test/language/offline/care/rules/PROVENANCE.md)`;
    expect(missingCareRuleFiles(history, doc, true)).toEqual([]);
    expect(missingCareRuleFiles(history, code)).toEqual([former]);
    expect(missingCareRuleFiles(`${former}${' '.repeat(HISTORY_REACH)}PROVENANCE.md`, doc, true)).toEqual([
      former,
    ]);
  });
});
