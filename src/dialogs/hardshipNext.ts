import type { DialogContext } from 'botbuilder-dialogs';
import type { HardshipKind } from '../core/act.js';
import { HARDSHIP_KINDS } from '../language/offline/care/hardship.js';
import { normalise } from '../language/offline/normalise.js';
import { namesAnOffer } from './care.js';
import type { DialogServices } from './services.js';
import { say, turnAccount, turnCase, turnUnderstanding } from './turn.js';

/**
 * A bare acknowledgement, the whole message: "好的", "嗯嗯", "行吧", "知道了", "ok", "fine",
 * "alright then", "ok thanks", "k". Punctuation, emoji and spaces around it do not matter.
 */
const BARE_ACK =
  /^(?:(?:好的?|好吧|好啊|好滴|嗯+|恩+|哦+|噢+|行|行吧|行啊|可以|可以的|知道了|明白了?|了解了?|收到|晓得了|懂了|是的|对)+(?:谢谢|谢啦|多谢)?|(?:ok(?:ay)?|k+|kk|fine|alright|all right|sure|right|got it|i see|understood|noted|yeah|yes|yep|yup|mm+|hmm+|oh ok(?:ay)?|ok(?:ay)? then|alright then|fine then|that'?s fine)(?: thanks?(?: you)?| thx| ty)?)$/;

const SHORT = 40;

/** True when the whole (short) message is a bare acknowledgement. */
export function bareAcknowledgement(text: string): boolean {
  if (text.length > SHORT) return false;
  const bare = normalise(text)
    .replace(/[\p{P}\p{S}\p{Extended_Pictographic}~]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return bare.length > 0 && BARE_ACK.test(bare);
}

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
 * fine" before any plan is on the table is answered with the choices the policy allows (a
 * hardship plan, a short extension, a person), never "how much could you pay each month?". The
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
  if (!bareAcknowledgement(dc.context.activity.text ?? '')) return false;
  // While a dispute is open the negotiation answers with the pause.
  const account = turnAccount(dc.context);
  if (account && (await s.stores.disputes.hasOpen(account.accountId))) return false;
  const hardship = await toldHardship(dc, s);
  if (hardship === undefined) return false;
  await say(dc.context, s, { kind: 'hardship_ack', hardship, verified: true, next: true });
  return true;
}
