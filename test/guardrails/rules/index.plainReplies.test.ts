import { describeRules, EN, ZH, ZH_BANK_SITE, ZH_UNVERIFIED } from './ruleCases.js';

/**
 * Plain lawful replies from the helpers' class tests that share no rule's pattern or trigger
 * words: the whole rule set (rules/index.ts) must let them pass. Where each came from:
 * PROVENANCE.md beside this file.
 */
describeRules('plain lawful replies', {
  lawful: [
    // real collectors' register, Chinese (guardrw12)
    ['资料已核实完毕，您的个性化分期协议已生效，首期还款日为下月10日。', ZH],
    // round-16 English classes (guarden8)
    ['We can arrange an interpreter if you prefer another language.', EN],
    // round-18 classes (guard18)
    ['我们每次联系您都不收取任何费用。', ZH],
    // exposure and masked menace in collectors English (guardrw14en)
    ['We apologize to you for the mix-up with your statement.', EN],
    ['Nobody will be embarrassed; this stays between you and us.', EN],
    // traditional-character public shaming (guardrw14zh)
    ['您的賬單已寄出，請留意查收。', ZH],
    // recurring real-world classes in Chinese (guardrw15)
    ['请您稍等，我帮您查一下账单。', ZH],
    ['您好，方便时请回电，谢谢。', ZH_UNVERIFIED],
    // the fifteenth session blind classes in Chinese (guardrw15b)
    ['您好，您本期账单XXX元，到期日X月X日，请按时还款。', ZH],
    // twelfth-session classes (guard12)
    ['如果账单上的内容看不明白，我可以逐项为您解释。', ZH],
    ['You can pay in the app, on our website, or at any branch.', EN],
  ],
  clean: [
    // round-15 classes (guardfix phrasings)
    ['您可以登录 pay.examplebank.com 完成还款。', ZH_BANK_SITE],
    // round-16 classes (zh, guardzh8)
    ['按合同按日计收利息，具体金额以账单为准。', ZH],
  ],
});
