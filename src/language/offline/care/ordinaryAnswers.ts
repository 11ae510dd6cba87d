/**
 * Messages that are plainly an answer to a verification question, with a correction in them:
 * "1235 不对不对 是1234", "4231 no wait 4321", "不对，是1234", "sorry I mean 4321". Their words of
 * negation ("不对", "no", "wrong") read close to distress for the learned scorer, which knows
 * "不" and "no" mostly from "不想活" and "no reason to live"; here they only correct digits. Such a
 * message holds digits and nothing else but correction, courtesy and card words.
 *
 *   isDigitCorrection('1235 不对不对 是1234') // true
 *   isDigitCorrection('1234 不对 我不想活了') // false: something else is said
 */

const DIGITS =
  /\d{3,}|[零〇一二三四五六七八九幺两]{3,}|(?:\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b\W*){3,}/;

const ZH_WORDS =
  /不对|不是|错了|搞错|打错|输错|说错|写错|记错|看错|弄错|应该是|其实是|我是说|我的意思是|抱歉|对不起|不好意思|等等|等一下|稍等|改成|更正|重新|最后四位|后四位|末四位|尾号|卡号|号码|数字|那是|就是|才是|是|哦|噢|啊|呃|嗯|额|哎|诶|呀|吧|了|的|我|卡/g;

const EN_WORDS =
  /\b(?:no+|nope|not|wait|hold on|hang on|sorry|soz|i mean|i meant|meant|mean|actually|oops|whoops|my bad|wrong|typo|correction|make that|should be|it'?s|it is|is|was|that|this|the|last|four|4|digits?|numbers?|my|card|ends?|ending|in|with|oh|err?|um+|uh+|ok|okay|i|typed|entered|said|one|sec|second)\b/g;

/** True when the message is digits plus words that only correct or frame them. */
export function isDigitCorrection(text: string): boolean {
  const lower = text.toLowerCase();
  if (!DIGITS.test(lower)) return false;
  const rest = lower
    .replace(new RegExp(DIGITS.source, 'g'), ' ')
    .replace(/\d+/g, ' ')
    .replace(ZH_WORDS, ' ')
    .replace(EN_WORDS, ' ')
    .replace(/[\s\p{P}\p{S}]+/gu, '');
  return rest === '';
}
