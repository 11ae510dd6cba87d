import type { Answer, ResumeHint, ServiceHours } from '../../../core/act.js';
import { describeStanding } from '../../standing.js';
import { bullets, dailyRate, date, money, paragraphs } from '../../format.js';
import type { Wording, WordingContext } from '../../wording.js';

/** zh-CN answers to what people ask (issue 15): the answer first, then back to where we were. */
const HUMAN = '如需人工服务，请回复"转人工"。';

/** Basis points as a percentage: 500 → "5%", 60 → "0.6%". */
export function percent(bp: number): string {
  return `${Number((bp / 100).toFixed(2))}%`;
}

const ZONE_ZH: Record<string, string> = {
  'Asia/Shanghai': '北京时间',
  'Asia/Hong_Kong': '香港时间',
  'America/New_York': '美国东部时间',
  'America/Chicago': '美国中部时间',
  'America/Denver': '美国山地时间',
  'America/Los_Angeles': '美国太平洋时间',
};

/** "每天 08:00–22:00（北京时间）", or "7×24小时" for a line that never closes. */
export function hoursZh(hours: ServiceHours): string {
  if (hours.kind === 'always') return '7×24小时';
  return `每天 ${hours.start}–${hours.end}（${ZONE_ZH[hours.timeZone] ?? hours.timeZone}）`;
}

function hotlineAnswer(a: Extract<Answer, { topic: 'hotline' }>, ctx: WordingContext): string {
  const line = `${ctx.bankName}官方客服热线是 ${ctx.serviceNumber}`;
  const hours = a.hours ? `，服务时间为${hoursZh(a.hours)}` : '';
  return `${line}${hours}。您也可以通过本行官方网站或手机银行核实这个号码。`;
}

const RESUME: Record<ResumeHint, string> = {
  ask_intent: '回到您的欠款，您打算怎么处理呢？',
  choose_offer: '刚才的还款方案仍然有效，您可以回复方案编号进行选择。',
  confirm_plan: '刚才您选择的方案还等您确认：确认请回复"确认"，如想换个方案请回复"不用了"。',
  ask_affordability: '回到还款安排，请问您每个月大约能还多少钱？',
};

function howToPay(a: Extract<Answer, { topic: 'how_to_pay' }>, ctx: WordingContext): string {
  if (a.channels.length === 0) {
    return `您可以通过${ctx.bankName}官方渠道还款。具体方式请拨打本行官方客服热线 ${ctx.serviceNumber} 咨询。`;
  }
  const first = a.channels[0];
  if (a.brief && first) {
    // Brief by request: the first configured channel (not claimed to be the fastest) and the warning.
    return `简单来说，您可以通过${first.name['zh-CN']}还款：${first.instructions['zh-CN']}${first.account ? `（${first.account}）` : ''}。请只通过本行官方渠道还款，不要向任何个人账户转账。`;
  }
  return paragraphs(
    '您可以通过以下方式还款：',
    bullets(
      a.channels.map(
        (c) => `${c.name['zh-CN']}：${c.instructions['zh-CN']}${c.account ? `（${c.account}）` : ''}`,
      ),
    ),
    '还款后一般需要一定时间入账，请以实际到账为准。请只通过以上官方渠道还款，不要向任何个人账户转账。',
  );
}

function fees(a: Extract<Answer, { topic: 'fees' }>): string {
  const m = a.amounts;
  return paragraphs(
    '关于利息和费用，如实向您说明：',
    bullets([
      `利息：欠款按日利率${dailyRate(a.dailyRateBp, 'zh-CN')}计息，从逾期之日起按实际天数计算${m ? `，按您当前欠款，每月利息约为 ${money(m.monthlyInterestCents, m.currency, 'zh-CN')}` : ''}；`,
      `违约金：未按时还足最低还款额时，按未还部分的${percent(a.lateFeeBp)}收取${m ? `，您账户目前为 ${money(m.lateFeeCents, m.currency, 'zh-CN')}` : ''}；`,
      `分期手续费：办理分期的，每月按本金的${percent(a.installmentFeeBp)}收取，困难帮扶的个性化分期不收手续费。`,
    ]),
    '我们不会收取上述以外的任何费用。',
  );
}

function myPlan(a: Extract<Answer, { topic: 'my_plan' }>): string {
  const s = a.standing;
  const promise =
    s.promise && s.promise.status === 'active'
      ? `您承诺于${date(s.promise.dueDate, 'zh-CN')}前还款 ${money(s.promise.amountCents, s.currency, 'zh-CN')}。`
      : undefined;
  const plan = describeStanding({ ...s, accountId: '' }, 'zh-CN');
  if (!plan && !promise) return '您目前还没有登记的还款计划。如您愿意，我可以为您看看合适的还款方案。';
  return paragraphs(plan && `您的还款计划（编号 ${s.plan?.planId ?? ''}）：${plan}`, promise);
}

function answerText(a: Answer, ctx: WordingContext): string {
  switch (a.topic) {
    case 'how_to_pay':
      return howToPay(a, ctx);
    case 'hotline':
      return hotlineAnswer(a, ctx);
    case 'fees':
      return fees(a);
    case 'credit_record':
      return `如实告诉您：逾期记录会按规定报送征信系统，并自欠款还清之日起保存${a.years}年，之后自动删除。尽早还清或按计划还款，可以避免逾期记录继续累积。`;
    case 'third_parties':
      if (a.remembered)
        return '按照您此前的要求，我们不会再通过您的单位联系您；还款提醒仍会在这里发给您，账户相关的事我们只与您本人沟通。';
      return (
        '请您放心：本行不会向您的家人、同事、单位或朋友透露您的任何账户信息，也不会请他们转告消息或代为还款。账户相关的事，我们只与您本人沟通。' +
        (a.workplaceCallsStopped ? '您不希望我们往单位打电话，我们已记下，今后不再通过您的单位联系您。' : '')
      );
    case 'legal':
      return paragraphs(
        '如实向您说明：如欠款长期未还，银行可能依法采取措施收回欠款，具体由银行依照法律规定决定。',
        '目前我们只是在和您协商还款，只要您愿意沟通，我们都希望通过协商找到合适的办法。',
      );
    case 'missed_instalment':
      return paragraphs(
        '如果某一期没能按时还款：',
        bullets([
          '我们会提醒您，并尽量和您一起想办法；',
          `未按时还足最低还款额的部分，可能按${percent(a.lateFeeBp)}收取违约金，并继续计息；`,
          `连续未按计划还款，分期计划可能失效，逾期记录也会报送征信，自还清之日起保存${a.years}年。`,
        ]),
        '如果预计某一期有困难，请提前告诉我们，我们会看看能否调整。',
      );
    case 'my_plan':
      return myPlan(a);
    case 'owed': {
      const acc = a.account;
      const m = (c: number): string => money(c, acc.currency, 'zh-CN');
      return paragraphs(
        `您尾号${acc.cardLast4}的信用卡当前欠款为 ${m(acc.balanceCents)}，其中本期最低还款额为 ${m(acc.minimumDueCents)}，到期还款日为${date(acc.dueDate, 'zh-CN')}，已逾期${acc.daysPastDue}天。`,
        `欠款包括您的消费或取现本金，以及逾期后按日利率${dailyRate(a.dailyRateBp, 'zh-CN')}产生的利息和相关费用。如需逐笔明细，可以查看账单或回复"转人工"；如您认为金额有误，请告诉我，我们会登记核查。`,
      );
    }
  }
}

export const zhAnswers = {
  answer: (act, ctx) =>
    act.again
      ? paragraphs(
          '我换个方式再为您说明一下：',
          answerText(act.answer, ctx),
          '如果还有不清楚的地方，回复"转人工"，同事可以一步一步带您操作。',
        )
      : paragraphs(answerText(act.answer, ctx), act.then ? RESUME[act.then] : !act.verified && HUMAN),

  ask_intent: () => '您打算怎么处理这笔欠款呢？比如一次性还清、先还一部分，或者分期，都可以直接告诉我。',

  ask_payment_date: (act) =>
    paragraphs(
      `好的，感谢您愿意一次性还清 ${money(act.amountCents, act.currency, 'zh-CN')}。请问具体是哪一天呢？我帮您登记下来。`,
      `一次性还款最晚可以安排到${date(act.latestDate, 'zh-CN')}。如果您发工资的日子比这更晚，我也可以为您看看分期，或者先还一部分、其余稍后再还的方案。`,
    ),

  promise_recorded: (act) =>
    paragraphs(
      `好的，已为您登记：您承诺于${date(act.dueDate, 'zh-CN')}前还款 ${money(act.amountCents, act.currency, 'zh-CN')}（登记编号：${act.promiseId}）。`,
      '我们会在还款日前提醒您。如果到时候有困难，请提前告诉我们，我们再一起想办法。感谢您的配合！',
    ),
} satisfies Partial<Wording>;
