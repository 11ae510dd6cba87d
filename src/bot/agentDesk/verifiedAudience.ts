import type { ConversationState, TurnContext } from 'botbuilder';
import { channelTurnOf, setChannelTurn } from '../../channels/host.js';
import type { Clock } from '../../core/clock.js';
import type { CaseState } from '../../dialogs/caseState.js';

/**
 * Who of a conversation may read a proactive message that carries verified detail:
 * - `session`: only this chat-link exchange (a Direct Line session), the one the person verified in;
 * - `conversation`: the whole conversation (a channel with one session per conversation, e.g. WeChat);
 * - `nobody`: no verification is current (never given, moved away, or lapsed while idle).
 */
export type VerifiedAudience =
  | { kind: 'session'; sessionId: string }
  | { kind: 'conversation' }
  | { kind: 'nobody'; why: 'not_verified' | 'lapsed' };

/** Reads the verified audience of the conversation a proactive turn runs on. */
export type VerifiedAudienceReader = (context: TurnContext) => Promise<VerifiedAudience>;

/** The session prefix the bot stores for a channel session (`collectionBot.ts` `sessionOf`). */
const CHANNEL_SESSION = 's:';

/**
 * Reads the bot's own record of verification from conversation state (`case.verified`,
 * `case.verifiedSession`, `case.lastActiveAt`) on a proactive turn, applying the same idle lapse
 * as an inbound turn (VERIFIED_SESSION_MINUTES), so a proactive message never outlives it.
 *
 *   const audience = verifiedAudienceReader(conversationState, 30, clock);
 *   await audience(context); // { kind: 'session', sessionId: '…' }
 */
export function verifiedAudienceReader(
  conversationState: ConversationState,
  idleMinutes: number,
  clock: Clock,
): VerifiedAudienceReader {
  const cases = conversationState.createProperty<CaseState>('case');
  return async (context) => {
    await conversationState.load(context, true);
    const state = await cases.get(context);
    return audienceOf(state, idleMinutes * 60_000, clock.now().getTime());
  };
}

/** The decision alone (pure), for the reader and its tests. */
export function audienceOf(
  state: Pick<CaseState, 'verified' | 'verifiedSession' | 'lastActiveAt'> | undefined,
  idleMs: number,
  now: number,
): VerifiedAudience {
  if (!state?.verified || state.verifiedSession === undefined) return { kind: 'nobody', why: 'not_verified' };
  const last = state.lastActiveAt ? Date.parse(state.lastActiveAt) : Number.NaN;
  if (!Number.isFinite(last) || now - last > idleMs) return { kind: 'nobody', why: 'lapsed' };
  if (!state.verifiedSession.startsWith(CHANNEL_SESSION)) return { kind: 'conversation' };
  const sessionId = state.verifiedSession.slice(CHANNEL_SESSION.length);
  return sessionId === '' ? { kind: 'nobody', why: 'not_verified' } : { kind: 'session', sessionId };
}

/**
 * Gives a proactive turn the conversation's verified session, so the send path marks every
 * message worded as verified for that session alone (`markAudience`); messages worded as
 * unverified still reach every open session. Returns what it read.
 */
export async function aimAtVerifiedSession(
  context: TurnContext,
  read: VerifiedAudienceReader,
): Promise<VerifiedAudience> {
  const audience = await read(context);
  if (audience.kind === 'session')
    setChannelTurn(context, { ...channelTurnOf(context), sessionId: audience.sessionId });
  return audience;
}
