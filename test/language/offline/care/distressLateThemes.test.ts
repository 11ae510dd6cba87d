import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';

describe('warning signs said sideways are distress', () => {
  it.each([
    "I hope I just don't wake up tomorrow",
    'honestly i wish i wouldnt wake up',
    'some nights I pray I never wake up',
    'sometimes when I drive I think about just steering into a wall',
    'i keep thinking about driving my car off the bridge',
    'sometimes I think about driving into the river',
    'tempted to swerve into oncoming traffic on the way home',
    'im done. goodbye. tell the bank im sorry',
    'bye. tell my wife I am sorry',
    "I won't need to worry about any of this after this weekend",
    "you won't have to deal with it past tomorrow",
    '墓地我都看好了，这钱等我走了你们找我儿子要吧',
    '寿衣都准备好了',
    '等我不在了，你们让我女儿还吧',
    '过几天你们就再也联系不上我了',
    '以后你们永远都找不着我了',
    '我妈走了以后我就一直在想，干脆去陪她算了',
    '不如去陪我奶奶',
    '欠這麼多錢，活著真的沒意思了',
  ])('"%s"', (t) => expect(assessCare(t).distress).toBe(true));
});

describe('the same words in ordinary talk are not', () => {
  it.each([
    "I won't need to worry about any of this after friday, I get paid thursday",
    "after this weekend I won't have to think about the payment, my bonus comes in",
    'I crashed into a tree last week and the car is wrecked',
    'ok bye, tell the agent thanks',
    '我换号了，以后联系不上我了',
    '墓地的钱还没还完',
    'i hope i wake up early enough to call you',
    'im done with this app, goodbye',
    '我明天去陪我妈看病',
    '去找我爸借钱还你们',
    '下午去见我外婆，晚点再聊',
  ])('"%s"', (t) => expect(assessCare(t).distress).toBe(false));
});
