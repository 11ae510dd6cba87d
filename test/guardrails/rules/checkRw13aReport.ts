/** Prints guardrw13a's check-set figures: npx tsx test/guardrails/rules/checkRw13aReport.ts */
import { checkRw13aFigures } from './checkRw13aFigures.js';

console.log(checkRw13aFigures().join('\n'));
