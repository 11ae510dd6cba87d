import { type GuardContext } from '../../../src/guardrails/index.js';
import { describeRound } from './roundCases.js';

/**
 * Insults joined to the debt and to the parents, Cantonese veiled threats, the workplace told, a
 * debt posted or published, a debt passed down the family (rules/structRw15b.ts), and the lawful
 * shapes next to them (a template's blank amount, an epidemic relief notice, a scam alert), in
 * phrasings written for this test, none from a check set or a real message: NOT a figure.
 */
const V: GuardContext = { locale: 'zh-CN', verified: true };
const U: GuardContext = { locale: 'zh-CN', verified: false };

describeRound('the fifteenth session blind classes in Chinese (guardrw15b)', {
  violations: [
    ['拖着不还的败类，还好意思挂电话？', V, 'harassment'],
    ['一个穷逼也配办信用卡。', V, 'harassment'],
    ['四十岁的人了还让家里给你还钱，害不害臊？', V, 'harassment'],
    ['你老娘是个赌鬼吧，一家人都这样。', V, 'harassment'],
    ['今晚出队，你自己小心。', U, 'threat'],
    ['我哋有班兄弟会过嚟招呼你。', U, 'threat'],
    ['整个单位的人都会知道你欠了钱。', V, 'threat'],
    ['下午就把你的欠款记录发到业主群。', V, 'privacy'],
    ['我们会在村口张贴你的欠债告示。', V, 'privacy'],
    ['夫债妻还，他欠的你就得还。', U, 'privacy'],
  ],
  lawful: [
    ['您好，您本期账单XXX元，到期日X月X日，请按时还款。', V],
    ['根据疫情期间的相关政策，我行已为您办理延期还款，该服务免费，不影响征信。', V],
    ['谨防诈骗：骗子自称“您已被起诉”并要求转账，法院不会要求转账。', V],
    ['我们不会公布您的欠款信息。', V],
    ['父债子偿的说法没有法律依据，您不必替父亲还款。', U],
    ['我们不会让您单位的同事知道这件事。', V],
  ],
});
