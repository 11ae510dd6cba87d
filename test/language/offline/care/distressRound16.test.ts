import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';
import { OTHERS_OR_PLAN } from '../../../../src/language/offline/care/rules/everyday/scorerContext.js';
import { HELD_OUT_S10_DISTRESS, HELD_OUT_S10_ORDINARY } from './heldOutSetS10.js';
import {
  OWN_S10B_EN_DISTRESS,
  OWN_S10B_EN_ORDINARY,
  OWN_S10B_ZH_DISTRESS,
  OWN_S10B_ZH_ORDINARY,
} from './ownSetS10b.js';

describe('round 16: distress by class (own set S10b, round S10 seen)', () => {
  it('recognises every distress phrasing of own set S10b (tuned on by class), with no alarm on its near misses', () => {
    const distress = [...OWN_S10B_ZH_DISTRESS, ...OWN_S10B_EN_DISTRESS];
    const ordinary = [...OWN_S10B_ZH_ORDINARY, ...OWN_S10B_EN_ORDINARY];
    expect(distress.filter((t) => !assessCare(t).distress)).toEqual([]);
    expect(ordinary.filter((t) => assessCare(t).distress)).toEqual([]);
  });

  it('keeps round S10 (seen, regression only) at 50/50 with no false alarm', () => {
    expect(HELD_OUT_S10_DISTRESS.filter((t) => !assessCare(t).distress)).toEqual([]);
    expect(HELD_OUT_S10_ORDINARY.filter((t) => assessCare(t).distress)).toEqual([]);
  });

  it('reads the everyday twins of each class as ordinary', () => {
    for (const t of [
      '过几天发了工资就还上，你们就不用打了',
      '以后这张卡用不着了，我换了新卡',
      'won\u2019t need the card anymore, thanks, I switched banks',
      'we are doing our wills with a lawyer: if I die does the card debt pass to my kids?',
      'I tried once before to set up autopay and it didn\u2019t work, this time I will get it right',
      '切菜又划了手，明天再去还款',
      "won't need the card anymore, thanks for the help",
      "thanks! won't need this card anymore once the new one arrives",
      "tried once before to pay by phone and it didn't work, this time i won't mess it up",
      "my son said if he can't pay he'll make it all go away for good by selling the car",
      'left the card details for my wife so she can cancel it after i move out',
      'honestly asking: if I die does my family have to pay this?',
      '我走了以后这张卡你们找我老婆就行，我出差三个月',
    ])
      expect(assessCare(t).distress, t).toBe(false);
  });

  it('still hears distress that mentions the news, the words read at the usual rules', () => {
    expect(OTHERS_OR_PLAN.test('saw on the news someone took their own life')).toBe(true);
    expect(assessCare('看了新闻说有人跳楼了，我也不想活了，药都准备好了').distress).toBe(true);
  });
});
