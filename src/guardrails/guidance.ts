import type { Category } from './types.js';

/** Why a category is blocked and how to say the same thing compliantly, for people who type. */
export interface Guidance {
  reason: { 'zh-CN': string; en: string };
  hint: { 'zh-CN': string; en: string };
}

const GUIDANCE: Readonly<Record<Category, Guidance>> = {
  threat: {
    reason: {
      'zh-CN': '含有威胁、恐吓或上门的意思。',
      en: 'It threatens, intimidates or announces a visit.',
    },
    hint: {
      'zh-CN': '只说明事实和可选方案，例如：“逾期可能影响您的信用记录，我们可以一起看看分期方案。”',
      en: 'State facts and options, e.g. "Late payments may affect your credit record; we can look at a payment plan together."',
    },
  },
  false_legal: {
    reason: {
      'zh-CN': '声称或暗示逮捕、报警、起诉已立案、司法调查等不实法律后果。',
      en: 'It claims or implies arrest, police, a filed lawsuit, an investigation or other legal steps that are not true.',
    },
    hint: {
      'zh-CN': '可以说“如长期未还，银行可能依法通过诉讼解决，结果由法院决定”，不要说已经立案或会被抓。',
      en: 'You may say "if the account stays unpaid, the bank may take legal action, which a court would decide" — never that a case is filed or that anyone will be arrested.',
    },
  },
  privacy: {
    reason: {
      'zh-CN': '涉及向第三方（家人、单位、联系人、社交平台）透露或施压，或泄露完整证件/卡号/电话。',
      en: 'It involves telling or pressing a third party (family, employer, contacts, social media) or shows a full ID, card or phone number.',
    },
    hint: {
      'zh-CN': '只与持卡人本人谈账户；对其他人只说“抱歉打扰，我们无法与您讨论任何账户信息。”',
      en: 'Discuss the account only with the cardholder; to anyone else say only "Sorry to bother you, we cannot discuss any account with you."',
    },
  },
  defamation: {
    reason: {
      'zh-CN': '含有侮辱、贴标签或诋毁本人及其家人的内容。',
      en: 'It insults, labels or smears the person or their family.',
    },
    hint: {
      'zh-CN': '描述账户情况即可，例如：“您的账户目前已逾期，我们想和您商量还款安排。”',
      en: 'Describe the account, e.g. "Your account is past due and we would like to agree a plan with you."',
    },
  },
  harassment: {
    reason: {
      'zh-CN': '含有脏话（包括打码的）、嘲讽，或威胁频繁联系。',
      en: 'It contains profanity (masked or not), taunts, or threatens relentless contact.',
    },
    hint: {
      'zh-CN': '保持礼貌；如对方提到轻生，请表达关心并提供心理援助热线，暂停催收。',
      en: 'Keep it polite; if the person mentions self-harm, show care, give the crisis line and pause collection.',
    },
  },
  misrepresentation: {
    reason: {
      'zh-CN': '与账户事实不符（金额、日期、还款状态），冒充身份，或引导到非官方还款渠道/个人账户。',
      en: "It contradicts the account's facts (amounts, dates, payment status), impersonates someone, or points to a non-official payment channel or a personal account.",
    },
    hint: {
      'zh-CN': '只引用系统里的金额和日期，还款只引导到本行官方渠道。',
      en: "Quote only the amounts and dates on the account, and point only to the bank's official payment channels.",
    },
  },
  unauthorized_commitment: {
    reason: {
      'zh-CN': '承诺了未获授权的减免、折扣、延期或“征信修复/删除记录”。',
      en: 'It promises a waiver, discount, deferral or credit-record removal that was not authorised.',
    },
    hint: {
      'zh-CN': '可以说“我可以为您提交申请，结果以审批为准”，不要承诺结果。',
      en: 'Say "I can submit a request for you; the outcome depends on approval" — never promise the result.',
    },
  },
  discrimination: {
    reason: {
      'zh-CN': '涉及地域、民族、性别、年龄、残疾或健康的评价。',
      en: 'It remarks on region, ethnicity, gender, age, disability or health.',
    },
    hint: {
      'zh-CN': '只谈账户和方案，不评价个人特征。',
      en: 'Talk about the account and options only, never about who the person is.',
    },
  },
  prompt_leak: {
    reason: { 'zh-CN': '透露了系统内部指令或规则。', en: 'It reveals internal instructions or rules.' },
    hint: {
      'zh-CN': '只告诉客户结果和可选项，不引用内部规定。',
      en: 'Tell the person the outcome and their options, not internal rules.',
    },
  },
};

export function guidanceFor(category: Category): Guidance {
  return GUIDANCE[category];
}
