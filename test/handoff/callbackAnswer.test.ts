import { describe, expect, it } from 'vitest';
import { callbackAnswer } from '../../src/handoff/index.js';

describe('the answer to the callback offer', () => {
  it.each(['确认', '确认。', '好的', '是的，请回电', 'Confirm', 'yes please', 'Please call me back'])(
    '"%s" asks for a callback',
    (text) => {
      expect(callbackAnswer(text)).toBe('callback');
    },
  );

  it.each(['不需要回电', '我这周五发工资后可以先还一部分', 'no thanks', "don't call me", ''])(
    '"%s" is a message left for the team',
    (text) => {
      expect(callbackAnswer(text)).toBe('message');
    },
  );
});
