import type { TurnContext } from 'botbuilder';
import { vouchingChannelOf } from '../channels/host.js';
import { ANY_CHANNEL, type AnyChannel } from '../store/accounts.js';

/** This service's own channels: a Bot Framework turn naming one of them is not one of their turns. */
const OWN_CHANNELS: ReadonlySet<string> = new Set(['directline', 'wechat']);

/**
 * Where a turn's account may be bound (sec18, sec19 red teams). Accounts are bound by channel and
 * user id, and only a transport that fixes the user id may name one:
 *
 * - a turn run by this service's own Direct Line or WeChat adapter: any account bound to the
 *   user id (`ANY_CHANNEL`). Its transport vouches for the id: a Direct Line session's token
 *   names the user a chat link the bank signed for (`npm run link`), so a WeChat holder's link
 *   opens their account on the web; a WeChat callback is signed by WeChat and names the openid
 *   WeChat assigned (the WeChat demo binds the demo accounts so).
 * - a Bot Framework turn (/api/messages): only an account bound on the channel its activity names
 *   (accounts loaded for `msteams` are reached from Teams turns). Azure Bot sets the channel, but
 *   some channels let the client pick `from.id` (Web Chat embedded with a Direct Line secret), so
 *   a Bot Framework turn naming `directline` or `wechat` reaches no account at all: those names are
 *   this service's own channels, whose accounts were bound for the user ids those transports fix.
 *   Bind accounts on a Bot Framework channel only where that channel assigns user ids.
 *
 * `undefined`: the turn reaches no account.
 */
export function bindingChannelOf(context: TurnContext): string | AnyChannel | undefined {
  if (vouchingChannelOf(context) !== undefined) return ANY_CHANNEL;
  const claimed = context.activity.channelId;
  return claimed && !OWN_CHANNELS.has(claimed) ? claimed : undefined;
}
