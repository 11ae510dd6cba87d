/**
 * Writes index.verdicts.snapshot.json from the current code. Run only when a verdict is meant
 * to change (a rule or the scorer was retrained), never to make a speed change pass:
 * `npx tsx test/language/offline/care/writeVerdictSnapshot.ts`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { verdictCorpus, verdictOf, type Verdict } from './verdictCorpus.js';

const snapshot: Record<string, Verdict> = {};
for (const text of verdictCorpus()) snapshot[text] = verdictOf(text);
const path = join(import.meta.dirname, 'index.verdicts.snapshot.json');
// One text per line, so a changed verdict shows as one changed line in a diff.
const lines = Object.entries(snapshot).map(([t, v]) => `${JSON.stringify(t)}: ${JSON.stringify(v)}`);
writeFileSync(path, `{\n${lines.join(',\n')}\n}\n`);
console.log(`${Object.keys(snapshot).length} verdicts written to ${path}`);
