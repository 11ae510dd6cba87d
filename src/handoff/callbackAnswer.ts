/**
 * After the callback offer ("reply 确认 / Confirm for a callback, or leave a message here"),
 * the person's next message is either a yes to the callback or a message for the team.
 */
export type CallbackAnswer = 'callback' | 'message';

const YES = new Set([
  '确认',
  '确定',
  '是',
  '是的',
  '好',
  '好的',
  '需要',
  '要',
  '可以',
  '行',
  '回电',
  'confirm',
  'yes',
  'ok',
  'okay',
  'sure',
  'y',
]);
const NEGATION = /不|别|没|无需|\bno\b|\bnot\b|\bdon['’]?t\b/i;

/** "确认" or "yes please" → callback; anything longer or negated is a message they left. */
export function callbackAnswer(text: string): CallbackAnswer {
  if (NEGATION.test(text)) return 'message';
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[\s。.!！,，~～、"“”'‘’]+/g, ' ')
    .trim();
  if (t === '') return 'message';
  if (YES.has(t)) return 'callback';
  const words = t.split(' ');
  if (words.length <= 3 && words.some((w) => YES.has(w))) return 'callback';
  if (/请?(给我)?回电|打电话给我|call me( back)?/.test(t) && t.length <= 30) return 'callback';
  return 'message';
}
