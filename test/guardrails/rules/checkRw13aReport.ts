/** Prints guardrw13a's check-set figures: npx tsx test/guardrails/rules/checkRw13aReport.ts */
import { ruleCheckFigures } from './ruleCheckFigures.js';

console.log(ruleCheckFigures('checkRw13a').join('\n'));
