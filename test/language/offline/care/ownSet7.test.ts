import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';
import { OWN7_DISTRESS, OWN7_ORDINARY } from './ownSet7.js';

/**
 * Own set, round 7 (OWN and TUNED ON: see ownSet7.ts). Before the round's changes the detector
 * caught 51/133 with 11/130 false alarms; the floor sits at today's figure so that a regression
 * shows. Its eight misses say nothing a stranger could read as distress without the conversation
 * around them ("don't bother calling on monday", "衣服都叠好了，屋子也收拾干净了").
 */
const OWN7_FLOOR = 125;

describe('care detectors on the own set of round 7', () => {
  it('recognise the distress phrasings by class, with no alarm on the hard negatives', () => {
    expect(OWN7_DISTRESS.length).toBeGreaterThanOrEqual(120);
    expect(OWN7_ORDINARY.length).toBeGreaterThanOrEqual(120);
    const missed = OWN7_DISTRESS.filter((t) => !assessCare(t).distress);
    const alarms = OWN7_ORDINARY.filter((t) => assessCare(t).distress);
    const checkIns = OWN7_ORDINARY.filter((t) => assessCare(t).concern);
    console.log(
      `care own set round 7 (own, tuned on): distress ${OWN7_DISTRESS.length - missed.length}/${OWN7_DISTRESS.length}, false alarms ${alarms.length}/${OWN7_ORDINARY.length}, check-ins on hard negatives ${checkIns.length}/${OWN7_ORDINARY.length}\n  missed: ${missed.join(' | ')}`,
    );
    expect(OWN7_DISTRESS.length - missed.length).toBeGreaterThanOrEqual(OWN7_FLOOR);
    expect(alarms).toEqual([]);
  });

  it.each([
    ['医生给我开了安眠药，睡眠不好', false],
    ['医生给我开了安眠药，我攒了一个月', true],
    ['邻居家老人喝农药被救回来了', false],
    ['我昨晚喝了农药', true],
    ['冬天烧炭取暖要注意通风', false],
    ['我在屋里烧炭', true],
    ['我想一了百了地把这笔债还清', false],
    ['还不清就一了百了', true],
    ['my brother died of an overdose last year', false],
    ['i took an overdose last night', true],
    ['no, i have no thoughts of ending my life', false],
    ["no, i don't want to hurt myself", false],
    ['i want to hurt myself', true],
    ["i won't be here next week, i'm moving to ohio", false],
    ["i won't be here for the next payment", true],
  ] as const)('tells a method or an ending from its ordinary use: %s → %s', (text, expected) => {
    expect(assessCare(text).distress).toBe(expected);
  });
});
