import type { DialogContext } from 'botbuilder-dialogs';
import type { HardshipKind } from '../core/act.js';
import { HARDSHIP_KINDS } from '../language/offline/care/hardship.js';
import { asksToWaitUntil } from '../language/offline/defer.js';
import { normalise } from '../language/offline/normalise.js';
import { namesAnOffer } from './care.js';
import type { DialogServices } from './services.js';
import { say, turnAccount, turnCase, turnUnderstanding } from './turn.js';

/** Words that only acknowledge: "好的", "嗯嗯", "行吧", "知道了", "谢谢", "ok", "fine", "got it", "thanks". */
const ACK_ZH =
  '好的?呢?|好吧|好啊|好滴|好嘞|好哒|那好吧?|那行吧?|嗯呢?|恩|哦|噢|喔|行吧?|行啊|成|可以的?|知道了?|明白了?|了解了?|收到了?|晓得了?|懂了|是的|对的?|没问题|谢谢(?:你|您)?|谢啦|多谢|感谢';
const ACK_EN =
  "ok(?:ay|ie|i)?|k|fine|alright|all right|sure(?: thing)?|right|got it|i see|understood|noted|yeah|yes|yep|yup|m|hm|oh|then|thanks?(?: you)?|thx|ty|cool|whatever|that'?s fine|np";

/**
 * Every word is written without a repeat (`嗯`, not `嗯+`; runs of a letter are shortened first), so
 * a message splits into words one way only: no runaway backtracking on "kkkk…x".
 *
 * A bare acknowledgement, the whole message: one or more of those words ("好的好的", "嗯，好",
 * "ok sure", "ok thanks", "k"). Punctuation, emoji and spaces around them do not matter; 👍 and
 * 👌 read as "ok".
 */
const BARE_ACK = new RegExp(`^(?:(?:${ACK_ZH}|${ACK_EN}) ?)+$`);

const SHORT = 40;

/** A wait asked for is one short message ("can this wait till I find something new?"). */
const WAIT_TEXT = 200;

/** True when the whole (short) message is a bare acknowledgement. */
export function bareAcknowledgement(text: string): boolean {
  if (text.length > SHORT) return false;
  const bare = normalise(text)
    .replace(/[\u{1F44C}\u{1F44D}]/gu, ' ok ')
    .replace(/[\p{P}\p{S}\p{Extended_Pictographic}~]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/(.)\1{2,}/gu, '$1$1')
    .trim();
  return bare.length > 0 && BARE_ACK.test(bare);
}

/** `lastFallback` after the options of `optionsAfterHardship`. */
export const OPTIONS_SHOWN = 'hardship_options';

const ACT_KINDS: ReadonlySet<string> = new Set<string>([...HARDSHIP_KINDS, 'other']);

/** The hardship last told in this conversation, or else the last one flagged on the account. */
async function toldHardship(dc: DialogContext, s: DialogServices): Promise<HardshipKind | undefined> {
  const told = (turnCase(dc.context).hardships ?? []).at(-1);
  if (told !== undefined) return told;
  const account = turnAccount(dc.context);
  if (!account) return undefined;
  const flags = await s.stores.care.listFor(account.accountId);
  const last = flags.filter((f) => ACT_KINDS.has(f.kind)).at(-1);
  return last === undefined ? undefined : (last.kind as HardshipKind);
}

/**
 * After a hardship (told in this conversation or flagged on the account), a bare "好的 / ok /
 * fine", or a wait asked for until things pick up (`wait`: said we cannot hold the account
 * ourselves, and the ways to give time), before a plan is on the table, is answered with the
 * choices the policy allows (a hardship plan, a short extension, a person), never "how much could
 * you pay each month?"; said again right after, in one short line (`again`). The
 * amount comes when the person chooses a plan or names an amount. An "ok" to offers, to a plan
 * being confirmed, to "which date?" or while a dispute is open goes on to the negotiation as
 * before. True when answered.
 */
export async function optionsAfterHardship(dc: DialogContext, s: DialogServices): Promise<boolean> {
  const u = turnUnderstanding(dc.context);
  const state = turnCase(dc.context);
  const n = state.negotiation;
  if (!u || namesAnOffer(u) || (n.stage !== 'none' && n.stage !== 'asked')) return false;
  if (n.pending !== undefined || n.awaitingDate === true) return false;
  const text = dc.context.activity.text ?? '';
  // "那能不能等厂里开工了我再还", "can this wait till i find something new?": time asked for (conv15).
  const wait = text.length <= WAIT_TEXT && asksToWaitUntil(normalise(text));
  if (!wait && !bareAcknowledgement(text)) return false;
  // While a dispute is open the negotiation answers with the pause.
  const account = turnAccount(dc.context);
  if (account && (await s.stores.disputes.hasOpen(account.accountId))) return false;
  const hardship = await toldHardship(dc, s);
  if (hardship === undefined) return false;
  // "ok", "嗯嗯" again right after these options: said shorter, in other words (conv15: the same
  // reply twice in a row); a third time the full options again.
  const again = !wait && state.lastFallback === OPTIONS_SHOWN;
  state.lastFallback = again ? undefined : OPTIONS_SHOWN;
  await say(dc.context, s, {
    kind: 'hardship_ack',
    hardship,
    verified: true,
    next: true,
    ...(wait ? { wait } : {}),
    ...(again ? { again } : {}),
  });
  return true;
}
