import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/language/offline/normalise.js';
import { othersAsked } from '../../../src/language/offline/othersAsked.js';

describe('othersAsked: a third party asks whether their workplace or others are called or told (conv15)', () => {
  it.each([
    '你们会不会打到我们公司来啊',
    '你们不会打电话到我们单位吧',
    '你们会告诉她领导吗',
    '会不会通知他家里人',
    'are you guys gonna call our office about this?',
    'will you tell his boss or something',
    'you gonna call his work?',
    'will his wife find out',
  ])('reads %s as the question', (t) => expect(othersAsked(normalise(t))).toBe(true));

  it.each([
    '我是他同事 他手机落我这了 你们一直发消息 什么事啊',
    'hey im Mike, i work with John. he left his phone at the office and its been blowing up',
    'does he owe u guys money or smth',
    '我是他老婆 他欠了多少',
  ])('leaves %s alone', (t) => expect(othersAsked(normalise(t))).toBe(false));
});
