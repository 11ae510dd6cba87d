import { describe, expect, it } from 'vitest';
import { bareAcknowledgement } from '../../src/dialogs/hardshipNext.js';

describe('a bare acknowledgement after hardship', () => {
  it.each([
    '好的',
    '好',
    '嗯',
    '嗯嗯嗯',
    '行吧',
    '好吧。',
    '知道了',
    '明白',
    '收到～',
    '好的谢谢',
    '  ok  ',
    'OK!',
    'okay.',
    'fine',
    'alright then',
    'sure 👍',
    'k',
    'got it, thanks',
    '好的！！',
  ])('reads "%s" as an acknowledgement', (text) => {
    expect(bareAcknowledgement(text)).toBe(true);
  });

  it.each([
    '好的，每月500',
    '行，我选第一个',
    '可以分期吗',
    'ok I can pay $50 a month',
    'fine, put me on the hardship plan',
    'okay but what happens if I do not pay',
    '嗯，我想转人工',
    '我妈住院了',
    '',
    '？',
    '好'.repeat(50),
  ])('does not read "%s" as a bare acknowledgement', (text) => {
    expect(bareAcknowledgement(text)).toBe(false);
  });
});
