import { describe, expect, it } from 'vitest';
import { careText } from '../../../../src/language/offline/care/careNormalise.js';
import { conceptFeatures } from '../../../../src/language/offline/care/distressConcepts.js';

const of = (raw: string): string[] => conceptFeatures(careText(raw).text);

describe('word classes of the care scorer', () => {
  it.each([
    ['我被逼到没有退路了', 'k:TRAPPED'],
    ["cornered, there's no way out", 'k:TRAPPED'],
    ['每天都是煎熬', 'k:PAIN'],
    ['living is agony', 'k:PAIN'],
    ['我已经没有未来了', 'k:NOFUTURE'],
    ['there is no future for me', 'k:NOFUTURE'],
    ['实在撑不下去了', 'k:CANTGOON'],
    ["i can't keep going", 'k:CANTGOON'],
    ['上次吞药没死成', 'k:PAST'],
    ['i attempted before', 'k:PAST'],
    ['整个人都麻木了，像个空壳', 'k:DISSOC'],
    ['i feel numb and unreal', 'k:DISSOC'],
    ['真希望一觉不醒', 'k:WISH'],
    ['i wish i had never been born', 'k:WISH'],
  ])('reads %s as %s, a class shared by both languages', (text, feature) => {
    expect(of(text)).toContain(feature);
  });

  it('marks a class said after a negating word, so the scorer can weigh it apart', () => {
    expect(of("i'm not going to kill myself")).toContain('n:DEATH');
    expect(of('我不会自杀的')).toContain('n:DEATH');
    expect(of('i want to kill myself')).not.toContain('n:DEATH');
    // The negating word must come before the class and near it.
    expect(of('kill myself? not me')).not.toContain('n:DEATH');
  });

  it('does not read "miss you to death" (想死你们了) as a wish to die', () => {
    expect(of('真想死你们了，终于接通了')).not.toContain('k:WISH');
  });
});
