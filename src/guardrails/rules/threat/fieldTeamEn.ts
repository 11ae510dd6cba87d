import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * Menace with no threat word (guarden26, issue 16):
 *
 * - The collector's field people sent to where the person lives, trades or comes from: "our field
 *   boys are covering your area and your house is on their list", "our ground team has your native
 *   address and they are free to travel", "tomorrow our recovery boys will be in your society".
 *   A visit the person asked for or booked stays lawful (`requestable`, threat.visit).
 * - What those people will do disowned: "I cannot promise you how they will handle it", "we will
 *   not be responsible for whatever happens", "passed to people who are less patient than we are".
 * - What the collector knows of the person's day: "I know which stop your kids get the bus at",
 *   "we know where you work and what time you go home".
 */

const FIELD = String.raw`(?:field|ground|recovery|collection|collections|tracing|special|verification) (?:team|boys|men|guys|agents?|staff|squad|unit|executives?|officers?|people)`;
const PLACE = String.raw`(?:(?:your|ur) (?:house|home|shop|store|stall|office|workplace|place of work|society|village|native (?:address|place)|hometown|compound|gate|street|estate|building|area|neighbou?rhood)|native address|native place)`;

export const THREAT_FIELD_TEAM_EN: PatternRuleSpec[] = [
  {
    id: 'threat.visit',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: ['field', 'ground', 'recovery', 'collection', 'tracing', 'special', 'verification'],
    patterns: en(
      String.raw`\b${FIELD}\b[^.!?;\n]{0,60}?\b${PLACE}\b`,
      String.raw`\b${PLACE}\b[^.!?;\n]{0,30}?\b(?:is |are )?on (?:their|the) list\b`,
    ),
  },
  {
    id: 'threat.intimidation',
    lang: 'en',
    negatable: false,
    triggers: ['promise', 'guarantee', 'responsible', 'less patient', 'out of our hands'],
    patterns: en(
      String.raw`\b(?:cannot|can't|can not|won't be able to|will not be able to)\s+(?:promise|guarantee|say|control|predict)\b[^.!?;\n]{0,12}?\b(?:how|what) (?:they|he|the team|the boys|my boys|our boys|those people)\b`,
      String.raw`\b(?:not|no longer) (?:be )?responsible for (?:what(?:ever)?|anything(?: that)?) (?:happens|may happen|might happen|will happen|comes next)\b`,
      String.raw`\b(?:people|men|boys|guys|team|hands) (?:who are |that are )?(?:considerably |much |far |a lot |a good deal |a bit )?less patient\b`,
    ),
  },
  {
    // "Pay by Friday and nobody has to find out", "resolve this quietly, before it becomes something
    // your colleagues get to hear about", "when you see what our worst looks like". The demand to
    // pay is read first: "before your family finds out, you might talk to an adviser" is advice.
    id: 'threat.intimidation',
    lang: 'en',
    negatable: false,
    triggers: ['find', 'hear', 'know', 'learn', 'worst', 'capable of'],
    patterns: en(
      String.raw`\b(?:and|then) (?:nobody|no one|no-one|none of them) (?:has|have|needs?|will have) to (?:find out|know|hear)\b`,
      String.raw`\b(?:pay|clear|settle|resolve|sort)\w*\b[^.!?;\n]{0,40}?\b(?:before|or|unless|otherwise)\b[^.!?;\n]{0,30}?\b(?:your|ur) (?:colleagues|coworkers|co-workers|boss|employer|neighbou?rs|family|church|members|friends|relatives|congregation|in-laws)\b[^.!?;\n]{0,30}?\b(?:get to hear|hear about|hears about|find out|finds out|come to know|get to know|learn about)\b`,
      String.raw`\bwhat (?:our|my) worst (?:looks like|can do|is like)\b|\bsee what (?:we|i)(?:'re| are|'m| am) capable of\b`,
    ),
  },
  {
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['know', 'kno'],
    patterns: en(
      String.raw`\b(?:i|we) (?:already )?(?:know|kno|knw)s? (?:which|where|what time|when)\b[^.!?;\n]{0,6}?\b(?:(?:your|ur) (?:kids?|children|son|daughter|wife|husband|family)|stop|school|bus|(?:you|u) (?:live|stay|work|go home|park|get off|leave))\b`,
    ),
  },
  {
    // "we will start with the things in your compound": the person's goods named as the first step.
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['start with'],
    patterns: en(
      String.raw`\bstart with (?:the )?(?:things|stuff|items|goods|property|belongings|valuables)\b (?:in|at|from|inside) (?:your|ur) (?:compound|house|home|shop|store|farm|yard|flat|room)\b`,
    ),
  },
];
