import type { BlindKind } from './thirdPartyBlind.js';

/** Development cases for third-party recognition (issue 15 item 3): the rules were written from these. */
export const THIRD_PARTY_DEV: readonly { text: string; kind: BlindKind }[] = [
  // zh-CN: family, colleagues, friends writing for the holder
  { text: '我是他老婆，他住院了，欠了多少你跟我说就行', kind: 'relative' },
  { text: '你好，我是张伟同事，他手机放我这了', kind: 'relative' },
  { text: '我是他女儿，我爸不会用微信', kind: 'relative' },
  { text: '我替我老公问一下他欠多少', kind: 'relative' },
  { text: '我老公的信用卡怎么了', kind: 'relative' },
  { text: '你好，我是他哥，他让我问问', kind: 'relative' },
  { text: '这是我妈的手机，她不在', kind: 'relative' },
  { text: '他人在国外，我是他室友', kind: 'relative' },
  { text: '你说的张伟是我前夫，跟我没关系了', kind: 'relative' },
  { text: '我是他领导，他最近是不是欠钱了', kind: 'relative' },
  { text: '我爸不会用手机，我替他问问，他的卡怎么了', kind: 'relative' },
  { text: '我帮我弟问的，他欠了你们多少', kind: 'relative' },
  // zh-CN: not this number
  { text: '这号码我刚办的，不认识什么张伟', kind: 'not_this_number' },
  { text: '我这个手机号是新买的，你们找的人不是我', kind: 'not_this_number' },
  { text: '号码是运营商新分配给我的', kind: 'not_this_number' },
  { text: '你们找错人了吧，我不认识张伟', kind: 'not_this_number' },
  { text: '发错人了吧', kind: 'not_this_number' },
  { text: '这个微信号之前不是我的', kind: 'not_this_number' },
  // zh-CN: the holder has died
  { text: '他已经去世了', kind: 'deceased' },
  { text: '张伟半年前过世了', kind: 'deceased' },
  { text: '我们是他家属，他出车祸走了', kind: 'deceased' },
  { text: '我爸上个月走了，这是他的卡', kind: 'deceased' },
  { text: '机主已经不在了', kind: 'deceased' },
  // zh-CN: the holder (never a third party)
  { text: '我老婆生病了，我最近还不上', kind: 'holder' },
  { text: '我让我儿子帮我转账行吗', kind: 'holder' },
  { text: '我爸去世了，我现在真的没心思', kind: 'holder' },
  { text: '家里人不知道我欠钱，别告诉他们', kind: 'holder' },
  { text: '他们说我欠你们钱，是真的吗', kind: 'holder' },
  // en: family, colleagues, friends
  { text: "I'm his wife, he's in the hospital. just tell me what he owes", kind: 'relative' },
  { text: "hey this is John's coworker, he left his phone with me", kind: 'relative' },
  { text: "I'm his daughter, dad doesn't text", kind: 'relative' },
  { text: "my son's card, what's going on with it", kind: 'relative' },
  { text: "I'm asking for my husband, how much does he owe", kind: 'relative' },
  { text: "this is his mom, he's not home", kind: 'relative' },
  { text: "I'm his boss, is he in trouble?", kind: 'relative' },
  { text: "i'm his ex, we're not together anymore", kind: 'relative' },
  { text: "my dad doesn't do texting, I'm helping him out. what's going on with his card", kind: 'relative' },
  { text: 'does he owe you money or something?', kind: 'relative' },
  // en: not this number
  { text: "I just got this number, I don't know any John", kind: 'not_this_number' },
  { text: 'this is a new number, you have the wrong person', kind: 'not_this_number' },
  { text: 'wrong number mate', kind: 'not_this_number' },
  { text: 'who is John? never heard of him', kind: 'not_this_number' },
  { text: "got this number recently, keep getting someone else's messages", kind: 'not_this_number' },
  // en: the holder has died
  { text: 'John passed away last month', kind: 'deceased' },
  { text: 'my husband died in October, this was his phone', kind: 'deceased' },
  { text: "he's dead. stop messaging", kind: 'deceased' },
  { text: "I'm the executor of his estate", kind: 'deceased' },
  { text: "my dad's phone, he passed a few weeks ago", kind: 'deceased' },
  // en: the holder
  { text: 'my wife lost her job so money is tight', kind: 'holder' },
  { text: 'my mom passed away and I am struggling', kind: 'holder' },
  { text: 'my son will transfer the money tomorrow', kind: 'holder' },
  { text: "please don't tell my family", kind: 'holder' },
];
