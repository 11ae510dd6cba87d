import type { DistressRule } from './distressRule.js';

/**
 * Warning signs said sideways, by class (suicide-prevention guidance: a wish not to wake, a
 * method imagined in daily life, final arrangements, "you won't reach me again", joining someone
 * who died). Written from the classes, not from one message; none of them can be negated away
 * ("I hope I just don't wake up" holds a "don't" that is part of the wish).
 */
const rule = (family: DistressRule['family'], pattern: RegExp): DistressRule => ({
  family,
  pattern,
  negatable: false,
});

const KIN_ZH =
  '(?:她|他|我(?:的)?)?(?:妈妈?|爸爸?|爸妈|父母|孩子|儿子|女儿|老婆|老公|奶奶|爷爷|外婆|外公|她|他)';

/** Money, payment or a date to pay in the message: "I won't need to worry after Friday, I get paid". */
const PAYING = /\b(?:pay|paid|paying|payday|payment|salary|paycheck|bonus|refund|settle|transfer|loan)\b/;

export const LATE_THEME_RULES: readonly DistressRule[] = [
  // A wish not to wake up.
  rule(
    'euphemism',
    /\b(?:hope|wish|pray)(?: that)? i (?:just |simply |would |could )?(?:don't|do not|never|won't|wouldn't|didn't) wake(?: up)?\b|\b(?:hope|wish)(?: that)? (?:i could )?(?:go to )?sleep (?:and|then) (?:not|never) wake\b/,
  ),
  // A method imagined in daily life: steering into a wall, a truck, off a bridge.
  rule(
    'method',
    /\b(?:think(?:ing)? about|thought about|want(?:ed)? to|wanna|going to|gonna|tempted to|could just|might just|urge to|imagine)(?: just)? (?:steer(?:ing)?|driv(?:e|ing)|swerv(?:e|ing)|crash(?:ing)?|veer(?:ing)?|run(?:ning)?) (?:my car |the car |it )?(?:into|off|in front of) (?:a |the |an )?(?:wall|tree|truck|lorry|bridge|pole|oncoming|cliff|river|lake|barrier|overpass|train|bus|traffic)\b/,
  ),
  // Farewell with an apology to those left ("goodbye. tell the bank I'm sorry").
  rule(
    'farewell',
    /\b(?:goodbye|bye|farewell)\b[^?]{0,40}\btell [^.?!]{0,20}\b(?:i'm|i am|that i'm) sorry\b|\b(?:i'm|i am) done\b[^?]{0,30}\btell [^.?!]{0,20}\b(?:i'm|i am) sorry\b/,
  ),
  // "I won't need to worry about any of this after this weekend", with no payment in view.
  rule(
    'indirect',
    /\b(?:won't|will not|wont) (?:need to|have to|be around to) (?:worry|deal|think) (?:about |with )?(?:any of )?(?:this|it|that|anything|the debt|the money)(?: anymore)? (?:after|by|past|come|beyond) (?:this|the|next|tonight|tomorrow|friday|saturday|sunday|monday)\b/,
  ),
  // Final arrangements in Chinese: a grave chosen, the debt left to a relative "after I'm gone".
  rule(
    'farewell',
    new RegExp(
      `(?:墓地|坟地|墓|骨灰盒|寿衣)[^。！？]{0,4}(?:看好|买好|选好|定好|准备好)|(?:等|要是|如果)?我(?:走了|不在了|没了)(?:以后|之后)?[^。！？]{0,8}(?:找|让|叫)${KIN_ZH}(?:去)?(?:要|还)`,
    ),
  ),
  // Joining someone who died ("干脆去陪她算了").
  rule(
    'euphemism',
    new RegExp(`(?:干脆|不如|索性)(?:就)?(?:去)?(?:陪|找)${KIN_ZH}|(?:去)?陪${KIN_ZH}(?:去)?算了`),
  ),
];

/** True when a match of the "won't need to worry after …" class is about paying, not dying. */
export function aboutPaying(text: string): boolean {
  return PAYING.test(text);
}
