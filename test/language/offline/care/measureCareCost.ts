/**
 * Prints the care check's CPU per message on three kinds of traffic: the five turns of
 * `bench:turns`, every person's turn in the conversation scenarios, and own set 7 (long, mostly
 * distress). Run: `npx tsx test/language/offline/care/measureCareCost.ts` (the machine may be
 * shared: run it a few times, alternating with the code you compare against).
 */
import { assessCare } from '../../../../src/language/offline/care/index.js';
import { OWN7_DISTRESS, OWN7_ORDINARY } from './ownSet7.js';
import { scenarioTexts } from './verdictCorpus.js';

const SETS: readonly (readonly [string, readonly string[]])[] = [
  ['bench:turns texts', ['你好', '我身份证后四位是1234', '每个月只能还2000', '第一个', '确认']],
  ['scenario turns', scenarioTexts()],
  ['own set 7', [...OWN7_DISTRESS, ...OWN7_ORDINARY]],
];

assessCare('hello'); // loads the scorer
for (const [name, texts] of SETS) {
  for (const t of texts) assessCare(t); // warm-up
  const rounds = Math.max(20, Math.ceil(20000 / texts.length));
  const cpu = process.cpuUsage();
  for (let r = 0; r < rounds; r += 1) for (const t of texts) assessCare(t);
  const used = process.cpuUsage(cpu);
  const n = rounds * texts.length;
  console.log(`${name}: ${((used.user + used.system) / n).toFixed(1)} µs CPU per message (${n} messages)`);
}
