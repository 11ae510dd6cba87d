/**
 * Figures on own check 12, own blind 12 and own blind 12b (distress, near misses, hardship kinds). Run:
 * `npx tsx test/language/offline/care/measureOwn12.ts` (`-v` lists the misses of the CHECK set
 * only: the blind set is read as figures, never item by item).
 */
import { assessCare } from '../../../../src/language/offline/care/index.js';
import { OWN_CHECK12_DISTRESS, OWN_CHECK12_HARDSHIP, OWN_CHECK12_ORDINARY } from './ownCheck12.js';
import { OWN_BLIND12_DISTRESS, OWN_BLIND12_HARDSHIP, OWN_BLIND12_ORDINARY } from './ownBlind12.js';
import { OWN_BLIND12B_DISTRESS, OWN_BLIND12B_HARDSHIP, OWN_BLIND12B_ORDINARY } from './ownBlind12b.js';

const verbose = process.argv.includes('-v');
const isZh = (t: string): boolean => /\p{Script=Han}/u.test(t) || /^(?:wo|ni)\b/.test(t);

type Hardship = readonly (readonly [string, string | undefined])[];

function figures(
  name: string,
  pos: readonly string[],
  neg: readonly string[],
  hard: Hardship,
  list: boolean,
): void {
  const missed = pos.filter((t) => !assessCare(t).distress);
  const heard = pos.filter((t) => assessCare(t).distress || assessCare(t).concern).length;
  const alarms = neg.filter((t) => assessCare(t).distress);
  const checkIns = neg.filter((t) => !assessCare(t).distress && assessCare(t).concern).length;
  const zh = (xs: readonly string[]) => xs.filter(isZh).length;
  console.log(
    `${name}: distress ${pos.length - missed.length}/${pos.length} (zh ${zh(pos) - zh(missed)}/${zh(pos)}, en ${pos.length - zh(pos) - (missed.length - zh(missed))}/${pos.length - zh(pos)}), heard ${heard}/${pos.length}; false alarms ${alarms.length}/${neg.length}, check-ins on near misses ${checkIns}/${neg.length}`,
  );
  const kinds = hard.filter(([, k]) => k !== undefined);
  const nears = hard.filter(([, k]) => k === undefined);
  const right = kinds.filter(([t, k]) => assessCare(t).hardship === k);
  const found = kinds.filter(([t]) => assessCare(t).hardship !== undefined);
  const asDistress = hard.filter(([t]) => assessCare(t).distress);
  const nearWrong = nears.filter(([t]) => assessCare(t).hardship !== undefined);
  console.log(
    `${name} hardship: found ${found.length}/${kinds.length}, kind right ${right.length}/${kinds.length}; near misses given a kind ${nearWrong.length}/${nears.length}; read as distress ${asDistress.length}/${hard.length}`,
  );
  if (!list) return;
  for (const t of missed) console.log(`   missed: ${t}  (${assessCare(t).score.toFixed(2)})`);
  for (const t of alarms) console.log(`   ALARM: ${t}  (${assessCare(t).distressBy ?? ''})`);
  for (const [t, k] of kinds.filter(([t, k]) => assessCare(t).hardship !== k))
    console.log(`   hardship: ${t}  want ${k ?? '-'}, got ${assessCare(t).hardship ?? '-'}`);
  for (const [t] of nearWrong) console.log(`   near miss given ${assessCare(t).hardship ?? ''}: ${t}`);
  for (const [t] of asDistress) console.log(`   hardship as DISTRESS: ${t}`);
}

figures('own check 12', OWN_CHECK12_DISTRESS, OWN_CHECK12_ORDINARY, OWN_CHECK12_HARDSHIP, verbose);
figures('own blind 12 (BLIND)', OWN_BLIND12_DISTRESS, OWN_BLIND12_ORDINARY, OWN_BLIND12_HARDSHIP, false);
figures('own blind 12b (BLIND)', OWN_BLIND12B_DISTRESS, OWN_BLIND12B_ORDINARY, OWN_BLIND12B_HARDSHIP, false);
