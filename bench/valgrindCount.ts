/**
 * What the instruction-count benches share (guardrailsInstructions.ts, turnInstructions.ts): a
 * bundler plugin that keeps each module's own `import.meta.url`, and one node process run under
 * valgrind (cachegrind, no cache or branch simulation) with V8 single-threaded and seeded, whose
 * whole-process instruction count and last stdout line (JSON) come back; or one process under
 * callgrind whose main thread's counts between marks come back (countWindows).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';

/** A bundled child written under the temporary folder `folder`, named by its content's hash. */
export function writeChild(code: string, folder: string): string {
  const dir = path.join(tmpdir(), folder);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `child-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  writeFileSync(file, code);
  return file;
}

/** Each module keeps its own import.meta.url (the classifier finds its weights beside its source). */
export const ownUrl: Plugin = {
  name: 'own-url',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return {
        contents: source.replaceAll('import.meta.url', url),
        loader: args.path.endsWith('ts') ? 'ts' : 'js',
      };
    });
  },
};

/** One valgrind run: its exit status and everything the program and valgrind wrote. */
interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

function runValgrind(args: string[]): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn('valgrind', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** The program's last stdout line, read as JSON. */
const lastLine = <T>(stdout: string): T => JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as T;

export interface Counted<T> {
  instructions: number;
  output: T;
}

/**
 * Runs `node <nodeFlags> file ...args` under valgrind. V8 runs single-threaded (no compiler or
 * GC helper threads whose share would depend on timing), predictable and seeded; `--expose-gc`
 * lets the program start its measured part from a full collection.
 */
export function countInstructions<T>(
  file: string,
  args: string[],
  nodeFlags: string[] = [],
): Promise<Counted<T>> {
  const valgrind = [
    '--tool=cachegrind',
    '--cache-sim=no',
    '--branch-sim=no',
    '--cachegrind-out-file=/dev/null',
    '--smc-check=all-non-file',
    process.execPath,
    '--expose-gc',
    ...nodeFlags,
    '--single-threaded',
    '--predictable',
    '--random-seed=1',
    '--hash-seed=1',
    file,
    ...args,
  ];
  return runValgrind(valgrind).then(({ status, stdout, stderr }) => {
    const refs = /I\s+refs:\s+([\d,]+)/.exec(stderr);
    if (status !== 0 || !refs?.[1]) throw new Error(`valgrind failed (${status}): ${stderr.slice(-2000)}`);
    return { instructions: Number(refs[1].replaceAll(',', '')), output: lastLine<T>(stdout) };
  });
}

export interface Windowed<T> {
  /** What the main thread executed between consecutive marks, in order (the first from start-up). */
  segments: number[];
  /** Every other thread's whole-process count (libuv's pool, node's platform workers). */
  otherThreads: number;
  output: T;
}

/**
 * Runs `node <nodeFlags> file ...args` under callgrind (no cache or branch simulation), the main
 * thread counted apart, with a dump before every call of `markFunction` (a native function the
 * program calls only to mark): the counts between marks come back, so one process measures
 * several windows and start-up cancels without a second process.
 */
export function countWindows<T>(
  file: string,
  args: string[],
  nodeFlags: string[],
  markFunction: string,
): Promise<Windowed<T>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'insn-windows-'));
  const out = path.join(dir, 'callgrind.out');
  const valgrind = [
    '--tool=callgrind',
    '--cache-sim=no',
    '--branch-sim=no',
    '--separate-threads=yes',
    `--dump-before=${markFunction}`,
    `--callgrind-out-file=${out}`,
    '--smc-check=all-non-file',
    process.execPath,
    ...nodeFlags,
    file,
    ...args,
  ];
  return runValgrind(valgrind)
    .then(({ status, stdout, stderr }) => {
      if (status !== 0) throw new Error(`valgrind failed (${status}): ${stderr.slice(-2000)}`);
      const files = readdirSync(dir);
      const total = (name: string): number => {
        const m = /^totals:\s+(\d+)/m.exec(readFileSync(path.join(dir, name), 'utf8'));
        if (!m?.[1]) throw new Error(`no totals in ${name}`);
        return Number(m[1]);
      };
      const dumps = files
        .map((f) => /^callgrind\.out\.(\d+)-01$/.exec(f))
        .filter((m): m is RegExpExecArray => m !== null)
        .sort((a, b) => Number(a[1]) - Number(b[1]))
        .map((m) => total(m[0]));
      const others = files.filter((f) => /-(\d+)$/.test(f) && !f.endsWith('-01')).map(total);
      return {
        segments: dumps,
        otherThreads: others.reduce((a, b) => a + b, 0),
        output: lastLine<T>(stdout),
      };
    })
    .finally(() => rmSync(dir, { recursive: true, force: true }));
}
