import { assessCare } from '../../../../src/language/offline/care/index.js';
import { understandOffline } from '../../../../src/language/offline/index.js';
import { contexts } from './corpus.js';
import { readSnapshot } from './snapshot.js';

/**
 * µs per message of `understandOffline` over the guard corpus (messages up to 300 characters, the
 * zh context): `npx tsx test/language/offline/unchanged/bench.ts [rounds] [turns]`. Prints, asserts nothing.
 * Also the care assessment alone, and the rest (intents, slots, normalising) as the difference.
 */
const rounds = Number(process.argv[2] ?? 5);
/** The five texts `bench:turns` sends each conversation (bench/turns.ts), when asked for with `turns`. */
const TURN_TEXTS = ['你好', '我身份证后四位是1234', '每个月只能还2000', '第一个', '确认'];
const texts =
  process.argv[3] === 'turns'
    ? Array.from({ length: 600 }, () => TURN_TEXTS).flat()
    : readSnapshot()
        .map((e) => e.text)
        .filter((t) => t.length <= 300);
const ctx = contexts[0]![1];
for (const t of texts) understandOffline(t, ctx);
function oneRound(run: (text: string) => unknown): number {
  // CPU time of this process, not wall time: waiting for a shared core is not the code's cost.
  const start = process.cpuUsage();
  for (const t of texts) run(t);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / texts.length;
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
