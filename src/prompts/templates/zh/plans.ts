import type { PlanKind, PlanOffer } from '../../../core/act.js';
import type { Currency } from '../../../core/money.js';
import {
  date,
  instalmentShape,
  isSinglePayment,
  money,
  numbered,
  paragraphs,
  scheduleExcerpt,
} from '../../format.js';
import type { Wording } from '../../wording.js';
import { compareOffers, paymentOf } from '../planCompare.js';

/** zh-CN wording of repayment plans: every amount and date comes from the offer. */
const LABEL: Record<PlanKind, string> = {
  full: '一次性还清',
  minimum: '先还最低还款额',
  installments: '分期还款',
  extension: '延期还款',
  hardship: '个性化分期（困难帮扶）',
};
const HUMAN = '如需人工协助，请回复"转人工"。';

function feeText(offer: PlanOffer, cur: Currency): string {
  return offer.feeCents === 0 ? '无手续费' : `含手续费 ${money(offer.feeCents, cur, 'zh-CN')}`;
}

function instalmentText(offer: PlanOffer, cur: Currency): string {
  const s = instalmentShape(offer);
  const m = (c: number): string => money(c, cur, 'zh-CN');
  // 按还款顺序说明，金额加起来正好等于合计："首期 X 元，其余每期 Y 元"。
  const head =
    s.first !== undefined ? `首期 ${m(s.first)}，其余每期 ${m(s.regular)}` : `每期 ${m(s.regular)}`;
  return s.last !== undefined ? `${head}，末期 ${m(s.last)}` : head;
}

/** One offer in one line: kind, months, instalment, fee, total, first due date. */
export function zhOffer(offer: PlanOffer, cur: Currency): string {
  const m = (c: number): string => money(c, cur, 'zh-CN');
  const first = offer.schedule[0];
  const by = first ? `请于${date(first.dueDate, 'zh-CN')}前` : '';
  if (isSinglePayment(offer)) {
    const rest = offer.kind === 'minimum' ? '，剩余欠款仍需按期归还' : '';
    return `${LABEL[offer.kind]}：${by}还款 ${m(offer.totalCents)}（${feeText(offer, cur)}）${rest}`;
  }
  const fee = offer.feeCents === 0 ? '无手续费' : `手续费 ${m(offer.feeCents)}`;
  const due = first ? `，首期还款日${date(first.dueDate, 'zh-CN')}` : '';
  return `${LABEL[offer.kind]}：分${offer.months}期，${instalmentText(offer, cur)}，${fee}，合计 ${m(offer.totalCents)}${due}`;
}

function schedule(offer: PlanOffer, cur: Currency): string {
  return scheduleExcerpt(offer.schedule)
    .map((i) =>
      i ? `- 第${i.seq}期：${date(i.dueDate, 'zh-CN')}，${money(i.amountCents, cur, 'zh-CN')}` : '- ……',
    )
    .join('\n');
}

function agreedSchedule(offer: PlanOffer, cur: Currency): string[] {
  if (isSinglePayment(offer)) return [`${zhOffer(offer, cur)}。`];
  return [
    `${LABEL[offer.kind]}，分${offer.months}期，还款安排如下：`,
    schedule(offer, cur),
    `合计 ${money(offer.totalCents, cur, 'zh-CN')}（${feeText(offer, cur)}）。`,
  ];
}

/** “这几个方案有什么区别”：列出方案，并说明区别（conv18）。 */
function comparedZh(offers: PlanOffer[], cur: Currency): string {
  const m = (c: number): string => money(c, cur, 'zh-CN');
  const lines = numbered(offers.map((o) => zhOffer(o, cur)));
  const only = offers[0];
  if (offers.length === 1 && only) {
    return paragraphs(
      '目前可供选择的方案只有一个，暂时没有其他方案可以比较：',
      lines,
      `如果每期 ${m(paymentOf(only))}对您来说有困难，可以告诉我您每月大约能还多少，我再为您看看。如选择该方案，请回复"方案1"。${HUMAN}`,
    );
  }
  const c = compareOffers(offers);
  const cheap = offers[c.cheapest - 1];
  const small = offers[c.smallest - 1];
  const notes = [
    cheap && `方案${c.cheapest}总花费最少（合计 ${m(cheap.totalCents)}）。`,
    small &&
      c.smallest !== c.cheapest &&
      `方案${c.smallest}每期还款额最小（每期 ${m(paymentOf(small))}）${
        c.smallestDearest ? '，但还款时间最长，加上手续费，总还款额也最高' : ''
      }。`,
    c.partOnly.length > 0 &&
      // "另外，": a number right after "最高。" would read as an amount ("最高2…").
      `另外，${c.partOnly.map((i) => `方案${i}`).join('和')}只是先还一部分，剩余欠款仍需归还。`,
  ].filter((x): x is string => typeof x === 'string');
  return paragraphs(
    '这几个方案的区别主要在于还款时间的长短和总费用：',
    lines,
    notes.join(''),
    `请回复方案编号（例如"方案1"）进行选择，或告诉我您的想法。${HUMAN}`,
  );
}

/** 所选编号不在方案中：说明共有几个方案，并再列一遍（conv18）。 */
function missingZh(missing: number, count: number): string {
  return count === 1
    ? `目前只有一个方案可供选择，没有方案${missing}。再为您列一下：`
    : `目前共有${count}个方案，没有方案${missing}。再为您列一下：`;
}

/** A length the policy does not allow, and the nearest it does, which is offered (conv19). */
function termLimitZh(limit: { askedMonths: number; limitMonths: number } | undefined): string | undefined {
  if (!limit) return undefined;
  const { askedMonths: asked, limitMonths: nearest } = limit;
  return asked > nearest
    ? `很抱歉，按本行政策，您的账户分期最长为${nearest}期，暂时无法为您办理分${asked}期。以下是最接近您要求的方案：`
    : `很抱歉，按本行政策，分期最短为${nearest}期，暂时无法为您办理分${asked}期。以下是最接近您要求的方案：`;
}

export const zhPlans = {
  plan_offers: (act) => {
    if (act.offers.length === 0) {
      return `很抱歉，目前暂时没有可以为您提供的还款方案。我可以为您转接人工同事，进一步了解您的情况。${HUMAN}`;
    }
    if (act.compare) return comparedZh(act.offers, act.currency);
    const afford =
      act.affordableCents !== undefined ? money(act.affordableCents, act.currency, 'zh-CN') : undefined;
    const tooFar = act.tooFar
      ? `很抱歉，一次性还款最晚只能安排到${date(act.tooFar.latestDate, 'zh-CN')}，您说的${date(act.tooFar.askedDate, 'zh-CN')}超出了可以办理的期限。以下是可以办理的方案：`
      : undefined;
    const intro = act.which
      ? '请问您想选择哪一个方案？回复方案编号即可（例如"方案1"），也可以告诉我您的想法。'
      : act.missing !== undefined
        ? missingZh(act.missing, act.offers.length)
        : (tooFar ??
          termLimitZh(act.termLimit) ??
          (afford === undefined
            ? '根据您的账户情况，以下还款方案供您选择：'
            : act.fits
              ? `根据您每月可还 ${afford}的情况，以下还款方案供您选择：`
              : `根据您每月可还 ${afford}的情况，很抱歉，在本行政策范围内，暂时没有每期都不超过这个金额的方案。以下是最接近的方案，供您参考：`));
    return paragraphs(
      intro,
      numbered(act.offers.map((o) => zhOffer(o, act.currency))),
      act.which ? HUMAN : `请回复方案编号（例如"方案1"）进行选择，或告诉我您的想法。${HUMAN}`,
    );
  },

  plan_confirm: (act) =>
    paragraphs(
      '请您确认所选的还款方案：',
      `${zhOffer(act.offer, act.currency)}。`,
      '确认后，我们将为您登记该还款计划。确认请回复"确认"；如想再看看其他方案，请回复"不用了"。',
    ),

  plan_agreed: (act) =>
    paragraphs(
      `好的，您的还款计划已登记成功，计划编号：${act.planId}。`,
      act.replaces && `新计划已取代您原来的计划（编号：${act.replaces}），原计划随之终止。`,
      ...agreedSchedule(act.offer, act.currency),
      '接下来：我们会在还款日前提醒您；按计划按时还款期间，我们不会就该账户进行催收。如某一期还款有困难，请尽早告诉我们。感谢您的配合！',
    ),

  plan_declined: () => '好的，没关系。如果您想看看其他方案，或者告诉我您每月能承受的金额，我可以再为您看看。',

  plan_impasse: () =>
    paragraphs(
      '很抱歉，在本行政策范围内，我暂时没能找到您可以接受的方案。',
      `我可以为您转接人工同事，进一步了解您的情况，看看还有哪些办法。${HUMAN}`,
    ),
} satisfies Partial<Wording>;
