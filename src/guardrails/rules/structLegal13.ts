import { en, type PatternRuleSpec } from './ruleTypes.js';
import { GAP } from './structRegister12En.js';

/**
 * Legal process invented or dressed up, in English (guardrw13b, issue 16), written by class from
 * the helper's own training lines (training/guardrails/rw13b.en.yaml), not from any check set or
 * real message: warrants said to follow non-payment, papers or a process server sent to the
 * person's home or job, the person named a defendant or respondent who must appear, a case put
 * on a court calendar, case numbers and affidavits said to be assigned or signed, pre-legal and
 * pre-litigation stages, a "legal team" signature under a deadline or a judgment, and reports to
 * the police or a task force. A bank may say it may refer the account or sue (hedged and
 * negated forms pass through the engine's tests); it may not say a suit, arrest or hearing is
 * under way. FDCPA §1692e(2),(4),(5),(13).
 */
// Papers, summons and legal documents.
const PAPERS = String.raw`(?:(?:legal |court |lawsuit |the )?(?:papers|paperwork|documents|summons|complaint|lawsuit|suit|notice to appear))`;
// The person's home or job.
const PLACE = String.raw`(?:your |the )?(?:work|job|workplace|office|employer|place of (?:work|employment|business)|house|home|door|residence|address)`;

export const STRUCT_LEGAL13_EN: PatternRuleSpec[] = [
  {
    // "…could result in warrants being issued", "a bench warrant", "an arrest warrant being sought".
    // Not hedgeable: no card debt leads to an arrest, possible or not.
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    triggers: ['warrant'],
    patterns: en(
      String.raw`\b(?:bench|arrest|civil|body) warrants?\b`,
      String.raw`\bwarrants?${GAP(12)}\b(?:being|be|getting|get) (?:issued|sworn|signed|sought|requested|filed)\b`,
      String.raw`\b(?:issue|issuing|request|requesting|seek|seeking|file|filing) (?:a |an )?warrants?\b`,
    ),
  },
  {
    // "We're going to be serving you with papers", "you'll be served at your job".
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: ['serve', 'serving', 'process server'],
    patterns: en(
      String.raw`\b(?:will|'ll|going to|gonna|about to|are|is|plan to|intend to|ready to|set to)(?: be)? (?:serve|serving) you\b${GAP(20)}\b${PAPERS}`,
      String.raw`\b(?:will|'ll|going to|gonna|about to|are|is|ready to|set to) (?:have you |get you )?(?:be )?served\b${GAP(30)}\b(?:at|to) ${PLACE}\b`,
      String.raw`\b(?:will|'ll|going to|gonna|about to|is|are) (?:serve|serving) (?:the |these |those )?${PAPERS}${GAP(20)}\b(?:at|to) ${PLACE}\b`,
      String.raw`\bprocess servers?\b${GAP(30)}\b(?:at|to|on (?:the|its|his|her) way to|heading to|coming to|sent to|dispatched to|stopping by|visit(?:ing)?) ${PLACE}\b`,
      String.raw`\bprocess servers? (?:is|are|has been|have been|will be|'s) (?:on (?:the|its|his|her) way|coming|heading|dispatched|assigned|sent|scheduled)\b`,
    ),
  },
  {
    // "You have been named as a respondent and may have to appear in court": a case said to exist.
    // Not hedgeable: "may have to appear" still says the person is a party to a case.
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    triggers: ['respondent', 'defendant', 'docket', 'court calendar', 'hearing'],
    patterns: en(
      String.raw`\byou(?:'ve| have|'re| are)? (?:been |now )?(?:named|listed|entered|registered|identified) as (?:a |the )?(?:respondent|defendant)\b`,
      String.raw`\byour (?:name|case|file|matter|hearing) (?:has been|is|was|will be) (?:now )?(?:entered|placed|put|listed|set) (?:on|in) (?:the |a )?(?:court )?(?:docket|court calendar|hearing list)\b`,
      String.raw`\byour (?:court )?hearing (?:has been|is|was) (?:now )?(?:set|scheduled|placed|listed|booked)\b`,
    ),
  },
  {
    // "Case number 44-7781 has been assigned…", "an affidavit of debt has been signed".
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: ['case number', 'case no', 'case #', 'case#', 'affidavit'],
    patterns: en(
      String.raw`\b(?:case (?:number|no\.?)|case ?#)${GAP(25)}\b(?:assigned|opened|issued|filed|generated|pending|registered)\b${GAP(40)}\b(?:legal|court|litigation|attorney|judge|lawsuit|filing)\b`,
      String.raw`\b(?:assigned|opened|issued|filed|generated|registered) (?:a |the )?(?:case (?:number|no\.?)|case ?#)`,
      String.raw`(?<!\bidentity theft )\baffidavits?\b(?! of identity theft)${GAP(30)}\b(?:signed|sworn|prepared|drafted|filed|submitted|executed|against you|in your name)\b`,
      String.raw`\b(?:signed|sworn|prepared|drafted|filed|submitted|executed) (?:an? |the )?(?:sworn )?affidavits?\b(?! of identity theft)`,
    ),
  },
  {
    // "Your account is with our pre-legal department", "PRE-LITIGATION NOTICE".
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    triggers: ['pre-legal', 'prelegal', 'pre legal', 'pre-litigation', 'prelitigation', 'pre litigation'],
    patterns: en(String.raw`\bpre[- ]?(?:legal|litigation)\b`),
  },
  {
    // A deadline or a judgment signed "Legal Team", "Legal Department", "Legal Recovery Team".
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    triggers: ['legal team', 'legal department', 'legal recovery', 'legal division', 'legal unit'],
    patterns: en(
      String.raw`\b(?:within \d+ (?:hours?|days?)|by \d{1,2}(?::\d\d)? ?(?:am|pm)|judgment|legal action|litigation|lawsuit|court|filing|final (?:notice|warning))\b[^\n]{0,160}?(?:\bregards|\bsincerely|\bsigned|[-–—:.])\s*,?\s*(?:the )?legal (?:team|department|recovery(?: team)?|division|unit)\b\W*$`,
      String.raw`\blegal (?:team|department|division|unit) (?:has )?(?:approved|cleared|authori[sz]ed|signed off on|greenlit) (?:the |a )?(?:filing|lawsuit|suit|case|claim|action)\b`,
    ),
  },
  {
    // "We will be reporting this case to the police force and the legal task force".
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    triggers: ['task force', 'police force', 'police department', 'enforcement unit', 'enforcement team'],
    patterns: en(
      // The bank reports the person, or their case goes: not a victim's own report to the police.
      String.raw`\b(?:we|i|our (?:office|team|company|department))(?:'ll|'re|'m| will| are| am| have| shall)?(?: be| now| going to| about to)? (?:report|reporting|reported|forward|forwarding|forwarded|pass|passing|passed|send|sending|sent|refer|referring|referred|hand|handing|handed)\b${GAP(40)}\b(?:task force|police force|police department|(?:legal |law )?enforcement (?:unit|team))\b`,
      String.raw`\b(?:report|reporting|reported|forward|forwarding|forwarded|pass|passing|passed|send|sending|sent|refer|referring|referred|hand|handing|handed) (?:this|your|his|her|their|the) (?:case|matter|file|account|debt)\b${GAP(30)}\b(?:task force|police force|police department|(?:legal |law )?enforcement (?:unit|team))\b`,
      String.raw`\b(?:your|his|her|their|this|the) (?:case|matter|file|account) (?:is|will be|has been|goes|is going)${GAP(20)}\b(?:task force|police force|police department|(?:legal |law )?enforcement (?:unit|team))\b`,
    ),
  },
];

/**
 * Lawful readings the old patterns flagged, as look-arounds used by `legal.ts` and
 * `familiesClaims.ts`: a life event listed as a cause of hardship ("losing your job can affect…",
 * "events such as… losing your job"), and an account "eligible to be referred" to a lawyer.
 */
export const HARDSHIP_CAUSE_AFTER = String.raw`(?![^.!?\n]{0,80}\b(?:can|may|could|might|will|often|sometimes)(?: all| also)? (?:affect|impact|change|make|put|strain|hit)\b)`;
export const REFERRAL_ELIGIBLE_BEFORE = String.raw`(?<!\b(?:eligible|qualif(?:y|ies|ied)|criteria|ready) (?:to be |for being )?)`;
