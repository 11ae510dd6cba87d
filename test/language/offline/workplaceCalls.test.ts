import { describe, expect, it } from 'vitest';
import {
  asksNoWorkplaceCalls,
  asksNoWorkplaceCallsFor,
} from '../../../src/language/offline/workplaceCalls.js';
import { asksIfBot } from '../../../src/language/offline/botQuestion.js';

describe('asksNoWorkplaceCalls (conv19b)', () => {
  it.each([
    '以后别往我单位打电话了 同事都知道了 丢人',
    '别再打我公司电话了 领导都问了',
    '不要再打到我单位去了 行不行',
    'dont call my job again please, my boss picked up last time',
    'quit ringing my office pls',
  ])('reads %s as no calls at work', (t) => expect(asksNoWorkplaceCalls(t)).toBe(true));

  it.each(['你们会不会给我单位打电话', '别给我发了', 'will you call my employer?', 'call me after work'])(
    'leaves %s alone',
    (t) => expect(asksNoWorkplaceCalls(t)).toBe(false),
  );
});

describe('asksNoWorkplaceCallsFor (conv15b)', () => {
  it.each([
    'please dont call his work',
    'can you stop calling her office pls',
    '别打到他单位去',
    '麻烦你们以后不要往她公司打电话了',
  ])('reads %s as a request for someone else', (t) => expect(asksNoWorkplaceCallsFor(t)).toBe(true));

  it.each([
    'dont call my job again',
    '以后别往我单位打电话了',
    'will you call his boss?',
    'he left his phone at work',
  ])('leaves %s alone', (t) => expect(asksNoWorkplaceCallsFor(t)).toBe(false));
});

describe('asksIfBot, short forms (conv19b)', () => {
  it.each([
    'who r u, a bot?',
    'wait what are you exactly',
    'u a bot?',
    '你是谁啊',
    '你係咪機械人啊',
    '机器人吗？',
  ])('reads %s as a bot question', (t) => expect(asksIfBot(t)).toBe(true));
  it.each(['what are you doing', 'what are you going to do about it', '我要找人工'])('leaves %s alone', (t) =>
    expect(asksIfBot(t)).toBe(false),
  );
});
