import type { DialogServices } from './services.js';

/**
 * Cease-contact: for the whole account once the person has verified in this session; before
 * that, for this channel address only (that chat user id, that openid), never spread to the
 * account's other channels (issue 12). Says which it recorded.
 *
 *   await recordCease(services, activity, state.verified ? account.accountId : undefined, account?.accountId, 'chat');
 */
export async function recordCease(
  s: DialogServices,
  activity: { channelId?: string; from?: { id?: string } },
  verifiedAccountId: string | undefined,
  claimedAccountId: string | undefined,
  how: 'chat' | 'unsubscribe',
): Promise<'account' | 'address'> {
  const channelId = activity.channelId ?? 'unknown';
  const now = s.clock.now();
  if (verifiedAccountId) {
    await s.stores.contacts.ceaseContact(verifiedAccountId, `${how}:${channelId}`, now);
    return 'account';
  }
  const address = {
    channelId,
    userId: activity.from?.id ?? '',
    ...(claimedAccountId ? { accountId: claimedAccountId } : {}),
  };
  await s.stores.contacts.ceaseAddress(address, `${how}:${channelId}`, now);
  return 'address';
}
