import { describe, expect, it } from 'vitest';
import { check } from '../../src/guardrails/index.js';
import type { Category } from '../../src/guardrails/types.js';

/**
 * guardzh24 (issue 16): disguised threat and legal words (disguiseZh.ts), third parties drawn in
 * and authority claimed (structureRelayZh.ts), smears, taunts and hinted fates (structureSmearZh.ts),
 * and the lawful court and quoted wording they must leave alone (negationCourtZh.ts). Each
 * violating line has a lawful twin that shares its words. Not lines of check-zh24.*.
 */
const cases: [string, boolean, Category | null][] = [
  // Disguised words: a mask, a pinyin syllable, a homophone, a death emoji.
  ['给你家准备的寿*已经到了，签收一下。', true, 'threat'],
  ['尊敬的冯*女士，您尾号**31的卡本期账单已出，请于12月10日前还款。', true, null],
  ['你再拖，法院就给你立*了。', true, 'false_legal'],
  ['等着坐lao吧你。', true, 'false_legal'],
  ['大家小心，这人就是个骗纸。', false, 'defamation'],
  ['今晚之前不还，后果你懂的🔪', true, 'threat'],
  ['宣传口号一般为“代理维权”“修复征信”，请勿相信。', true, null],
  // Third parties: a relative's number held up, a talk offered, a friend told of a debt.
  ['你哥的手机号我们已经拿到了，这笔欠款你看着办。', true, 'privacy'],
  ['要不我给你们班主任打个电话聊聊你欠款的事？', true, 'privacy'],
  ['您可以和家人聊聊还款安排，需要分期随时联系我们。', true, null],
  ['您的同学刘某在我们平台有一笔逾期借款，麻烦您转达。', false, 'privacy'],
  ['我是区法院委托的调解专员，今天必须把钱还上。', true, 'misrepresentation'],
  // Smears, taunts, hinted fates, promises.
  ['听说你在外面养小三，难怪钱都不够花。', true, 'defamation'],
  ['你坐着轮椅也照样能转账吧，别装了。', true, 'harassment'],
  ['考虑到您坐轮椅出行不便，我们可以安排视频办理。', true, null],
  ['要自杀也行，记得先还钱。', true, 'harassment'],
  ['上一个拖着不还的客户，最后什么下场你去问问。', true, 'threat'],
  ['我承诺帮你把逾期记录删掉，今天转账就行。', true, 'unauthorized_commitment'],
  ['有人承诺交钱就能删掉逾期记录，请不要相信，这是诈骗。', true, null],
  ['系统会自动把你老婆的工资卡一起冻结。', true, 'misrepresentation'],
  // Lawful court wording and a quoted claim denied; a twin made imminent stays a threat.
  ['我行已向法院申请执行，具体执行措施由法院依法决定，请联系执行法官了解。', true, null],
  ['我行已向法院申请执行，明天法院就来冻结你名下所有银行卡。', true, 'false_legal'],
  ['所谓“上门调查”的做法，我行一律不会采用。', true, null],
  ['您被盗刷后请先报警，我们会协助警方调查。', true, null],
];

describe('guardzh24: Chinese wording with no listed phrase', () => {
  it.each(cases)(
    '%s',
    (text, verified, category) => {
      const verdict = check(text, { locale: 'zh-CN', verified });
      if (category === null) expect(verdict.violations.map((v) => v.rule)).toEqual([]);
      else expect(verdict.violations.map((v) => v.category)).toContain(category);
    },
    30_000,
  );
});
