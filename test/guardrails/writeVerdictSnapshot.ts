/**
 * Writes test/guardrails/verdicts.snapshot.jsonl from the current code (after a deliberate
 * change of a rule, word list, threshold or labelled file; never to make an engine change pass).
 *
 *   npx tsx test/guardrails/writeVerdictSnapshot.ts
 */
import { writeFileSync } from 'node:fs';
import { SNAPSHOT_FILE, keyOf, snapshotItems, verdictOf } from './verdictSnapshot.js';

const seen = new Set<string>();
const lines: string[] = [];
for (const item of snapshotItems()) {
  const k = keyOf(item);
  if (seen.has(k)) continue;
  seen.add(k);
  lines.push(JSON.stringify({ k, src: item.src, v: verdictOf(item) }));
}
writeFileSync(SNAPSHOT_FILE, `${lines.join('\n')}\n`);
console.log(`${lines.length} verdicts written to ${SNAPSHOT_FILE}`);
