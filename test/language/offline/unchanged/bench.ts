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
function oneRound(run: (text: string) => unknown): number {
  const start = process.hrtime.bigint();
  for (const t of texts) run(t);
  return Number(process.hrtime.bigint() - start) / 1000 / texts.length;
}

// Rounds interleaved and the best kept: the machine is shared, and load only ever adds time.
for (const t of texts) assessCare(t);
let whole = Infinity;
let care = Infinity;
for (let r = 0; r < rounds; r++) {
  whole = Math.min(
    whole,
    oneRound((t) => understandOffline(t, ctx)),
  );
  care = Math.min(
    care,
    oneRound((t) => assessCare(t)),
  );
}
console.log(
  `${texts.length} messages x ${rounds} rounds, best µs/message: understandOffline ${whole.toFixed(1)}, ` +
    `assessCare ${care.toFixed(1)}, the rest ${(whole - care).toFixed(1)}`,
);
