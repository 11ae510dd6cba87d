import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';
import { CLASS_RULES_IN_ORDER, IDIOMS } from '../../../../src/language/offline/care/rules/index.js';

const SEVEN = new Set([
  'meansStashedLeaveFamily',
  'partnerThreatHiding',
  'bleedingNow',
  'edgeScene',
  'writtenForAfter',
  'apologyPassedOn',
  'deathOverTheDebt',
]);
const ROUND24 = CLASS_RULES_IN_ORDER.filter((r) => SEVEN.has(r.id));
const ROUND24_IDIOMS = IDIOMS.slice(-3);

describe('care round 24 (outside round S15 half a classes, new phrasings)', () => {
  it.each([
    // A means put away at hand, a relative to be left alone (a call to a relative is not a purchase for her).
    '敌敌畏已经买好了藏在抽屉里，你们不要再打电话给我爸了',
    'got the pesticide under the seat of my car. stop calling my wife',
    // Threatened by a partner over the debt, hiding.
    '我男朋友拿着刀说要跟我同归于尽，说都怪这笔网贷，我锁在卧室里',
    "my husband says he's going to kill me over the loans, i'm hiding at the neighbour's, help",
    // A cut bleeding now, told in fragments.
    '划了手腕 血流个不停 别打了',
    'cut my arm again tonight and the blood wont stop. sorry',
    // At the edge, told as a scene, with a reproach.
    '我在河边 天已经黑了 你们满意了吧',
    "i'm at the bridge. it's freezing. what more do you want",
    // Written to be read after the end.
    '等你们看到这条的时候，一切都无所谓了',
    "by the time someone reads this i'll already be gone",
    // An apology passed on, and done.
    '麻烦告诉我儿子对不起，我撑不下去了',
    "please tell my wife i'm sorry. goodbye",
    // Death preferred to the debt itself.
    '我宁可死也不想再还这些钱了',
    "honestly i'd rather be dead than deal with this debt",
  ])('reads %s as distress', (text) => {
    expect(assessCare(text).distress).toBe(true);
  });

  it.each([
    '老鼠药放在柜子高处，怕孩子够到，你们别打电话给我老婆',
    'bought weed killer for the yard, its in the trunk. please stop calling my dad, call me',
    '我老公知道了会杀了我的，能不能先还一半',
    'my wife is gonna kill me when she sees this bill lol',
    '切菜把手割了 血一直流 晚点再说',
    "nosebleed won't stop, on my way to urgent care, call me later",
    '在江边钓鱼 风好大 晚点回电话',
    'on the pier fishing, windy, phone at 10%, call tomorrow',
    '等你们看到这条消息时，钱已经转账过去了',
    "by the time you read this I'll have paid it, check tomorrow",
    '麻烦告诉我女儿，卡我已经还清了，对不起让她担心',
    "can you tell my son i'm sorry i missed his call, he'll pay the rest",
    '宁愿死也不想再听这个语音菜单，转人工',
    "i'd rather die than call your collections line again, can we do it here",
    // Leftover false alarms of earlier rounds.
    'cut myself in the kitchen chopping onions, can I pay friday',
    'how much tylenol can I give my toddler, she has a fever',
    "I'm a mechanic working in a closed garage all day, can I pay next week",
    "I'm a mechanic, I work in a closed garage with the engine running all day. can I pay late",
  ])('does not read %s as distress', (text) => {
    expect(assessCare(text).distress).toBe(false);
  });

  it('reads the idioms only where the everyday reason is said', () => {
    const [cut, garage, poison] = ROUND24_IDIOMS;
    expect(cut?.[1].test('i cut myself in the kitchen last night')).toBe(true);
    expect(cut?.[1].test('i cut myself again, deeper this time')).toBe(false);
    expect(garage?.[1].test("i'm a mechanic, the engine runs in a closed garage all day")).toBe(true);
    expect(garage?.[1].test('car running in the closed garage. just wanted someone to know')).toBe(false);
    expect(poison?.[1].test('老鼠药放高处了怕孩子拿到')).toBe(true);
    expect(poison?.[1].test('老鼠药放高处了 我不想活了')).toBe(false);
  });

  it('holds seven classes, each read only when its cue is said', () => {
    for (const rule of ROUND24) expect(rule.cue).toBeInstanceOf(RegExp);
    expect(ROUND24).toHaveLength(7);
  });
});
