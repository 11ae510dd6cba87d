import { describe, expect, it } from 'vitest';
import { understandOffline } from '../../../src/language/offline/index.js';
import { ctx } from './fixtures.js';

/**
 * Written before the fix (understand8): the plain distress patterns of intentPatterns.ts raised
 * the crisis reply even when the person denied the words about themself ("I'm not suicidal, just
 * broke"); the care detector's negation-aware verdict governs. A 'not' elsewhere in the message
 * ("I'm not okay, I want to die", "I'm not going to be around much longer") is no denial.
 */
const distress = (text: string): boolean => {
  const u = understandOffline(text, ctx);
  return u.intent === 'distress' || u.distress;
};

/** Denied about oneself: not the crisis reply (the care detector's check-in band still reads them). */
const DENIED = {
  en: [
    "I'm not suicidal, just broke",
    "don't worry, i'm not going to kill myself, i just can't pay this month",
    "I'm not hopeless, I just need more time",
    'i would never hurt myself, i just lost my job',
    "i'm not thinking of ending my life, i just need a plan",
    "I don't want to die, I want to sort this out",
    "i'm not in a hopeless situation, i start a new job next month",
    "I have no plans to take my own life, I'm just behind on bills",
    'not suicidal or anything, just stressed about money',
    'no, i am not going to end it all. i just need a payment plan',
    "i'm not at the point of wanting to die, just tired of the calls",
    "i'd never kill myself over a credit card, just give me time",
    "I won't kill myself over this, relax, I just want to talk about a plan",
    "I'm not feeling suicidal, just angry about the fees",
  ],
  zh: [
    '我没想不开 就是没钱',
    '我不会自杀的，就是现在真没钱',
    '放心我不会想不开，就是这个月还不上',
    '我不想死，我只是想把这事解决',
    '我没有轻生的念头，就是最近失业了',
    '我还没绝望，下个月找到工作就还',
    '别担心，我不会跳楼的，就是手头紧',
    '我从来没想过寻死，只是想分期',
    '没到走投无路的地步，能不能先缓一缓',
    '我又不是想不开，就是想问能不能少还点',
    '你们放心，我不会自杀，我会想办法还的',
    '我并不想死，就是压力大',
  ],
};

/** Distress although the message has a 'not' (or the words are themselves a negation). */
const DISTRESS_DESPITE_NOT = {
  en: [
    "I'm not going to be around much longer",
    "I don't want to live anymore",
    "I can't go on like this",
    "I'm not sure I want to live anymore",
    "not gonna lie, I've been thinking about killing myself",
    "I'm not okay, I want to die",
    'there is no reason to live',
    "it's not worth living like this",
    "I'm not suicidal... well maybe I am, I keep thinking about ending it all",
    "nobody would care if i wasn't here anymore",
    "I don't know why but I want to die",
    "I'm not lying when I say I want to die",
    "don't tell me to calm down i want to die",
    "I'm not kidding, I want to end my life",
  ],
  zh: [
    '我不想活了',
    '活不下去了',
    '我撑不下去了',
    '不是开玩笑，我真的想死',
    '我不想再醒来了',
    '不如死了算了',
    '没有人会在乎我是不是还活着',
    '我不是说说而已，我真的想自杀',
    '我不是不想还，是真的活不下去了',
    '我不想还了 我想死',
    '我没骗你，我真的想死',
    '我不想死，但是真的活不下去了',
  ],
};

describe('a denial about oneself is not the crisis reply', () => {
  it.each([...DENIED.en, ...DENIED.zh])('"%s"', (text) => {
    expect(distress(text)).toBe(false);
  });
});

describe("distress despite a 'not' is still distress", () => {
  it.each([...DISTRESS_DESPITE_NOT.en, ...DISTRESS_DESPITE_NOT.zh])('"%s"', (text) => {
    expect(distress(text)).toBe(true);
  });
});
