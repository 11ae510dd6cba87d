/**
 * HELD-OUT round 2: written after round 1 was opened, before the rules were extended from round 1's
 * misses. Its first (blind) run, on the detector before that extension: distress recall 8/24,
 * 0/10 false alarms. The extension used round 1 only and no phrase from this set, but this set had
 * been seen by then; no rule, phrase or threshold was fitted to it.
 */
export const HELD_OUT2_DISTRESS: readonly string[] = [
  '我真的熬不过这个冬天了',
  '孩子以后就拜托你们了，我撑不住了',
  '这辈子就这样吧，我不想再拖下去了',
  '我准备今晚把药都吃了',
  '活一天算一天，哪天不在了也无所谓',
  '钱我是还不上了，命给你们行不行',
  '我站在江边，想了很久',
  '没脸活在这个世界上了',
  '我已经跟家里人告别了',
  '真想一觉睡过去再也不醒',
  '每天都在想死的事情',
  '人活着太难了，我放弃了',
  "i've decided tonight is the night",
  'i keep thinking about how to kill myself',
  "i'm giving away my things, won't need them",
  "there's no reason for me to be here anymore",
  'i just want everything to stop for good',
  "i don't think i'll be alive by the due date",
  "they'll get the insurance money when i'm gone",
  'i feel like the world would be better without me in it',
  "i'm so tired of fighting, i want to give up on everything",
  "i've been looking up ways to die",
  "i'm standing on the bridge right now",
  'goodbye. thanks for nothing',
];

export const HELD_OUT2_ORDINARY: readonly string[] = [
  '今天真是累死我了，明天再说',
  '你们的利息真是要人命',
  '我想放弃这个分期，改成一次性还',
  'i give up trying to log in to your app',
  'goodbye, talk tomorrow',
  "i'm so tired of these texts, just tell me the amount",
  'my grandma passed away, can i get more time',
  '我要去江边散步了，晚点回复',
  'i will be gone on vacation until the 15th',
  'this fee is killing my budget',
];
