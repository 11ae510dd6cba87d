/**
 * A request not to be called at work (conv19b): "以后别往我单位打电话了 同事都知道了", "别再打我公司电话了",
 * "不要再打到我单位去了", "dont call my job again", "quit ringing my office pls". Narrower than a stop:
 * the workplace is not to be called; the answer keeps the reassurance that colleagues are never told
 * and confirms the restriction. Read on the normalised (lower-case) text.
 */
const WORKPLACE_ZH = '(?:单位|公司|厂里|工厂|办公室|店里|上班的地方|工作的地方|领导|老板|同事)';
const noCallsZh = (whose: string): RegExp =>
  new RegExp(
    `(?:别|不要|不许|不准|甭|不用|请勿|勿)(?:再|在)?(?:往|给|向|朝|打)?${whose}${WORKPLACE_ZH}(?:的)?(?:座机|电话)?(?:再)?(?:打(?:电话)?|来电话?|打来|联系|找)|(?:别|不要|不许|不准|甭|请勿|勿)(?:再|在)?打(?:电话)?(?:到|去|给)?${whose}${WORKPLACE_ZH}|${whose}${WORKPLACE_ZH}(?:的)?电话(?:也)?(?:别|不要|不许|甭)(?:再)?打`,
  );
const NO_CALLS_ZH = noCallsZh('(?:我的?|我们)?');
/** Someone else's workplace ("别打到他单位去", "不要往她公司打电话"). */
const OTHERS_NO_CALLS_ZH = noCallsZh('(?:他|她|他们|她们)的?');
const PLACE_EN =
  '(?:work|job|workplace|office|employer|boss|work ?place|work number|work phone|place of work)';
const noCallsEn = (whose: string, whom: string): RegExp => {
  const place = `${whose}${PLACE_EN}`;
  return new RegExp(
    `\\b(?:don'?t|dont|do not|never|stop|quit|no more)(?: ever)?(?: again)? (?:call(?:ing|s)?|ring(?:ing)?|phon(?:e|ing)|contact(?:ing)?|reach(?:ing)? out to)(?: ${whom})? (?:at |to )?${place}\\b|\\b(?:don'?t|dont|do not|never|stop|quit|no more) (?:call(?:ing|s)?|ring(?:ing)?) (?:to )?${place}\\b`,
  );
};
const NO_CALLS_EN = noCallsEn('(?:my |the )?', 'me');
/** Someone else's workplace ("please dont call his work", "stop calling her office"). */
const OTHERS_NO_CALLS_EN = noCallsEn('(?:his |her |their )', '(?:him|her|them)');

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

/**
 * True when someone asks that another person's workplace not be called (conv15b): a third party's
 * request, answered but never recorded as the holder's restriction.
 *
 *   asksNoWorkplaceCallsFor('please dont call his work') // true
 *   asksNoWorkplaceCallsFor('别打到他单位去') // true
 *   asksNoWorkplaceCallsFor('dont call my work') // false (the person's own workplace)
 */
export function asksNoWorkplaceCallsFor(norm: string): boolean {
  return OTHERS_NO_CALLS_ZH.test(norm) || OTHERS_NO_CALLS_EN.test(norm);
}
