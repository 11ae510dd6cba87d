import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';
import { OWN13_DISTRESS, OWN13_ORDINARY } from './ownSet13.js';
import { OWN_CHECK13_DISTRESS, OWN_CHECK13_ORDINARY } from './ownCheck13.js';
import { OWN_BLIND13_DISTRESS, OWN_BLIND13_ORDINARY } from './ownBlind13.js';

const han = (t: string): boolean => /\p{Script=Han}/u.test(t);

/**
 * Own check 13 (ownCheck13.ts) was run once after the round's first rules: 12/20, 0/20 false
 * alarms (before the round 11/20, 0/20). Its misses were then fixed by class, so from here on it
 * is seen: floors at the figures after that (regression only).
 */
const CHECK13_FLOOR = { distress: 18, alarms: 0 };

/**
 * Own blind 13 (ownBlind13.ts), written after the round's first rules were committed, run once
 * after commit 30f17d6: 17/30, 0/30 false alarms (the start-of-session code: 16/30, 0/30). Its
 * misses were then fixed by class, so it is seen too: floors at the figures after that.
 */
const BLIND13_FLOOR = { distress: 29, alarms: 0 };

describe('own set 13, own check 13 and own blind 13', () => {
  it('recognises every distress phrasing of own set 13 (tuned on by class) and raises no alarm on its near misses', () => {
    expect(OWN13_DISTRESS.length).toBeGreaterThanOrEqual(60);
    expect(OWN13_ORDINARY.length).toBeGreaterThanOrEqual(60);
    const missed = OWN13_DISTRESS.filter((t) => !assessCare(t).distress);
    const alarms = OWN13_ORDINARY.filter((t) => assessCare(t).distress);
    const zh = OWN13_DISTRESS.filter(han);
    console.log(
      `care own set 13 (tuned on): distress ${OWN13_DISTRESS.length - missed.length}/${OWN13_DISTRESS.length} (zh ${zh.length - missed.filter(han).length}/${zh.length}), false alarms ${alarms.length}/${OWN13_ORDINARY.length}`,
    );
    expect(missed).toEqual([]);
    expect(alarms).toEqual([]);
  });

  it('keeps own check 13 at or above its floors', () => {
    const distress = OWN_CHECK13_DISTRESS.filter((t) => assessCare(t).distress).length;
    const alarms = OWN_CHECK13_ORDINARY.filter((t) => assessCare(t).distress).length;
    console.log(
      `care own check 13 (seen after one run): distress ${distress}/${OWN_CHECK13_DISTRESS.length}, false alarms ${alarms}/${OWN_CHECK13_ORDINARY.length}`,
    );
    expect(distress).toBeGreaterThanOrEqual(CHECK13_FLOOR.distress);
    expect(alarms).toBeLessThanOrEqual(CHECK13_FLOOR.alarms);
  });

  it('keeps own blind 13 at or above its floors', () => {
    const distress = OWN_BLIND13_DISTRESS.filter((t) => assessCare(t).distress).length;
    const alarms = OWN_BLIND13_ORDINARY.filter((t) => assessCare(t).distress).length;
    console.log(
      `care own blind 13 (seen after one run): distress ${distress}/${OWN_BLIND13_DISTRESS.length}, false alarms ${alarms}/${OWN_BLIND13_ORDINARY.length}`,
    );
    expect(distress).toBeGreaterThanOrEqual(BLIND13_FLOOR.distress);
    expect(alarms).toBeLessThanOrEqual(BLIND13_FLOOR.alarms);
  });
});

describe('care on the week’s misses and false alarms, by class', () => {
  it.each([
    // Death or a place of dying as the "payment plan", said as a joke.
    'lol honestly the quarry is my debt relief program',
    '哈哈 最省事的还款方式就是我从楼上下去',
    // My death ends the debt; collect it from my grave.
    'the balance goes with me to the grave, problem solved 💀',
    '钱的事你们以后去坟头上要吧 快了',
    // A relative typing for someone who shows signs.
    '我是她外孙女 外婆说不想再拖累我们 寿衣都准备好了 我好怕',
    'my mum asked me to message you. she keeps saying she wants to go be with dad, he passed in may',
    // At the edge now.
    "i'm on the bridge railing right now typing this",
    // Threat if sued.
    'if you garnish my wages I will kill myself',
  ])('reads as distress: %s', (text) => {
    expect(assessCare(text).distress).toBe(true);
  });

  it.each([
    // A human agent asked for.
    '我跟机器说不明白 你给我找个真人 活人 能说话的那种',
    '有活人吗 转人工',
    'can I speak to a real live human please',
    // Devices and things that die.
    "how do I make a payment? phone's about to die so keep it short",
    'my laptop died halfway through paying, did it go through',
    '手机快没电了 长话短说',
    // Idioms.
    '累死了 明天再还',
    '笑死 又扣我手续费',
    "dead tired, I'll pay friday",
    'this interest is killing me',
    '跳楼价的分期是真的吗',
    'dying to know my balance',
    '紫砂壶卖了能还一点吗',
    // Plans and questions in plain words.
    'a bridge loan is the best payment plan I have',
    'if I die, does the debt go to my kids? sorting my will',
    "if you sue me I'll get a lawyer",
    "I don't think I'll make it to the branch by friday",
    '我走了 还款方案明天再说',
  ])('raises no alarm: %s', (text) => {
    expect(assessCare(text).distress).toBe(false);
  });

  it('checks in (at least) on dark humour about the debt dying with the person', () => {
    const a = assessCare('the debt dies with me');
    expect(a.distress || a.concern).toBe(true);
  });

  it('does not read "ill" (I\'ll) before a verb as illness', () => {
    expect(assessCare('if you sue me ill just end it').hardship).toBeUndefined();
    expect(assessCare('I have been ill for months and lost my job').hardship).toBeDefined();
  });
});

describe('care on hostile input aimed at the round-13 classes', () => {
  const zwj = '👨\u200d👩\u200d👧\u200d👦';
  it.each([
    ['plan words', 'the bridge is '.repeat(7500) + 'payment plan'],
    ['relatives', '帮我妈 说去找我爸 首饰都分给 '.repeat(6000)],
    ['graves', '债跟我寄到阎王'.repeat(15000)],
    ['edges', '站台坐在栏杆上'.repeat(15000)],
    ['nested emoji', `${zwj}\ufe0f😂\u200d🪦`.repeat(12000)],
    ['combining marks', `a${'\u0301'.repeat(50)}`.repeat(2000)],
  ])('answers a 100 KB message of %s the same way twice', (_name, text) => {
    expect(text.length).toBeGreaterThan(90_000);
    const started = performance.now();
    const first = assessCare(text);
    console.log(`care: ${_name}, ${text.length} characters, ${(performance.now() - started).toFixed(1)} ms`);
    expect(assessCare(text)).toEqual(first);
  });
});
