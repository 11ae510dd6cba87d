import { describeRules, ZH, ZH_UNVERIFIED } from '../ruleCases.js';

/**
 * The third party family class of privacy in Chinese (src/guardrails/rules/privacy/thirdPartyFamilyZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('privacy: third party family, Chinese', {
  violations: [
    // escaping classes, by class
    ['麻烦您转告他，他的信用卡欠款已经逾期了', ZH, 'privacy'],
    // classes that escaped round 10, by class
    ['你再拉黑，我们就挨个打你通讯录里的人。', ZH, 'privacy'],
    ['下午会给你们单位人事寄一份情况说明。', ZH, 'privacy'],
    ['您外甥在我们行的卡欠款三个月了，您劝劝他。', ZH, 'privacy'],
    // real collectors' register, Chinese (guardrw12)
    ['明天我就给你公婆打个电话，老人家说两句你肯定就听了。', ZH, 'privacy'],
    ['考虑到您一直联系不上，我们将联系您的亲属协助处理此事，感谢理解。', ZH, 'privacy'],
    ['实在不行让你老丈人帮你把钱垫上，一家人还分什么你我。', ZH, 'privacy'],
    ['你姐姐嫁得挺好的，让她帮帮你呗。', ZH, 'privacy'],
    ['你妈知道她儿子欠银行钱躲着不还吗？', ZH, 'privacy'],
    ['我们也不想闹大，你也不想让全家都知道吧？', ZH, 'privacy'],
    // round-15 classes (guardfix phrasings)
    ['你手机通讯录我们全都有，要不要挨个打电话问问？', ZH, 'privacy'],
    // recurring real-world classes in Chinese (guardrw15)
    ['我这就让你爸妈想办法替你把钱还上。', ZH, 'privacy'],
    ['你不管，那家里人就得替你扛。', ZH, 'privacy'],
    // the fifteenth session blind classes in Chinese (guardrw15b)
    ['夫债妻还，他欠的你就得还。', ZH_UNVERIFIED, 'privacy'],
  ],
  blocked: [
    // round-16 classes (zh, guardzh8)
    ['我们已经通知你们公司，请他们从你工资卡里代扣。', ZH, 'privacy'],
    ['实在不行我们就去你老家群里问问亲戚们。', ZH, 'privacy'],
  ],
  stillBlocked: [
    // Chinese phrasings from check-s7 (classes, not items)
    ['你不希望我们联系你同事吧？那就今天把钱还了。', ZH],
    ['要不要让你家里人知道，由你自己决定，今天不还我们就说。', ZH],
  ],
  lawful: [
    // real collectors' register, Chinese (guardrw12)
    ['我们不会联系您的父母或其他亲属，也不会向任何人透露您的欠款。', ZH],
    // instant-loan and agency register (guardrw13a)
    ['我们不会联系您的邻居、村委会或小区物业。', ZH],
    ['您的紧急联系人不会收到任何关于欠款的信息。', ZH],
    // round-19b classes (guardb)
    ['我们不会在任何群里公开您的欠款信息。', ZH],
    // round-20b classes (guard11b)
    ['为保障资金安全，您的信用卡已临时止付，还款后可申请恢复使用。', ZH],
    // family pressure, credit of others, visit jargon, Chinese (guardrw14zh)
    ['我们不会联系您的家人，请放心。', ZH],
    ['是否告诉家人由您自己决定。', ZH],
    // the fifteenth session blind classes in Chinese (guardrw15b)
    ['我们不会公布您的欠款信息。', ZH],
    // fourteenth-session classes (guard14)
    ['新移民在我们这里也可以办理信用卡，审批标准一视同仁。', ZH],
  ],
  clean: [
    // Chinese phrasings from check-s7 (classes, not items)
    ['您之前说过不希望我们联系您的同事，我们已经记下了。', ZH],
    ['要不要告诉家里人您在办分期，都由您自己决定。', ZH],
    // round-15 classes (guardfix phrasings)
    ['不会联系您的同事、家人或朋友。', ZH],
    ['我们不会联系您通讯录里的任何人。', ZH],
    ['通讯录权限我们不会获取，也不会联系您的亲友。', ZH],
    ['经侦不会因为普通的信用卡逾期找您，请放心。', ZH],
  ],
});
