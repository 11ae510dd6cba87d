import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Chat, DEMO_SECRETS } from '../support/chat.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});
afterEach(async () => {
  await app.close();
});

/** One step: what the person writes, what the reply must contain, and what it must not. */
type Step = [say: string, expects: RegExp, never?: RegExp];

const ZH_ID = '我身份证后四位是1234';
const EN_ID = 'my id ends 4321';

/** Conversations as people write them; each starts verified unless it says otherwise. */
const CONVERSATIONS: { name: string; user: 'demo-zh' | 'demo-en'; verify?: boolean; steps: Step[] }[] = [
  {
    name: 'zh: how to pay, then back to the open question',
    user: 'demo-zh',
    steps: [
      [
        '我到底怎么还钱啊？有没有什么渠道',
        /手机银行[\s\S]*网点柜台[\s\S]*您打算怎么处理/,
        /每个月大约能还多少/,
      ],
    ],
  },
  {
    name: 'zh: how to pay, keep it short: one channel and the warning, no question after it',
    user: 'demo-zh',
    steps: [
      ['长话短说 钱咋还', /简单来说[\s\S]*手机银行[\s\S]*不要向任何个人账户转账/, /网点柜台|您打算怎么处理/],
    ],
  },
  {
    name: 'zh: keep it short before verification: the full answer, and verification is still asked',
    user: 'demo-zh',
    verify: false,
    steps: [
      ['你好', /后四位/],
      ['长话短说 怎么还款', /手机银行[\s\S]*网点柜台[\s\S]*个人账户[\s\S]*后四位/],
    ],
  },
  {
    name: 'zh: family, lawsuit, credit record and missed instalment, each answered truthfully',
    user: 'demo-zh',
    steps: [
      ['你们会不会打电话给我家里人', /不会向您的家人/, /违约金/],
      ['会被起诉吗', /依法采取措施/, /坐牢|逮捕/],
      ['这个会上征信吗', /征信[\s\S]*5年/],
      ['万一以后有一期没还上怎么办', /某一期没能按时还款/],
      ['客服电话多少', /400-000-0000/],
      ['利息怎么算的', /万分之五[\s\S]*185\.19/],
    ],
  },
  {
    name: 'zh: why the amount; a number inside a question is not a budget',
    user: 'demo-zh',
    steps: [['为什么是12345？我以为只欠一万', /12,345\.67[\s\S]*利息/, /方案1|每月可还/]],
  },
  {
    name: 'zh: pay it all by a date within the horizon becomes a recorded promise',
    user: 'demo-zh',
    steps: [
      ['我下周五一次性全部还清', /一次性还清[\s\S]*12,345\.67[\s\S]*确认/, /最低还款额/],
      ['确认', /已为您登记[\s\S]*12月4日[\s\S]*12,345\.67/],
      ['下一期什么时候还', /承诺于2026年12月4日前还款/],
    ],
  },
  {
    name: 'zh: a date past the horizon is said to be too far, with what is possible',
    user: 'demo-zh',
    steps: [['我发工资是下个月25号，到时候一次性还清', /最晚只能安排到2026年12月12日[\s\S]*方案1/]],
  },
  {
    name: 'zh: a down payment now and the rest over 6 instalments, confirmed exactly',
    user: 'demo-zh',
    steps: [
      ['我先还5000，剩下的分6期', /请您确认[\s\S]*首期 5,000\.00 元/],
      ['刚才的方案再说一遍', /请您确认[\s\S]*首期 5,000\.00 元/],
      ['确认', /计划编号/],
    ],
  },
  {
    name: 'zh: an explicit number of instalments, then changed mid-way',
    user: 'demo-zh',
    steps: [
      ['分6期吧', /分6期/],
      ['算了还是分12期', /分12期/],
    ],
  },
  {
    name: 'zh: consequences when asked, only briefly the second time',
    user: 'demo-zh',
    steps: [
      ['不还会怎么样', /违约金[\s\S]*征信/],
      ['不还到底会怎么样', /简单来说/],
    ],
  },
  {
    name: 'zh: questions before verification get general answers and the verification question',
    user: 'demo-zh',
    verify: false,
    steps: [
      ['你好', /后四位/],
      ['你们会联系我单位吗', /不会向您的家人[\s\S]*后四位/],
      ['怎么还款', /手机银行[\s\S]*后四位/],
    ],
  },
  {
    name: 'en: how to pay and a number to call',
    user: 'demo-en',
    steps: [
      [
        'How do I actually pay? Is there a number to call?',
        /mobile banking app[\s\S]*How would you like to handle it/i,
      ],
      ['is there a phone number', /400-000-0000/],
    ],
  },
  {
    name: 'en: how to pay, keep it short: one channel and the warning, no question after it',
    user: 'demo-en',
    steps: [
      [
        'quick q, how do i pay',
        /short version[\s\S]*mobile banking app[\s\S]*never into a personal account/i,
        /branch|How would you like to handle it/i,
      ],
    ],
  },
  {
    name: 'en: amount inside a question is not a budget',
    user: 'demo-en',
    steps: [
      ['why is it 3210? I thought I owed 2 grand', /3,210\.00[\s\S]*interest/, /Option 1|a month you said/],
    ],
  },
  {
    name: 'en: employer, lawsuit, credit, missed payment',
    user: 'demo-en',
    steps: [
      ['will you call my employer??', /never discuss your account with your family, employer/],
      ['are you going to sue me', /lawful steps/, /jail|arrest/],
      ['will this wreck my credit score', /credit bureau[\s\S]*5 years/],
      ['what happens if I miss a payment', /If you miss an instalment/],
    ],
  },
  {
    name: "en: I'll pay it all on payday (within the horizon) is the full balance, never the minimum",
    user: 'demo-en',
    steps: [
      ["I'll pay it all off next friday", /Pay in full[\s\S]*3,210\.00/i, /minimum/i],
      ['yes', /3,210\.00 by[\s\S]*reference R-/],
    ],
  },
  {
    name: 'en: a lump sum now and the rest in instalments',
    user: 'demo-en',
    steps: [['I can pay 1000 now and the rest over 6 months', /first \$1,000\.00|\$1,000\.00/]],
  },
  {
    name: 'en: make it 6 months',
    user: 'demo-en',
    steps: [['make it 6 months', /6 (?:monthly )?(?:payments|instalments|months)/i]],
  },
];

describe('questions answered first and every payment shape, as people write them', () => {
  for (const c of CONVERSATIONS) {
    it(c.name, async () => {
      const chat = new Chat(app, c.user);
      if (c.verify !== false) {
        await chat.say(c.user === 'demo-zh' ? '你好' : 'hi');
        const summary = await chat.say(c.user === 'demo-zh' ? ZH_ID : EN_ID);
        expect(summary).toMatch(
          c.user === 'demo-zh' ? /您打算怎么处理这笔欠款/ : /How would you like to handle it/,
        );
        expect(summary).not.toMatch(/lawful steps|依法采取措施/);
      }
      for (const [text, expects, never] of c.steps) {
        const reply = await chat.say(text);
        expect(reply, `${text} →\n${reply}`).toMatch(expects);
        if (never) expect(reply, `${text} →\n${reply}`).not.toMatch(never);
        if (c.verify === false) for (const s of DEMO_SECRETS[c.user] ?? []) expect(reply).not.toContain(s);
      }
    });
  }
});
