import { describe, expect, it } from 'vitest';
import { DEMO_PEOPLE, verifiedChat } from '../support/chat.js';
import { appPerTest } from '../support/testApp.js';

/**
 * Round 14 (blind14-zh-dispute-03), by class: a dispute about one transaction (date, amount,
 * merchant) whose alibi names a hospital, a sick relative or lost work is a dispute, recorded with
 * collection paused, not a hardship. Written before the change, measured once before and after.
 */
const fresh = appPerTest();

describe('a disputed transaction with a hardship word in the alibi is a dispute', () => {
  it.each([
    [
      'zh',
      '11月27号晚上有一笔2399的 叫什么极光数码旗舰店 我根本没买过 那天晚上我在医院陪床 卡一直在我身上 这笔我不认',
    ],
    ['zh', '10月3号那笔1580元的消费不是我刷的，那几天我在医院照顾我妈，卡就没离过身'],
    ['zh', '上个月15号有笔899的网购我没买过 我那阵子住院呢 手机都没碰'],
    ['zh', '账单里9月8号那笔3200块的不是我消费的 我爸生病我一直在老家照顾他'],
    ['zh', '12月2号星辰电器那笔1999元我不认 我刚失业在家 哪有钱买这个'],
    [
      'en',
      "there's a $249.99 charge from SKYLINE ELECTRONICS on nov 22 that isn't mine, I was in the hospital with my mom that whole week",
    ],
    [
      'en',
      "I didn't make the $89 purchase at QuickMart on the 3rd, I was caring for my sick dad in another state",
    ],
    [
      'en',
      'that $1,200 charge on October 5th at BestBuy is not mine. I was in hospital after surgery and my card was with me',
    ],
    [
      'en',
      "I never authorized the $430 charge from Zeta Travel on the 14th, I lost my job last month and haven't bought anything",
    ],
  ] as const)('%s: "%s" is recorded as a dispute and collection pauses', async (lang, text) => {
    const { app } = fresh;
    const { chat } = await verifiedChat(app, lang);
    await chat.say(text);
    const [dispute] = await app.stores.disputes.listFor(DEMO_PEOPLE[lang].account);
    expect(dispute?.text).toBe(text);
    const after = await chat.say(lang === 'en' ? 'ok I can do 300 a month' : '那我每个月还2000吧');
    expect(after).toMatch(/paused|暂停/);
  });

  it.each([
    ['zh', '我在医院陪床 这个月实在还不上'],
    ['en', "I've been in the hospital with my mom, I can't pay this month"],
  ] as const)('%s: "%s" with no disputed charge stays a hardship (no dispute)', async (lang, text) => {
    const { app } = fresh;
    const { chat } = await verifiedChat(app, lang);
    await chat.say(text);
    expect(await app.stores.disputes.listFor(DEMO_PEOPLE[lang].account)).toEqual([]);
  });
});
