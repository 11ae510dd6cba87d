import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The guardrail rules' tests are filed like the rules (issue 16): a class's cases sit in
 * `test/guardrails/rules/<category>/<class><Lang>.test.ts` beside the rule file they test, and no
 * test or helper there is named by the round or session that wrote it (`index.round16.test.ts`,
 * `roundCases.ts`…; `test/guardrails/rules/PROVENANCE.md` keeps that history). A data set keeps the
 * name it was written under (`checkRw13a.en.jsonl`). And a file in src/, test/ or bench/ that names
 * a rule file names one that exists: `rules/….ts`, or a former rule file
 * (`src/guardrails/rules/PROVENANCE.md`) by its bare name. So do README.md, ARCHITECTURE.md, docs/**.md and
 * src/guardrails/*.md, where a former file may still be named as history (its bare name, within
 * HISTORY_REACH characters of a pointer to a PROVENANCE.md); the PROVENANCE.md files themselves
 * name former files on purpose and are not read.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const RULE_TESTS = path.join(ROOT, 'test/guardrails/rules');
const GUARDRAILS = path.join(ROOT, 'src/guardrails');

function files(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : files(full, keep);
    return keep(name) ? [full] : [];
  });
}
const posix = (file: string): string => path.relative(ROOT, file).split(path.sep).join('/');

/** A round, a session or a helper's run: any digit (round16, rw14, s13, g15, register12), or the words. */
const SESSION_NAME = /\d|round|session/i;

/** Test code named by a round or session (data sets, `.jsonl`, and prose, `.md`, are not code). */
function sessionNamed(name: string): boolean {
  return name.endsWith('.ts') && SESSION_NAME.test(name.replace(/\.ts$/, ''));
}

/** `rules/….ts` paths in a text, each with the path written before it (`src/guardrails/`, `test/guardrails/`…). */
const RULE_PATH = /(?:[A-Za-z0-9_.-]+\/)*rules\/[A-Za-z0-9_/]+\.ts\b/g;

/** The former rule files (a `## name.ts` heading of rules/PROVENANCE.md). */
const FORMER = [
  ...readFileSync(path.join(GUARDRAILS, 'rules/PROVENANCE.md'), 'utf8').matchAll(/^## ([A-Za-z0-9]+\.ts)$/gm),
].map((m) => m[1] ?? '');

const sources = [
  ...files(path.join(ROOT, 'src'), (n) => n.endsWith('.ts')),
  ...files(path.join(ROOT, 'test'), (n) => n.endsWith('.ts')),
  ...files(path.join(ROOT, 'bench'), (n) => n.endsWith('.ts')),
];
/** Every .ts file name in the tree: a former rule file's name that some other file still bears is not stale. */
const NAMES = new Set(sources.map((f) => path.basename(f)));

/** How near (in characters, either side) a pointer to PROVENANCE.md makes a former file's name in prose history. */
const HISTORY_REACH = 500;

/** Whether a PROVENANCE.md is named within HISTORY_REACH characters of `at`. */
function nearProvenance(text: string, at: number): boolean {
  return text.slice(Math.max(0, at - HISTORY_REACH), at + HISTORY_REACH).includes('PROVENANCE.md');
}

/**
 * The rule files a text names that exist nowhere: as a path beside `file`, from the root, or under
 * src/guardrails. In prose (`history`), a former file's bare name next to a PROVENANCE.md pointer is history.
 */
function missingRuleFiles(text: string, file: string, exists = existsSync, history = false): string[] {
  const out: string[] = [];
  for (const [ref] of text.matchAll(RULE_PATH)) {
    const places = [
      path.join(ROOT, ref),
      path.join(ROOT, 'src', ref),
      path.join(GUARDRAILS, ref.slice(ref.indexOf('rules/'))),
      path.join(path.dirname(file), ref),
    ];
    if (!places.some((p) => exists(p))) out.push(ref);
  }
  for (const name of FORMER) {
    if (NAMES.has(name)) continue;
    const bare = new RegExp(String.raw`(?<![\w/.-])${name.replace('.', String.raw`\.`)}\b`, 'g');
    for (const m of text.matchAll(bare)) if (!history || !nearProvenance(text, m.index)) out.push(name);
  }
  return out;
}

/** Files that name rule files by example (this one, ruleFiles.test.ts, and careRuleFiles.test.ts for the care rules). */
const EXAMPLES = new Set([
  'test/architecture/ruleTests.test.ts',
  'test/architecture/ruleFiles.test.ts',
  'test/architecture/careRuleFiles.test.ts',
]);

/**
 * The prose that names rule files: README.md, ARCHITECTURE.md, docs/**.md (the reference pages and
 * the history moved out of the README) and src/guardrails/*.md but the PROVENANCE.md files.
 */
const DOCS = [
  path.join(ROOT, 'README.md'),
  path.join(ROOT, 'ARCHITECTURE.md'),
  ...files(path.join(ROOT, 'docs'), (n) => n.endsWith('.md')),
  ...readdirSync(GUARDRAILS)
    .filter((n) => n.endsWith('.md') && n !== 'PROVENANCE.md')
    .map((n) => path.join(GUARDRAILS, n)),
];

describe('guardrail rule tests', () => {
  it('are never named by the round or session that wrote them', () => {
    const named = files(RULE_TESTS, () => true)
      .filter((f) => sessionNamed(path.basename(f)))
      .map(posix);
    expect(named, 'file the cases by category and class: <category>/<class><Lang>.test.ts').toEqual([]);
  });

  it('recognise a session name and refuse a class name', () => {
    for (const bad of [
      'index.round16.test.ts',
      'index.rw14ZhShame.test.ts',
      'index.s13En.test.ts',
      'index.g15.test.ts',
      'index.register12EnMore.test.ts',
      'roundCases.ts',
      'checkRw13aReport.ts',
      'sessionCases.ts',
    ])
      expect(sessionNamed(bad), bad).toBe(true);
    for (const good of [
      'watchingZh.test.ts',
      'index.plainReplies.test.ts',
      'ruleCases.ts',
      'checkSetFigures.ts',
      'checkRw13a.en.jsonl',
      'PROVENANCE.md',
    ])
      expect(sessionNamed(good), good).toBe(false);
  });
});

describe('references to guardrail rule files', () => {
  it('name only rule files that exist, in src/, test/ and bench/', () => {
    const stale = sources
      .filter((f) => !EXAMPLES.has(posix(f)))
      .flatMap((f) => missingRuleFiles(readFileSync(f, 'utf8'), f).map((ref) => `${posix(f)}: ${ref}`));
    expect(stale, 'name the file the rule lives in now (src/guardrails/rules/PROVENANCE.md)').toEqual([]);
    // Reads every source file: ~1 s alone, past 5 s beside the suite on a loaded 2-core machine.
  }, 60_000);

  it('name only rule files that exist, in README.md, ARCHITECTURE.md, docs/**.md and src/guardrails/*.md', () => {
    const stale = DOCS.filter((f) => existsSync(f)).flatMap((f) =>
      missingRuleFiles(readFileSync(f, 'utf8'), f, existsSync, true).map((ref) => `${posix(f)}: ${ref}`),
    );
    expect(
      stale,
      'name the file the rule lives in now, or the former file as history beside rules/PROVENANCE.md',
    ).toEqual([]);
  }, 60_000);

  it('in prose, pass a former file named as history beside PROVENANCE.md, and only there', () => {
    const doc = path.join(GUARDRAILS, 'POLICY.md');
    const former = FORMER.find((name) => !NAMES.has(name)) ?? '';
    expect(former).not.toBe('');
    const history = `(then \`${former}\`, now filed by category — see \`rules/PROVENANCE.md\`)`;
    expect(missingRuleFiles(history, doc, existsSync, true)).toEqual([]);
    expect(missingRuleFiles(`rules (\`${former}\`): a class`, doc, existsSync, true)).toEqual([former]);
    expect(
      missingRuleFiles(`${former}${' '.repeat(HISTORY_REACH)}rules/PROVENANCE.md`, doc, existsSync, true),
    ).toEqual([former]);
    expect(missingRuleFiles(`(\`rules/${former}\`, see rules/PROVENANCE.md)`, doc, existsSync, true)).toEqual(
      [`rules/${former}`],
    );
    expect(missingRuleFiles(history, doc)).toEqual([former]);
  });

  it('find a path that is gone and a former file by name, and pass one that exists', () => {
    const here = path.join(ROOT, 'test/guardrails/x.test.ts');
    const former = FORMER[0] ?? '';
    expect(former).not.toBe('');
    expect(missingRuleFiles('// see rules/structRound99.ts', here)).toEqual(['rules/structRound99.ts']);
    expect(missingRuleFiles(`/** once ${former}, now filed by category */`, here)).toEqual([former]);
    expect(missingRuleFiles('// rules/threat/watchingZh.ts and src/guardrails/rules/index.ts', here)).toEqual(
      [],
    );
    expect(missingRuleFiles('// npx tsx test/guardrails/rules/printCheckSetFigures.ts', here)).toEqual([]);
    expect(
      missingRuleFiles('// rules/structRegister13*.ts, rules/<category>/<class><Lang>.ts', here),
    ).toEqual([]);
  });
});
