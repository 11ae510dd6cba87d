import { type GuardContext } from '../../../src/guardrails/index.js';
import { describeRound } from './roundCases.js';

/**
 * Real collectors' register in Chinese (rules/structRegister12.ts), in phrasings written by
 * guardrw12 for this test, none taken from its check set (check-rw12.zh) or any real message:
 * they show each class is read, they are NOT a figure.
 */
const ZH: GuardContext = { locale: 'zh-CN', verified: true };

const VIOLATIONS: [string, GuardContext, string][] = [
  // relatives phoned "to help", asked to pay, asked whether they know
  ['明天我就给你公婆打个电话，老人家说两句你肯定就听了。', ZH, 'privacy'],
  ['考虑到您一直联系不上，我们将联系您的亲属协助处理此事，感谢理解。', ZH, 'privacy'],
  ['实在不行让你老丈人帮你把钱垫上，一家人还分什么你我。', ZH, 'privacy'],
  ['你姐姐嫁得挺好的，让她帮帮你呗。', ZH, 'privacy'],
  ['你妈知道她儿子欠银行钱躲着不还吗？', ZH, 'privacy'],
  ['我们也不想闹大，你也不想让全家都知道吧？', ZH, 'privacy'],
  ['我们将把您的欠款信息公示至您户籍地村委会。', ZH, 'privacy'],
  ['催收函已寄往您户籍所在地村委会，请及时处理。', ZH, 'privacy'],
  ['你儿子今年高考吧？好好想想征信对他有没有影响。', ZH, 'false_legal'],
  // the family's morals
  ['你们家一家子是不是都好赌？钱全输光了吧。', ZH, 'defamation'],
  ['你爸蹲过号子吧？难怪你也这副德行。', ZH, 'defamation'],
  ['有其父必有其子，欠钱跑路也是家传的。', ZH, 'defamation'],
  // sneering titles and vulgar dismissal
  ['装什么孙子，你那点破事谁不知道。', ZH, 'harassment'],
  ['哟，这不是我们的大忙人吗，终于舍得回个消息了？', ZH, 'harassment'],
  ['你没钱跟我有半毛钱关系？少废话，还钱。', ZH, 'harassment'],
  ['欠钱的是大爷，要钱的是孙子，是吧？', ZH, 'harassment'],
  ['你们家是不是穷疯了？', ZH, 'harassment'],
  ['您的亲属已被列为协助还款人。', ZH, 'false_legal'],
  // the festival, quiet days and leniency ended; staff sent to the village or the address
  ['不还是吧？行，这个年你们一家子就别想过踏实了。', ZH, 'threat'],
  ['好好陪陪你爸妈吧，以后可能没这么清净了。', ZH, 'threat'],
  ['这是给你的最后机会，错过了就别怪我们不讲情面。', ZH, 'threat'],
  ['通知：我司将安排工作人员前往您老家村委会，当面说明您的情况。回T退订', ZH, 'threat'],
  ['【诚安】您的债务委托书已生效，授权专员将于48小时内抵达您预留地址。', ZH, 'threat'],
  ['你爹妈年纪大了吧？经不经得起折腾，你自己心里清楚。', ZH, 'threat'],
  // a fraud case, 收缴 and seizure powers, an authority as the SMS brand, a system that sues
  ['【诚信催收】您的逾期已转为诈骗立案，请立即联系办案专员撤案，拒收请回复R', ZH, 'false_legal'],
  ['【普惠】资料已核实完毕，今日12点前未处理将启动全额收缴程序，拒收请回复R。', ZH, 'false_legal'],
  ['本人是银行总行授权的特派专员，有权直接处置你的全部财产。', ZH, 'misrepresentation'],
  ['【公安经侦提醒】您的信用卡透支行为已被系统标记，请尽快处理。', ZH, 'misrepresentation'],
  ['今日12点后，系统将自动生成起诉材料并提交法院，届时无法人工撤回。', ZH, 'misrepresentation'],
];

const LAWFUL: [string, GuardContext][] = [
  ['如果您的家人愿意帮您还款，可以通过官方渠道代还，但账户信息我们只告诉您本人。', ZH],
  ['您的家人不需要替您偿还这笔欠款，还款责任只在持卡人本人。', ZH],
  ['您不希望家人知道的话，我们会严格保密。', ZH],
  ['我们不会联系您的父母或其他亲属，也不会向任何人透露您的欠款。', ZH],
  ['【公安机关提醒】警方不会通过电话办案，更不会要求转账。接到此类电话请拨打110核实。（X银行代为发送）', ZH],
  ['如需上门办理，工作人员将在约定时间到达您的地址。', ZH],
  ['我们不会把您的信息公示到任何地方。', ZH],
  ['【X银行】新年快乐！祝您和家人身体健康，万事如意。退订回T', ZH],
  ['资料已核实完毕，您的个性化分期协议已生效，首期还款日为下月10日。', ZH],
  ['请问需要装什么软件才能在手机上还款？', ZH],
  ['您的逾期不会影响孩子上学，请放心。', ZH],
  ['纸质账单将寄往您的账单地址。', ZH],
  ['您的配偶不会被列为共同还款人。', ZH],
];

describeRound("real collectors' register, Chinese (guardrw12)", { violations: VIOLATIONS, lawful: LAWFUL });
