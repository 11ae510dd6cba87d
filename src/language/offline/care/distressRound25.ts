import type { ClassRule } from './distressRule.js';

/**
 * Rules by class, round 25: the one class of outside round S15 half b's misses, read by the lead
 * after that half's last blind measurement (a fitted rule: the half no longer measures it).
 * "I just want it to stop" said of everything — worn out by all of it, the children not talking,
 * the cards maxed — is the classic indirect wish to die, not a wish for quiet. The same words
 * about the calls, the texts or a noise ("i just want the calls to stop", "…it to stop ringing")
 * stay a complaint, and a joke or a film is not the writer's own.
 */
const STOP_ALL =
  /\b(?:i )?just want(?:ed)? (?:it|it all|everything|all of (?:it|this)|this|the pain|the hurting) to (?:stop|end|be over)\b(?! (?:ringing|buzzing|calling|texting|beeping))|只想(?:让)?(?:这一切|一切|这些)(?:都)?(?:停下来|结束|快点结束)/;
/** What "it" may be said of instead: the calls, the messages, a noise, a fee. */
const STOP_ERRAND =
  /电话|短信|催收|铃声|噪音|\b(?:calls?|calling|texts?|texting|messages?|emails?|letters?|voicemails?|ringing|phone|notifications?|noise|beeping|alarm|fees?|interest|charges?|robocalls?|harass\w*)\b|\b(?:lol|lmao|haha\w*|jk|movie|film|show|episode|series|song)\b/;
/** Worn out by everything, alone, or hopeless beside it. */
const STOP_NEEDS =
  /累了|好累|太累|受够|撑不|没人|不理我|不跟我说话|没意思|\b(?:tired of (?:everything|it all|all of it|life|this life|living)|cansad[ao] de todo|exhausted|worn out|done|can'?t (?:do this|go on|anymore|take (?:it|this))|no one|nobody|alone|don'?t talk to me|dont talk to me|not talking to me|won'?t talk to me|hopeless|pointless|what'?s the point|whats the point|maxed)\b/;

export const ROUND25: readonly ClassRule[] = [
  // "estoy cansada de todo… kids dont talk to me, i just want it to stop".
  {
    family: 'indirect',
    cue: /stop|end|over|停下来|结束/,
    pattern: STOP_ALL,
    needs: STOP_NEEDS,
    unless: STOP_ERRAND,
  },
];

/**
 * A phone or the calls asked to stop ("i just want it to stop ringing every morning", "want the
 * calls to stop"): the scorer alone read the first as distress (3.4 against the bar 2.8); without a
 * word of death or harm it must be twice as sure, as with going to bed said plainly.
 */
export const STOP_NOISE =
  /^(?![^]*(?:死|自杀|药|\b(?:die|dead|kill|suicid\w*|pills|end it|hurt myself|goodbye)\b))[^]*(?:\bwant (?:it|them|the (?:calls?|texts?|messages?|phone))(?: all)? to stop(?: (?:ringing|buzzing|calling|texting|beeping))?\b(?<=\b(?:calls?|texts?|messages?|phone)\b[^]{0,12}stop|stop (?:ringing|buzzing|calling|texting|beeping))|电话(?:别|不要)再?响)/;
