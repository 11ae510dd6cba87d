import { describe, expect, it } from 'vitest';
import type { Act, ActOf } from '../../src/core/act.js';
import type { Locale } from '../../src/core/locale.js';
import { ACT_KINDS, renderTemplate } from '../../src/prompts/index.js';
import { CTX, JOHN_SMITH, SAMPLES, ZHANG_WEI, plan, sampleActs } from './fixtures.js';
import { factsOf, formattedDates, printed } from './helpers.js';

const zhActs = sampleActs(ZHANG_WEI, '12356');
const enActs = sampleActs(JOHN_SMITH, '988');
const zh = (act: Act): string => renderTemplate(act, CTX['zh-CN']);
const en = (act: Act): string => renderTemplate(act, CTX.en);
const first = <T>(items: T[]): T => {
  const item = items[0];
  if (item === undefined) throw new Error('fixture has no sample');
  return item;
};

describe('renderTemplate, every act kind in both locales', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`renders every act kind in ${locale} as finished text`, () => {
      const kinds = new Set(SAMPLES[locale].map((a) => a.kind));
      expect([...kinds].sort()).toEqual([...ACT_KINDS].sort());
      for (const act of SAMPLES[locale]) {
        const text = renderTemplate(act, CTX[locale]);
        expect(text.length, act.kind).toBeGreaterThan(10);
        expect(text, act.kind).not.toMatch(/undefined|NaN|null|\[object|\$\{/);
        if (locale === 'zh-CN') {
          expect(text, act.kind).toMatch(/[\u4e00-\u9fff]/);
          expect(text, act.kind).not.toMatch(/[A-Za-z]{2,}/);
        } else {
          expect(text, act.kind).not.toMatch(/[\u4e00-\u9fff]/);
        }
      }
    });

    it(`prints only amounts and dates that the act carries (${locale})`, () => {
      let checked = 0;
      for (const act of SAMPLES[locale]) {
        const text = renderTemplate(act, CTX[locale]);
        const facts = factsOf(act);
        const seen = printed(text, locale);
        for (const amount of seen.amounts) expect(facts.amounts, `${act.kind}: ${amount}`).toContain(amount);
        const dates = formattedDates(facts.dates, locale);
        for (const d of seen.dates) expect(dates, `${act.kind}: ${d}`).toContain(d);
        checked += seen.amounts.length + seen.dates.length;
      }
      expect(checked).toBeGreaterThan(40);
    });
  }
});

describe('account facts after verification', () => {
  it('shows 张伟 the balance, minimum due, due date and days overdue to the cent', () => {
    const text = zh(first(zhActs.account_summary));
    expect(text).toContain('您尾号6789的信用卡账户情况如下');
    expect(text).toContain('当前欠款：12,345.67 元');
    expect(text).toContain('最低还款额：1,234.57 元');
    expect(text).toContain('到期还款日：2026年4月10日');
    expect(text).toContain('已逾期：35 天');
  });

  it('shows John Smith the balance, minimum due, due date and days past due to the cent', () => {
    const text = en(first(enActs.account_summary));
    expect(text).toContain('card ending in 1111');
    expect(text).toContain('Balance: $3,210.00');
    expect(text).toContain('Minimum payment due: $120.00');
    expect(text).toContain('Due date: March 14, 2026');
    expect(text).toContain('Days past due: 62');
  });

  it('shows a CNY account in English with its currency code', () => {
    expect(en({ kind: 'account_summary', account: ZHANG_WEI })).toContain('Balance: CNY 12,345.67');
  });

  it('greets the verified holder by name and names only the masked card', () => {
    expect(zh(first(zhActs.verified))).toContain('尊敬的张伟客户，感谢您的配合，身份验证已通过。');
    expect(zh(first(zhActs.verified))).toContain('尾号6789');
    expect(en(first(enActs.verified))).toContain('Thank you, John Smith. Your identity is confirmed.');
  });
});

describe('consequences, stated as facts', () => {
  it('states the late fee, interest, credit record and lawful recovery in Chinese', () => {
    const text = zh(first(zhActs.consequences));
    expect(text).toContain('违约金 61.73 元');
    expect(text).toContain('日利率万分之五');
    expect(text).toContain('每月利息为 185.19 元');
    expect(text).toContain('逾期记录会报送征信系统，并自欠款还清之日起保存5年');
    expect(text).toContain('银行可能依法采取措施收回欠款');
  });

  it('states the late fee, interest, credit report and lawful steps in English', () => {
    const text = en(first(enActs.consequences));
    expect(text).toContain('A late fee of $6.00 applies.');
    expect(text).toContain('0.05% per day, which comes to $48.15 a month');
    expect(text).toContain('credit report for 5 years');
    expect(text).toContain('the bank may take lawful steps to recover the debt');
  });

  it('takes the credit-record years from the act', () => {
    const act: ActOf<'consequences'> = { ...first(zhActs.consequences), creditReportYears: 7 };
    expect(zh(act)).toContain('保存7年');
    expect(en({ ...act, currency: 'USD' })).toContain('for 7 years');
  });
});

describe('repayment plans', () => {
  it('lists every offer as a numbered option with months, instalment, fee, total and first due date', () => {
    const text = zh(first(zhActs.plan_offers));
    expect(text).toContain('1. 一次性还清：请于2026年5月20日前还款 12,345.67 元（无手续费）');
    expect(text).toContain('2. 先还最低还款额：请于2026年5月20日前还款 1,234.57 元（无手续费）');
    expect(text).toContain(
      '3. 分期还款：分7期，首期 1,837.69 元，其余每期 1,837.75 元，手续费 518.52 元，合计 12,864.19 元，首期还款日2026年6月1日',
    );
    expect(text).toContain(
      '4. 分期还款：分12期，每期 1,102.88 元，手续费 888.89 元，合计 13,234.56 元，首期还款日2026年6月1日',
    );
    expect(text).toContain('"方案1"');
  });

  it('lists every offer in English the same way', () => {
    const text = en(first(enActs.plan_offers));
    expect(text).toContain('1. Pay in full: $3,210.00 by May 20, 2026 (no fee)');
    expect(text).toContain('2. Pay the minimum: $120.00 by May 20, 2026 (no fee)');
    expect(text).toContain(
      '4. Installment plan: 12 months, $286.76 a month, fee $231.12, total $3,441.12, starting June 1, 2026',
    );
    expect(text).toContain('"Option 1"');
  });

  it('repeats what the person said they can afford, and says so plainly when nothing fits', () => {
    const [, fits, noFit] = zhActs.plan_offers;
    expect(zh(fits ?? first(zhActs.plan_offers))).toContain(
      '根据您每月可还 2,000.00 元的情况，以下还款方案供您选择',
    );
    expect(zh(noFit ?? first(zhActs.plan_offers))).toContain('暂时没有每期都不超过这个金额的方案');
    const [, enFits, enNoFit] = enActs.plan_offers;
    expect(en(enFits ?? first(enActs.plan_offers))).toContain(
      'Based on the $300.00 a month you said you can pay',
    );
    expect(en(enNoFit ?? first(enActs.plan_offers))).toContain(
      'no plan with every payment at or below that amount',
    );
  });

  it('asks for an explicit confirmation of the chosen plan', () => {
    expect(zh(first(zhActs.plan_confirm))).toContain(
      '分12期，每期 1,102.88 元，手续费 888.89 元，合计 13,234.56 元',
    );
    expect(zh(first(zhActs.plan_confirm))).toContain('确认请回复"确认"');
    expect(en(first(enActs.plan_confirm))).toContain('Reply "Confirm" to go ahead');
  });

  it('confirms an agreed plan with the first instalments, the last, the total and what happens next', () => {
    const text = zh(first(zhActs.plan_agreed));
    expect(text).toContain('计划编号：P-20260520-0001');
    expect(text).toContain(
      '- 第1期：2026年6月1日，1,102.88 元\n- 第2期：2026年7月1日，1,102.88 元\n- 第3期：2026年8月1日，1,102.88 元\n- ……\n- 第12期：2027年5月1日，1,102.88 元',
    );
    expect(text).not.toContain('第4期');
    expect(text).toContain('合计 13,234.56 元（含手续费 888.89 元）');
    expect(text).toContain('按计划按时还款期间，我们不会就该账户进行催收');
  });

  it('confirms an agreed plan in English with its schedule and total', () => {
    const text = en(first(enActs.plan_agreed));
    expect(text).toContain('plan number P-20260520-0001');
    expect(text).toContain('- Payment 1: June 1, 2026, $286.76');
    expect(text).toContain('- Payment 12: May 1, 2027, $286.76');
    expect(text).toContain('Total: $3,441.12 (including a fee of $231.12)');
    expect(text).toContain('What happens next');
  });

  it('shows a short schedule in full, with the odd first instalment', () => {
    const offer = plan('installments', 1_234_567, 4, 60, '2026-06-01');
    const text = zh({ kind: 'plan_agreed', currency: 'CNY', offer, planId: 'P-1' });
    for (const i of offer.schedule) expect(text).toContain(`第${i.seq}期`);
    expect(text).not.toContain('……');
  });
});

describe('refusals, disputes, people and help', () => {
  it('refuses a waiver and offers plans within policy', () => {
    expect(zh(first(zhActs.waiver_refused))).toContain('我无法为您减免或打折');
    expect(zh(first(zhActs.waiver_refused))).toContain('在本行政策允许的范围内');
    expect(en(first(enActs.waiver_refused))).toContain('not able to waive or discount');
    expect(en(first(enActs.waiver_refused))).toContain("Within the bank's policy");
  });

  it('records a dispute, pauses collection and offers a human', () => {
    const text = zh(first(zhActs.dispute_recorded));
    expect(text).toContain('编号：D-0007');
    expect(text).toContain('该账户的催收将暂停');
    expect(text).toContain('转人工');
    expect(en(first(enActs.dispute_recorded))).toContain('Collection on this account is paused');
  });

  it('acknowledges a request for a human with the estimated wait', () => {
    expect(zh(first(zhActs.human_requested))).toContain('预计约五分钟内会有工作人员与您联系');
    expect(en(first(enActs.human_requested))).toContain('in about five minutes');
  });

  it('answers distress with care, the crisis line and no pressure to pay', () => {
    const text = zh(first(zhActs.distress_support));
    expect(text).toContain('心理援助热线 12356');
    expect(text).toContain('现在请先不用考虑还款的事');
    expect(text).toContain('我们也已请一位同事稍后与您联系');
    const english = en(first(enActs.distress_support));
    expect(english).toContain('crisis line at 988');
    expect(english).toContain('please do not worry about the account right now');
    expect(english).not.toMatch(/\$|pay now|plan/i);
  });

  it('answers how to pay in one line when asked to keep it short, the official-channels warning kept', () => {
    const brief = (acts: Act[]): Act =>
      first(acts.filter((a) => a.kind === 'answer' && a.answer.topic === 'how_to_pay' && a.answer.brief));
    const text = zh(brief(zhActs.answer));
    expect(text).toBe(
      '简单来说，您可以通过手机银行还款：登录后选择"信用卡还款"。请只通过本行官方渠道还款，不要向任何个人账户转账。',
    );
    const english = en(brief(enActs.answer));
    expect(english).toContain('The short version — Mobile banking app: log in and choose "Card repayment".');
    expect(english).toContain('only pay through our official channels, never into a personal account');
    expect(`${text}${english}`).not.toMatch(/网点|branch|最快|quickest/i);
  });

  it('hears "no money" without consequences or an amount, and shorter the second time', () => {
    const broke = (acts: Act[], again: boolean): Act =>
      first(acts.filter((a) => a.kind === 'listen' && a.broke === true && (a.again === true) === again));
    for (const again of [false, true]) {
      const text = zh(broke(zhActs.listen, again));
      expect(text).toContain('现在不用急着决定还款的事');
      expect(text).not.toMatch(/违约金|每个月大约能还多少|没理解|记下/);
      const english = en(broke(enActs.listen, again));
      expect(english).toContain('You do not need to decide anything about payments right now');
      expect(english).not.toMatch(/late fee|how much could you pay|not sure I understood|noted/i);
    }
  });

  it('says truthfully that it is an automated assistant', () => {
    expect(zh(first(zhActs.bot_identity))).toContain('自动服务助手，并非人工客服');
    expect(en(first(enActs.bot_identity))).toContain('I am an automated assistant');
  });

  it('confirms a stop request', () => {
    expect(zh(first(zhActs.cease_contact_confirmed))).toContain('今后不会再主动向您发送此类消息');
    expect(en(first(enActs.cease_contact_confirmed))).toContain(
      'will not contact you with these messages again',
    );
  });

  it('returns from a human with a known outcome and never echoes an agent note', () => {
    const [known, note] = zhActs.handoff_returned;
    expect(zh(known ?? first(zhActs.handoff_returned))).toContain('您的还款计划已经登记');
    expect(zh(note ?? first(zhActs.handoff_returned))).not.toMatch(/rude|123/);
    const [, enNote] = enActs.handoff_returned;
    expect(en(enNote ?? first(enActs.handoff_returned))).not.toMatch(/rude|123/);
  });

  it('never names arrest, police, family, employer or labels anyone (unless the person asked exactly that)', () => {
    // The answers to "will you tell my family?" and "will you sue me?" (issue 15) must name what
    // was asked, truthfully; so must the answer to "someone threatened me with arrest, was it you?"
    // (verify_bank, issue 14: we never threaten arrest; report it to the police). The guardrails
    // judge them in the dialog tests.
    const asked = (act: Act): boolean =>
      act.kind === 'verify_bank' ||
      (act.kind === 'answer' && (act.answer.topic === 'third_parties' || act.answer.topic === 'legal'));
    const zhForbidden =
      /逮捕|坐牢|拘留|公安|警察|报警|刑事|起诉|诈骗|家人|亲属|单位|通讯录|老赖|黑名单|后果自负|您的同事/;
    const enForbidden =
      /arrest|jail|prison|police|criminal|lawsuit|\bsue\b|court|family|employer|relative|neighbo|deadbeat|blacklist/i;
    const check = (locale: Locale, re: RegExp): void => {
      for (const act of SAMPLES[locale].filter((a) => !asked(a)))
        expect(renderTemplate(act, CTX[locale]), act.kind).not.toMatch(re);
    };
    check('zh-CN', zhForbidden);
    check('en', enForbidden);
  });
});
