/**
 * Writes `t2sTable.ts` from opencc-js's dictionaries (run after upgrading opencc-js):
 *
 *   npx tsx src/guardrails/t2sGenerate.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { t2sTableSource } from './t2sBuild.js';

const target = join(dirname(fileURLToPath(import.meta.url)), 't2sTable.ts');
// Written as prettier would format it, so `npm run format` leaves the file as generated.
writeFileSync(target, await format(t2sTableSource(), { ...(await resolveConfig(target)), filepath: target }));
process.stdout.write(`wrote ${target}\n`);
