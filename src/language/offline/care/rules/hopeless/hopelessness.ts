import type { ClassRule } from '../../distressRule.js';

/**
 * Hopelessness said of oneself: no tomorrow, game over, weary of everything, not alive by then,
 * no way out with a decision made, wanting it all to stop.
 */

/**
 * A wish for everything to stop (a fitted rule, written by the lead after a blind half's last
 * measurement: test/language/offline/care/rules/PROVENANCE.md). "I just want it to stop" said of everything — worn out by all of it, the children not talking,
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

export const HOPELESSNESS_RULES: readonly ClassRule[] = [
  // No tomorrow said of oneself (not "spending like there's no tomorrow").
  {
    id: 'noTomorrow',
    family: 'hopeless',
    cue: /tomorrow|next (?:year|month)|明天/,
    pattern:
      /\b(?:there(?:'s| is) )?no (?:tomorrow|next year|next month) for me\b|我(?:已经|早就)?没有明天了/,
  },
  // Said plainly in few words: game over for me; the note, bare; going to water or a height and not back.
  {
    id: 'gameOverFewWords',
    family: 'hopeless',
    cue: /game over|note|letter|coming back|be back|insurance/,
    pattern:
      /\b(?:it'?s |its )?game over for me\b|^(?:my|the) (?:note|letter)s? (?:is|are) (?:on|in|under|by) (?:the |my )?\w+[.!]*$|\b(?:going|heading|walking|driving|off) (?:to|into) the (?:bridge|river|lake|sea|ocean|tracks|woods|cliffs?|roof)\b[^.?!]{0,30}\b(?:not coming back|won'?t be (?:coming )?back|for good)\b|\b(?:life )?insurance\b[^.?!]{0,30}\b(?:paid up|in order|sorted|all set)\b[^?]{0,40}\b(?:will be (?:fine|ok|okay|taken care of|looked after))\b/,
    unless: /\b(?:car|phone|laptop|level|match|team|season|business|job|shop|store)\b/,
  },
  // Weariness with everything, said alone: "对一切都累了", "tired of everything".
  {
    id: 'wearyOfEverything',
    family: 'hopeless',
    cue: /累|tired|sick|done|exhausted|weary/,
    pattern:
      /^\s*(?:我)?(?:真的)?(?:对)?(?:什么|一切|所有(?:的)?(?:事|事情)?)(?:都|全都)(?:好)?累了?\s*$|^\s*(?:i'?m |im |i am )?(?:so |just |really )?(?:tired|sick|done|exhausted|weary) (?:of|with) (?:everything|it all|all of it|life|everyone and everything)\s*[.!]*\s*$/,
  },
  // "Won't be alive by then", said in passing: "i dont think i'll be alive by then so maybe doesnt
  // matter".
  {
    id: 'notAliveByThen',
    family: 'hopeless',
    cue: /alive|breathing/,
    pattern:
      /\b(?:(?:don'?t|dont|do not) think i'?ll|(?:won'?t|wont|will not)) be (?:alive|breathing|still alive) (?:by|at|for|when|then|anymore|any more)\b/,
    unless: /\b(?:queue|on hold|hold music|wait(?:ing)? time|bored|boredom)\b/,
  },
  // No way out, and a decision made with nothing named: "no way out … ive decided", "走投无路了…
  // 我已经决定了". A decision with its object (a plan, closing the card) is everyday.
  {
    id: 'noWayOutDecided',
    family: 'farewell',
    cue: /决定|想好了|决心|主意|decided|mind/,
    pattern:
      /(?:决定了|想好了|下定决心了|打定主意了)(?=[。！？，,.!\s]|$|别劝|不用劝)|\b(?:i'?ve|ive|i have|i) (?:decided|made up my mind|made my (?:mind up|decision|choice))(?: now)?(?=\s*(?:[.!…,;]|$))|\bmy mind(?:'s| is) made up\b|\bit'?s decided(?: now)?(?=\s*(?:[.!…,;]|$))/,
    needs:
      /走投无路|没有?出路|没希望了|没活路|撑不下去|熬不下去|绝望|别劝我?|活不下去|活着没意思|没有未来|\b(?:no way out|nothing left|trapped|hopeless|can'?t (?:see a way|see any way|go on|do this any ?more|take (?:it|this) any ?more|cope any ?more)|no (?:hope|future)|no point (?:anymore|any more|in (?:living|going on|trying))|done with (?:it all|everything|life)|talk me (?:round|out of it)|(?:don'?t|dont) try|goodbye|sorry everyone|lost everything)\b/,
    unless:
      /协商|分期|停息|挂账|还清|注销|借钱|还上|还款|销户|投诉|起诉|破产|先还|\b(?:pay(?:ing)? (?:it |this )?off|payment plan|switch\w*|clos(?:e|ing)|cancel\w*|bankrupt\w*|iva|debt relief|consolidat\w*|complain\w*|ombudsman|move banks)\b/,
  },
  // "estoy cansada de todo… kids dont talk to me, i just want it to stop".
  {
    id: 'wantItAllToStop',
    family: 'indirect',
    cue: /stop|end|over|停下来|结束/,
    pattern: STOP_ALL,
    needs: STOP_NEEDS,
    unless: STOP_ERRAND,
  },
];
