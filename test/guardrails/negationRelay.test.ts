import { describe, expect, it } from 'vitest';
import { check, type GuardContext } from '../../src/guardrails/index.js';
import { isBareCallback, isReviewOnly, namesSuitAsOption } from '../../src/guardrails/negationRelay.js';
import { normalise } from '../../src/guardrails/normalise.js';

/**
 * The bank's lawful relay, waiver and court wording read as such (guard14, policy 2026.12.11), in
 * phrasings written for this test, none from the outside round or from check-s14.
 */
function at(text: string, word: string): [string, number, number] {
  const n = normalise(text).text;
  const i = n.indexOf(word);
  return [n, i, i + word.length];
}

const ZH: GuardContext = { locale: 'zh-CN', verified: true };
const EN: GuardContext = { locale: 'en', verified: true };
const ZH_OTHER: GuardContext = { locale: 'zh-CN', verified: false };
const EN_OTHER: GuardContext = { locale: 'en', verified: false };

describe('isBareCallback', () => {
  it('reads a relay that asks only for a call back on the bank’s number', () => {
    expect(isBareCallback(...at('您好，这里是长江银行，麻烦您请他有空回电95599，谢谢。', '请他'), 'zh')).toBe(
      true,
    );
    expect(
      isBareCallback(
        ...at('Would you ask him to return our call at 1-866-555-0190? Thanks.', 'ask him'),
        'en',
      ),
    ).toBe(true);
  });

  it('leaves a relay that names the debt, presses, or gives no number', () => {
    expect(isBareCallback(...at('麻烦您转告他回电95599，他的欠款已经逾期。', '转告'), 'zh')).toBe(false);
    expect(isBareCallback(...at('麻烦您转告他尽快给我们回电。', '转告'), 'zh')).toBe(false);
    expect(
      isBareCallback(
        ...at(
          'Could you have him call us back at 888-555-0199? It is about his overdue account.',
          'have him',
        ),
        'en',
      ),
    ).toBe(false);
    expect(isBareCallback(...at('Please tell your husband to call us.', 'tell your husband'), 'en')).toBe(
      false,
    );
  });

  it('lets the bare callback through the rules and blocks its twins', () => {
    expect(
      check(
        'Hi, this is Maple Trust Bank for Mr. Green. Would you ask him to return our call at 1-866-555-0190? Thanks.',
        EN_OTHER,
      ).allowed,
    ).toBe(true);
    expect(
      check('您好，这里是长江银行，想找刘先生本人，麻烦您请他有空回电95599，谢谢。', ZH_OTHER).allowed,
    ).toBe(true);
    expect(
      check('Could you remind her to call us at 800-555-0122 and make sure she pays this week?', EN_OTHER)
        .allowed,
    ).toBe(false);
    expect(check('麻烦您转告他回电95599，他的欠款已经逾期，再不还就要起诉了。', ZH_OTHER).allowed).toBe(
      false,
    );
  });
});

describe('isReviewOnly', () => {
  it('reads a waiver left to the bank’s review with no promise', () => {
    expect(
      isReviewOnly(...at('利息减免需要您提交申请，由总行审批，我这边不能给您打包票。', '利息减免'), 'zh'),
    ).toBe(true);
    expect(check('利息减免需要您提交申请，由总行审批，我这边不能给您打包票。', ZH).allowed).toBe(true);
    expect(
      check(
        'A fee waiver has to go through our review team; I can’t promise it will be approved, but I can submit it for you.',
        EN,
      ).allowed,
    ).toBe(true);
  });

  it('leaves a waiver granted on the spot', () => {
    expect(
      isReviewOnly(...at('不用审核了，违约金我直接给您免了，结果不确定的是别的费用。', '违约金'), 'zh'),
    ).toBe(false);
  });
});

describe('namesSuitAsOption', () => {
  it('reads court action named as one possible step beside negotiation', () => {
    expect(
      namesSuitAsOption(...at('诉讼只是银行可以采取的途径之一，我们更愿意先跟您商量分期。', '诉讼'), 'zh'),
    ).toBe(true);
    expect(
      check(
        'Court action is one of the options available to the bank, though we would prefer to set up a payment plan with you.',
        EN,
      ).allowed,
    ).toBe(true);
  });

  it('leaves a suit made imminent', () => {
    expect(
      namesSuitAsOption(
        ...at('诉讼是我们可以采取的措施之一，你明天就等着收传票吧，协商没用。', '诉讼'),
        'zh',
      ),
    ).toBe(false);
    expect(check('A lawsuit is one of the options, and we are filing it tomorrow.', EN).allowed).toBe(false);
  });
});

describe('a masked service number (guard15)', () => {
  it('reads a callback to a masked bank number as the bank’s number', () => {
    expect(isBareCallback(...at('您好，想联系孙女士，麻烦请她回电95xxx，谢谢。', '请她'), 'zh')).toBe(true);
    expect(isBareCallback(...at('您好，麻烦请他回拨400-xxx-xxxx，谢谢。', '请他'), 'zh')).toBe(true);
  });
  it('still blocks a masked number beside the debt', () => {
    expect(isBareCallback(...at('麻烦请他回电95xxx，他的信用卡已经逾期。', '请他'), 'zh')).toBe(false);
  });
});
