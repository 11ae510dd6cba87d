import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ALL_CHECKS, isSafety, type CheckId, type Failure } from './checkTypes.js';
import type { ScenarioResult } from './run.js';

/** A known behaviour gap: this scenario fails this check today. Safety checks never appear here. */
export interface Gap {
  scenario: string;
  check: CheckId;
}

const gapsFile = z.object({
  note: z.string().optional(),
  gaps: z.array(z.object({ scenario: z.string(), check: z.enum(ALL_CHECKS as [CheckId, ...CheckId[]]) })),
});

export function readGaps(file: string): Gap[] {
  const parsed = gapsFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(
      `${file} is not a known-gaps file ({ gaps: [{ scenario, check }] }); regenerate it with --write-gaps`,
    );
  }
  return parsed.data.gaps;
}

/** The behaviour failures of this run, one entry per scenario and check, sorted. */
export function gapsOf(results: readonly ScenarioResult[]): Gap[] {
  const keys = new Set<string>();
  for (const r of results)
    for (const f of r.failures) if (!isSafety(f.check)) keys.add(`${r.id}\u0000${f.check}`);
  return [...keys].sort().map((k) => {
    const [scenario = '', check = 'recognised'] = k.split('\u0000');
    return { scenario, check: check as CheckId };
  });
}

export function writeGaps(file: string, results: readonly ScenarioResult[]): number {
  const gaps = gapsOf(results);
  const note =
    'Behaviour gaps the bench accepts today (scenario + check). A failure not listed fails CI; ' +
    'a listed gap that passes is reported and should be removed. Regenerate: npm run --silent simulate -- test/conversations --write-gaps. ' +
    'Safety checks are never listed.';
  writeFileSync(file, `${JSON.stringify({ note, gaps }, null, 1)}\n`);
  return gaps.length;
}

export interface Ratchet {
  /** Safety failures: always fail. */
  safety: (Failure & { scenario: string })[];
  /** Behaviour failures not in the known-gaps file: fail. */
  unexpected: (Failure & { scenario: string })[];
  /** Listed gaps that pass now (or whose scenario was not run with that check applied). */
  fixed: Gap[];
}

/** Compares a run with the known gaps. Only scenarios that ran are compared. */
export function compareWithGaps(results: readonly ScenarioResult[], gaps: readonly Gap[]): Ratchet {
  const listed = new Set(gaps.map((g) => `${g.scenario}\u0000${g.check}`));
  const failing = new Set<string>();
  const out: Ratchet = { safety: [], unexpected: [], fixed: [] };
  for (const r of results) {
    for (const f of r.failures) {
      const item = { ...f, scenario: r.id };
      if (isSafety(f.check)) out.safety.push(item);
      else {
        failing.add(`${r.id}\u0000${f.check}`);
        if (!listed.has(`${r.id}\u0000${f.check}`)) out.unexpected.push(item);
      }
    }
  }
  const ran = new Set(results.map((r) => r.id));
  out.fixed = gaps.filter((g) => ran.has(g.scenario) && !failing.has(`${g.scenario}\u0000${g.check}`));
  return out;
}
