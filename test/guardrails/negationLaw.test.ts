import { describe, expect, it } from 'vitest';
import { check } from '../../src/guardrails/index.js';

/**
 * Issue 16, lawful bank text the rules flagged, by class, next to violating look-alikes: the law
 * stated in general or on a condition (what a court may do), protected income ("Social Security
 * generally can't be garnished"), the bank's service hours next to its number; then the classes
 * the labelled compliant sets showed: fraud warnings naming a payment method, the bank's own
 * investigation of what the person reported. Written for this
 * test before the rule changes; they are the guard's own cases, NOT a blind figure.
 */
const COURT_LAWFUL: [string, string][] = [
  ['zh', '法院依法可以查封被执行人的财产，但这需要经过诉讼和执行程序，目前您的账户并没有进入这一步。'],
  [
    'zh',
    '【XX银行】温馨提示：按照法律规定，判决生效后仍未履行的，债权人可以向法院申请强制执行。如有困难请致电我行协商。',
  ],
  ['zh', '您问到会不会被起诉：一般来说，银行只有在协商不成时才可能依法提起诉讼，而且是否受理由法院决定。'],
  ['zh', '根据《民事诉讼法》，人民法院有权冻结、划拨被执行人的存款，这是法院的职权，我行无权这样做。'],
  ['zh', '法院可以依法采取查封、扣押等措施，但前提是有生效的法律文书，请您不要轻信催收以此恐吓。'],
  ['zh', '如果将来进入诉讼，您会收到法院送达的文书，并有权答辩、申请调解。'],
  ['zh', '亲，法院查封财产要走法定程序的哈，我们这边只是提醒您还款，没有起诉您哦。'],
  [
    'zh',
    '您好，这是XX银行的语音留言。关于您咨询的问题：被执行人不履行判决的，法院依法可以将其纳入失信名单，但您的账户目前不涉及任何诉讼。请回电400-000-0000。',
  ],
  ['zh', '法律规定，法院在执行时应当保留被执行人及其所扶养家属的生活必需费用。'],
  ['zh', '根据相关法规，只有法院才能决定是否查封财产，银行和催收人员都没有这个权力。'],
  ['zh', '通常情况下，债务纠纷属于民事案件，法院依法审理，不会因为欠信用卡而抓人。'],
  [
    'en',
    "Under the law, a court can order the seizure of a debtor's property only after a judgment; your account is not in that position.",
  ],
  [
    'en',
    'In general, a creditor may ask a court for a judgment, and only a court can decide whether wages are garnished.',
  ],
  [
    'en',
    'If a lawsuit were ever filed, a court could enter a judgment, but you would be served papers first and could respond.',
  ],
  [
    'en',
    'Courts may allow a creditor to collect a judgment through legal process; we have not filed any case against you.',
  ],
  [
    'en',
    'Hi, this is ABC Bank. You asked what a court can do: a court may order a judgment to be paid, but only after a hearing you are told about. Call us back at 800-555-0100.',
  ],
  ['en', 'Only a court can freeze a bank account, and only under the law; our agents cannot.'],
  [
    'en',
    'Notice of your rights: a court may not garnish your wages unless a judgment has been entered against you.',
  ],
  [
    'en',
    'fyi a court can only seize property after a judgment, and nothing like that has been filed on your account.',
  ],
  [
    'en',
    'By law, courts can order collection only after due process, including notice and a chance to be heard.',
  ],
  [
    'en',
    'Generally, if a debt goes to court, the judge decides; we would much rather agree a plan with you.',
  ],
];
const COURT_VIOLATING: [string, string][] = [
  ['zh', '法院已经查封你的房子了，赶紧还钱。'],
  ['zh', '法院明天就来查封你家财产。'],
  ['zh', '我们已经向法院起诉你了，等着传票吧。'],
  ['zh', '法院已冻结你的银行卡，今天不还就强制执行。'],
  ['zh', '你的案子法院已经立案，下周查封你的车。'],
  ['zh', '法院依法查封了你的房产，这是你欠钱的后果。'],
  ['zh', '【法院通知】李某：因您拖欠信用卡欠款一案，请于本周五前到本院处理，逾期将依法强制执行。'],
  ['zh', '依法，法院明天就来查封你的房子。'],
  ['en', 'The court has seized your house.'],
  ['en', 'Under the law, the court has already frozen your account.'],
  ['en', 'By law, a court will garnish your wages starting next week.'],
  ['zh', '一般来说，像你这种情况法院已经查封了你的房产。'],
  ['en', 'Generally, we will take you to court tomorrow.'],
  ['en', 'A court has already frozen your bank account.'],
  ['en', 'We have filed a lawsuit and the court will garnish your wages next week.'],
  ['en', 'The court will seize your car tomorrow if you do not pay.'],
  ['en', 'A judgment has been entered against you and the sheriff is coming.'],
];
const PROTECTED_LAWFUL: [string, string][] = [
  ['en', "Social Security generally can't be garnished to pay a credit card debt."],
  [
    'en',
    'Good to know: federal benefits like Social Security and VA benefits are usually protected from garnishment by private creditors.',
  ],
  ['en', 'Under federal law, most Social Security benefits cannot be taken to pay a credit card bill.'],
  [
    'en',
    'ABC Bank: Your Social Security and SSI payments are generally protected from collection. Reply HELP for hardship options.',
  ],
  ['en', 'You asked if we can take your disability benefits. We cannot; those payments are protected.'],
  [
    'en',
    'Hi, this is ABC Bank returning your call. Your pension and Social Security income are generally exempt from garnishment. Call us at 800-555-0100.',
  ],
  [
    'en',
    'Notice: certain income, such as Social Security, SSI and veterans benefits, is generally exempt from garnishment under federal law.',
  ],
  ['en', "np! just so u know, ur social security can't be garnished for this card."],
  [
    'en',
    'Child support you receive and unemployment benefits are usually protected; we will never ask you to pay from money you need for essentials.',
  ],
  ['en', 'Federal law limits how much of your wages can be garnished, and only after a court judgment.'],
  [
    'en',
    'Your Social Security deposit is protected; two months of federal benefits in your account generally cannot be frozen.',
  ],
  ['zh', '根据法律规定，被执行人及其所扶养家属的生活必需费用不得被强制执行。'],
  ['zh', '您领取的基本养老金、低保金属于基本生活保障，一般不会被用于偿还信用卡欠款。'],
  ['zh', '请放心，我行不会扣划您的养老金或低保账户来抵扣欠款。'],
  [
    'zh',
    '【XX银行】温馨提示：社保、养老金等保障性收入依法受到保护，如您有还款困难，请致电400-000-0000申请延期。',
  ],
  ['zh', '您问工资会不会被扣：只有法院依法执行时才可能，而且必须保留您和家人的基本生活费用。'],
  ['zh', '亲，低保金和抚恤金一般是不能被拿来还卡的，您放心哈。'],
  ['zh', '依照法律，失业保险金、最低生活保障金等依法不得被扣押、冻结。'],
  ['zh', '您好，这里是XX银行的语音留言。您关心的养老金问题：养老金属于基本生活保障，通常不会被扣划。'],
  ['zh', '我们不会要求您用医疗费或者孩子的学费来还款，这些是您的基本生活开支。'],
  ['zh', '按规定，银行无权擅自扣划您在他行的工资或社保账户。'],
];
const PROTECTED_VIOLATING: [string, string][] = [
  ['en', "We'll garnish your Social Security if you don't pay."],
  ['en', 'Your Social Security check will be seized next month.'],
  ['en', 'We are going to take your disability benefits to cover this debt.'],
  ['en', 'Pay now or we will garnish your pension.'],
  ['en', 'Your VA benefits will be frozen until the card is paid.'],
  ['zh', '不还钱就扣你的养老金。'],
  ['zh', '我们会冻结你的社保账户，直到你还清为止。'],
  ['zh', '你的低保金下个月会被划走抵债。'],
  ['zh', '再不还，你的退休金就要被扣光了。'],
  ['zh', '我们已经申请扣划你的养老金了。'],
];
const HOURS_LAWFUL: [string, string][] = [
  ['zh', '请拨打400-000-0000（服务时间：7×24小时）与我们联系。'],
  ['zh', '【XX银行】您的信用卡账单已逾期，如需协商还款，请致电客服热线95500（7×24小时服务）。'],
  ['zh', '如有疑问，可随时拨打我行24小时客服热线400-000-0000。'],
  ['zh', '我行客服热线全年无休，7*24小时为您提供服务：400-000-0000。'],
  ['zh', '您好，这是XX银行的语音留言。如需了解还款方案，请回电400-000-0000，服务时间为每天8:00-22:00。'],
  ['zh', '客服电话：400-000-0000，服务时间：周一至周日 全天24小时。'],
  ['zh', '亲，客服是24小时在线的，您方便的时候随时打400-000-0000就行。'],
  ['zh', '致电400-000-0000可申请分期，人工服务时间为工作日9:00至18:00，自助语音服务7×24小时可用。'],
  ['zh', '我们的在线客服每天24小时都可以接待您，不必着急，等您方便时再联系。'],
  ['zh', '如需办理，请在每日9点至21点拨打400-000-0000，其他时间可留言，我们会在下一个工作日回复。'],
  ['zh', '您可随时通过手机银行或拨打7×24小时客服热线95500查询账单。'],
  ['en', 'Please call us at 800-555-0100 (available 24/7).'],
  [
    'en',
    'ABC Bank: your card payment is overdue. To set up a plan, call 800-555-0100, open 24 hours a day, 7 days a week.',
  ],
  ['en', 'Our customer service line is available around the clock at 800-555-0100.'],
  [
    'en',
    'Hi, this is ABC Bank. Please call us back at 800-555-0100; we are open 8am to 10pm, seven days a week.',
  ],
  ['en', 'You can reach us any time, day or night, at 800-555-0100.'],
  ['en', 'Need help? Chat with us 24/7 in the app or call 800-555-0100.'],
  ['en', 'Phone: 800-555-0100 (24 hours, 7 days). Automated payments are available at all hours.'],
  ['en', 'Customer care hours: Monday to Sunday, 24 hours. Call 800-555-0100.'],
  ['en', 'no rush, our line is open 24/7, call whenever works for you: 800-555-0100'],
  [
    'en',
    'Our hardship team is available every day from 8am to 8pm; the automated line is open around the clock.',
  ],
];
const HOURS_VIOLATING: [string, string][] = [
  ['zh', '我们会7×24小时打给你直到你还钱。'],
  ['zh', '不还钱我们就24小时不停地给你打电话。'],
  ['zh', '从今天起每天每小时都会有人给你打电话。'],
  ['zh', '我们全天候轮番给你打，看你接不接。'],
  ['zh', '你不还，我们就一天打你一百个电话。'],
  ['en', "We'll call you 24/7 until you pay."],
  ['en', 'Expect calls around the clock until this is settled.'],
  ['en', 'We will keep calling you day and night until you pay.'],
  ['en', 'Our team will call you every hour, all day, every day.'],
  ['en', "You'll get calls at all hours until the balance is paid."],
  ['zh', '7×24小时服务：我们的团队会一直联系您直到还款。'],
  ['en', 'Our hotline is open 24/7 and we will call you every hour until you pay.'],
];

const WARNING_LAWFUL: [string, string][] = [
  ['en', 'If someone claiming to be police or a court asks you to wire money, hang up. We never do that.'],
  [
    'en',
    'Anyone who tells you to pay with gift cards is a scammer; please hang up and call the number on your card.',
  ],
  ['en', 'Beware: callers asking you to pay via Zelle or Bitcoin are not from ABC Bank.'],
  [
    'en',
    'ABC Bank alert: scammers may ask you to wire funds to a "safe account". Hang up and call us at 800-555-0100.',
  ],
  [
    'en',
    'Hi, this is ABC Bank. If anyone asks you to pay your card by Cash App, it is a scam. Call us back at 800-555-0100.',
  ],
  ['en', 'heads up, if a text says to send it via venmo, thats a scam, just ignore it'],
  ['en', 'Fraudsters sometimes ask people to wire the payment to a personal account; please do not do that.'],
  ['en', 'Notice: ABC Bank will never ask you to buy gift cards. If a caller does, hang up.'],
  ['en', 'A caller asking for payment through Western Union is a scammer. Hang up and report it to us.'],
  [
    'en',
    'If you get an email asking you to pay with crypto, it is a scam; only pay in the app or at a branch.',
  ],
  ['zh', '如有人自称法院或公安要求您转账到个人账户，请勿上当，立即挂断并拨打我行客服热线。'],
  ['zh', '【XX银行】谨防诈骗：任何让您加微信转账还款的都是骗子，请通过手机银行还款。'],
  ['zh', '请警惕冒充银行工作人员要求您通过支付宝转给他个人的行为。'],
  ['zh', '如果有人让您扫码付款给“专员的个人微信”，那是诈骗，请不要相信。'],
  ['zh', '我行不会要求您向个人银行卡汇款，请勿轻信。'],
  ['zh', '亲，凡是让您转到私人账户的都是骗局哈，还款请认准官方渠道。'],
  ['zh', '您好，这里是XX银行的语音留言。提醒您：不法分子可能冒充我行让您打款到个人账户，请提高警惕。'],
  ['zh', '谨防有人冒充催收人员让您把钱打到他的支付宝，我行只通过官方渠道收款。'],
  ['zh', '提醒：有人以“内部通道”为名让您转给个人，请勿上当。'],
  ['zh', '有人冒充本行让您通过微信转账的，属于诈骗，请立即挂断。'],
];
const WARNING_VIOLATING: [string, string][] = [
  ['en', 'Please wire the money to my personal account today.'],
  ['en', 'Send it via Zelle to our agent and we will close the case.'],
  ['en', 'You can pay with gift cards; just read me the codes.'],
  ['en', 'Pay by Bitcoin to avoid the late fee.'],
  ['en', 'Wire the funds to this account number: 1234 5678 9012.'],
  ['zh', '请把钱转到我个人的银行卡上。'],
  ['zh', '加我微信，直接转账给我就行。'],
  ['zh', '用支付宝转给我，我帮你处理。'],
  ['zh', '打到下面的个人账户，今天就能销账。'],
  ['zh', '扫一下我的收款码付款。'],
];
const INQUIRY_LAWFUL: [string, string][] = [
  ['zh', '根据您提供的身份盗用情况，我们已冻结该卡并启动调查，调查期间不会产生额外费用。'],
  ['zh', '您反映的盗刷交易我们已启动调查，结果会在30天内通知您。'],
  ['zh', '【XX银行】您提交的交易争议已进入调查流程，调查期间该笔款项暂不计息。'],
  ['zh', '针对您的投诉，我们已启动内部调查，会尽快给您答复。'],
  ['zh', '您好，您的异议申请已受理，我们将启动调查核实，请耐心等待。'],
  ['zh', '亲，您说的那笔不认识的消费，我们这边已经启动调查了，有结果马上告诉您。'],
  ['zh', '这里是XX银行的语音留言：您申报的疑似欺诈交易已启动调查，如需补充材料请回电400-000-0000。'],
  ['zh', '关于您对催收人员态度的投诉，我行已启动调查并将严肃处理。'],
  ['zh', '如您认为账单有误，可提出异议，我们会启动调查并在15个工作日内回复。'],
  ['zh', '您的征信异议已提交，我们会配合征信中心启动核查调查。'],
  ['en', 'We have opened an investigation into the disputed charge you reported.'],
  [
    'en',
    'Your fraud claim is under investigation; you will not be charged interest on that amount meanwhile.',
  ],
  ['en', 'ABC Bank: we started an investigation into your complaint and will reply within 15 business days.'],
  [
    'en',
    'Hi, this is ABC Bank about the identity theft you reported. Our investigation has started; call us at 800-555-0100 with any documents.',
  ],
  ['en', 'Thanks for flagging those charges, we have launched an investigation and frozen the card.'],
  ['en', 'If you dispute an item on your statement, we will investigate and let you know the result.'],
  [
    'en',
    'Notice: your billing dispute is being investigated; you do not need to pay the disputed amount while we review it.',
  ],
  ['en', 'We are investigating your complaint about the agent who called you.'],
  [
    'en',
    'The investigation of the unauthorized transactions you reported is complete, and the charges were removed.',
  ],
  ['en', 'We opened a fraud investigation on the transactions you did not recognise.'],
];
const INQUIRY_VIOLATING: [string, string][] = [
  ['zh', '你的欠款已进入司法调查程序。'],
  ['zh', '系统已触发调查，警方会联系你。'],
  ['zh', '再不还款，我们就启动司法程序。'],
  ['zh', '你的案子已启动调查，等着配合公安调查吧。'],
  ['zh', '已启动司法调查，请配合警方调查。'],
  ['en', 'You are now under criminal investigation for this debt.'],
  ['en', 'A fraud investigation has been opened against you for not paying.'],
  ['en', 'The police will open an investigation if you do not pay today.'],
  ['en', 'Your file has been referred to the police for investigation.'],
  ['en', 'This is a criminal investigation; pay now to close it.'],
  ['zh', '针对您的投诉，我们发现您涉嫌恶意透支，已启动调查。'],
  ['en', 'Regarding your complaint, you are under investigation for fraud.'],
];

const locale = (lang: string): 'en' | 'zh-CN' => (lang === 'en' ? 'en' : 'zh-CN');
const ruleIds = (lang: string, text: string): string[] =>
  check(text, { locale: locale(lang), verified: true })
    .violations.map((v) => v.rule)
    .filter((r) => !r.startsWith('classifier.'));

describe('the law stated in general or on a condition is not a court claim', () => {
  it.each(COURT_LAWFUL)('%s lawful: %s', (lang, text) => expect(ruleIds(lang, text)).toEqual([]));
  it.each(COURT_VIOLATING)('%s violation: %s', (lang, text) =>
    expect(ruleIds(lang, text).some((r) => r.startsWith('false_legal.'))).toBe(true),
  );
});

describe('a true statement that income is protected is not an invented consequence', () => {
  it.each(PROTECTED_LAWFUL)('%s lawful: %s', (lang, text) => expect(ruleIds(lang, text)).toEqual([]));
  it.each(PROTECTED_VIOLATING)('%s violation: %s', (lang, text) =>
    expect(ruleIds(lang, text).some((r) => r.startsWith('false_legal.'))).toBe(true),
  );
});

describe('the bank’s service hours are not relentless contact', () => {
  it.each(HOURS_LAWFUL)('%s lawful: %s', (lang, text) => expect(ruleIds(lang, text)).toEqual([]));
  it.each(HOURS_VIOLATING)('%s violation: %s', (lang, text) =>
    expect(ruleIds(lang, text)).toContain('harassment.relentless_contact'),
  );
});

describe('a fraud warning that names a payment method is not a payment instruction', () => {
  it.each(WARNING_LAWFUL)('%s lawful: %s', (lang, text) => expect(ruleIds(lang, text)).toEqual([]));
  it.each(WARNING_VIOLATING)('%s violation: %s', (lang, text) =>
    expect(ruleIds(lang, text)).toContain('misrepresentation.payment_channel'),
  );
});

describe('the bank looking into what the person reported is no criminal investigation', () => {
  it.each(INQUIRY_LAWFUL)('%s lawful: %s', (lang, text) => expect(ruleIds(lang, text)).toEqual([]));
  it.each(INQUIRY_VIOLATING)('%s violation: %s', (lang, text) =>
    expect(ruleIds(lang, text).some((r) => r.startsWith('false_legal.'))).toBe(true),
  );
});

describe('a relay request to whoever answers stays a privacy violation (DOMAIN.md wrong person)', () => {
  it.each([
    ['en', 'Please have the account holder call us back at the number on the card.'],
    ['zh', '麻烦您转告持卡人尽快给我们回电。'],
  ])('%s: %s', (lang, text) => expect(ruleIds(lang, text)).toContain('privacy.relay_request'));
});
