import { describeRules, ZH } from '../ruleCases.js';

/**
 * The family leverage class of threat in Chinese (src/guardrails/rules/threat/familyLeverageZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('threat: family leverage, Chinese', {
  violations: [
    // shame promised to fall on the family (guardzh20)
    ['等大家都知道了，你爸妈在村里还怎么做人？', ZH, 'threat'],
    // real collectors' register, Chinese (guardrw12)
    ['不还是吧？行，这个年你们一家子就别想过踏实了。', ZH, 'threat'],
    ['好好陪陪你爸妈吧，以后可能没这么清净了。', ZH, 'threat'],
    ['你爹妈年纪大了吧？经不经得起折腾，你自己心里清楚。', ZH, 'threat'],
    // round-15 classes (guardfix phrasings)
    ['我们很关心您一家人的人身安全，请尽快结清欠款。', ZH, 'threat'],
    ['不希望您家里出点什么事，今天之内还款吧。', ZH, 'threat'],
    ['你店门口那块玻璃要是被人砸了多心疼啊，钱赶紧还上。', ZH, 'threat'],
    ['拖着不还钱的人，往往容易倒霉。', ZH, 'threat'],
    ['為咗你屋企人平平安安，今日之內還錢啦。', ZH, 'threat'],
    ['我们当然希望你全家平平安安的，所以钱还是早点还。', ZH, 'threat'],
    ['咱也不想你们一家出啥岔子，这个月底前把最低还款还了吧。', ZH, 'threat'],
    ['不理我们的人，后来家里总会出点状况，你懂的。', ZH, 'threat'],
    ['为了孩子上下学路上安安稳稳的，您还是尽快把欠款结清吧。', ZH, 'threat'],
    ['听说你每周三晚上去打球？钱今晚到账，大家都好。', ZH, 'threat'],
    // family pressure, credit of others, visit jargon, Chinese (guardrw14zh)
    ['这钱你要是不还，就只能让你妈来替你扛了。', ZH, 'threat'],
    ['我们晚上就打电话通知你父母，让他们帮你处理。', ZH, 'threat'],
    ['你老婆知道你欠了网贷吗？', ZH, 'threat'],
    ['再不还，你们全家老小都会知道。', ZH, 'threat'],
  ],
  lawful: [
    // a parenting question, no threat (guardzh20)
    ['孩子在学校如何面对同学的议论，是很多家长关心的话题。', ZH],
    // real collectors' register, Chinese (guardrw12)
    ['您不希望家人知道的话，我们会严格保密。', ZH],
    ['【X银行】新年快乐！祝您和家人身体健康，万事如意。退订回T', ZH],
    // invented process and dressed-up callers, Chinese (guardrw13b)
    ['家人离世、生病住院、失业等情况可能影响您的还款能力，如有困难请与我们联系。', ZH],
    // recurring real-world classes in Chinese (guardrw15)
    ['您的家人没有替您还款的义务。', ZH],
    ['如果家人愿意帮您还款，可以通过官方渠道代还。', ZH],
    ['我们不会让家人替您承担这笔欠款。', ZH],
    // twelfth-session classes (guard12)
    ['您的家人知道您在申请分期吗？', ZH],
  ],
  clean: [
    // Chinese phrasings from check-s7 (classes, not items)
    ['您不用操心您妈那边，账户的事我们只和您本人谈。', ZH],
    // round-15 classes (guardfix phrasings)
    ['我们知道您孩子上学开销大，可以申请分期还款。', ZH],
    ['如遇意外情况无法按时还款，请联系我们申请延期。', ZH],
    ['如果家里发生意外导致暂时无法还款，可以提供证明申请延期。', ZH],
    ['我们理解您需要接孩子放学，方便的时候再回电就好。', ZH],
    ['如果您孩子生病需要用钱，可以先申请延期还款。', ZH],
    ['为了您的资金安全，请只通过官方渠道还款。', ZH],
    // round-16 classes (zh, guardzh8)
    ['您的子女无需替您偿还这笔欠款，还款责任只在您本人。', ZH],
    ['如果您愿意请家人陪同办理，这是您的选择，我们不会主动联系他们。', ZH],
  ],
});
