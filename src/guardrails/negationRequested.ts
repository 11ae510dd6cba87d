import type { Lang } from './rules/ruleTypes.js';
import { stopsSentence } from './negation.js';

/*
 * The person asked for it: a visit, a call or a contact the person booked, chose or asked for is
 * theirs, not the collector's pressure (a rule's `requestable` reading, excuse.ts).
 */

// A visit the person books or asks for: "如需上门办理请提前预约", "a manager can visit you by appointment".
const ZH_REQUESTED =
  /(?:您|你)(?:不希望|不想|不愿意?|拒绝|不同意)[^。!?\n]{0,16}(?:已(?:经)?(?:备注|记录|登记)|今后只|以后只|会尊重)|约定(?:的)?(?:地点|时间)|(?:您|你)(?:也|随时)?(?:可以|有权)拒绝|预约|如需|如(?:您|你)需要|如果?(?:您|你)选择|应(?:您|你)的?(?:要求|申请|邀请)|行动不便/;
const EN_REQUESTED =
  /\byou (?:can|may) (?:refuse|decline|say no)\b|\b(?:by appointment|at your request|on request|per your request|as (?:you )?requested|as you asked|if you(?:'d)? (?:like|prefer|wish|ask)|you(?:'ve| have)? (?:asked|requested|booked|scheduled))\b|\bmobility\b|\b(?:at|on) a (?:time|date|day) (?:you choose|of your choosing|that suits you|convenient (?:to|for) you)\b/;

/** Whether the sentence around a match says the person asked for or booked it. */
export function isRequested(text: string, at: number, end: number, lang: Lang): boolean {
  const zh = lang === 'zh';
  let s = at;
  // "as per your request, our representative Mr. Anil Kumar will come…": a title's full stop
  // ends no sentence (guarden26).
  while (s > 0 && at - s < 100 && (!stopsSentence(text.charCodeAt(s - 1), zh) || titleStop(text, s - 1, zh)))
    s--;
  let e = end;
  while (e < text.length && e - end < 60 && !stopsSentence(text.charCodeAt(e), zh)) e++;
  const sentence = text.slice(s, e);
  return lang === 'zh' ? ZH_REQUESTED.test(sentence) : EN_REQUESTED.test(sentence);
}

/** The full stop of "Mr.", "Mrs.", "Ms.", "Dr." at `dot`: an abbreviation, not a sentence's end. */
function titleStop(text: string, dot: number, zh: boolean): boolean {
  return (
    !zh && text.charCodeAt(dot) === 0x2e && /\b(?:mr|mrs|ms|dr)$/.test(text.slice(Math.max(0, dot - 4), dot))
  );
}
