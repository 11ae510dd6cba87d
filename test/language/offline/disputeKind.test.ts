import { describe, expect, it } from 'vitest';
import { asksDisputeStatus, disputeKindOf } from '../../../src/language/offline/disputeKind.js';

describe('asksDisputeStatus tells a question about an earlier dispute from a new one', () => {
  it.each([
    'any update on my dispute?',
    'has somebody looked at my dispute yet?',
    "what's the status of the dispute",
    '我昨天申诉的那个怎么样了',
    '我之前提的异议有结果了吗',
    '我的异议有人处理了吗',
    '那我的申诉现在有进展吗',
  ])('"%s" asks how it is going', (text) => {
    expect(asksDisputeStatus(text)).toBe(true);
  });

  it.each([
    'I want to dispute this',
    "this isn't my debt, I'm disputing it",
    'I dispute this charge, can you look at it?',
    '这笔钱不是我欠的，我要申诉',
    '我有异议',
  ])('"%s" raises one', (text) => {
    expect(asksDisputeStatus(text)).toBe(false);
  });

  it('reads a huge message in bounded time and finds no status question in noise', () => {
    expect(asksDisputeStatus('dispute '.repeat(50_000))).toBe(false);
  });
});

describe('disputeKindOf names the kind of each own10 dispute', () => {
  it.each([
    ['这张卡根本不是我办的！有人盗用了我的身份证', 'identity_theft'],
    ['I never applied for this card. somebody used my SSN', 'identity_theft'],
    ['before I pay anything send me a validation notice', 'validation_request'],
    ['10月3号有一笔2999元的消费，我根本没买过', 'transaction'],
  ] as const)('"%s" is %s', (text, kind) => {
    expect(disputeKindOf(text)).toBe(kind);
  });
});
