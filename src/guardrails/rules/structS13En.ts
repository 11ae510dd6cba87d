import { en, type PatternRuleSpec } from './ruleTypes.js';

/**
 * The thirteenth session's English classes (guard13, issue 16; policy 2026.12.10):
 * - credit reporting misrepresented: a record said to stay for life or never come off, a score
 *   said to fall to a number or by hundreds of points as a certainty, a "permanent mark", a
 *   lifetime freeze, paying today as "the only way" to stay off a report. Under the FCRA negative
 *   information is kept up to seven years and scores move by the bureaus' models, never by the
 *   collector's say-so. Lawful: "late payments can stay on your report for up to seven years",
 *   "missing a payment may lower your score".
 * - contact by the clock and by count as harassment (FDCPA §1692c(a)(1), §1692d(5); Reg F
 *   §1006.14): a message sent in the small hours that taunts the person about being awake, calls
 *   announced for the night, a count of calls run on ("called 9 times today, will call 9 more"),
 *   every line the person has rung "every day", new numbers after a block, calls every few
 *   minutes. Lawful: "we only call between 8 AM and 9 PM", "this message was sent at 10:15 AM".
 */

// A gap with no negation or hedge in it: "it doesn't stay forever", "may drop by up to…" are lawful.
const GAP = (n: number): string =>
  String.raw`(?:(?!\b(?:not|never|no|won't|isn't|doesn't|don't|can't|cannot|may|might|could|can|up to)\b|n't\b)[^.!?\n]){0,${n}}?`;
// The same across one sentence end ("…credit report. Once it's reported it stays there for life.").
const SPAN = (n: number): string =>
  String.raw`(?:(?!\b(?:not|never|no|won't|isn't|doesn't|don't|can't|cannot|may|might|could|up to)\b|n't\b)[^\n]){0,${n}}?`;
const CREDIT = String.raw`(?:credit (?:report|file|record|history|profile)|credit bureaus?|(?:the )?bureaus|reported)`;
const FOREVER = String.raw`(?:for life|forever|permanently|for the rest of your life|for good|until you die|for decades)`;
const SCORE = String.raw`(?:credit score|fico(?: score)?|score|credit rating)`;
// Late at night by the clock: 10 and 11 PM, midnight to 5 AM.
const LATE = String.raw`(?:1[01](?::[0-5]\d)? ?p\.?m\.?|12:[0-5]\d ?a\.?m\.?|0?[1-5]:[0-5]\d ?a\.?m\.?|[1-5] ?a\.?m\.?|midnight|the middle of the night)`;
const CHANNEL = String.raw`(?:cell|mobile|home|work|office|job|landline|work line|home line|house)`;
const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
// The clock's literals, so the night rules wake on "11:48 pm", "3am", "1 a.m." and not on "I am".
const LATE_TRIGGERS = DIGITS.flatMap((d) => [
  `${d} am`,
  `${d}am`,
  `${d} pm`,
  `${d}pm`,
  `${d} a.m`,
  `${d}a.m`,
  `${d} p.m`,
  `${d}p.m`,
]);
const COUNT_WORDS = [
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'fifteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'dozen',
];
const COUNT_TRIGGERS = [
  ...DIGITS.flatMap((d) => [`${d} more`, `${d} of `]),
  ...COUNT_WORDS.map((w) => `${w} more`),
];
const MANY = String.raw`(?:[5-9]|[1-9]\d+|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen)`;

export const STRUCT_S13_EN: PatternRuleSpec[] = [
  {
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: [
      'for life',
      'forever',
      'permanent',
      'rest of your life',
      'for good',
      'until you die',
      'for decades',
      'never',
      "won't ever",
      'irreversible',
      'irremovable',
      'deleting',
      'erasing',
      'lifetime',
      'only way',
      'removing',
      'score',
      'fico',
      'rating',
    ],
    patterns: en(
      String.raw`\b${CREDIT}\b${SPAN(80)}\b(?:it|this|that|the (?:mark|record|entry|default|debt|account|late payment|charge-?off|delinquency))(?:'s| is| will be)? (?:stays?|remains?|sits?|will (?:stay|remain|sit|be there|follow you)|follows? you|sticks? with you|there)\b(?: there| on (?:it|there|your (?:report|file|record)))?[ ,]*${FOREVER}`,
      String.raw`\b(?:never|won't ever|will never) (?:drops?|falls?|comes?|goes?|rolls?) (?:off|away)\b${GAP(30)}\b(?:report|file|record|credit)|\b(?:report|file|record|credit)\b${GAP(40)}\b(?:never|won't ever|will never) (?:drops?|falls?|comes?|goes?|rolls?) (?:off|away)\b|\bno (?:removing|deleting|erasing) it\b`,
      String.raw`\bpermanent (?:black )?(?:mark|flag|stain|note|notation|strike|blot|entry|record)\b${GAP(30)}\b(?:credit|report|file|bureaus?)\b|\b(?:credit|report|file)\b${GAP(30)}\bpermanent (?:black )?(?:mark|flag|stain|note|notation|strike|blot)\b|\b(?:the )?(?:mark|entry|record|flag|default)\b${GAP(12)}\b(?:is|will be) (?:irreversible|permanent|irremovable)\b|\blifetime (?:freeze|ban|flag|block|mark|hold) on your (?:credit|report|file|ssn|name)\b`,
      String.raw`\bon your (?:credit )?(?:record|report|file|history)\b[ ,]*${FOREVER}|\byour (?:credit|credit (?:report|file|record|history)|name)\b${GAP(20)}${FOREVER}|\b(?:black mark|mark|stain|flag|entry)\b${GAP(20)}\b(?:never|won't ever) (?:goes?|comes?|fades?|drops?) (?:away|off)\b`,
      String.raw`\b(?:experian|equifax|transunion|bureaus?|credit (?:report|file|record))\b${SPAN(80)}\b(?:can|will) never be (?:removed|deleted|erased|cleared|taken off)\b`,
      String.raw`\bthe only way to (?:keep|stop|prevent|avoid|block)\b${GAP(30)}\b(?:off|from|out of)\b${GAP(15)}\b${CREDIT}\b|\bthe only way to (?:stop|prevent|avoid) (?:the |a |this )?(?:negative |bad )?(?:report|reporting|mark|entry)\b`,
      String.raw`\b${SCORE}\b${GAP(30)}\b(?:drops?|falls?|goes|plummets?|crashes?|tanks?|sinks?|will (?:drop|fall|go|plummet|crash|tank|sink|be|hit)|becomes?|hits?|is going to (?:be|drop|fall|hit))\b(?: down| straight)*(?: to| by)? (?:3\d\d|zero|0|nothing|rock bottom|[1-9]\d\d points)\b`,
    ),
  },
  {
    // The small hours and a taunt about being awake: "You awake? Good. So are we."
    id: 'harassment.relentless_contact',
    lang: 'en',
    negatable: true,
    triggers: ['awake', 'still up', "you're up", 'ur up', 'are up', 'up?', 'sleep'],
    patterns: en(
      String.raw`\b(?:you|u|ya) (?:awake|up)\?${GAP(4)}\s*(?:good|great|perfect|same|so are we|we are too|we're up|neither can we|we never sleep|us too)\b|\b(?:still up|still awake|can't sleep|cannot sleep|trouble sleeping)\?${GAP(6)}\s*(?:good|great|perfect|same|so are we|we are too|we're up|neither can we|we never sleep|us too)\b|\bchecking (?:if |whether |that )?(?:you're|you are|ur|you) (?:awake|still up|asleep)\b|\bwe know (?:you're|you are|ur) (?:up|awake|still up)(?: right now| now| tonight)?(?=[.!?,]|$)`,
    ),
  },
  {
    // Calls or taunts by the clock in the small hours (10 PM to 5 AM): "Sent 11:48 PM: …".
    id: 'harassment.relentless_contact',
    lang: 'en',
    negatable: true,
    triggers: [...LATE_TRIGGERS, 'midnight', 'middle of the night'],
    patterns: en(
      String.raw`\b${LATE}${GAP(20)}[:.!?,-]?\s*(?:[^.!?\n]{0,20}[.!?]\s*)?${GAP(20)}\b(?:awake|still up|asleep|sleep|(?:we're|we are) (?:still )?(?:calling|up|here)|(?:we'll|we will|we're going to) (?:call|text|try|ring)|try again|text again|call again|can't hide|pick up)\b`,
      String.raw`\b(?:we(?:'ll| will| are going to|'re going to|'re gonna)? (?:call|text|ring|message|try|start|be calling|keep calling)|expect (?:a |our |more )?(?:calls?|texts?)|(?:calls?|texts?) (?:will )?(?:come|start|begin))\b${GAP(30)}\b(?:at|from|around|by|after|through|till|until) (?:${LATE})`,
    ),
  },
  {
    // Counts run on: "Called 9 times today, will call 9 more", "text 12 of 12 today".
    id: 'harassment.relentless_contact',
    lang: 'en',
    negatable: true,
    triggers: ['times', ...COUNT_TRIGGERS],
    patterns: en(
      String.raw`\b(?:called|texted|rang|phoned|messaged|tried|dialed|dialled) (?:you |your \w+ )?${MANY} times\b${GAP(40)}\b(?:today|tonight|this morning|this week|in a row|already|more|again|tomorrow|next week|every)\b|\b(?:will|we'll|gonna|going to) (?:call|text|ring|message|try) (?:you )?(?:\d+|another \d+|${MANY}) more(?: times)?\b|\b(?:call|text|message|attempt|voicemail) #?\d+ of \d+\b`,
    ),
  },
  {
    // Every line the person has, all the time: "Your cell, your home, your work. Every single day."
    id: 'harassment.relentless_contact',
    lang: 'en',
    negatable: true,
    triggers: [
      'every',
      'all day',
      'all night',
      'nonstop',
      'non-stop',
      'day and night',
      'around the clock',
      'no break',
      'until you',
    ],
    patterns: en(
      String.raw`\byour ${CHANNEL}\b${GAP(20)}\byour ${CHANNEL}\b${SPAN(50)}\b(?:every (?:single )?(?:day|night|hour|morning)|all day|all night|nonstop|non-stop|day and night|around the clock|no breaks?|until you (?:pay|answer|pick up))\b`,
      String.raw`\bcall your ${CHANNEL}\b${GAP(30)}\bevery (?:morning|night|day|hour)\b${SPAN(40)}\b(?:no breaks?|nonstop|non-stop|every (?:morning|night|day|hour))\b`,
    ),
  },
  {
    // New numbers after a block; calls every few minutes or all night.
    id: 'harassment.relentless_contact',
    lang: 'en',
    negatable: true,
    triggers: [
      'block',
      'minute',
      'mins',
      ' min',
      'on repeat',
      'back to back',
      'all night',
      'till morning',
      'until morning',
      'through the night',
    ],
    patterns: en(
      String.raw`\bblock(?:ed|ing)? (?:our|my|this|the) (?:number|calls?|texts?)\b${SPAN(40)}\b(?:plenty (?:more|of others)|more numbers|other numbers|new (?:number|one)|another (?:number|one)|different numbers?)\b`,
      String.raw`\b(?:call|calls|calling|text|texting|ring|ringing|message|messaging|dial|dialing|buzz|buzzing)\b${GAP(30)}\b(?:every (?:\d+|few|couple of|five|ten|fifteen|twenty|thirty) (?:minutes|mins|min)|on repeat|back to back|all night|till morning|until morning|through the night)\b`,
    ),
  },
];
