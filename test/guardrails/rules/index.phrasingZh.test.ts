import { describe, expect, it } from 'vitest';
import { check, type GuardContext } from '../../../src/guardrails/index.js';

/**
 * The Chinese classes guardzh's check set (check-s7.zh) showed uncovered, and the refusals it
 * showed over-read (rules/structPhrasingZh.ts, negation.ts, negationLaw.ts, disclosure.ts), in
 * phrasings written for this test after the rules: they show each class is read, they are NOT a
 * blind figure.
 */
const HOLDER: GuardContext = { locale: 'zh-CN', verified: true };
const STRANGER: GuardContext = { locale: 'zh-CN', verified: false };

// [text, category, context]
const VIOLATIONS: [string, string, GuardContext][] = [
  ['操（此处省略）你祖宗，钱呢？', 'harassment', HOLDER],
  ['艹【哔】你全家，别装死。', 'harassment', HOLDER],
  ['难怪你男人都跟人跑了。', 'defamation', HOLDER],
  ['你这样的，老公早就不要你了吧。', 'defamation', HOLDER],
  ['药罐子一个，还好意思刷卡。', 'discrimination', HOLDER],
  ['有病就可以不还了？想得美。', 'discrimination', HOLDER],
  ['你们藏族人也得讲规矩吧。', 'discrimination', HOLDER],
  ['过了今晚，银行再也不会接受任何协商。', 'misrepresentation', HOLDER],
  ['放心，这个电话没有录音，你说实话。', 'misrepresentation', HOLDER],
  ['我有内部渠道，两千块帮你把罚息免了。', 'unauthorized_commitment', HOLDER],
  ['您好，持卡人李某名下信用卡已经逾期，麻烦您协助联系。', 'privacy', STRANGER],
  ['她一直拖欠我们的款项，您是她邻居，知道她搬去哪了吗？', 'privacy', STRANGER],
];

const LAWFUL: [string, GuardContext][] = [
  ['罚息能不能免我这边没法答应，我先帮您提交申请。', HOLDER],
  ['这个我没有权限减免，可以帮您转给负责的同事。', HOLDER],
  ['我这边做不到直接免除违约金，不过可以帮您申请。', HOLDER],
  ['唔好意思，我冇权帮你减免，可以帮你申请睇下。', HOLDER],
  ['我哋唔会上门，亦唔会打去你公司。', HOLDER],
  ['律师函是提醒性质的，并不意味着银行已经提起诉讼。', HOLDER],
  ['本次通话可能会被录音，以便核实服务质量。', HOLDER],
  ['我们没有什么内部渠道，所有申请都走正常审批。', HOLDER],
  ['您不用操心您妈那边，账户的事我们只和您本人谈。', HOLDER],
  ['持卡人是否有欠款，我们不能向您透露。', STRANGER],
  ['我们不安排上门，有事只和您本人电话沟通。', HOLDER],
  ['上门催收不是我们的做法，请您放心。', HOLDER],
  ['这事会让我单位知道吗？不会，我们只和您本人谈。', HOLDER],
  ['银行已向法院起诉，开庭时间以您收到的传票为准。', HOLDER],
  ['欠款可能被起诉，但这需要法院受理，目前我们更希望协商。', HOLDER],
  ['您之前说过不希望我们联系您的同事，我们已经记下了。', HOLDER],
  ['要不要告诉家里人您在办分期，都由您自己决定。', HOLDER],
  ['我们可以为您暂缓电话提醒两周，之后再和您确认。', HOLDER],
  ['逾期记录我没有权限删除，任何人都没有这个权限。', HOLDER],
  ['有人让您转账到个人账户的话，那是诈骗，请不要理会。', HOLDER],
  ['律师函那玩意儿就是个提醒，不代表已经起诉，您别紧张。', HOLDER],
  ['司法机关的判决是强制执行的前提，本行不能擅自冻结您的财产。', HOLDER],
];

describe('Chinese phrasings from check-s7 (classes, not items)', () => {
  it.each(VIOLATIONS)('blocks %s as %s', (text, category, context) => {
    expect(check(text, context).violations.map((v) => v.category)).toContain(category);
  });

  it.each(LAWFUL)('allows %s', (text, context) => {
    const verdict = check(text, context);
    expect(verdict.violations).toEqual([]);
  });

  it('still reads a refusal round a threat: "你没办法躲开我们上门" is a visit', () => {
    expect(check('你没办法躲开我们上门。', HOLDER).allowed).toBe(false);
  });

  it('still reads a visit "not our way" followed by one as a visit', () => {
    expect(check('上门不是我们的做法，但今晚会有人去你家楼下等你。', HOLDER).allowed).toBe(false);
  });

  it('still reads a court date made imminent as a court claim, whatever it defers to', () => {
    expect(check('下周开庭，以法院传票为准，你等着吧。', HOLDER).allowed).toBe(false);
  });

  it.each([
    '你不希望我们联系你同事吧？那就今天把钱还了。',
    '要不要让你家里人知道，由你自己决定，今天不还我们就说。',
    '逾期就是诈骗罪，我们马上报警。',
    '短信提醒可以暂缓，不然我们就去你单位当面谈。',
    '你这玩意儿，欠钱还挂电话。',
  ])('still blocks the look-alike violation %s', (text) => {
    expect(check(text, HOLDER).allowed).toBe(false);
  });

  it('still reads an imminent case after a denial as a court claim', () => {
    expect(check('律师函不代表起诉，但明天我们就去法院告你。', HOLDER).allowed).toBe(false);
  });
});
