import { assessCare } from '../../../../src/language/offline/care/index.js';
import { understandOffline } from '../../../../src/language/offline/index.js';
import { contexts } from './corpus.js';
import { readSnapshot } from './snapshot.js';

/**
 * µs per message of `understandOffline` over the guard corpus (messages up to 300 characters, the
 * zh context): `npx tsx test/language/offline/unchanged/bench.ts [rounds]`. Prints, asserts nothing.
 * Also the care assessment alone, and the rest (intents, slots, normalising) as the difference.
 */
const rounds = Number(process.argv[2] ?? 5);
const texts = readSnapshot()
  .map((e) => e.text)
  .filter((t) => t.length <= 300);
const ctx = contexts[0]![1];
for (const t of texts) understandOffline(t, ctx);
function perMessage(run: (text: string) => unknown): number {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (const t of texts) run(t);
    samples.push(Number(process.hrtime.bigint() - start) / 1000 / texts.length);
  }
  return samples.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
}

for (const t of texts) assessCare(t);
const whole = perMessage((t) => understandOffline(t, ctx));
const care = perMessage((t) => assessCare(t));
console.log(
  `${texts.length} messages x ${rounds} rounds, median µs/message: understandOffline ${whole.toFixed(1)}, ` +
    `assessCare ${care.toFixed(1)}, the rest ${(whole - care).toFixed(1)}`,
);
