import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ALL_CHECKS, isSafety, type CheckId, type Failure } from './checkTypes.js';
import type { ScenarioResult } from './run.js';

/** A known behaviour gap: this scenario fails this check today. Safety checks never appear here. */
export interface Gap {
  scenario: string;
  check: CheckId;
}

/**
 * The one safety check whose failures may be listed as open defects: a reply that talks money after
 * distress or hardship the detector did not recognise (a recall defect of issue 14). They are
 * printed as safety defects in every run; the other safety checks are absolute and never listed.
 */
export const LISTABLE_SAFETY: readonly CheckId[] = ['no_money_after_care'];

const gapsFile = z.object({
  note: z.string().optional(),
  gaps: z.array(z.object({ scenario: z.string(), check: z.enum(ALL_CHECKS as [CheckId, ...CheckId[]]) })),
  safetyDefects: z
    .array(z.object({ scenario: z.string(), check: z.enum(LISTABLE_SAFETY as [CheckId, ...CheckId[]]) }))
    .default([]),
});

/** Known behaviour gaps and known safety defects, both as scenario + check. */
export function readGaps(file: string): Gap[] {
  const parsed = gapsFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(
      `${file} is not a known-gaps file ({ gaps: [{ scenario, check }] }); regenerate it with --write-gaps`,
    );
  }
  return [...parsed.data.gaps, ...parsed.data.safetyDefects];
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

/** Open safety defects of this run that may be listed (see LISTABLE_SAFETY), sorted. */
export function safetyDefectsOf(results: readonly ScenarioResult[]): Gap[] {
  const keys = new Set<string>();
  for (const r of results)
    for (const f of r.failures) if (LISTABLE_SAFETY.includes(f.check)) keys.add(`${r.id}\u0000${f.check}`);
  return [...keys].sort().map((k) => {
    const [scenario = '', check = 'no_money_after_care'] = k.split('\u0000');
    return { scenario, check: check as CheckId };
  });
}

export function writeGaps(file: string, results: readonly ScenarioResult[]): number {
  const gaps = gapsOf(results);
  const safetyDefects = safetyDefectsOf(results);
  const note =
    'Behaviour gaps the bench accepts today (scenario + check). A failure not listed fails CI; ' +
    'a listed gap that passes is reported and should be removed. Regenerate: npm run --silent simulate -- test/conversations --write-gaps. ' +
    'safetyDefects are open safety defects (money talk after distress or hardship the detector missed), ' +
    'printed in every run; every other safety check is absolute and never listed.';
  writeFileSync(file, `${JSON.stringify({ note, gaps, safetyDefects }, null, 1)}\n`);
  return gaps.length + safetyDefects.length;
}

export interface Ratchet {
  /** Safety failures not listed as known defects: always fail. */
  safety: (Failure & { scenario: string })[];
  /** Listed safety defects that still fail: reported loudly, do not fail the run. */
  knownSafety: (Failure & { scenario: string })[];
  /** Behaviour failures not in the known-gaps file: fail. */
  unexpected: (Failure & { scenario: string })[];
  /** Listed gaps that pass now (or whose scenario was not run with that check applied). */
  fixed: Gap[];
}

/** Compares a run with the known gaps. Only scenarios that ran are compared. */
export function compareWithGaps(results: readonly ScenarioResult[], gaps: readonly Gap[]): Ratchet {
  const listed = new Set(gaps.map((g) => `${g.scenario}\u0000${g.check}`));
  const failing = new Set<string>();
  const out: Ratchet = { safety: [], knownSafety: [], unexpected: [], fixed: [] };
  for (const r of results) {
    for (const f of r.failures) {
      const item = { ...f, scenario: r.id };
      const key = `${r.id}\u0000${f.check}`;
      if (isSafety(f.check)) {
        failing.add(key);
        if (LISTABLE_SAFETY.includes(f.check) && listed.has(key)) out.knownSafety.push(item);
        else out.safety.push(item);
      } else {
        failing.add(`${r.id}\u0000${f.check}`);
        if (!listed.has(`${r.id}\u0000${f.check}`)) out.unexpected.push(item);
      }
    }
  }
  const ran = new Set(results.map((r) => r.id));
  out.fixed = gaps.filter((g) => ran.has(g.scenario) && !failing.has(`${g.scenario}\u0000${g.check}`));
  return out;
}
