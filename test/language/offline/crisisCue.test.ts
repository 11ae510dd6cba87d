import { describe, expect, it } from 'vitest';
import { crisisCue } from '../../../src/language/offline/crisisCue.js';

/** conv19: what a second message of distress names, answered first. */
describe('crisisCue', () => {
  it.each([
    ['i mean it. i have a bottle of pills right here', 'means'],
    ['theres a rope in the garage', 'means'],
    ['im on the roof', 'means'],
    ['我是认真的 药都准备好了', 'means'],
    ['我在天台上', 'means'],
    ['im home alone and i keep thinking about killing myself', 'alone'],
    ['nobody is here with me', 'alone'],
    ['我现在一个人在家 脑子里一直想着自杀', 'alone'],
    ['身边没有人', 'alone'],
  ] as const)('"%s" names %s', (text, cue) => {
    expect(crisisCue(text)).toBe(cue);
  });

  it.each(['活着太累了', 'nobody would even notice if i was gone', 'i dont want to live anymore'])(
    '"%s" names neither',
    (text) => {
      expect(crisisCue(text)).toBeUndefined();
    },
  );
});
