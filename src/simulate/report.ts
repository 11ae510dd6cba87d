import { ALL_CHECKS, isSafety, type CheckId } from './checkTypes.js';
import type { Ratchet } from './gaps.js';
import type { RunResult, ScenarioResult } from './run.js';

export interface Row {
  name: string;
  total: number;
  failed: number;
}

const pct = (r: Row) =>
  r.total === 0 ? '   -' : `${((100 * (r.total - r.failed)) / r.total).toFixed(0).padStart(3)}%`;

export function byCategory(results: readonly ScenarioResult[]): Row[] {
  const rows = new Map<string, Row>();
  for (const r of results) {
    const row = rows.get(r.category) ?? { name: r.category, total: 0, failed: 0 };
    row.total += 1;
    if (r.failures.length > 0) row.failed += 1;
    rows.set(r.category, row);
  }
  return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Per check: in how many scenarios it applied, and in how many it failed. */
export function byCheck(results: readonly ScenarioResult[]): (Row & { safety: boolean })[] {
  return ALL_CHECKS.map((check: CheckId) => ({
    name: check,
    safety: isSafety(check),
    total: results.filter((r) => r.applied.includes(check)).length,
    failed: results.filter((r) => r.failures.some((f) => f.check === check)).length,
  }));
}

/** Recall per recognition kind: of the turns where the script says "recognised: X", how many were. */
export function byRecognition(results: readonly ScenarioResult[]): Row[] {
  const rows = new Map<string, Row>();
  for (const r of results) {
    for (const g of r.recognitions) {
      const row = rows.get(g.kind) ?? { name: g.kind, total: 0, failed: 0 };
      row.total += 1;
      if (!g.ok) row.failed += 1;
      rows.set(g.kind, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function table(title: string, rows: readonly (Row & { safety?: boolean })[]): string[] {
  const width = Math.max(title.length, ...rows.map((r) => r.name.length)) + 2;
  const lines = [`${title.padEnd(width)}  total  passed  failed  pass`];
  for (const r of rows) {
    const mark = r.safety ? '  (safety)' : '';
    lines.push(
      `${r.name.padEnd(width)}  ${String(r.total).padStart(5)}  ${String(r.total - r.failed).padStart(6)}  ${String(r.failed).padStart(6)}  ${pct(r)}${mark}`,
    );
  }
  return lines;
}

/** The human report: failures (up to `maxFailures`), the tables, the ratchet, and the summary line last. */
export function renderReport(run: RunResult, ratchet?: Ratchet, maxFailures = 60): string {
  const out: string[] = [];
  const failed = run.results.filter((r) => r.failures.length > 0);
  let shown = 0;
  for (const r of failed) {
    for (const f of r.failures) {
      if (shown >= maxFailures) break;
      shown += 1;
      out.push(`FAIL ${r.id} [${f.check}] turn ${f.turn}: ${f.message}`);
    }
  }
  const total = failed.reduce((n, r) => n + r.failures.length, 0);
  if (total > shown) out.push(`... and ${total - shown} more failures (--json for all)`);
  out.push(
    '',
    ...table('category', byCategory(run.results)),
    '',
    ...table('check', byCheck(run.results)),
    '',
  );
  const recall = byRecognition(run.results);
  if (recall.length > 0) out.push(...table('recognised (recall, turns)', recall), '');
  if (ratchet) {
    out.push(
      `safety failures: ${ratchet.safety.length}; known safety defects still open: ${ratchet.knownSafety.length}; new behaviour failures (not in known gaps): ${ratchet.unexpected.length}; known gaps now passing: ${ratchet.fixed.length}`,
    );
    for (const k of ratchet.knownSafety.slice(0, 40))
      out.push(`OPEN SAFETY DEFECT ${k.scenario} [${k.check}] turn ${k.turn}: ${k.message}`);
    for (const u of ratchet.unexpected.slice(0, 40))
      out.push(`NEW ${u.scenario} [${u.check}] turn ${u.turn}: ${u.message}`);
    for (const g of ratchet.fixed.slice(0, 40))
      out.push(`NOW PASSING (remove from known gaps) ${g.scenario} [${g.check}]`);
  }
  out.push(`${run.mode}, ${run.results.length} scenarios in ${(run.elapsedMs / 1000).toFixed(1)} s`);
  out.push(`${run.results.length - failed.length} passed, ${failed.length} failed`);
  return out.join('\n');
}

export function jsonReport(run: RunResult, ratchet?: Ratchet): string {
  const passed = run.results.filter((r) => r.failures.length === 0).length;
  return JSON.stringify(
    {
      mode: run.mode,
      elapsedMs: run.elapsedMs,
      summary: { passed, failed: run.results.length - passed },
      categories: byCategory(run.results),
      checks: byCheck(run.results),
      recognition: byRecognition(run.results),
      ...(ratchet ? { ratchet } : {}),
      results: run.results,
    },
    null,
    1,
  );
}
