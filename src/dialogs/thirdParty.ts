import type { DialogContext } from 'botbuilder-dialogs';
import { normalise, thirdPartyKind } from '../language/offline/index.js';
import { recordCease } from './ceaseContact.js';
import type { DialogServices } from './services.js';
import { say, turnAccount, turnCase, turnUnderstanding } from './turn.js';

/**
 * The reply to someone who is not the holder (issue 15), in any turn before verification: nothing
 * about the debt, nothing to pass on, the service line for the holder to call back. A wrong number
 * or a new owner of the number: this address is no longer contacted. A death report: a person
 * follows up (bereavement). Said before in this conversation: the brief form, unless it is news.
 */
export async function thirdPartyReply(dc: DialogContext, s: DialogServices): Promise<void> {
  const state = turnCase(dc.context);
  const text = dc.context.activity.text ?? '';
  const found = thirdPartyKind(text);
  const about = found ?? state.thirdPartyAbout ?? 'relative';
  const news = about !== state.thirdPartyAbout;
  const again = state.thirdParty === true && state.thirdPartyAbout !== undefined && !news;
  state.thirdParty = true;
  state.thirdPartyAbout = about;
  if (news && about === 'not_this_number') {
    await recordCease(s, dc.context.activity, undefined, turnAccount(dc.context)?.accountId, 'chat');
  }
  const hours = s.settings.serviceHours;
  await say(dc.context, s, {
    kind: 'third_party',
    about,
    ...(again ? { again } : {}),
    ...(hours ? { hours } : {}),
  });
  if (news && about === 'deceased') {
    await s.escalator.escalate(
      dc.context,
      state,
      'bereavement',
      'someone wrote that the holder has died; not verified, nothing about the account was said',
    );
  }
}

/** "This is John now, my wife had my phone", "我是本人，刚才是我爱人": the holder takes the phone back. */
const HOLDER_BACK =
  /\b(?:this is|it'?s|i'?m) (?:the )?(?:account ?holder|card ?holder|[a-z]+ (?:now|here)|me (?:now|again))\b|\bi'?m back\b|(?:我是|我就是|我才是)(?:本人|持卡人|张伟|他本人)|本人(?:来了|回来了|在这)|换我(?:本人)?来|我(?:自己)?来(?:说|回复|处理)/;

/**
 * After a relative wrote, the holder says it is them now and gives the ID digits in the same
 * message: the third-party reading ends and the digits are checked like every other answer (issue 14:
 * a third party is recognised by what they say, and so is the holder).
 */
export function holderTakesOver(dc: DialogContext): boolean {
  const state = turnCase(dc.context);
  const u = turnUnderstanding(dc.context);
  if (!state.thirdParty || state.thirdPartyAbout === 'deceased' || u?.slots.last4 === undefined) return false;
  if (!HOLDER_BACK.test(normalise((dc.context.activity.text ?? '').slice(0, 500)))) return false;
  state.thirdParty = false;
  state.thirdPartyAbout = undefined;
  TOOK_OVER.add(dc.context);
  return true;
}

/** The turns in which the holder took over (the verification step checks their digits). */
const TOOK_OVER = new WeakSet<object>();

export function tookOver(dc: DialogContext): boolean {
  return TOOK_OVER.has(dc.context);
}
