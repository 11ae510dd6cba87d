/**
 * What the instruction-count benches share (guardrailsInstructions.ts, turnInstructions.ts): a
 * bundler plugin that keeps each module's own `import.meta.url`, and one node process run under
 * valgrind (cachegrind, no cache or branch simulation) with V8 single-threaded and seeded, whose
 * whole-process instruction count and last stdout line (JSON) come back.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';

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
  return new Promise((resolve, reject) => {
    const child = spawn('valgrind', valgrind, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      const refs = /I\s+refs:\s+([\d,]+)/.exec(stderr);
      if (status !== 0 || !refs?.[1]) {
        reject(new Error(`valgrind failed (${status}): ${stderr.slice(-2000)}`));
        return;
      }
      resolve({
        instructions: Number(refs[1].replaceAll(',', '')),
        output: JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as T,
      });
    });
  });
}
