/**
 * The guardrail command line, for outside tools:
 *
 *   npm run --silent guardrail -- --jsonl < replies.jsonl
 *
 * Reads JSON lines {"text": "...", "context": {"locale": "zh-CN"|"en", "verified": true|false,
 * "facts": {"balance", "minimumDue", "daysPastDue", "currency", "cardLast4"}}} and writes one
 * line per input: {"allowed": true|false, "violations": [{"category": "...", "rule": "..."}]}.
 * Amounts are decimal major units (12345.67), converted exactly to cents. A malformed line gets
 * {"error": "..."} on its line and the run goes on. Exit code 0 unless stdin fails.
 */
import { createInterface } from 'node:readline';
import { check } from './check.js';
import { readLine } from './cliInput.js';

/** One input line to one output line (never throws). */
export function judgeLine(line: string): string {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (err) {
    return JSON.stringify({ error: `invalid JSON: ${err instanceof Error ? err.message : String(err)}` });
  }
  const input = readLine(raw);
  if (!input.ok) return JSON.stringify({ error: `invalid input: ${input.issues.join('; ')}` });
  const verdict = check(input.text, input.context);
  return JSON.stringify({
    allowed: verdict.allowed,
    violations: verdict.violations.map((v) => ({ category: v.category, rule: v.rule })),
  });
}

const USAGE = 'usage: npm run --silent guardrail -- --jsonl < input.jsonl\n';

async function main(argv: string[]): Promise<number> {
  if (!argv.includes('--jsonl')) {
    process.stderr.write(USAGE);
    return 2;
  }
  let failed = false;
  process.stdin.on('error', (err) => {
    failed = true;
    process.stderr.write(`guardrail: cannot read stdin: ${err.message}\n`);
  });
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    if (!process.stdout.write(`${judgeLine(line)}\n`))
      await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`guardrail: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
