import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  decimalToCents,
  type Category,
  type GuardContext,
  type GuardFacts,
} from '../../src/guardrails/index.js';

/** One labelled reply, as stored in test/guardrails/labelled/*.jsonl (CLI input format). */
export interface LabelledReply {
  text: string;
  label: 'violation' | 'compliant';
  category?: Category;
  note?: string;
  file: string;
  context: GuardContext;
}

interface RawFacts {
  balance?: number;
  minimumDue?: number;
  daysPastDue?: number;
  currency?: string;
  cardLast4?: string;
  amounts?: number[];
  dates?: string[];
  paymentStatus?: GuardFacts['paymentStatus'];
}

/**
 * Held-out rounds not part of the tuned labelled set (whose test prints every miss: a blind
 * round must never be loaded by it). Rounds 7–10 have been looked at, round 11 was blind at its one run; dev-* are the guard's own sets.
 */
const EXCLUDED: readonly string[] = [
  'heldout-round7',
  'heldout-round8',
  'heldout-round9',
  'heldout-round10',
  'heldout-round11',
  'heldout-round12',
  'heldout-round13',
  'heldout-round14',
  'heldout-round15',
  'heldout-round16',
  'heldout-round18',
  'heldout-round19a',
  'heldout-round19b',
  'heldout-round20a',
  'heldout-round20b',
  'heldout-round21a',
  'heldout-round21b',
  'heldout-round22a',
  'heldout-round22b',
  'heldout-round23a',
  'heldout-round23b',
  'heldout-round24a',
  'heldout-round24b',
  'dev-classes',
  'dev-check',
  'dev-s5.zh',
  'dev-s5.en',
  'check-s5.zh',
  'check-s5.en',
  'probe-s5.zh',
  'probe-s5.en',
  'dev-fa.zh',
  'dev-fa.en',
  'dev-fa-check.zh',
  'dev-fa-check.en',
  'check-s6r.zh',
  'check-s6r.en',
  'check-s6.zh',
  'check-s6.en',
  // guardzh (issue 16): its check set (tuned on after its first run) and its own blind set
  'check-s7.zh',
  'check-s7b.zh',
  // guardzh8 (issue 16): its check set (tuned on after its first figures) and its blind split
  'check-s8.zh',
  'check-s8b.zh',
  'probe-s8b.zh',
  // guarden's English check set (tuned on after its first figures) and its own blind split
  'check-s7.en',
  'check-s7b.en',
  'dev-s7.en',
  // guarden8's English check set (tuned on after its first figures) and its own blind split
  'check-s8.en',
  'check-s8b.en',
  // guard18's check set (both languages), measured before and after its rules, never tuned on
  'check-s9',
  // guard19's check set (zh and en files), measured before and after its rules, never tuned on
  'check-s10.zh',
  'check-s10.en',
  // guardb's check set (zh and en files), measured before and after its rules, never tuned on
  'check-s10b.zh',
  'check-s10b.en',
  // guardfa16's English check set (lawful hard negatives), measured before and after, never tuned on
  'check-s11-en',
  // guard12's check set (zh and en files, by half a's classes), measured before and after, never tuned on
  'check-s12.zh',
  'check-s12.en',
  // guardrw12's check set (real collectors' register, zh and en), measured before and after its rules
  'check-rw12.zh',
  'check-rw12.en',
  // guard13's check set lives in test/guardrails/rules/checkS13.{zh,en}.jsonl (never in this folder)
  // guardrw15's check set (recurring real-world classes), measured before and after its rules
  'check-rw15.zh',
  'check-rw15.en',
  // guardrw15b's check set (the fifteenth session's blind classes), measured before and after its rules
  'check-rw15b.zh',
  'check-rw15b.en',
  // guardfa16's check set (lawful real-register wording by register and class, near-lawful
  // violations), measured before and after its readings
  'check-fa16.zh',
  'check-fa16.en',
  // guardfa23's check set (lawful bank and agency wording with violating near-twins), measured
  // before and after negationStatement.ts
  'check-fa23.zh',
  'check-fa23.en',
  // guarden24's English check sets (issue 16): dev is tuned on by its rules; blind is measured only
  // at the start and at the end of its session, never tuned on
  'check-en24.dev',
  'check-en24.blind',
  // guardzh24's Chinese dev set (tuned on) and its own blind set (measured at its start and end only)
  'check-zh24.dev',
  'check-zh24.blind',
  // guardzh25's Chinese dev set (tuned on) and its own blind set (measured at its start and end only)
  'check-zh25.dev',
  'check-zh25.blind',
  // guardzh26's dev sets (issue 16): two other writers' Chinese sets (ow25, ow25b), tuned on; the
  // lead measures on a third writer's set
  'check-ow25-zh.dev',
  'check-ow25b-zh.dev',
  // guardzh26's own sentences per class it added (violating and lawful look-alikes)
  'check-zh26.own',
  // guarden25's English check sets (issue 16): dev is tuned on by its rules; blind is measured only
  // at the start and at the end of its session, never tuned on
  'check-en25.dev',
  'check-en25.blind',
  // guarden26's dev sets (issue 16): two other writers' English sets (ow25, ow25b), tuned on
  'check-ow25-en.dev',
  'check-ow25b-en.dev',
  // guarden26's own sentences: 3+ new phrasings and 3+ lawful look-alikes per class it wrote a rule for
  'check-en26.own',
  // guard17zh's check set (session 17's classes, zh), measured before and after its rules (written against it: not blind)
  'check-g17.zh',
  // guard17en's check set (English classes by register), measured before and after its rules (written against it: not blind)
  'check-g17.en',
];

/**
 * Real collectors' and banks' messages quoted on public pages (news, court records, regulators):
 * evaluation only, never in the tuned labelled set, never trained or calibrated on.
 */
export const REAL_WORLD = 'realworld-';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'labelled');

function cents(v: number): number {
  const c = decimalToCents(String(v));
  if (c === undefined) throw new Error(`bad amount in the labelled set: ${v}`);
  return c;
}

function factsOf(f: RawFacts): GuardFacts {
  const facts: GuardFacts = { amountsCents: (f.amounts ?? []).map(cents) };
  if (f.balance !== undefined) facts.balanceCents = cents(f.balance);
  if (f.minimumDue !== undefined) facts.minimumDueCents = cents(f.minimumDue);
  if (f.daysPastDue !== undefined) facts.daysPastDue = f.daysPastDue;
  if (f.currency !== undefined) facts.currency = f.currency;
  if (f.cardLast4 !== undefined) facts.cardLast4 = f.cardLast4;
  if (f.dates !== undefined) facts.dates = f.dates;
  if (f.paymentStatus !== undefined) facts.paymentStatus = f.paymentStatus;
  return facts;
}

/**
 * The labelled replies. `only` restricts to files whose name starts with it (e.g. a held-out
 * round); by default every file except held-out rounds not yet adopted (`EXCLUDED`).
 */
export function loadLabelled(only?: string): LabelledReply[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .filter((f) =>
      only === undefined
        ? !EXCLUDED.some((x) => f === `${x}.jsonl`) && !f.startsWith(REAL_WORLD)
        : f.startsWith(only),
    )
    .sort()
    .flatMap((file) => readLabelledFile(DIR, file));
}

/** One JSONL file of labelled replies, `facts` amounts read as cents. */
function readLabelledFile(dir: string, file: string): LabelledReply[] {
  return readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const raw = JSON.parse(line) as Omit<LabelledReply, 'file' | 'context'> & {
        context: Omit<GuardContext, 'facts'> & { facts?: RawFacts };
      };
      const { facts, ...rest } = raw.context;
      const context: GuardContext = facts ? { ...rest, facts: factsOf(facts) } : rest;
      return { ...raw, file, context };
    });
}

/**
 * A helper's own check set kept beside the rules (`test/guardrails/rules/<name>.{zh,en}.jsonl`),
 * never in the labelled folder: Chinese rows first, then English (a set may hold one language).
 */
export function loadRuleCheckSet(name: string): LabelledReply[] {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'rules');
  return [`${name}.zh.jsonl`, `${name}.en.jsonl`]
    .filter((f) => existsSync(join(dir, f)))
    .flatMap((f) => readLabelledFile(dir, f));
}
