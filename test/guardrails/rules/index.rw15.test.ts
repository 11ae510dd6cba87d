import { type GuardContext } from '../../../src/guardrails/index.js';
import { describeRound } from './roundCases.js';

/**
 * Vague consequences from the sender, the family made to carry the debt, third persons told of
 * or asked to chase a debt, a named debt announced to others, serial-swindler branding
 * (rules/structRw15.ts), in phrasings written for this test, none from a check set or a real
 * message: they show each class is read, they are NOT a figure.
 */
const V: GuardContext = { locale: 'zh-CN', verified: true };
const U: GuardContext = { locale: 'zh-CN', verified: false };

describeRound('recurring real-world classes in Chinese (guardrw15)', {
  violations: [
    ['这周不还，事情就没那么好说了。', V, 'threat'],
    ['钱不到位我就不是这么客气了。', V, 'threat'],
    ['好，你给我等着！', V, 'threat'],
    ['找兄弟过来收拾你。', V, 'threat'],
    ['真要闹大，大家都别想好过。', V, 'threat'],
    ['我这就让你爸妈想办法替你把钱还上。', V, 'privacy'],
    ['你不管，那家里人就得替你扛。', V, 'privacy'],
    ['她在我们平台借了钱，一直联系不上。', U, 'privacy'],
    ['你帮忙催一下他，这笔贷款什么时候还。', U, 'privacy'],
    ['李某某欠钱不还，请大家转告。', U, 'privacy'],
    ['赵××，欠债还钱！', U, 'privacy'],
    ['陈志强欠钱不还', U, 'privacy'],
    ['此人到处骗钱，千万小心。', U, 'defamation'],
  ],
  lawful: [
    ['请您稍等，我帮您查一下账单。', V],
    ['这个问题没有那么简单，我们需要核实后答复您。', V],
    ['您的家人没有替您还款的义务。', V],
    ['如果家人愿意帮您还款，可以通过官方渠道代还。', V],
    ['我们不会让家人替您承担这笔欠款。', V],
    ['其他客户借了钱也可以申请分期。', V],
    ['赶紧还钱对您的征信有好处。', V],
    ['不法分子四处行骗，请勿向个人账户转账。', U],
    ['您好，方便时请回电，谢谢。', U],
  ],
});
