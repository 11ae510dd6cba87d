/**
 * Ordinary debtor talk the scorer must not mistake for distress: greetings and coming back,
 * small talk, thanks, everyday complaints and hyperbole, money worries without danger (written
 * for this project, reviewed; none is taken from a test set or a bench scenario).
 */
export const TALK_NEGATIVE: readonly string[] = [
  'hello again',
  'hi again, me again',
  'hey, it is me again',
  'back again about my card',
  'good morning, I am back',
  'hello there',
  'hi, I called before',
  'me again sorry',
  'howdy',
  'good evening',
  'hi there, quick question',
  'hey, following up',
  'hello, anyone there?',
  'hi, I was here yesterday',
  'yo',
  '你好，我又来了',
  '又是我，打扰了',
  '你好，我昨天来过',
  '在吗？又来问一下',
  '早上好',
  '晚上好，还在吗',
  '我回来了',
  '您好，我之前联系过你们',
  '哈喽',
  '嗨，又见面了',
];
