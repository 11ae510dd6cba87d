/**
 * BLIND held-out set for third-party recognition (issue 15 item 3). Written before the rules were
 * extended and never used to write or tune them: the result is reported as measured, with a floor
 * below the first measurement. Do not add rules from its misses; write new development cases.
 *
 * `kind`: who is writing. `relative` (family, colleague, friend, anyone writing for the holder),
 * `not_this_number` (wrong number, a new owner of the number), `deceased` (the holder has died),
 * or `holder` (the holder themself: must NOT be read as a third party).
 */
export type BlindKind = 'relative' | 'not_this_number' | 'deceased' | 'holder';

export const THIRD_PARTY_BLIND: readonly { text: string; kind: BlindKind }[] = [
  // zh-CN
  { text: '我是他爱人，有什么事跟我说也一样', kind: 'relative' },
  { text: '李先生是我老板，他让我帮忙回一下', kind: 'relative' },
  { text: '喂？这是我儿子的号，他去外地打工了', kind: 'relative' },
  { text: '我姐的卡是不是出问题了', kind: 'relative' },
  { text: '你们找他干嘛，我是他媳妇', kind: 'relative' },
  { text: '这个号我上个月才换的，之前是谁的我不知道', kind: 'not_this_number' },
  { text: '打错了吧，这是我的新号', kind: 'not_this_number' },
  { text: '我不认识你们说的这个人', kind: 'not_this_number' },
  { text: '他今年三月份已经过世了', kind: 'deceased' },
  { text: '持卡人已经去世，我是他女儿', kind: 'deceased' },
  { text: '我老公走了两个月了，这是他的手机', kind: 'deceased' },
  { text: '我是本人，身份证后四位1234', kind: 'holder' },
  { text: '我老婆下岗了，家里现在很困难', kind: 'holder' },
  { text: '我妈去年去世了，我一直缓不过来', kind: 'holder' },
  { text: '我让我老公帮我还一部分可以吗', kind: 'holder' },
  // en
  { text: "hi, I'm Sarah, John's sister. he asked me to deal with this", kind: 'relative' },
  { text: 'this is his dad. what does my son owe you', kind: 'relative' },
  { text: "I work with him, he's on leave. can I help?", kind: 'relative' },
  { text: 'my girlfriend uses this phone sometimes, is this about her card?', kind: 'relative' },
  { text: "she's my mum, I handle her post and bills", kind: 'relative' },
  { text: "I've had this number for like 2 weeks, no idea who that is", kind: 'not_this_number' },
  { text: "you've got the wrong guy", kind: 'not_this_number' },
  { text: 'nobody called John lives here', kind: 'not_this_number' },
  { text: 'John died in September. I am his widow', kind: 'deceased' },
  { text: 'the account holder has passed away', kind: 'deceased' },
  { text: "he's no longer with us, he passed in the spring", kind: 'deceased' },
  { text: "yes it's me, John", kind: 'holder' },
  { text: 'my husband left me with all these bills', kind: 'holder' },
  { text: 'my dad passed away last month and money is tight', kind: 'holder' },
  { text: "I'll ask my brother to lend me the money", kind: 'holder' },
];
