import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * Powers a collector does not have, claimed (guarden26, issue 16):
 *
 * - Its own people "authorised to attend your property and remove goods": only a court's
 *   enforcement agent may take control of goods, after a judgment and a warrant or writ (Tribunals,
 *   Courts and Enforcement Act 2007 Sch. 12; FDCPA §1692e(4), (5)). A sentence that names the court,
 *   a judgment, a warrant or a writ is the lawful statement of that process.
 * - The person's matter, file or details sent to the police or a crimes agency (EFCC, DCI, a
 *   cybercrime or fraud unit, a police station) or an FIR drafted over unpaid dues: a debt is civil
 *   (FDCPA §1692e(7); RBI Fair Practices Code; CBK Prudential Guideline on conduct).
 */

const GOODS = String.raw`(?:goods|belongings|possessions|property|items|assets|household (?:goods|items)|valuables)`;
const NO_COURT = String.raw`(?<!\b(?:court|judgment|judge|warrant|writ|bailiff)\b[^.!?;\n]{0,80})`;
const NO_COURT_AFTER = String.raw`(?![^.!?;\n]{0,60}\b(?:court|judgment|warrant|writ)\b)`;
// "Federal law limits how much of your wages can be garnished": the law stated, not a threat.
const NO_LAW = String.raw`(?<!\b(?:law|laws|rules?|limits?|limited|how much of|protect\w*|exempt\w*|only)\b[^.!?;\n]{0,40})`;
const AGENCY = String.raw`(?:police|efcc|dci|cid|fbi|cyber ?crimes?|cybercrime|fraud squad|economic (?:and financial )?crimes?|anti-?fraud|crime branch|criminal investigations?)`;

export const FALSE_LEGAL_ENFORCEMENT_POWER_EN: PatternRuleSpec[] = [
  {
    id: 'false_legal.invented_consequence',
    lang: 'en',
    negatable: true,
    triggers: ['authorised', 'authorized', 'entitled', 'empowered', 'permitted'],
    patterns: en(
      String.raw`${NO_COURT}\b(?:authori[sz]ed|entitled|empowered|permitted) to (?:attend|enter|visit|come to|call at)\b[^.!?;\n]{0,40}?\b(?:remove|seize|take|levy on|collect)\b[^.!?;\n]{0,20}?\b${GOODS}\b${NO_COURT_AFTER}`,
    ),
  },
  {
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    triggers: ['police', 'efcc', 'dci', 'cid', 'fbi', 'cyber', 'fraud squad', 'crime'],
    patterns: en(
      String.raw`\b(?:(?:your|the) (?:matter|case|file|details|name|account|records?)|dues|defaulters?)\b[^.!?;\n]{0,40}?\b(?:moved|passed|sent|forwarded|referred|go|goes|handed|intimated|reported|escalated|transferred)\b[^.!?;\n]{0,10}?\bto\b[^.!?;\n]{0,60}?\b${AGENCY}`,
    ),
  },
  {
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    triggers: ['fir'],
    patterns: en(
      // The collector's own FIR, never the person's ("please file an FIR after the theft").
      String.raw`\bfir\b[^.!?;\n]{0,30}?\bagainst (?:you|u)\b|\bfir (?:draft|is ready|is prepared|has been (?:drafted|prepared))\b`,
      // The actor is read behind the verb, so "we will not file any FIR" is negated at the verb.
      String.raw`(?<=\b(?:we|i|our (?:[\w-]+ ){0,2}?(?:team|lawyers?|advocates?|counsel|department)|legal team)\b[^.!?;\n]{0,30}?)\b(?:drafted|prepared|ready|lodge|file|register|lodged|filed|registered)\b[^.!?;\n]{0,20}?\bfir\b`,
    ),
  },
  {
    // "Your wages get attached starting next pay period", "your SSI deposit can be taken once our
    // order goes through": income taken with no court named.
    id: 'false_legal.invented_consequence',
    lang: 'en',
    negatable: true,
    triggers: ['attached', 'garnished', 'taken', 'seized', 'deducted', 'frozen'],
    patterns: en(
      String.raw`${NO_COURT}${NO_LAW}\b(?:your|ur) (?:wages?|salary|pay|paycheck|ssi|social security|benefits?|pension)(?: (?:deposits?|payments?|checks?|cheques?))?\b[^.!?;\n]{0,12}?\b(?:get|gets|will (?:be|get)|can be|is going to be|are going to be|shall be)\s+(?:attached|garnished|taken|seized|deducted|frozen)\b${NO_COURT_AFTER}`,
    ),
  },
  {
    // "the matter will no longer remain civil in nature", "the forum for securing your custody".
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    triggers: ['civil', 'custody', 'arrest', 'detention'],
    patterns: en(
      String.raw`\bno longer (?:remain |be |stay )?civil\b|\b(?:securing|secure|seek|seeking|obtain|obtaining) your (?:custody|arrest|detention)\b`,
    ),
  },
];
