/**
 * Prints recall and false alarms on the code-switched set (codeSwitch.ts):
 * `npx tsx test/language/offline/care/codeSwitchRun.ts` (add `-v` for every miss and alarm).
 */
import { assessCare } from '../../../../src/language/offline/care/index.js';
import { CS_DISTRESS, CS_HARDSHIP, CS_ORDINARY } from './codeSwitch.js';

const verbose = process.argv.includes('-v');
const distress = CS_DISTRESS.filter((t) => assessCare(t).distress);
const heard = CS_DISTRESS.filter((t) => assessCare(t).distress || assessCare(t).concern);
const hardship = CS_HARDSHIP.filter((t) => assessCare(t).hardship !== undefined);
const hardshipAlarms = CS_HARDSHIP.filter((t) => assessCare(t).distress);
const alarms = CS_ORDINARY.filter((t) => assessCare(t).distress);
const checkIns = CS_ORDINARY.filter((t) => !assessCare(t).distress && assessCare(t).concern);
console.log(
  `code-switched: distress ${distress.length}/${CS_DISTRESS.length}, heard ${heard.length}/${CS_DISTRESS.length}; ` +
    `hardship ${hardship.length}/${CS_HARDSHIP.length} (read as distress ${hardshipAlarms.length}); ` +
    `false alarms ${alarms.length}/${CS_ORDINARY.length}, check-ins on ordinary ${checkIns.length}/${CS_ORDINARY.length}`,
);
if (verbose) {
  for (const t of CS_DISTRESS.filter((x) => !distress.includes(x))) {
    const a = assessCare(t);
    console.log(`   missed: ${t}  (${a.score.toFixed(2)}${a.concern ? ', check-in' : ''})`);
  }
  for (const t of CS_HARDSHIP.filter((x) => !hardship.includes(x))) console.log(`   no hardship: ${t}`);
  for (const t of hardshipAlarms) console.log(`   hardship as distress: ${t}`);
  for (const t of alarms) console.log(`   ALARM: ${t}  (${assessCare(t).distressBy ?? ''})`);
  for (const t of checkIns) console.log(`   check-in: ${t}`);
}
