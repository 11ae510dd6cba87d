import { parseArgs } from 'node:util';
import { compareWithGaps, readGaps, writeGaps, type Ratchet } from './gaps.js';
import { InProcessTarget } from './inProcessTarget.js';
import { loadScenarios } from './load.js';
import { RemoteTarget } from './remoteTarget.js';
import { jsonReport, renderReport } from './report.js';
import { runScenarios } from './run.js';
import type { Target } from './target.js';

const USAGE = `usage: npm run --silent simulate -- <files or folders> [options]
  --url http://host:port   talk to a running service instead of the in-process one
  --json                   machine-readable report on stdout
  --only <category>        only scenarios of this category (repeat or comma-separate)
  --gaps <file>            fail only on safety checks and failures not listed in this known-gaps file
  --write-gaps             write the behaviour failures of this run as the known-gaps file
                           (the --gaps file, or test/conversations/known-gaps.json)
  --model                  in-process with the model from OPENAI_API_KEY / OPENAI_BASE_URL / OPENAI_MODEL
  --concurrency <n>        scenarios in flight at once (default 4)`;

const MODEL_KEYS = ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'OPENAI_MODEL'];

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      json: { type: 'boolean', default: false },
      only: { type: 'string', multiple: true },
      gaps: { type: 'string' },
      'write-gaps': { type: 'boolean', default: false },
      model: { type: 'boolean', default: false },
      concurrency: { type: 'string', default: '4' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const only = (values.only ?? []).flatMap((o) => o.split(',')).filter(Boolean);
  const scenarios = loadScenarios(positionals).filter((s) => only.length === 0 || only.includes(s.category));
  const env: Record<string, string> = {};
  if (values.model) for (const k of MODEL_KEYS) if (process.env[k]) env[k] = process.env[k];
  const target: Target = values.url ? new RemoteTarget(values.url) : await InProcessTarget.start(env);
  try {
    const run = await runScenarios(target, scenarios, Math.max(1, Number(values.concurrency) || 4));
    let ratchet: Ratchet | undefined;
    if (values.gaps && !values['write-gaps']) ratchet = compareWithGaps(run.results, readGaps(values.gaps));
    const report = `${values.json ? jsonReport(run, ratchet) : renderReport(run, ratchet)}\n`;
    await new Promise<void>((resolve) => process.stdout.write(report, () => resolve()));
    if (values['write-gaps']) {
      const file = values.gaps ?? 'test/conversations/known-gaps.json';
      process.stderr.write(`wrote ${writeGaps(file, run.results)} known gaps to ${file}\n`);
    }
    if (ratchet) return ratchet.safety.length + ratchet.unexpected.length > 0 ? 1 : 0;
    return run.results.some((r) => r.failures.length > 0) ? 1 : 0;
  } finally {
    await target.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`simulate: ${(err as Error).message}\n`);
    process.exit(2);
  },
);
