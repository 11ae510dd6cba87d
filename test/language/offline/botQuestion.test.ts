import { describe, expect, it } from 'vitest';
import { asksIfBot } from '../../../src/language/offline/botQuestion.js';
import { normalise } from '../../../src/language/offline/normalise.js';
import { understandOffline } from '../../../src/language/offline/understandOffline.js';

const intent = (text: string) =>
  understandOffline(text, { now: new Date('2026-12-06T03:00:00Z'), timeZone: 'UTC' }).intent;

/** conv19: whether a person or a machine is writing, asked before the ID digits. */
describe('asking who is writing', () => {
  it.each([
    'is there an actual person on the other end of this?',
    'are you a live agent or is this automated',
    'hold on am i chatting w a bot rn',
    'r u even a person lol',
    'before i give u my info, is this a real agent or a bot?',
    'is this a person?',
    'wait is this a real human',
    'u human?',
    "who's this, a bot?",
    'is someone real replying',
    'talking to a human?',
    'wait are you an agent or a machine?',
    'is this a live chat or automated',
    '等等 你们这是人工还是自动的',
    '跟我聊天的是个机器人吧',
    '你们是不是用AI在回我消息',
    '请问你是人工客服还是智能客服',
    '你好 先问一下 现在是真人在跟我聊吗',
    '对面是人还是机器',
    '你们是真人客服吗',
    '现在是人工在回复吗',
    '是不是AI',
    '你到底是不是真人',
    '人工的还是机器的',
    '在跟真人聊吗',
  ])('"%s" asks whether it is a bot', (text) => {
    expect(asksIfBot(normalise(text))).toBe(true);
    expect(intent(text)).toBe('ask_if_bot');
  });

  it.each([
    'are you a bot? i want a real person',
    'is there an agent i can talk to',
    'agent please',
    'human pls',
    '有人吗 真人',
    '有真人吗',
    '我要转人工',
    '是机器人吗 我要找真人',
    '转人工',
    '人工客服',
  ])('"%s" asks for a person', (text) => {
    expect(intent(text)).toBe('request_human');
  });

  it.each(['are you people serious', 'is this the right amount', '这是什么费用'])(
    '"%s" is not about a bot',
    (text) => {
      expect(asksIfBot(normalise(text))).toBe(false);
    },
  );
});
