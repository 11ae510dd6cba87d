import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';
import { mixedReadings } from '../../../../src/language/offline/care/codeSwitch.js';
import { careText } from '../../../../src/language/offline/care/careNormalise.js';
import { CS_DISTRESS, CS_HARDSHIP, CS_ORDINARY } from './codeSwitch.js';

const readingsOf = (raw: string): string[] => mixedReadings(careText(raw).text);

describe('mixed Chinese and English messages', () => {
  it('are read once more in each language, and a message in one script is not', () => {
    expect(readingsOf('I want to 死')).toContain('i want to die');
    expect(readingsOf('我真的不想live了')).toContain('我真的不想活了');
    expect(readingsOf('我想死')).toEqual([]);
    expect(readingsOf('I want to die')).toEqual([]);
  });

  it('gloss everyday idioms as what they mean, not as words of dying', () => {
    expect(readingsOf('这个bill要我命了哈哈').join(' ')).not.toMatch(/die|死/);
    expect(readingsOf('我真的dying to知道这个费用是多少').join(' ')).toContain('很想');
  });

  it('leave English with one Chinese word unglossed into Chinese', () => {
    // "I want to 死 my hair red, I mean dye": the Chinese reading would lose the explanation.
    expect(readingsOf('I want to 死 my hair red 哈哈 typo, I mean dye')).toHaveLength(1);
  });

  it('get the crisis reply when they speak of ending a life (own set, tuned on)', () => {
    const caught = CS_DISTRESS.filter((t) => assessCare(t).distress);
    console.log(`code-switched distress (own, tuned on): ${caught.length}/${CS_DISTRESS.length}`);
    expect(caught.length).toBe(CS_DISTRESS.length);
    expect(assessCare('I want to 死').distress).toBe(true);
  });

  it('are read as hardship when they tell of one (own set, tuned on)', () => {
    const read = CS_HARDSHIP.filter((t) => assessCare(t).hardship !== undefined);
    const alarms = CS_HARDSHIP.filter((t) => assessCare(t).distress);
    console.log(`code-switched hardship (own, tuned on): ${read.length}/${CS_HARDSHIP.length}`);
    expect(read.length).toBe(CS_HARDSHIP.length);
    expect(alarms).toEqual([]);
    expect(assessCare('我妈妈 has dementia, I quit my job to look after her').hardship).toBe('caring');
  });

  it('raise at most one alarm on ordinary and near-miss messages (own set, tuned on)', () => {
    const alarms = CS_ORDINARY.filter((t) => assessCare(t).distress);
    console.log(`code-switched false alarms (own, tuned on): ${alarms.length}/${CS_ORDINARY.length}`);
    // The one alarm: "我想去die Fahrt... 开玩笑" reads as "我想去死…开玩笑", distress in Chinese too.
    expect(alarms.length).toBeLessThanOrEqual(1);
  });
});

describe('hostile mixed input', () => {
  it('reads a 10,000-character mixed message at its beginning and end and still hears it', () => {
    const long = `${'我这个月 bill 很多, '.repeat(700)} I just want to 死 tonight`;
    expect(assessCare(long).distress).toBe(true);
  });

  it('takes a message of nothing but glossed words without a verdict of distress', () => {
    expect(assessCare('我 i my 我的 想 want to '.repeat(300)).distress).toBe(false);
  });
});
