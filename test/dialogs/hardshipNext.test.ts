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
    '嗯，好',
    '好的好的',
    '那好吧',
    '谢谢',
    'ok sure',
    'hmmmm ok',
    '👍',
    'kkkkk',
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
    'no',
    '不行',
    'ok but I am scared',
  ])('does not read "%s" as a bare acknowledgement', (text) => {
    expect(bareAcknowledgement(text)).toBe(false);
  });

  it('answers at once on a long run of letters that does not end as a word', () => {
    for (const text of [
      'k'.repeat(39) + 'x',
      'ok '.repeat(13) + 'x',
      '嗯'.repeat(39) + '吗',
      'k k '.repeat(9) + 'kx',
    ]) {
      expect(bareAcknowledgement(text)).toBe(false);
    }
  });
});
