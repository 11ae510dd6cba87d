import type { DialogContext } from 'botbuilder-dialogs';
import { thirdPartyKind } from '../language/offline/index.js';
import { recordCease } from './ceaseContact.js';
import type { DialogServices } from './services.js';
import { say, turnAccount, turnCase } from './turn.js';

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
