import { en, type PatternRuleSpec } from '../ruleTypes.js';
import { EN_GAP_NO_HEDGE, EN_SPAN_NO_HEDGE } from '../shared/en.js';

/**
 * Harassment (English): relentless contact.
 */

/** Often enough to be harassment (Reg F §1006.14: 7 calls in 7 days). */
const FREQ =
  '(?:(?:several|multiple|many|a dozen|dozens of|(?:three|four|five|six|seven|eight|nine|ten|\\d+)) times (?:a|per|each) day|every single day|nonstop|non-stop|around the clock|day and night|night and day|24/7|at all hours|every (?:hour|half hour|few minutes|\\d+ minutes|(?:five|ten|fifteen|twenty|thirty) minutes|(?:couple|few) of hours)|relentlessly|endlessly|over and over)';
const CONTACT =
  '(?:calls?|calling|texts?|texting|messages?|messaging|emails?|emailing|voicemails?|ringing|phone calls?)';
const SMALL_HOURS = String.raw`(?:[1-5](?::\d\d)? ?(?:am|a\.m\.)|midnight)`;
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
// Late at night by the clock: 10 and 11 PM, midnight to 5 AM.
const LATE = String.raw`(?:1[01](?::[0-5]\d)? ?p\.?m\.?|12:[0-5]\d ?a\.?m\.?|0?[1-5]:[0-5]\d ?a\.?m\.?|[1-5] ?a\.?m\.?|midnight|the middle of the night)`;
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
const CHANNEL = String.raw`(?:cell|mobile|home|work|office|job|landline|work line|home line|house)`;

export const HARASSMENT_RELENTLESS_CONTACT_EN: PatternRuleSpec[] = [
  {
    id: 'harassment.relentless_contact',
    lang: 'en',
    negatable: true,
    triggers: [
      'every hour',
      'every day',
      'every night',
      'every minute',
      'every single',
      'day and night',
      'night and day',
      'all day',
      'all night',
      'around the clock',
      '24/7',
      'nonstop',
      'non-stop',
      'constantly',
      'repeatedly',
      'over and over',
      'all hours',
      'middle of the night',
      'at night',
      'until',
      'till',
      'noon',
      'morning and night',
      'day out',
      'all the time',
      'stop calling',
      'stop texting',
      'stop contacting',
      'stop messaging',
      'stop chasing',
      'keep calling',
      'keep texting',
      'keep contacting',
      'keep messaging',
      'keep hounding',
      'blow up',
      'flood',
      'bombard',
      'spam',
      'leave you alone',
    ],
    patterns: en(
      `\\b(?:call|text|message|contact|ring|phone|email|hound|bother|chase|harass)(?:ing)?\\s+you\\s+(?:every (?:hour|day|night|minute|single day)|day and night|night and day|all day(?: and night)?|all night|around the clock|24/7|nonstop|non-stop|constantly|repeatedly|over and over|at all hours|in the middle of the night|at night|until you pay|till you pay|until (?:you|this is) (?:settle|pay|paid)|morning,? noon,? and night|morning and night|day in,? day out|all the time)`,
      `\\b(?:call|calls|calling|text|texts|texting|message|messages|contact|ring|ringing)\\b[^.!?\\n]{0,40}\\b(?:until|till) (?:we get paid|you pay|you've paid|you answer|you pick up|you respond|it's paid|this is paid)\\b`,
      `\\b(?:won't|will not|never) stop (?:calling|texting|contacting|messaging|chasing)\\b|\\bkeep (?:calling|texting|contacting|messaging|hounding) you\\b|\\bblow up your phone\\b`,
      `\\b(?:flood|bombard|spam) (?:you|your (?:phone|inbox))\\b|\\bnever leave you alone\\b|\\b(?:expect|you'll get|you will get) (?:calls|messages|texts) (?:day and night|every hour|around the clock|all day)`,
    ),
  },
  {
    id: 'harassment.relentless_contact',
    lang: 'en',
    negatable: true,
    triggers: [
      'keep calling',
      'keep ringing',
      'keep texting',
      'keep contacting',
      'keep messaging',
      'keep hounding',
    ],
    patterns: en(
      `\\bkeep (?:calling|ringing|texting|contacting|messaging|hounding)\\b[^.!?\\n]{0,30}\\b(?:until|till)\\b`,
    ),
  },
  {
    id: 'harassment.relentless_contact',
    lang: 'en',
    negatable: true,
    triggers: ['call', 'text', 'message', 'email', 'ring', 'phon', 'contact', 'hound', 'chas'],
    patterns: en(
      `\\b(?:call|calling|calls|text|texting|texts|message|messaging|email|emailing|ring|ringing|phone|phoning|contact|contacting|hound|hounding|chase|chasing)\\s+you\\b[^.!?\\n]{0,50}\\b${FREQ}`,
      `\\b(?:expect|you'll get|you will get|you're going to get|get ready for|brace for|brace yourself for)\\b[^.!?\\n]{0,20}\\b${CONTACT}\\b[^.!?\\n]{0,60}\\b${FREQ}`,
    ),
  },
  {
    id: 'harassment.relentless_contact',
    lang: 'en',
    negatable: true,
    triggers: ['block'],
    patterns: en(
      `\\bblock (?:us|me|our number)\\b[^.!?]{0,40}\\b(?:numbers|(?:another|other|new|different) (?:number|phone|line))\\b`,
    ),
  },
  {
    id: 'harassment.relentless_contact',
    lang: 'en',
    negatable: true,
    triggers: ['minutes'],
    patterns: en(`\\bevery (?:\\d+|few|five|ten|fifteen|twenty|thirty) minutes\\b`),
  },
  {
    id: 'harassment.relentless_contact',
    lang: 'en',
    negatable: true,
    triggers: ['keep calling', 'keep texting', 'keep ringing', 'numbers', 'blocking'],
    patterns: en(
      `\\b(?:just |will |we'll )?keep (?:calling|texting|ringing)\\b|\\b(?:call|calling|ring|ringing|text|texting) (?:you )?from (?:different|new|other|twenty|\\d+) (?:different )?numbers\\b|\\b(?:don't bother|no point|good luck|have fun) blocking\\b`,
    ),
  },
  {
    id: 'harassment.relentless_contact',
    lang: 'en',
    negatable: true,
    triggers: [
      '1am',
      '2am',
      '3am',
      '4am',
      '5am',
      '0am',
      '1 am',
      '2 am',
      '3 am',
      '4 am',
      '5 am',
      '0 am',
      'a.m.',
      'midnight',
    ],
    patterns: en(
      String.raw`\b(?:text|call|ring|message|buzz|wake|phone)\w*\b[^.!?]{0,25}\b(?:at|around|by|until|till) ${SMALL_HOURS}(?!\w)`,
      String.raw`\b(?:it's|its|it is) ${SMALL_HOURS}(?!\w)[^.!?]{0,30}\b(?:remind\w*|owe|pay|still)\b`,
    ),
  },
  {
    id: 'harassment.relentless_contact',
    lang: 'en',
    negatable: true,
    triggers: ['blow up your', 'blowing up your', 'blow your phone', 'blowing your phone'],
    patterns: en(
      String.raw`\bblow(?:ing)? (?:up your (?:phone|inbox|line|cell|mobile)|your (?:phone|cell|mobile) up)\b`,
    ),
  },
  {
    // Calls and texts counted and run on: "call #30 today… and tomorrow", "all week, all month".
    id: 'harassment.relentless_contact',
    lang: 'en',
    triggers: [
      '#',
      'number',
      'no.',
      ' of today',
      ' of the day',
      ' of tonight',
      'and again',
      'and then',
      'and at',
      'and in the',
      'and tomorrow',
      'and tonight',
      'and dawn',
      'and lunch',
      'and midnight',
      'and the day after',
      'and the next day',
      'and morning',
      'all day',
      'all night',
      'all week',
      'all weekend',
      'all month',
      'all morning',
      'all afternoon',
      'all evening',
      'dialer',
      'autodial',
      'loop',
      'rotation',
      'repeat',
    ],
    patterns: en(
      String.raw`\b(?:call|text|message|voicemail|attempt|ring|dial|try)s? ?(?:(?:#|no\. ?|number )(?:[1-9]\d|[5-9])|(?:[1-9]\d|[5-9]) of (?:today|the day|tonight))\b[^\n]{0,120}?\b(?:keep (?:going|calling|texting|ringing|dialing|at it|this going)|and (?:the day after|tomorrow|again)|more (?:tomorrow|tonight|the day after|coming)|(?:#|number )?\d+ (?:is |are )?(?:coming|next|in \d+|on (?:its|the) way|lined up|queued)|lined up|queued|the next one|(?:don't|never|won't) (?:get tired|stop|quit)|till|until)\b`,
      String.raw`\b(?:call|calls|calling|ring|text|texts|texting|dial|dialing|phone)\b[^\n]{0,60}?(?:\band (?:again |then )?(?:at |in the )?(?:tomorrow|tonight|dawn|lunch|midnight|the day after|the next day|morning|again)\b[^\n]{0,20}?){2}`,
      String.raw`\b(?:call|calls|calling|ring|text|texts|texting|dial|dialing)\b[^\n]{0,60}?\b(?:all (?:day|night|week|weekend|month|morning|afternoon|evening)\b[^\n]{0,12}?){2}`,
      String.raw`\b(?:have you|put you|got you|you're|you are) on (?:a |the )?(?:loop|rotation|repeat|auto-?dial(?:er)?)\b`,
      String.raw`\b(?:auto-?dialer|robo-?dialer|dialer|autodial\w*)\b[^.!?\n]{0,60}\b(?:back to back|nonstop|non-stop|until|till|around the clock|all day|all night)\b`,
    ),
  },
  {
    // The small hours and a taunt about being awake: "You awake? Good. So are we."
    id: 'harassment.relentless_contact',
    lang: 'en',
    negatable: true,
    triggers: ['awake', 'still up', "you're up", 'ur up', 'are up', 'up?', 'sleep'],
    patterns: en(
      String.raw`\b(?:you|u|ya) (?:awake|up)\?${EN_GAP_NO_HEDGE(4)}\s*(?:good|great|perfect|same|so are we|we are too|we're up|neither can we|we never sleep|us too)\b|\b(?:still up|still awake|can't sleep|cannot sleep|trouble sleeping)\?${EN_GAP_NO_HEDGE(6)}\s*(?:good|great|perfect|same|so are we|we are too|we're up|neither can we|we never sleep|us too)\b|\bchecking (?:if |whether |that )?(?:you're|you are|ur|you) (?:awake|still up|asleep)\b|\bwe know (?:you're|you are|ur) (?:up|awake|still up)(?: right now| now| tonight)?(?=[.!?,]|$)`,
    ),
  },
  {
    // Calls or taunts by the clock in the small hours (10 PM to 5 AM): "Sent 11:48 PM: …".
    id: 'harassment.relentless_contact',
    lang: 'en',
    negatable: true,
    triggers: [...LATE_TRIGGERS, 'midnight', 'middle of the night'],
    patterns: en(
      String.raw`\b${LATE}${EN_GAP_NO_HEDGE(20)}[:.!?,-]?\s*(?:[^.!?\n]{0,20}[.!?]\s*)?${EN_GAP_NO_HEDGE(20)}\b(?:awake|still up|asleep|sleep|(?:we're|we are) (?:still )?(?:calling|up|here)|(?:we'll|we will|we're going to) (?:call|text|try|ring)|try again|text again|call again|can't hide|pick up)\b`,
      String.raw`\b(?:we(?:'ll| will| are going to|'re going to|'re gonna)? (?:call|text|ring|message|try|start|be calling|keep calling)|expect (?:a |our |more )?(?:calls?|texts?)|(?:calls?|texts?) (?:will )?(?:come|start|begin))\b${EN_GAP_NO_HEDGE(30)}\b(?:at|from|around|by|after|through|till|until) (?:${LATE})`,
    ),
  },
  {
    // Counts run on: "Called 9 times today, will call 9 more", "text 12 of 12 today".
    id: 'harassment.relentless_contact',
    lang: 'en',
    negatable: true,
    triggers: ['times', ...COUNT_TRIGGERS],
    patterns: en(
      String.raw`\b(?:called|texted|rang|phoned|messaged|tried|dialed|dialled) (?:you |your \w+ )?${MANY} times\b${EN_GAP_NO_HEDGE(40)}\b(?:today|tonight|this morning|this week|in a row|already|more|again|tomorrow|next week|every)\b|\b(?:will|we'll|gonna|going to) (?:call|text|ring|message|try) (?:you )?(?:\d+|another \d+|${MANY}) more(?: times)?\b|\b(?:call|text|message|attempt|voicemail) #?\d+ of \d+\b`,
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
      String.raw`\byour ${CHANNEL}\b${EN_GAP_NO_HEDGE(20)}\byour ${CHANNEL}\b${EN_SPAN_NO_HEDGE(50)}\b(?:every (?:single )?(?:day|night|hour|morning)|all day|all night|nonstop|non-stop|day and night|around the clock|no breaks?|until you (?:pay|answer|pick up))\b`,
      String.raw`\bcall your ${CHANNEL}\b${EN_GAP_NO_HEDGE(30)}\bevery (?:morning|night|day|hour)\b${EN_SPAN_NO_HEDGE(40)}\b(?:no breaks?|nonstop|non-stop|every (?:morning|night|day|hour))\b`,
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
      String.raw`\bblock(?:ed|ing)? (?:our|my|this|the) (?:number|calls?|texts?)\b${EN_SPAN_NO_HEDGE(40)}\b(?:plenty (?:more|of others)|more numbers|other numbers|new (?:number|one)|another (?:number|one)|different numbers?)\b`,
      String.raw`\b(?:call|calls|calling|text|texting|ring|ringing|message|messaging|dial|dialing|buzz|buzzing)\b${EN_GAP_NO_HEDGE(30)}\b(?:every (?:\d+|few|couple of|five|ten|fifteen|twenty|thirty) (?:minutes|mins|min)|on repeat|back to back|all night|till morning|until morning|through the night)\b`,
    ),
  },
];
