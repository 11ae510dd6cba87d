import type { CrisisCue, DisputeKind, HandoffReason } from '../../../core/act.js';
import { durationWords } from '../../numberWords.js';
import { paragraphs } from '../../format.js';
import { handoffOutcome, type HandoffOutcome } from '../../outcomes.js';
import type { Wording, WordingContext } from '../../wording.js';

/** zh-CN wording for disputes, people under stress and the way to a human colleague. */
const REASON_LEAD: Record<HandoffReason, string> = {
  requested: '好的，已为您转接人工服务。',
  dispute: '关于您提出的异议，已为您转接人工服务。',
  distress: '我们已请一位同事来与您沟通。',
  verification_failed: '由于身份验证未能完成，已为您转接人工服务。',
  impasse: '为了进一步帮您想办法，已为您转接人工服务。',
  guardrail_fallbacks: '为了更好地为您服务，已为您转接人工服务。',
  bereavement: '我们已请同事协助您处理相关事宜，时间以您方便为准。',
  concern: '我们也已请一位同事稍后来关心一下您的情况。',
};

/** What the second message of distress named, answered first (conv19). */
const CUE: Record<CrisisCue, string> = {
  means:
    '您刚才说的话让我们非常担心，也谢谢您愿意说出来。如果您身边有可能用来伤害自己的东西，请先把它放到拿不到的地方，或者离它远一点。',
  alone: '您说现在只有您一个人，请不要一个人扛着这些。如果可以的话，请一位信任的人过来陪陪您。',
};

/**
 * Words of distress written again after the crisis reply (conv19): the new message answered, are
 * you safe right now, the person asked to contact them, the line in brief; 1 and 2 alternate.
 */
function distressAgain(again: 1 | 2, line: string, cue: CrisisCue | undefined): string {
  const heard = cue ? CUE[cue] : undefined;
  return again === 1
    ? paragraphs(
        heard ?? '谢谢您愿意继续跟我说，您刚才说的话我们都很重视。',
        `想问一下，您现在安全吗？如果您有伤害自己的念头，请现在就拨打心理援助热线 ${line}，随时都有人接听；如有危险，请立即拨打120或110。`,
        '我们已经请同事尽快与您联系，账户的事您现在什么都不用管。如果想马上和工作人员沟通，请回复"转人工"。',
      )
    : paragraphs(
        heard ?? '我在听，也一直都在。',
        `能告诉我您此刻是安全的吗？心理援助热线 ${line} 随时有人接听；如果担心自己会做出伤害自己的事，请立即拨打120或110，或者请身边的人陪着您。`,
        '工作人员已经收到通知，会尽快联系您。您随时回复"转人工"，就可以直接和工作人员沟通。',
      );
}

const OUTCOME: Record<HandoffOutcome, string> = {
  resolved: '您咨询的问题已处理完毕。',
  plan_agreed: '您的还款计划已经登记。',
  callback_scheduled: '我们已为您安排回电。',
  dispute_recorded: '您的异议已登记，我们会继续核查。',
  unresolved: '这次没能完全解决您的问题，我们会继续跟进。',
};

function outcomeNote(outcome: string): string {
  const known = handoffOutcome(outcome);
  return known ? OUTCOME[known] : '';
}

function wait(minutes: number, ctx: WordingContext): string {
  return minutes > 0 ? `预计约${durationWords(minutes, ctx.locale)}内` : '稍后';
}

/** What happens next, by what the dispute is about. */
const DISPUTE_NEXT: Record<DisputeKind, string> = {
  identity_theft:
    '我们已按疑似盗用、冒用登记，会核查账户的开立和使用记录。核查期间请妥善保管您的卡片，不要向任何人提供短信验证码。',
  not_mine: '我们会核实这笔欠款是否确实属于您的账户，并把核实结果告诉您。',
  wrong_amount: '我们会逐项核对欠款金额（本金、利息和费用），并把明细和核对结果告诉您。',
  transaction: '我们会调取这笔交易的记录进行核查，并把核查结果告诉您。',
  payment_claim: '我们会核对您所说的这笔还款的入账情况。',
  validation_request:
    '我们会向您提供欠款的书面说明，包括债权人、账户、欠款金额及其构成（利息、费用、已还款项），以及提出异议的方式和期限。您的申请已登记，同事会按您留存的地址寄送。',
  general: '',
};

export const zhSupport = {
  dispute_recorded: (act) =>
    paragraphs(
      `感谢您告诉我们。您的异议已登记（编号：${act.disputeId}），您的原话也已一并记录。`,
      act.disputeKind && DISPUTE_NEXT[act.disputeKind],
      '在核查期间，该账户的催收将暂停，我们的同事会尽快核实情况并与您联系。如您希望现在就与工作人员沟通，请回复"转人工"。',
    ),

  human_requested: (act, ctx) =>
    act.again === 2
      ? `您的请求仍在排队中，重复发送不会影响排队顺序，工作人员接入后会第一时间回复您。等待期间，如有想了解的问题，也可以直接问我。`
      : act.again
        ? `您的人工服务请求已经登记，正在排队中，无需重复提交。${wait(act.etaMinutes, ctx)}会有工作人员与您联系，接入后会第一时间回复您。`
        : `好的，已收到您的请求，并为您登记了人工服务。${wait(act.etaMinutes, ctx)}会有工作人员与您联系，请您稍候。`,

  distress_support: (act, ctx) =>
    act.again
      ? distressAgain(act.again, act.hotline || ctx.crisisLine, act.cue)
      : paragraphs(
          '听到您这么说，我们很担心您，也谢谢您愿意告诉我们。您的安全和身心健康比任何还款都重要，现在请先不用考虑还款的事。',
          `如果您感到难以承受，或有伤害自己的念头，请拨打心理援助热线 ${act.hotline || ctx.crisisLine}，会有专业人员倾听并帮助您。如果您正处于危险之中，请立即联系身边的人或当地急救服务。`,
          '我们也已请一位同事稍后与您联系，关心您的情况。',
        ),

  handoff_queued: (act, ctx) =>
    `${REASON_LEAD[act.reason]}目前正在排队，${wait(act.etaMinutes, ctx)}会有工作人员接入，接入后会第一时间回复您，请您稍候。`,

  handoff_callback_offer: () =>
    paragraphs(
      '抱歉让您久等了，目前工作人员都在忙。请问需要我们稍后给您回电吗？',
      '需要回电请回复"确认"；您也可以直接在这里留言，工作人员会尽快回复您。',
    ),

  handoff_message_left: () => '您的留言已收到并记录，工作人员会尽快回复您。感谢您的耐心等待！',

  handoff_accepted: () => '工作人员已接入，接下来将由人工为您服务。',

  handoff_returned: (act) =>
    paragraphs(
      `人工服务已结束，感谢您的耐心沟通。${outcomeNote(act.outcome)}`,
      '接下来由自动服务助手继续为您服务。如需再次转人工，请回复"转人工"。',
    ),
} satisfies Partial<Wording>;
