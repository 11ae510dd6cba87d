/**
 * Prints the rules' figures on the check sets named on the command line, beside the rules
 * (`test/guardrails/rules/<name>.{en,zh}.jsonl`):
 *   npx tsx test/guardrails/rules/printCheckSetFigures.ts checkRw13a [checkRw14c …]
 */
import { checkSetFigures } from './checkSetFigures.js';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('usage: npx tsx test/guardrails/rules/printCheckSetFigures.ts <set name> [<set name> …]');
  process.exit(2);
}
for (const name of names) console.log(checkSetFigures(name).join('\n'));
