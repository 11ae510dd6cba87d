import { bullets, dailyRate, date, money, paragraphs } from '../../format.js';
import type { Wording } from '../../wording.js';

/** zh-CN wording for a verified holder: account facts and their consequences, stated as facts. */
const HUMAN = '如需人工服务，请回复"转人工"。';

export const zhAccount = {
  verified: (act, ctx) => {
    const a = act.account;
    const m = (cents: number): string => money(cents, a.currency, ctx.locale);
    return paragraphs(
      `尊敬的${a.holderName}客户，感谢您的配合，身份验证已通过。您尾号${a.cardLast4}的信用卡账户情况如下：`,
      bullets([
        `当前欠款：${m(a.balanceCents)}`,
        `最低还款额：${m(a.minimumDueCents)}`,
        `到期还款日：${date(a.dueDate, ctx.locale)}`,
        `已逾期：${a.daysPastDue} 天`,
      ]),
      HUMAN,
    );
  },

  account_summary: (act, ctx) => {
    const a = act.account;
    const m = (cents: number): string => money(cents, a.currency, ctx.locale);
    return paragraphs(
      `您尾号${a.cardLast4}的信用卡账户情况如下：`,
      bullets([
        `当前欠款：${m(a.balanceCents)}`,
        `最低还款额：${m(a.minimumDueCents)}`,
        `到期还款日：${date(a.dueDate, ctx.locale)}`,
        `已逾期：${a.daysPastDue} 天`,
      ]),
      '如您想了解逾期可能带来的影响，或看看有哪些还款方案，请随时告诉我。',
    );
  },

  consequences: (act, ctx) => {
    const m = (cents: number): string => money(cents, act.currency, ctx.locale);
    if (act.brief) {
      return `简单来说：逾期期间每月利息约 ${m(act.monthlyInterestCents)}，违约金 ${m(act.lateFeeCents)}，逾期记录自还清之日起在征信保存${act.creditReportYears}年。办理还款计划可以避免这些继续增加。`;
    }
    return paragraphs(
      '根据您账户的实际情况，逾期会带来以下影响，特此如实说明：',
      bullets([
        `逾期将产生违约金 ${m(act.lateFeeCents)}；`,
        `欠款按日利率${dailyRate(act.dailyRateBp, ctx.locale)}计息，按当前欠款计算，每月利息为 ${m(act.monthlyInterestCents)}；`,
        `逾期记录会报送征信系统，并自欠款还清之日起保存${act.creditReportYears}年，可能影响您今后申请贷款或信用卡；`,
        '如欠款长期未还，银行可能依法采取措施收回欠款。',
      ]),
      '尽早还款或办理分期，可以减少这些影响。我们很愿意和您一起找到合适的还款方式。',
    );
  },

  ask_affordability: () =>
    '为了给您推荐合适的还款方案，请问您每个月大约能还多少钱？如果有方便还款的日期，也可以一并告诉我。',

  waiver_refused: () =>
    paragraphs(
      '非常理解您的难处。不过，欠款的减免或折扣不在我可以办理的范围内，我无法为您减免或打折。',
      '在本行政策允许的范围内，我可以为您提供分期等还款方案，帮助减轻每月的还款压力。需要我为您介绍一下吗？',
    ),

  collection_paused: (act) => {
    if (act.proof && (act.reason === 'dispute' || act.reason === 'payment_claim'))
      return paragraphs(
        `收到，谢谢您发来的文件。它会随本次对话一并保存，${act.reason === 'payment_claim' ? '负责核对的同事会据此核对您这笔还款的入账情况' : '负责处理异议的同事可以查看'}。`,
        `目前您不需要再做什么，核查期间我们暂停对该账户的催收。${HUMAN}`,
      );
    if (act.again && (act.reason === 'dispute' || act.reason === 'payment_claim'))
      return `好的。核查期间您不需要再做什么，催收仍然暂停。${HUMAN}`;
    switch (act.reason) {
      case 'dispute':
        return `您对该账户提出的异议正在核查中，在此期间我们暂停对该账户的催收。${HUMAN}`;
      case 'payment_claim':
        return `您说的那笔还款我们正在核对入账情况，核对期间暂停对该账户的催收，有结果会告诉您。${HUMAN}`;
      case 'cease_contact':
        return '根据您此前的要求，我们已停止主动联系您。如您现在需要咨询或办理业务，我很乐意为您服务。';
      case 'plan_active':
        return `您的还款计划正在执行中，按计划按时还款期间，我们不会就该账户进行催收。如需查询或调整计划，请回复"转人工"。`;
    }
  },
} satisfies Partial<Wording>;
