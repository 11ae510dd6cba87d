import { DISCLOSURES, debtCollectionNotice } from '../../disclosures.js';
import { countWords, durationWords } from '../../numberWords.js';
import type { Act } from '../../../core/act.js';
import { date, money, paragraphs, reminderTone } from '../../format.js';
import type { Wording, WordingContext } from '../../wording.js';
import { PAID_VIA_WORDS } from '../paidVia.js';
import { hoursZh } from './answers.js';

/**
 * zh-CN wording read before verification (or by anyone): no amount, no days overdue, no card
 * digits, and for strangers not even that an account exists. Counts are spelled out in words.
 */
const D = DISCLOSURES['zh-CN'];
type PaymentClaimed = Extract<Act, { kind: 'payment_claimed' }>;
const HUMAN = '如需人工服务，请回复"转人工"。';

function hello(ctx: WordingContext): string {
  return `您好！这里是${ctx.bankName}信用卡中心。`;
}

/** "我们已记录您所说的于2026年11月20日通过建设银行还款 2,000.00 元……"（什么都没说时，只记下已还款）。 */
function claimedZh(claimed: PaymentClaimed['claimed']): string {
  const on = claimed?.paidOn !== undefined ? `于${date(claimed.paidOn, 'zh-CN')}` : '';
  const via = claimed?.via !== undefined ? `通过${PAID_VIA_WORDS[claimed.via]['zh-CN']}` : '';
  const amount =
    claimed?.amountCents !== undefined ? ` ${money(claimed.amountCents, claimed.currency, 'zh-CN')}` : '';
  return `我们已记录您所说的${on}${via}还款${amount}，同事会核对这笔款项的入账情况。`;
}

function hotline(ctx: WordingContext): string {
  return `${ctx.bankName}客服热线 ${ctx.serviceNumber}`;
}

/**
 * 家属自称有权知情（附属卡、委托书），或持卡人本人暂时无法办理（住院、中风）：仍不透露任何信息，
 * 并说明受托人或监护人可以如何咨询（conv17）。电话放在句末，其后不再接其他字句。
 */
function standingZh(standing: 'authority' | 'unwell', line: string): string {
  return paragraphs(
    standing === 'unwell'
      ? '感谢您告知，愿您牵挂的人早日康复。为保护持卡人的信息安全，账户的相关信息我们只能与持卡人本人沟通，在这里无法为您查询或透露。'
      : '感谢您告知。为保护持卡人的信息安全，账户的相关信息我们只能与持卡人本人沟通；即使是附属卡持卡人，我们在这里也无法为您查询或透露。',
    `如持卡人本人暂时无法亲自办理，持有授权委托书或监护证明的代理人可以致电咨询需要准备的材料和办理方式：${line}。`,
  );
}

/**
 * 代持卡人发来身份证后四位（conv18）：不在此核对，也不透露是否相符；请本人自行联系。
 * `alt`：再次发来时换一种说法。
 */
function thirdPartyDigitsZh(alt: boolean, line: string): string {
  return alt
    ? `感谢您的配合。即使提供了这些信息，账户事宜也只能与持卡人本人沟通，在这里无法透露任何内容。本人如有需要，可拨打${line}。`
    : paragraphs(
        '感谢您的配合。由于您是代持卡人咨询，即使提供了证件信息，我们也无法在这里为您查询账户；为保护持卡人的信息安全，相关事宜只能与持卡人本人沟通。',
        `持卡人本人如需沟通，可用本人的手机联系我们，或直接拨打${line}。`,
      );
}

/** 同一对话中再次说明：简短，不重复原话。 */
function thirdPartyAgainZh(
  about: 'relative' | 'not_this_number' | 'deceased' | undefined,
  line: string,
  alt: boolean,
): string {
  if (alt && (about === 'relative' || about === undefined)) {
    return `理解您的心情。账户的相关信息我们仍然只能与持卡人本人沟通，最便捷的方式是请本人直接拨打${line}。`;
  }
  if (alt && about === 'not_this_number') return '好的，已知悉。我们不会再通过这个对话就此事打扰您。';
  switch (about) {
    case 'deceased':
      return `您不用着急，请先照顾好自己。我们的同事会与您联系，协助办理后续事宜；您也可以拨打${line}。`;
    case 'not_this_number':
      return '明白，再次抱歉打扰您。我们不会再通过这个对话就此事给您发消息。';
    case 'relative':
    case undefined:
      // The line may end in its hours ("7×24小时"): nothing after it, so no "24小时…联系" is read as pressure.
      return `如前所述，相关事宜我们只能与本人直接沟通，无法在这里透露任何信息。本人如有需要，欢迎拨打${line}。`;
  }
}

export const zhAccess = {
  opening: (act, ctx) =>
    paragraphs(
      `${hello(ctx)}${D.automated}此次打扰您，是想和您沟通名下信用卡账户的还款事宜。`,
      debtCollectionNotice(ctx.locale, act.jurisdiction),
      `为保护您的信息安全，在核实您的身份之前，我们不会透露任何账户信息。${D.recording}`,
      D.stopContact,
    ),

  ask_verification: (act) =>
    paragraphs(
      act.again
        ? `在继续之前，我们需要先确认您的身份，请直接回复您身份证号码的最后四位（只需四位）。${HUMAN}`
        : '为确认是您本人，请回复您身份证号码的后四位。请勿发送完整的身份证号码，我们也不会向您索要密码或短信验证码。',
      act.attemptsLeft === 1 && '温馨提示：这是最后一次验证机会。',
    ),

  verification_failed: (act, ctx) =>
    paragraphs(
      '抱歉，您提供的信息与我们的记录不符。请核对后，再次回复您身份证号码的后四位。',
      act.attemptsLeft > 0 ? `您还可以再尝试${countWords(act.attemptsLeft, ctx.locale)}次。${HUMAN}` : HUMAN,
    ),

  verification_locked: (act, ctx) =>
    paragraphs(
      `抱歉，由于多次验证未通过，为保护您的信息安全，身份验证已暂时锁定，请于${durationWords(act.minutes, ctx.locale)}后再试。`,
      `如需帮助，请回复"转人工"，我们会安排工作人员为您服务；您也可以拨打${hotline(ctx)}。`,
    ),

  third_party: (act, ctx) => {
    const line = `${hotline(ctx)}${act.hours ? `（服务时间：${hoursZh(act.hours)}）` : ''}`;
    if (act.digits) return thirdPartyDigitsZh(act.alt === true, line);
    if (act.workplace && act.alt)
      return `再跟您说明一下：我们不会向单位的任何人透露本人的相关情况。由于您不是本人，联系方式的安排需要本人自己提出，本人可以在这里或拨打${line}联系我们。`;
    if (act.workplace)
      return paragraphs(
        '理解您的顾虑。由于您不是本人，我们无法代本人更改联系方式方面的安排，本次对话也不会作此登记。请放心，我们不会向单位的任何人或其他任何人透露本人的相关情况，相关事宜只与本人直接沟通。',
        `如果本人不希望我们打到单位，可以由本人在这里或拨打${line}向我们提出。`,
      );
    if (act.others && act.alt)
      return `再跟您确认一下：我们不会联系您的单位，也不会向其他任何人透露相关情况。相关事宜我们只与本人沟通，本人可拨打${line}。`;
    if (act.others)
      return paragraphs(
        '请放心，我们不会因为这件事联系您的单位，也不会向单位、同事、家人或其他任何人透露相关情况；相关事宜我们只与本人直接沟通，您不需要做任何事，也无需代为转达。',
        `如本人需要联系我们，可拨打${line}。`,
      );
    if (act.again) return thirdPartyAgainZh(act.about, line, act.alt === true);
    switch (act.about) {
      case 'deceased':
        return paragraphs(
          '听到这个消息，我们深感难过，请您节哀，保重身体。感谢您告知我们，今天您不需要在这里处理任何事情。',
          `我们会请同事与您联系，协助办理后续事宜，时间以您方便为准；在这里我们无法讨论任何账户信息。如您更希望致电，可拨打${line}。`,
        );
      case 'not_this_number':
        return paragraphs(
          '抱歉打扰您了，感谢您告知。我们不会再通过这个对话就此事给您发消息，也无法透露我们要找的人的任何信息。',
          `如您自己日后需要办理业务，可拨打${line}。祝您生活愉快！`,
        );
      case 'relative':
      case undefined:
        if (act.standing) return standingZh(act.standing, line);
        return paragraphs(
          '感谢您告知。相关事宜我们只能与本人直接沟通，因此无法向您透露任何信息，也无需您代为转达。',
          `如本人需要联系我们，可拨打${line}。打扰您了，祝您生活愉快！`,
        );
    }
  },

  unknown_person: (act, ctx) => {
    switch (act.form) {
      case 'digits':
        return paragraphs(
          '感谢您提供，但在这个对话中无法核对证件号码，也就无法确认您的身份或提供任何信息。',
          `请您拨打${hotline(ctx)}，工作人员核实身份后即可为您办理；如您更换了手机号码，也可以一并为您更新。`,
        );
      case 'details':
        return paragraphs(
          '非常抱歉，我们无法通过这个对话确认您的身份，因此不能在这里提供任何信息。这样做是为了保护每一位客户的信息安全，也包括您本人。',
          `最快的办法是拨打${hotline(ctx)}。`,
        );
      case 'again':
        return `抱歉，在这个对话中我仍然无法为您办理相关事宜。请拨打${hotline(ctx)}，工作人员会为您提供帮助。${D.stopContact}`;
      case 'first':
      case undefined:
        return paragraphs(
          `您好！这里是${ctx.bankName}。${D.automated}目前我们无法通过这个对话确认您的身份，因此无法在这里提供任何信息。`,
          `如需咨询业务，请拨打${hotline(ctx)}。本次对话将被记录。${D.stopContact}`,
        );
    }
  },

  private_only: (_act, ctx) =>
    paragraphs(
      `您好！我是${ctx.bankName}的自动服务助手。为保护您的隐私，我们不会在群聊中沟通任何个人事务。`,
      `请通过一对一私聊与我们联系，或拨打${hotline(ctx)}。感谢您的理解！`,
    ),

  reminder: (act, ctx) =>
    paragraphs(
      `${hello(ctx)}${D.automated}${
        {
          upcoming: '温馨提醒：您名下信用卡账户的还款事宜需要您留意。',
          follow_up: '我们希望就您名下信用卡账户的还款事宜与您沟通。',
          missed:
            '想跟您了解一下信用卡账户还款安排的情况。如果最近遇到了什么不便，欢迎告诉我们，我们可以一起重新商量一个更适合您的方案。',
        }[reminderTone(act.reminderKind)]
      }`,
      debtCollectionNotice(ctx.locale, act.jurisdiction),
      `为保护您的信息安全，具体情况需在核实身份后告知，您可以直接回复本消息继续。${D.recording}`,
      D.stopContact,
    ),

  bot_identity: () =>
    paragraphs(`如实告诉您：${D.automated}`, `如您希望与工作人员沟通，请随时回复"转人工"。`),

  cease_contact_confirmed: (_act, ctx) =>
    paragraphs(
      '好的，我们已记录您的要求，今后不会再主动向您发送此类消息。',
      `如您日后需要咨询或办理业务，欢迎随时在这里给我们发消息，或拨打${hotline(ctx)}。`,
    ),

  clarify: (act) =>
    act.menu
      ? paragraphs(
          '抱歉，我可能没理解您的意思。您可以直接回复下面的内容：',
          '- "欠款"：查询账户情况\n- "影响"：了解逾期的影响\n- "方案"：看看还款方案\n- "转人工"：由工作人员为您服务',
        )
      : act.verified
        ? paragraphs(
            '抱歉，我没太明白您的意思。您可以问我账户情况、逾期的影响或还款方案，也可以直接告诉我您每月大约能还多少。',
            HUMAN,
          )
        : paragraphs('抱歉，我没太明白您的意思，麻烦您换个说法再告诉我。', HUMAN),

  goodbye: (act, ctx) =>
    act.again
      ? '好的，感谢您，祝您一切顺利。'
      : act.later
        ? paragraphs(
            '好的，不着急。今天不需要做任何决定，我们也没有为您登记任何还款安排。',
            `等您考虑好或方便的时候，随时在这里给我们发消息，或拨打${hotline(ctx)}，我们再接着帮您看合适的方案。`,
          )
        : `感谢您的耐心沟通！如有需要，欢迎随时联系我们，或拨打${hotline(ctx)}。祝您生活愉快！`,

  payment_claimed: (act, ctx) =>
    act.beforeVerified
      ? '感谢您告知还款的情况。为保护您的信息安全，在核实身份之前我暂时无法查看账户；身份核实后，我会为您登记这笔还款并安排核对，核对期间不会要求您还款。'
      : paragraphs(
          `感谢您告知。${claimedZh(act.claimed)}`,
          '我这里暂时无法当场确认这笔款项是否已经入账，还款到账和系统更新通常需要一到三个工作日。核对期间，我们暂停对该账户的催收；核对后会把结果告诉您，款项入账后，之后的提醒也会相应停止。',
          `如您希望尽快核实，请回复"转人工"，或拨打${hotline(ctx)}；如有转账凭证，也请留存好。`,
        ),
} satisfies Partial<Wording>;
