import { describe, expect, it } from 'vitest';
import { check, type GuardContext } from '../../src/guardrails/index.js';
import {
  answersWorry,
  isApplicationInProcess,
  isCivilNotice,
  negatesOnlyCondition,
  offersCivilMeans,
} from '../../src/guardrails/negationBank.js';
import { normalise } from '../../src/guardrails/normalise.js';

/**
 * The bank's own lawful wording read as such (guard13, policy 2026.12.10), in phrasings written for
 * this test, none from the outside round or from check-s13: a worry answered by the law, court action
 * as one lawful means or a formal notice's conditional step, an application only received.
 */
function at(text: string, word: string): [string, number, number] {
  const n = normalise(text).text;
  const i = n.indexOf(word);
  return [n, i, i + word.length];
}

const ZH: GuardContext = { locale: 'zh-CN', verified: true };
const EN: GuardContext = { locale: 'en', verified: true };

describe('answersWorry', () => {
  it('reads the person’s worry answered by the law or the record’s reach', () => {
    expect(answersWorry(...at('您问逾期会不会被判刑。这属于民事纠纷，本行不会报警。', '判刑'), 'zh')).toBe(
      true,
    );
    expect(
      answersWorry(...at('您担心女儿考编受影响，说明一下：逾期只记录在您本人名下。', '考编受影响'), 'zh'),
    ).toBe(true);
  });

  it('does not excuse a worry answered yes or followed by a threat', () => {
    expect(answersWorry(...at('您问会不会坐牢？会的，这属于刑事犯罪。', '坐牢'), 'zh')).toBe(false);
    expect(answersWorry(...at('您问会不会坐牢。民事纠纷也能变刑事，再不还明天就报警。', '坐牢'), 'zh')).toBe(
      false,
    );
    expect(answersWorry(...at('会坐牢的。这属于民事纠纷吗？', '坐牢'), 'zh')).toBe(false);
  });
});

describe('court action as a lawful means or a formal notice’s next step', () => {
  it('reads litigation beside negotiation as one of the bank’s means', () => {
    expect(
      offersCivilMeans(
        ...(at('我行会通过协商或诉讼方式处理。', '诉讼').slice(0, 2) as [string, number]),
        'zh',
      ),
    ).toBe(true);
    expect(offersCivilMeans(...(at('我们明天就起诉。', '起诉').slice(0, 2) as [string, number]), 'zh')).toBe(
      false,
    );
  });

  it('reads a conditional civil suit under the law in a formal notice', () => {
    expect(
      isCivilNotice(
        ...at('如您在本通知送达后二十日内仍未归还，本行将依法向人民法院提起诉讼。', '提起诉讼'),
        'zh',
      ),
    ).toBe(true);
    expect(isCivilNotice(...at('你再不还，我们将依法向法院起诉你，明天就立案。', '起诉'), 'zh')).toBe(false);
    expect(isCivilNotice(...at('本行已依法向人民法院提起诉讼。', '提起诉讼'), 'zh')).toBe(false);
  });
});

describe('isApplicationInProcess', () => {
  it('reads an application the bank received, nothing granted', () => {
    expect(
      isApplicationInProcess(...at('您的罚息减免申请已收到，审核后通知您结果。', '罚息减免'), 'zh'),
    ).toBe(true);
    expect(isApplicationInProcess(...at('您的罚息减免申请已批准。', '罚息减免'), 'zh')).toBe(false);
    expect(isApplicationInProcess(...at('您的罚息减免了，审核后通知您。', '罚息减免'), 'zh')).toBe(false);
  });
});

describe('negatesOnlyCondition', () => {
  it('keeps a negation inside an if-clause with no comma out of the main clause', () => {
    const [n, i] = at('If you don’t call back today your score will be 300.', 'score');
    expect(negatesOnlyCondition(n, i, 'en')).toBe(true);
    const [m, j] = at('We will not report anything to the bureaus.', 'report');
    expect(negatesOnlyCondition(m, j, 'en')).toBe(false);
  });
});

describe('whole check (policy 2026.12.10)', () => {
  it.each([
    ['您问逾期会不会被判刑。这属于民事纠纷，本行不会报警。', ZH],
    ['您的罚息减免申请已收到，我们会在审核后通知您结果。', ZH],
    ['如您在本通知送达后二十日内仍未归还，本行将依法向人民法院提起诉讼。', ZH],
    ['我行会通过协商或诉讼方式处理您的欠款。', ZH],
    ['您的逾期记录只影响您本人，子女考公、参军都不受影响。', ZH],
    ['很多客户会问：逾期会不会坐牢？信用卡逾期属于民事纠纷，一般不会坐牢。', ZH],
    ['您担心的会不会上门问题：我行不会上门催收，只会电话联系您。', ZH],
    ['您担心自己被起诉。目前账户仍在协商阶段，是否起诉以我行后续书面通知为准。', ZH],
    ['The complaint filed against you is pending; the summons lists your deadline to respond.', EN],
    ['逾期与刑事犯罪无关，请您放心。', ZH],
    ['Nothing stays on your credit report forever; most negative items drop off after seven years.', EN],
    ['信用卡逾期一般不涉及刑事责任，只有恶意透支且经催收后仍不归还的，才可能构成犯罪。', ZH],
    [
      'Per the summons you were served on May 2, the case is still pending. You may respond by the date it lists.',
      EN,
    ],
  ] as [string, GuardContext][])('passes "%s"', (text, context) => {
    expect(check(text, context).violations.filter((v) => !v.rule.startsWith('classifier.'))).toEqual([]);
  });

  it.each([
    ['您问会不会坐牢？会的，再不还就报警抓你。', ZH],
    ['您的利息减免申请已批准，利息全免。', ZH],
    ['逾期会不会坐牢？会！再不还就等着吧。', ZH],
    ['孩子考公肯定受影响，你自己看着办。', ZH],
    ['Our lawsuit against you is pending. Pay now.', EN],
    ['这和你欠钱坐牢无关？别做梦了。', ZH],
    ['只有今天还清，你才不会坐牢。', ZH],
    ['只有还钱才能让你不坐牢，你已经构成恶意透支了。', ZH],
    ['你再不还，我们将依法向法院起诉你，明天就立案。', ZH],
    ['We filed a lawsuit; the summons served on you means you pay today or we garnish.', EN],
  ] as [string, GuardContext][])('still blocks "%s"', (text, context) => {
    expect(check(text, context).allowed).toBe(false);
  });
});
