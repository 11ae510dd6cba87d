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
import { z } from 'zod';
import { check } from './check.js';
import { decimalToCents } from './numbers.js';
import type { GuardContext, GuardFacts } from './types.js';

const decimal = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const text = typeof v === 'number' ? String(v) : v.trim();
  const cents = /^\d+(?:\.\d{1,2})?$/.test(text.replace(/,/g, '')) ? decimalToCents(text) : undefined;
  if (cents === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `not an amount in major units with at most two decimals: ${text}`,
    });
    return z.NEVER;
  }
  return cents;
});

const OFFERS = [
  'installments',
  'extension',
  'hardship_plan',
  'waiver',
  'discount',
  'settlement',
  'deferral',
] as const;

const Line = z.object({
  text: z.string(),
  context: z.object({
    locale: z.enum(['zh-CN', 'en']),
    verified: z.boolean(),
    facts: z
      .object({
        balance: decimal.optional(),
        minimumDue: decimal.optional(),
        daysPastDue: z.number().int().nonnegative().optional(),
        currency: z.string().trim().toUpperCase().optional(),
        cardLast4: z.union([z.string().regex(/^\d{4}$/), z.number().int().min(0).max(9999)]).optional(),
        /** Extension: further amounts and dates the act states. */
        amounts: z.array(decimal).optional(),
        dates: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).optional(),
        paymentStatus: z.enum(['none', 'pending', 'scheduled', 'received', 'declined']).optional(),
      })
      .optional(),
    authorised: z.array(z.enum(OFFERS)).optional(),
    serviceNumbers: z.array(z.string()).optional(),
    paymentChannels: z.array(z.string()).optional(),
    secrets: z.array(z.string()).optional(),
    speaker: z.enum(['bot', 'agent']).optional(),
  }),
});

type LineInput = z.infer<typeof Line>;

function factsOf(f: NonNullable<LineInput['context']['facts']>): GuardFacts {
  const facts: GuardFacts = {};
  if (f.balance !== undefined) facts.balanceCents = f.balance;
  if (f.minimumDue !== undefined) facts.minimumDueCents = f.minimumDue;
  if (f.daysPastDue !== undefined) facts.daysPastDue = f.daysPastDue;
  if (f.currency !== undefined) facts.currency = f.currency;
  if (f.cardLast4 !== undefined) facts.cardLast4 = String(f.cardLast4).padStart(4, '0');
  if (f.amounts !== undefined) facts.amountsCents = f.amounts;
  if (f.dates !== undefined) facts.dates = f.dates;
  if (f.paymentStatus !== undefined) facts.paymentStatus = f.paymentStatus;
  return facts;
}

function contextOf(input: LineInput['context']): GuardContext {
  const context: GuardContext = { locale: input.locale, verified: input.verified };
  if (input.facts) context.facts = factsOf(input.facts);
  if (input.authorised) context.authorised = input.authorised;
  if (input.serviceNumbers) context.serviceNumbers = input.serviceNumbers;
  if (input.paymentChannels) context.paymentChannels = input.paymentChannels;
  if (input.secrets) context.secrets = input.secrets;
  if (input.speaker) context.speaker = input.speaker;
  return context;
}

/** One input line to one output line (never throws). */
export function judgeLine(line: string): string {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (err) {
    return JSON.stringify({ error: `invalid JSON: ${err instanceof Error ? err.message : String(err)}` });
  }
  const parsed = Line.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ');
    return JSON.stringify({ error: `invalid input: ${issues}` });
  }
  const verdict = check(parsed.data.text, contextOf(parsed.data.context));
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
