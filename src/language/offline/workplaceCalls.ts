/**
 * A request not to be called at work (conv19b): "以后别往我单位打电话了 同事都知道了", "别再打我公司电话了",
 * "不要再打到我单位去了", "dont call my job again", "quit ringing my office pls". Narrower than a stop:
 * the workplace is not to be called; the answer keeps the reassurance that colleagues are never told
 * and confirms the restriction. Read on the normalised (lower-case) text.
 */
const WORKPLACE_ZH = '(?:单位|公司|厂里|工厂|办公室|店里|上班的地方|工作的地方|领导|老板|同事)';
const NO_CALLS_ZH = new RegExp(
  `(?:别|不要|不许|不准|甭|不用|请勿|勿)(?:再|在)?(?:往|给|向|朝|打)?(?:我的?|我们)?${WORKPLACE_ZH}(?:的)?(?:座机|电话)?(?:再)?(?:打(?:电话)?|来电话?|打来|联系|找)|(?:别|不要|不许|不准|甭|请勿|勿)(?:再|在)?打(?:电话)?(?:到|去|给)?(?:我的?)?${WORKPLACE_ZH}|${WORKPLACE_ZH}(?:的)?电话(?:也)?(?:别|不要|不许|甭)(?:再)?打`,
);
const WORKPLACE_EN =
  '(?:my |the )?(?:work|job|workplace|office|employer|boss|work ?place|work number|work phone|place of work)';
const NO_CALLS_EN = new RegExp(
  `\\b(?:don'?t|dont|do not|never|stop|quit|no more)(?: ever)?(?: again)? (?:call(?:ing|s)?|ring(?:ing)?|phon(?:e|ing)|contact(?:ing)?|reach(?:ing)? out to)(?: me)? (?:at |to )?${WORKPLACE_EN}\\b|\\b(?:don'?t|dont|do not|never|stop|quit|no more) (?:call(?:ing|s)?|ring(?:ing)?) (?:to )?${WORKPLACE_EN}\\b`,
);

/**
 * True when the message asks that the workplace not be called.
 *
 *   asksNoWorkplaceCalls('以后别往我单位打电话了 同事都知道了 丢人') // true
 *   asksNoWorkplaceCalls('quit ringing my office pls') // true
 *   asksNoWorkplaceCalls('你们会不会给我单位打电话') // false (a question, answered as one)
 */
export function asksNoWorkplaceCalls(norm: string): boolean {
  return NO_CALLS_ZH.test(norm) || NO_CALLS_EN.test(norm);
}
