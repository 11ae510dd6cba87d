import type { HardshipKind } from '../../../core/act.js';
import { date, money, paragraphs } from '../../format.js';
import { zhOffer } from './plans.js';
import type { Wording } from '../../wording.js';

/** zh-CN wording for people in difficulty: their news named first, never a payment request. */
const HEARD: Record<HardshipKind, string> = {
  illness: '听到您身体不好、正在看病治疗，真的很不容易，请您先照顾好自己。',
  job_loss: '听到失业让家里的收入受到了影响，这段时间一定很不容易。',
  bereavement: '听到您失去了亲人，我们深感难过，请您节哀，保重身体。',
  divorce: '听到您正在经历婚姻上的变故，这段时间一定很辛苦。',
  disaster: '听到您遭遇了意外和损失，希望您和身边的人都平安。',
  caring: '听到您一边照顾亲人、一边还要操心这些事，真的很辛苦。',
  imprisonment: '谢谢您告诉我们家里发生的变故，这段时间一定很不容易。',
  disability: '听到您身体上遇到的困难，谢谢您愿意告诉我们。',
  other: '谢谢您告诉我们您现在的困难，这段时间一定很不容易。',
};

export const zhCare = {
  hardship_ack: (act) =>
    act.next
      ? paragraphs(
          '今天不需要您做任何还款决定，您的情况我们已经记录下来。',
          '等您准备好了，在本行政策允许的范围内，您可以：\n- 申请困难帮扶分期，延长期数、减轻每期压力；\n- 申请短期延期，给您一些缓冲的时间；\n- 由工作人员单独为您跟进，回复"转人工"即可。\n您想先了解哪一种，直接告诉我就好。',
        )
      : act.again
        ? paragraphs(
            '谢谢您跟我说这些。您的情况我们都已经记录下来，现在不需要您做任何还款决定。',
            '等您方便的时候，我可以和您一起看看困难帮扶分期或短期延期；如希望由工作人员跟进，请回复"转人工"。',
          )
        : paragraphs(
            HEARD[act.hardship],
            '您的情况我们已经记录下来，后续沟通都会考虑到这一点。现在不需要您做任何还款决定。',
            act.verified
              ? '在本行政策允许的范围内，您可以：\n- 申请困难帮扶分期，延长期数、减轻每期压力；\n- 申请短期延期，给您一些缓冲的时间；\n- 由工作人员单独为您跟进，回复"转人工"即可。\n您想先了解哪一种？等您方便的时候再告诉我也可以。'
              : '核实身份后，我们可以为您查看困难帮扶分期、短期延期等办法，也可以安排工作人员单独跟进。方便的话，请回复您身份证号码的后四位；如希望直接与工作人员沟通，请回复"转人工"。',
          ),

  listen: (act) =>
    act.broke && act.again
      ? '明白。现在不用急着决定还款的事。如果您愿意，我可以为您介绍困难帮扶分期或短期暂缓；也可以回复"转人工"，由工作人员和您一起想办法。'
      : act.broke
        ? paragraphs(
            '谢谢您如实告诉我，手头没钱确实让人着急。现在不用急着决定还款的事。',
            '如果最近遇到了困难，我可以和您一起看看困难帮扶分期或短期暂缓；您也可以慢慢跟我说说现在的情况，或回复"转人工"与工作人员沟通。',
          )
        : act.fine
          ? paragraphs(
              `谢谢您告诉我，听到您还好，我们就放心了。如果哪天觉得撑不住，心理援助热线 ${act.hotline ?? '12356'} 随时都有人接听。`,
              '等您方便的时候我们再继续：您可以问我账户的情况，一起看看适合您的安排，或回复"转人工"与工作人员沟通。',
            )
          : act.hotline
            ? paragraphs(
                '谢谢您愿意告诉我。听起来您现在可能真的很不容易，我们很关心您是否安好。还款的事今天可以先不谈。',
                `如果您觉得撑不住，或者有伤害自己的念头，请现在就拨打心理援助热线 ${act.hotline}，随时都有人接听；如有危险，请立即拨打120或110。`,
                '我们也已请一位同事稍后关心一下您的情况。您愿意再跟我多说一些吗？如果想现在就和工作人员聊，请回复"转人工"。',
              )
            : paragraphs(
                '抱歉，我可能没有完全理解您的意思，不想随便猜测。您可以慢慢说，用自己的话告诉我现在的情况。',
                '如果最近遇到了困难，我可以和您一起看看困难帮扶分期或短期暂缓；您也可以问我账户的情况，或回复"转人工"与工作人员沟通。',
              ),

  promise_status: (act) =>
    paragraphs(
      `您此前约定于${date(act.dueDate, 'zh-CN')}前还款 ${money(act.amountCents, act.currency, 'zh-CN')}（编号：${act.promiseId}），这一约定目前仍然有效。`,
      '在约定日期之前，我们不会就该账户催收。如果这个日期对您来说有困难，请告诉我，我们可以一起看看；如需人工服务，请回复"转人工"。',
    ),

  plan_replace_confirm: (act) =>
    paragraphs(
      act.changed
        ? `在我们沟通的这段时间里，您的还款计划有了变化：刚刚在另一个对话中为您的账户登记了一份计划（编号：${act.current.planId}）：${zhOffer(act.current.offer, act.currency)}。您刚才选择的新方案暂未登记。`
        : `您目前已有一份还款计划（编号：${act.current.planId}）：${zhOffer(act.current.offer, act.currency)}。`,
      `您现在选择的新方案将替换这份计划：${zhOffer(act.offer, act.currency)}。`,
      '每个账户同一时间只能有一份还款计划，确认后原计划将终止，由新方案取代。确认替换请回复"确认"；如想保留原计划，请回复"不用了"。',
    ),

  crisis_followup: (act, ctx) =>
    paragraphs(
      '谢谢您还愿意跟我们说话。您的安全比什么都重要，还款的事现在都可以先放一放，在这次对话里我们不会再跟您谈还款。',
      `如果您有伤害自己的念头，请现在就拨打心理援助热线 ${act.hotline || ctx.crisisLine}，或者联系身边信任的人；如有危险，请立即拨打120或110。`,
      '我们的同事会尽快与您联系。您也可以在这里继续说说您的情况。',
    ),

  verify_bank: (_act, ctx) =>
    paragraphs(
      '您的谨慎非常对。为了确认这条消息确实来自本行，请不要使用消息里提供的任何电话或链接，而是：',
      `- 拨打您信用卡背面印有的客服电话；\n- 或者登录${ctx.bankName}官方手机银行或官方网站查询。`,
      '请您放心：本行从不要求您把钱转到任何个人账户或所谓的"安全账户"，也不会让您用购物卡、充值卡还款，更不会以抓人相威胁、要求您当天转账。如有人这样要求，请不要转账，可向当地公安机关报案，也可以拨打卡背面的客服电话告诉我们。',
      '我们不会向您索要密码、短信验证码或完整的卡号。确认之后，欢迎您回到这里继续沟通。',
    ),

  plan_status: (act) =>
    paragraphs(
      `您已有一份还款计划（编号：${act.planId}）：${zhOffer(act.offer, act.currency)}。`,
      act.next &&
        `下一期还款：请于${date(act.next.dueDate, 'zh-CN')}前还款 ${money(act.next.amountCents, act.currency, 'zh-CN')}。`,
      '按计划按时还款期间，我们不会就该账户进行催收。如需调整计划，请告诉我；如需人工服务，请回复"转人工"。',
    ),
} satisfies Partial<Wording>;
