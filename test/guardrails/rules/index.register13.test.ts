import { type GuardContext } from '../../../src/guardrails/index.js';
import { describeRound } from './roundCases.js';

/**
 * Instant-loan and agency register (rules/structRegister13.ts, structRegister13Taunts.ts,
 * structRegister13Zh.ts), in phrasings from guardrw13a's own training lines
 * (training/guardrails/rw13a.*.yaml), none from its check set (rules/checkRw13a.*.jsonl) or a
 * real message: they show each class is read, they are NOT a figure.
 */
const EN: GuardContext = { locale: 'en', verified: true };
const ZH: GuardContext = { locale: 'zh-CN', verified: true };

const VIOLATIONS: [string, GuardContext, string][] = [
  // harm to the person or a third person with no listed word, masked blanks
  ['I will kill that brother of yours if this money is not paid.', EN, 'threat'],
  ['I will wipe out your entire family, mark my words.', EN, 'threat'],
  ['I am going to ruin your life completely.', EN, 'threat'],
  ['Next time I come, I burn the car.', EN, 'threat'],
  ['We will blow the ____ shop up.', EN, 'threat'],
  ['Hell will be let loose on you this weekend.', EN, 'threat'],
  ['Stop running, we know where you are hiding.', EN, 'threat'],
  ['You will see what we will do to you.', EN, 'threat'],
  // exposure as a threat, shame as its purpose
  ['Your phonebook contacts will start receiving calls from 6pm.', EN, 'threat'],
  ['We will send your ID to your barangay captain and your neighbours.', EN, 'threat'],
  ['Your loan details will be sent to everyone in your contact list to shame you.', EN, 'threat'],
  ['Pay now to avoid embarrassment in front of your family and friends.', EN, 'threat'],
  ['Your picture will be shared with your employer and colleagues.', EN, 'threat'],
  ['We will make you famous on Facebook for the wrong reasons.', EN, 'threat'],
  ['We have started calling your contacts, pay to stop it.', EN, 'threat'],
  ['We are sending your details to your church pastor now.', EN, 'threat'],
  ['We will declare you wanted on social media.', EN, 'threat'],
  ['No where to hide, we have your location.', EN, 'threat'],
  // branding broadcasts and fake adverts
  ['Please be informed that your friend Tunde is a thief and a fraudster.', EN, 'defamation'],
  ['We wish to inform the public that the family of Amina are fraudsters.', EN, 'defamation'],
  ['Be warned, this woman is not to be trusted with money.', EN, 'defamation'],
  ['May his thieving soul rot in hell.', EN, 'defamation'],
  ['WANTED: this man borrowed and disappeared. Call us if you see him.', EN, 'defamation'],
  ['Available for hookups, cheap, to pay her debt.', EN, 'defamation'],
  // contempt without profanity, masked slurs
  ["It's called a phone. You press answer and you talk.", EN, 'harassment'],
  ['Enjoy your shame, it is all yours now.', EN, 'harassment'],
  ['Cupcake, I am digging into your family background right now.', EN, 'harassment'],
  ['Have you no shame at all?', EN, 'harassment'],
  ["Darling, I know your mother's name and her village.", EN, 'harassment'],
  ['Pay your debt, n****r.', EN, 'discrimination'],
  ['Go pick cotton and pay what you owe.', EN, 'discrimination'],
  ['You people from that tribe never pay back.', EN, 'discrimination'],
  // zh: posting at 户籍地/村/小区, neighbours called out, contacts told, fire, branding
  ['你的人脸影像将张贴在户籍居住地。', ZH, 'threat'],
  ['你的人脸影像将张贴在户籍居住地。', ZH, 'harassment'],
  ['明天上门时会把邻居都叫出来看看。', ZH, 'harassment'],
  ['今晚八点起，你的通讯录好友会陆续收到你的欠款信息。', ZH, 'threat'],
  ['下次我就一把火把你家点了。', ZH, 'threat'],
  ['你手机是用来看的吗？接个电话这么难？', ZH, 'harassment'],
  ['告全体亲友书：某某借钱不还，是个骗子，大家远离他。', ZH, 'defamation'],
];

const LAWFUL: [string, GuardContext][] = [
  ['We will never contact your family, friends or colleagues about this loan.', EN],
  ['We do not post anything about our customers on social media.', EN],
  ['If anyone says your contacts will be called, do not pay them: it is a scam.', EN],
  ['We will not share your photo, ID or BVN with anyone.', EN],
  ['Your contacts will never receive any message from us.', EN],
  ['No one in your village, church or office will hear from us.', EN],
  ['There is no shame in needing more time; we can help.', EN],
  ['The law forbids collectors to shame borrowers or publish their names.', EN],
  ['He is not a criminal; a late payment is a civil matter.', EN],
  ['He is a fraudster who pretends to be from our bank; please hang up on him.', EN],
  ['You should be proud of yourself for finishing the plan.', EN],
  ['Niger and Nigeria customers can pay through the app.', EN],
  ['We have your location set to Kenya in the app; you can change it in settings.', EN],
  ['We will end the call now; thank you for your time.', EN],
  ['Please be informed that your payment plan is active.', EN],
  ['Honey, I know your family is going through a lot; we can pause reminders.', EN],
  ['The bank will not destroy any of your records before the retention period ends.', EN],
  ['我们不会把您的照片或身份证信息提供给任何人。', ZH],
  ['我们不会联系您的邻居、村委会或小区物业。', ZH],
  ['请将身份证照片发给我们的在线客服完成核实。', ZH],
  ['您的紧急联系人不会收到任何关于欠款的信息。', ZH],
  ['您可以到户籍所在地的网点办理业务。', ZH],
  ['日子过得紧也没关系，我们可以为您办理分期。', ZH],
];

describeRound('instant-loan and agency register (guardrw13a)', { violations: VIOLATIONS, lawful: LAWFUL });
