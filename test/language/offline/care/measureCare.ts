/**
 * Prints the care detector's figures on the own sets 6-9, 13-15, own blinds 13-15 (blinds 14 and 15
 * figures only, never their misses), the own checks 9-13, the dev set, rounds 1-14, S10, S11 halves a and b (seen), own sets S11 and S11b, and
 * the cost per message. Run: `npx tsx test/language/offline/care/measureCare.ts`
 * (`-v` lists every miss and false alarm).
 */
import { assessCare } from '../../../../src/language/offline/care/index.js';
import { OWN7_DISTRESS, OWN7_ORDINARY } from './ownSet7.js';
import { OWN8_DISTRESS, OWN8_ORDINARY } from './ownSet8.js';
import { OWN9_DISTRESS, OWN9_ORDINARY } from './ownSet9.js';
import { OWN_BLIND9_DISTRESS, OWN_BLIND9_ORDINARY } from './ownBlind9.js';
import { OWN_CHECK10_DISTRESS, OWN_CHECK10_ORDINARY } from './ownCheck10.js';
import { OWN_CHECK11_DISTRESS, OWN_CHECK11_ORDINARY } from './ownCheck11.js';
import { OWN_CHECK12_DISTRESS, OWN_CHECK12_ORDINARY } from './ownCheck12.js';
import { OWN13_DISTRESS, OWN13_ORDINARY } from './ownSet13.js';
import { OWN_CHECK13_DISTRESS, OWN_CHECK13_ORDINARY } from './ownCheck13.js';
import { OWN_BLIND13_DISTRESS, OWN_BLIND13_ORDINARY } from './ownBlind13.js';
import { OWN14_EN_DISTRESS, OWN14_EN_ORDINARY, OWN14_ZH_DISTRESS, OWN14_ZH_ORDINARY } from './ownSet14.js';
import {
  OWN_BLIND14_EN_DISTRESS,
  OWN_BLIND14_EN_ORDINARY,
  OWN_BLIND14_ZH_DISTRESS,
  OWN_BLIND14_ZH_ORDINARY,
} from './ownBlind14.js';
import { OWN15_EN_DISTRESS, OWN15_EN_ORDINARY, OWN15_ZH_DISTRESS, OWN15_ZH_ORDINARY } from './ownSet15.js';
import {
  OWN_BLIND15_EN_DISTRESS,
  OWN_BLIND15_EN_ORDINARY,
  OWN_BLIND15_ZH_DISTRESS,
  OWN_BLIND15_ZH_ORDINARY,
} from './ownBlind15.js';
import { HELD_OUT8_DISTRESS, HELD_OUT8_ORDINARY } from './heldOutSet8.js';
import { HELD_OUT9_DISTRESS, HELD_OUT9_ORDINARY } from './heldOutSet9.js';
import { HELD_OUT10_DISTRESS, HELD_OUT10_ORDINARY } from './heldOutSet10.js';
import { HELD_OUT11_DISTRESS, HELD_OUT11_ORDINARY } from './heldOutSet11.js';
import { HELD_OUT12_DISTRESS, HELD_OUT12_ORDINARY } from './heldOutSet12.js';
import { HELD_OUT14_DISTRESS, HELD_OUT14_ORDINARY } from './heldOutSet14.js';
import { HELD_OUT_S10_DISTRESS, HELD_OUT_S10_ORDINARY } from './heldOutSetS10.js';
import {
  HELD_OUT_S11A_EN_DISTRESS,
  HELD_OUT_S11A_EN_ORDINARY,
  HELD_OUT_S11A_ZH_DISTRESS,
  HELD_OUT_S11A_ZH_ORDINARY,
} from './heldOutSetS11a.js';
import {
  OWN_S11_EN_DISTRESS,
  OWN_S11_EN_ORDINARY,
  OWN_S11_ZH_DISTRESS,
  OWN_S11_ZH_ORDINARY,
} from './ownSetS11.js';
import {
  HELD_OUT_S11B_EN_DISTRESS,
  HELD_OUT_S11B_EN_ORDINARY,
  HELD_OUT_S11B_ZH_DISTRESS,
  HELD_OUT_S11B_ZH_ORDINARY,
} from './heldOutSetS11b.js';
import {
  OWN_S11B_EN_DISTRESS,
  OWN_S11B_EN_ORDINARY,
  OWN_S11B_ZH_DISTRESS,
  OWN_S11B_ZH_ORDINARY,
} from './ownSetS11b.js';
import { HELD_OUT7_DISTRESS, HELD_OUT7_ORDINARY } from './heldOutSet7.js';
import { HELD_OUT_DISTRESS, HELD_OUT_ORDINARY } from './heldOutSet.js';
import { HELD_OUT2_DISTRESS, HELD_OUT2_ORDINARY } from './heldOutSet2.js';
import { HELD_OUT3_DISTRESS, HELD_OUT3_ORDINARY } from './heldOutSet3.js';
import { HELD_OUT4_DISTRESS, HELD_OUT4_ORDINARY } from './heldOutSet4.js';
import { HELD_OUT5_DISTRESS, HELD_OUT5_ORDINARY } from './heldOutSet5.js';
import { HELD_OUT6_DISTRESS, HELD_OUT6_ORDINARY } from './heldOutSet6.js';
import { OWN6_DISTRESS, OWN6_ORDINARY } from './ownSet6.js';
import { DEV_DISTRESS, DEV_ORDINARY } from './devSet.js';

const verbose = process.argv.includes('-v');

const trainStarted = performance.now();
assessCare('hello'); // the scorer trains on first use
console.log(`first message (trains the scorer): ${(performance.now() - trainStarted).toFixed(0)} ms`);

/** `blind`: figures only, its misses are never listed (a set kept for one run at a round's end). */
function line(name: string, pos: readonly string[], neg: readonly string[], blind = false): void {
  const missed = pos.filter((t) => !assessCare(t).distress);
  const heard = pos.filter((t) => assessCare(t).distress || assessCare(t).concern);
  const alarms = neg.filter((t) => assessCare(t).distress);
  const checkIns = neg.filter((t) => !assessCare(t).distress && assessCare(t).concern);
  console.log(
    `${name}: distress ${pos.length - missed.length}/${pos.length}, heard (distress or check-in) ${heard.length}/${pos.length}; false alarms ${alarms.length}/${neg.length}, check-ins on negatives ${checkIns.length}/${neg.length}`,
  );
  if (verbose && !blind) {
    for (const t of missed) console.log(`   missed: ${t}  (${assessCare(t).score.toFixed(2)})`);
    for (const t of alarms) console.log(`   ALARM: ${t}  (${assessCare(t).distressBy ?? ''})`);
  }
}

line(
  'own set 9 (own, tuned on; before round-9 rules 62/122, 2/121 false alarms)',
  OWN9_DISTRESS,
  OWN9_ORDINARY,
);
line(
  'own check 9 (own; its one run after the rules: 12/40, 0/30; seen since)',
  OWN_BLIND9_DISTRESS,
  OWN_BLIND9_ORDINARY,
);
line(
  'own check 10 (own; its one run before caredata3: 35/40, 0/40 false alarms; its misses named in the round-12 brief and fixed by class: seen since)',
  OWN_CHECK10_DISTRESS,
  OWN_CHECK10_ORDINARY,
);
line(
  'own check 11 (own; before round 10 20/40, its one run after 22/40, 1/40 false alarms; two misses named in the round-12 brief: seen since)',
  OWN_CHECK11_DISTRESS,
  OWN_CHECK11_ORDINARY,
);
line(
  'own check 12 (own, tuned on by class in round 12; before it 47/60, 1/60 false alarms; own blind 12: measureOwn12.ts)',
  OWN_CHECK12_DISTRESS,
  OWN_CHECK12_ORDINARY,
);
line(
  'own set 13 (own, tuned on by class in round 13; before it 47/70, 0/74 false alarms)',
  OWN13_DISTRESS,
  OWN13_ORDINARY,
);
line(
  'own check 13 (own; before round 13 11/20, its one run after the first rules 12/20, 0/20 false alarms; seen since)',
  OWN_CHECK13_DISTRESS,
  OWN_CHECK13_ORDINARY,
);
line(
  'own blind 13 (own; its one run after commit 30f17d6: 17/30, 0/30 false alarms (start of session 16/30); seen since)',
  OWN_BLIND13_DISTRESS,
  OWN_BLIND13_ORDINARY,
);
line(
  'own set 14 (own, tuned on by class in round 14; before it 66/84, 5/84 false alarms)',
  [...OWN14_ZH_DISTRESS, ...OWN14_EN_DISTRESS],
  [...OWN14_ZH_ORDINARY, ...OWN14_EN_ORDINARY],
);
line(
  'own blind 14 (own, never fitted; one run before round 14 27/44, 2/44 false alarms; one run after 31/44, 2/44)',
  [...OWN_BLIND14_ZH_DISTRESS, ...OWN_BLIND14_EN_DISTRESS],
  [...OWN_BLIND14_ZH_ORDINARY, ...OWN_BLIND14_EN_ORDINARY],
  true,
);
line(
  'own set 15 (own, tuned on by class in round 15; before it 31/62, 2/62 false alarms)',
  [...OWN15_ZH_DISTRESS, ...OWN15_EN_DISTRESS],
  [...OWN15_ZH_ORDINARY, ...OWN15_EN_ORDINARY],
);
line(
  'own blind 15 (own, never fitted; one run before round 15 15/30, 0/30 false alarms; one run after 25/30, 0/30)',
  [...OWN_BLIND15_ZH_DISTRESS, ...OWN_BLIND15_EN_DISTRESS],
  [...OWN_BLIND15_ZH_ORDINARY, ...OWN_BLIND15_EN_ORDINARY],
  true,
);
line('own set 8 (own, tuned on)', OWN8_DISTRESS, OWN8_ORDINARY);
line('own set 7 (own, tuned on)', OWN7_DISTRESS, OWN7_ORDINARY);
line('dev set', DEV_DISTRESS, DEV_ORDINARY);
line('own set 6', OWN6_DISTRESS, OWN6_ORDINARY);
line('round 1 (seen)', HELD_OUT_DISTRESS, HELD_OUT_ORDINARY);
line('round 2 (seen)', HELD_OUT2_DISTRESS, HELD_OUT2_ORDINARY);
line('round 3 (seen)', HELD_OUT3_DISTRESS, HELD_OUT3_ORDINARY);
line('round 4 (seen)', HELD_OUT4_DISTRESS, HELD_OUT4_ORDINARY);
line('round 5 (seen)', HELD_OUT5_DISTRESS, HELD_OUT5_ORDINARY);
line('round 6 (seen)', HELD_OUT6_DISTRESS, HELD_OUT6_ORDINARY);
line('round 7 (seen)', HELD_OUT7_DISTRESS, HELD_OUT7_ORDINARY);
line('round 8 (seen)', HELD_OUT8_DISTRESS, HELD_OUT8_ORDINARY);
line('round 9 (seen from session 6)', HELD_OUT9_DISTRESS, HELD_OUT9_ORDINARY);
line('round 10 (blind at two runs in session 6, then seen)', HELD_OUT10_DISTRESS, HELD_OUT10_ORDINARY);
line('round 11 (blind at two runs in session 7, then seen)', HELD_OUT11_DISTRESS, HELD_OUT11_ORDINARY);
line('round 12 (blind at three runs in sessions 7-8, then seen)', HELD_OUT12_DISTRESS, HELD_OUT12_ORDINARY);
line('round 14 (blind at two runs in session 9, then seen)', HELD_OUT14_DISTRESS, HELD_OUT14_ORDINARY);
line(
  'round S10 (blind at two runs: 39/50 and 38/50, 2/50 false alarms; then seen)',
  HELD_OUT_S10_DISTRESS,
  HELD_OUT_S10_ORDINARY,
);
line(
  'round S11 half a (seen from the start by care11; at 530c457 17/26, heard 20/26, 2/26 false alarms)',
  [...HELD_OUT_S11A_ZH_DISTRESS, ...HELD_OUT_S11A_EN_DISTRESS],
  [...HELD_OUT_S11A_ZH_ORDINARY, ...HELD_OUT_S11A_EN_ORDINARY],
);
line(
  'own set S11 (own, tuned on by class in round 17; before it 61/96, 2/96 false alarms)',
  [...OWN_S11_ZH_DISTRESS, ...OWN_S11_EN_DISTRESS],
  [...OWN_S11_ZH_ORDINARY, ...OWN_S11_EN_ORDINARY],
);
line(
  'round S11 half b (blind through session 11 at 21/24, heard 22/24, 0/24 false alarms; seen by care11b)',
  [...HELD_OUT_S11B_ZH_DISTRESS, ...HELD_OUT_S11B_EN_DISTRESS],
  [...HELD_OUT_S11B_ZH_ORDINARY, ...HELD_OUT_S11B_EN_ORDINARY],
);
line(
  'own set S11b (own, tuned on by class in round 18; before it 18/24, 2/24 false alarms)',
  [...OWN_S11B_ZH_DISTRESS, ...OWN_S11B_EN_DISTRESS],
  [...OWN_S11B_ZH_ORDINARY, ...OWN_S11B_EN_ORDINARY],
);

const all = [...OWN7_DISTRESS, ...OWN7_ORDINARY];
for (const t of all) assessCare(t); // warm-up
const started = performance.now();
const cpu = process.cpuUsage();
const rounds = 20;
for (let r = 0; r < rounds; r += 1) for (const t of all) assessCare(t);
const used = process.cpuUsage(cpu);
const n = rounds * all.length;
const wall = ((performance.now() - started) * 1000) / n;
// CPU time (user + system) is the figure to compare: wall time depends on the machine's load.
console.log(
  `cost: ${((used.user + used.system) / n).toFixed(0)} µs CPU per message, ${wall.toFixed(0)} µs wall (mean over ${n})`,
);
