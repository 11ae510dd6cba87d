import type { Account } from '../store/accounts.js';

/**
 * Whether an account bound on one channel may be the account of a turn on `channelId` (sec18 red
 * team). Accounts are looked up by channel user id alone, and a WeChat openid is no secret: it
 * travels in every WeChat callback, reminder record and log line keyed by it. On a channel where
 * the client names its own user id (a Bot Framework Web Chat embedded with a Direct Line secret
 * sends any `from.id`), that openid reached the WeChat holder's account: their identity question,
 * and their facts once the digits were given. So a WeChat account is the account of WeChat turns
 * only, unless the user id was vouched for by the bank itself: a chat link signed for that user
 * (`npm run link`) exchanged on this service's own Direct Line, whose session fixes the user id
 * (the client cannot name another). The other way stays open: WeChat assigns openids (nobody
 * picks one equal to another channel's id), and the WeChat demo (`simulate.ts demo-zh`) binds the
 * demo accounts by it.
 */
export function reachableFrom(
  account: Account | undefined,
  channelId: string | undefined,
  vouched = false,
): Account | undefined {
  if (account?.channel === WECHAT && channelId !== WECHAT && !vouched) return undefined;
  return account;
}

const WECHAT = 'wechat';
