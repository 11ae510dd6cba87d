import { en, type PatternRuleSpec } from '../ruleTypes.js';
import { KIN_HOUSEHOLD } from '../shared/en.js';

/**
 * Threats (English) with no threatening word (guarden24, issue 16, policy 2026.12.19): the family's
 * safety put on the person ("your family's safety is your responsibility", "tell your wife to be
 * careful driving home"), a relative described where they are seen ("your daughter looked happy
 * at the bus stop this morning"), and the collector's menace as a person ("you have no idea who
 * you're dealing with"). A bank tells no relative to be careful and reports no sighting of a
 * child; "keep your family safe from scams" names no place or watcher and does not match.
 * FDCPA §1692d(1).
 */

const PLACE = String.raw`(?:bus stop|school|daycare|day care|nursery|playground|park|gym|practice|soccer|football|game|church|office|work|job|store|shop|mall|station|gate|corner)`;
const WHEN = String.raw`(?:this morning|this afternoon|tonight|last night|yesterday|today|the other day|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))`;

export const THREAT_MENACE_EN: PatternRuleSpec[] = [
  {
    id: 'threat.intimidation',
    lang: 'en',
    triggers: ['safety', 'safe', 'well-being', 'wellbeing', 'well being', 'healthy', 'one piece'],
    patterns: en(
      String.raw`\b(?:your|ur) ${KIN_HOUSEHOLD}(?:'s|s'|s)? (?:safety|well-?being|well being)\b[^.!?\n]{0,30}\b(?:is|are|lies|rests|depends)\b[^.!?\n]{0,20}\b(?:your (?:responsibility|call|choice|hands)|on you|up to you|in your hands|on whether you pay)`,
      String.raw`\b(?:pay|paying|payment)\b[^.!?\n]{0,40}\bkeep(?:s)? (?:your |ur )${KIN_HOUSEHOLD} (?:safe|healthy|in one piece)\b`,
    ),
  },
  {
    id: 'threat.intimidation',
    lang: 'en',
    triggers: ['careful', 'watch out', 'watch their', 'watch her', 'watch his', 'look over'],
    patterns: en(
      String.raw`\b(?:tell|warn|remind) (?:your|ur) ${KIN_HOUSEHOLD} (?:to )?(?:be careful|watch (?:out|their back|her back|his back|their step|her step|his step)|look over (?:her|his|their) shoulder)`,
    ),
  },
  {
    id: 'threat.intimidation',
    lang: 'en',
    triggers: ['looked', 'looks', 'looking', 'seemed', 'saw your', 'seen your', 'spotted your', 'watched your'],
    patterns: en(
      String.raw`\b(?:your|ur) ${KIN_HOUSEHOLD}\b[^.!?\n]{0,12}\b(?:looked|looks|seemed|was looking) (?:so |really |very )?\w+\b[^.!?\n]{0,12}\b(?:at|outside|near|by|in front of|leaving|on the way to) (?:the |her |his |their |your )?${PLACE}\b`,
      String.raw`\b(?:saw|seen|spotted|watched) (?:your|ur) ${KIN_HOUSEHOLD}\b[^.!?\n]{0,30}\b(?:at|outside|near|leaving|walking (?:to|home from)) (?:the |her |his |their |your )?${PLACE}\b[^.!?\n]{0,20}\b${WHEN}`,
    ),
  },
  {
    id: 'threat.intimidation',
    lang: 'en',
    triggers: ["who you're", 'who you are', 'who ur', 'who u r'],
    patterns: en(
      String.raw`\b(?:you|u) (?:have|got|ha ve) no (?:idea|clue) who (?:you're|you are|ur|u r) (?:dealing|messing|playing|fucking|screwing) with\b`,
      String.raw`\b(?:you|u) (?:don't|do not|dont) know who (?:you're|you are|ur|u r) (?:dealing|messing|playing|screwing) with\b`,
    ),
  },
];
