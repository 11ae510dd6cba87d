import { describeRules, ZH } from '../ruleCases.js';

/**
 * Threats with no listed threat word (src/guardrails/rules/threat/plainZh.ts; guardzh25, issue 16),
 * in phrasings written for this test after the rules, none from a check set or a real message:
 * they show each class is read, they are NOT a figure. Lawful look-alikes beside them.
 */
describeRules('threat: plain violence, curses, what the collector knows, Chinese', {
  violations: [
    ['你再躲，我们去你们厂里把你揪出来揍一顿。', ZH, 'threat'],
    ['周末去你宿舍楼下等你，见面就收拾你。', ZH, 'threat'],
    ['不还？行，明天到你店里把你那几个柜台给砸了。', ZH, 'threat'],
    ['我这边处理不了了，会有另外一批人来找你，他们可没我这么好说话。', ZH, 'threat'],
    ['我们外访组的做事风格比较直接，你自己掂量。', ZH, 'threat'],
    ['到时候出点什么事，我可控制不了下面那些兄弟。', ZH, 'threat'],
    ['欠钱的人，出门都要被车撞，你等着。', ZH, 'threat'],
    ['祝你家里人个个短命。', ZH, 'threat'],
    ['你這種人冚家鏟，出門俾雷劈。', ZH, 'threat'],
    ['你儿子在哪个学校、几点放学，我们都清清楚楚。', ZH, 'threat'],
    ['你的照片、住址、工作单位都在我手上，你自己想。', ZH, 'threat'],
    ['你不怕，你老婆孩子怕不怕？多为他们考虑一下。', ZH, 'threat'],
  ],
  lawful: [
    ['我们会到您单位附近的网点为您办理，请提前预约。', ZH],
    ['您家里的老人身体还好吗？还款的事不急，我们慢慢商量。', ZH],
    ['祝您和家人新年快乐，身体健康。', ZH],
    ['您提供的地址我们已经收到，还款提醒函会寄到新地址。', ZH],
    ['工作人员不会去您家里，也不会打扰您的家人。', ZH],
    ['打您电话一直没人接，请您方便时回电。', ZH],
    // The bank's own reply to a relative who gave the holder's ID digits (own18-zh-relative-wife-digits).
    [
      '感谢您的配合。由于您是代持卡人咨询，即使提供了证件信息，我们也无法在这里为您查询账户；为保护持卡人的信息安全，相关事宜只能与持卡人本人沟通。',
      ZH,
    ],
    ['您的个人信息都在我们系统里加密保存，请放心。', ZH],
    // The bank's own reply to a relative asking again (modelResponder's template fallback).
    ['账户的相关信息我们仍然只能与持卡人本人沟通，最便捷的方式是请本人直接拨打客服热线。', ZH],
  ],
});
