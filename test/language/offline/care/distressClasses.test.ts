import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';
import { OWN7_DISTRESS, OWN7_ORDINARY } from './ownSet7.js';
import { OWN_BLIND7_DISTRESS, OWN_BLIND7_ORDINARY } from './ownBlind7.js';

/**
 * Own set, round 7 (OWN and TUNED ON: see ownSet7.ts). Before the round's changes the detector
 * caught 51/133 with 11/130 false alarms; the floor sits at today's figure so that a regression
 * shows. Its eight misses say nothing a stranger could read as distress without the conversation
 * around them ("don't bother calling on monday", "衣服都叠好了，屋子也收拾干净了").
 */
const OWN7_FLOOR = 126;

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
    ['I feel like disappearing for good', true],
    ['how do i close the account for good', false],
    ['gonna walk into traffic', true],
    ['i walk into traffic court tomorrow', false],
    ['my dad has a carbon monoxide detector', false],
    ['我去楼顶吹吹风，最后一次', true],
    ['我去楼顶晒被子', false],
    ['i sharpened the knife for the turkey', false],
    ["i've updated my will last night because we bought a house", false],
    ['wrote letters to my kids for their birthday', false],
    ['不用找我，找我老婆，她管钱', false],
    ['我的路走到头了？不会的，我会想办法', false],
    ["i'll be gone by the time you call, i work nights", false],
    ['the only way this debt ends is with me paying it', false],
    ['我这辈子就是个笑话，该结束了', true],
    ['欠了一屁股债，我还有什么脸活下去', true],
    ['我想问下，人要是走了，这笔债是不是就一笔勾销了', true],
    ['我爸人走了，他的债是不是就一笔勾销了', false],
    ['机主已经不在了', false],
  ] as const)('tells a method or an ending from its ordinary use: %s → %s', (text, expected) => {
    expect(assessCare(text).distress).toBe(expected);
  });
});

describe('care detectors on the small own check of round 7 (blind at its one run: 14/30; opened since)', () => {
  it('keeps its figures and raises no alarm on its hard negatives', () => {
    const caught = OWN_BLIND7_DISTRESS.filter((t) => assessCare(t).distress);
    const alarms = OWN_BLIND7_ORDINARY.filter((t) => assessCare(t).distress);
    console.log(
      `care own check round 7 (blind first run 14/30, since opened): distress ${caught.length}/${OWN_BLIND7_DISTRESS.length}, false alarms ${alarms.length}/${OWN_BLIND7_ORDINARY.length}`,
    );
    expect(caught.length).toBeGreaterThanOrEqual(24);
    expect(alarms).toEqual([]);
  });
});

describe('words of ending said with a laugh', () => {
  it.each(['dying seems easier than dealing with your phone menu lol', '不想再睁眼看这个账单了哈哈'])(
    '"%s" is not the crisis reply, but the reply checks in',
    (text) => {
      const care = assessCare(text);
      expect(care.distress).toBe(false);
      expect(care.concern).toBe(true);
    },
  );
});

describe('going to a parent, and a partner who moved out', () => {
  it.each([
    ['我想去找我妈', false],
    ['想去找我妈了', false],
    ['我想去找我妈借点钱先还上', false],
    ['我妈走了三年了，我想去找我妈了', true],
    ['见我爸妈去了', false],
    ['我爸妈都走了，我见我爸妈去了', true],
    ['想早点去见我奶奶了', true],
    ['我想去陪我去世的妈妈', true],
    ['干脆去陪她算了', true],
  ] as const)('"%s" is distress only when the parent is known to have died: %s', (text, expected) => {
    expect(assessCare(text).distress).toBe(expected);
  });

  it('reads "想去找我妈了" as distress once the death of the mother was told earlier in the conversation', () => {
    expect(assessCare('想去找我妈了', { bereaved: true }).distress).toBe(true);
    // Without it, a gentle check-in (never nothing, never the crisis reply).
    const alone = assessCare('想去找我妈了');
    expect(alone.distress).toBe(false);
    expect(alone.concern).toBe(true);
  });

  it.each([
    ['老婆搬走了', 'divorce'],
    ['我老婆带着孩子走了', 'divorce'],
    ['老婆带着孩子回娘家了', 'divorce'],
    ['我老公去世了', 'bereavement'],
    ['我妈走了', 'bereavement'],
    ['我爸前年走了', 'bereavement'],
  ] as const)('"%s" is hardship of kind %s', (text, kind) => {
    expect(assessCare(text).hardship).toBe(kind);
  });
});
