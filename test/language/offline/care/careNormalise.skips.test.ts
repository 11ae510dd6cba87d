import { describe, expect, it } from 'vitest';
import { careText, EMOJI, EMOJI_START } from '../../../../src/language/offline/care/careNormalise.js';

describe('the care normaliser skips passes that cannot change the text', () => {
  it('starts every emoji alternative with a character the emoji gate looks for', () => {
    const alternatives = EMOJI.flatMap(([pattern]) => pattern.source.split('|'));
    expect(alternatives.filter((alt) => !EMOJI_START.test(alt.slice(0, 1)))).toEqual([]);
    expect(EMOJI.every(([pattern]) => !/[()[\]\\]/.test(pattern.source))).toBe(true);
  });

  it('still spells out emoji, straightens 著 and squeezes held letters', () => {
    expect(careText('🔪⚰️🪦 ok').text).toBe('knife coffin coffin ok');
    expect(careText('活著真的沒意思').text).toBe('活着真的没意思');
    expect(careText('noooo 不 想 活').compact).toBe('noo 不想活');
  });
});
