import { expect, it } from 'vitest';
import type { ReminderCandidate } from '../../../src/store/remindersCandidates.js';
import type { ClaimCheck, ClaimRequest } from '../../../src/store/remindersTypes.js';
import { account, type CoreBackend, seedAccounts } from '../../support/coreStores.js';
import { plan } from './plans.contract.js';
import { promise } from './promises.contract.js';

const NOW = new Date('2026-11-28T01:00:00.000Z');
const WINDOW = { day: '2026-11-28', weekStart: '2026-11-22' };
const later = (ms: number): Date => new Date(NOW.getTime() + ms);

/** One contact a day: what the dispatcher's rules check on the fresh facts. */
const dailyCap: ClaimCheck = (c: ReminderCandidate) =>
  c.contactsToday >= 1 ? { allowed: false, rule: 'daily_cap' } : { allowed: true };
const always: ClaimCheck = () => ({ allowed: true });

function request(kind: string, as: ClaimRequest['as'] = 'sending', accountId = 'S-1'): ClaimRequest {
  return {
    key: { accountId, kind, localDate: WINDOW.day },
    window: WINDOW,
    as,
    now: NOW,
    leaseUntil: later(60_000),
    maxAttempts: 2,
    detail: '{"seq":1}',
  };
}

async function world(b: CoreBackend): Promise<void> {
  await seedAccounts(
    b,
    account('S-1', { dueDate: '2026-12-05' }),
    account('S-2', { dueDate: '2026-12-05' }),
    account('L-1', { timeZone: 'America/Los_Angeles', dueDate: '2026-12-05' }),
  );
  await b.open().conversations.save(
    {
      conversationId: 'conv-S-1',
      channelId: 'directline',
      userId: 'u-S-1',
      accountId: 'S-1',
      reference: {},
    },
    NOW,
    true,
  );
}

/** The contract of `ReminderStore`, run against every backend. */
export function remindersContract(b: CoreBackend): void {
  it('lists the zones that have accounts', async () => {
    await world(b);
    expect([...(await b.openReminders().zones())].sort()).toEqual(['America/Los_Angeles', 'Asia/Shanghai']);
  });

  it('claims a reminder once, with the conversation read inside the claim; a second claim finds it recorded', async () => {
    await world(b);
    const r = b.openReminders();
    const claimed = await r.claim(request('due+7'), dailyCap);
    expect(claimed).toMatchObject({
      status: 'claimed',
      attempts: 1,
      candidate: { account: { accountId: 'S-1' } },
    });
    expect(await r.claim(request('due+7'), dailyCap)).toEqual({ status: 'recorded', recorded: 'sending' });
    expect(await r.claim(request('due+7', 'sending', 'nobody'), always)).toEqual({ status: 'no_account' });
    const [pending] = await r.pending(later(60_000));
    expect(pending).toEqual({
      accountId: 'S-1',
      kind: 'due+7',
      localDate: '2026-11-28',
      status: 'sending',
      reason: undefined,
      detail: '{"seq":1}',
      channelId: 'directline',
      conversationId: 'conv-S-1',
      attempts: 1,
      claimedAt: NOW.toISOString(),
      leaseUntil: later(60_000).toISOString(),
      timeZone: 'Asia/Shanghai',
    });
    expect(await r.pending(later(59_999))).toEqual([]);
  });

  it('re-checks the caps inside the claim, so a second kind on the same day is held', async () => {
    await world(b);
    const r = b.openReminders();
    expect(await r.claim(request('due+7', 'queued'), dailyCap)).toMatchObject({
      status: 'claimed',
      attempts: 0,
    });
    expect(await r.claim(request('missed-1'), dailyCap)).toEqual({ status: 'held', rule: 'daily_cap' });
  });

  it('completes only a row held as sending, and claims a failed one again while attempts are left', async () => {
    await world(b);
    const r = b.openReminders();
    await r.claim(request('due+7', 'queued'), always);
    expect(await r.complete(request('due+7').key, 'sent', undefined, NOW)).toBe(false);
    await r.claim(request('due+1'), always);
    expect(await r.complete(request('due+1').key, 'failed', 'channel 503', NOW)).toBe(true);
    expect(await r.complete(request('due+1').key, 'sent', undefined, NOW)).toBe(false);
    expect(await r.claim(request('due+1'), always)).toMatchObject({ status: 'claimed', attempts: 2 });
    await r.complete(request('due+1').key, 'failed', 'channel 503', NOW);
    expect(await r.claim(request('due+1'), always)).toEqual({ status: 'recorded', recorded: 'failed' });
  });

  it('lets a stale sending row be taken over once, after the check, and a queued one too', async () => {
    await world(b);
    const r = b.openReminders();
    await r.claim(request('due+7'), always);
    await r.claim(request('due', 'queued', 'S-2'), always);
    const late = later(120_000);
    const pending = await r.pending(late);
    expect(pending.map((p) => `${p.accountId}:${p.status}`)).toEqual(['S-1:sending', 'S-2:queued']);
    const lease = new Date(late.getTime() + 60_000);
    expect(await r.takeOver(pending[0]!, WINDOW, late, lease, dailyCap)).toEqual(
      expect.objectContaining({ status: 'held', rule: 'daily_cap' }),
    );
    expect(await r.takeOver(pending[0]!, WINDOW, late, lease, always)).toMatchObject({
      status: 'claimed',
      attempts: 2,
    });
    expect(await r.takeOver(pending[0]!, WINDOW, late, lease, always)).toEqual({
      status: 'recorded',
      recorded: 'sending',
    });
    expect(await r.takeOver(pending[1]!, WINDOW, late, lease, always)).toMatchObject({
      status: 'claimed',
      attempts: 1,
    });
    expect(await r.pending(late)).toEqual([]);
  });

  it('closes a row whose day is over only from the state named, and records a skip once', async () => {
    await world(b);
    const r = b.openReminders();
    await r.claim(request('due', 'queued'), always);
    const key = request('due').key;
    expect(await r.close(key, 'sending', 'skipped', 'day over', NOW)).toBe(false);
    expect(await r.close(key, 'queued', 'skipped', 'day over', NOW)).toBe(true);
    expect(await r.recordSkipped(key, 'quiet hours', NOW)).toBe(false);
    expect(await r.recordSkipped(request('due+1').key, 'quiet hours', NOW)).toBe(true);
    const [c] = await r.candidates('Asia/Shanghai', WINDOW, { due: ['2026-12-05'], plan: [] }, false);
    expect(c?.recorded).toEqual([
      { kind: 'due', status: 'skipped', reason: 'day over', attempts: 0 },
      { kind: 'due+1', status: 'skipped', reason: 'quiet hours', attempts: 0 },
    ]);
  });

  it('reads candidates of a zone by due date or plan date, with their facts, and leaves out recorded ones when asked', async () => {
    await world(b);
    const s = b.open();
    await s.plans.record(plan('P-1', 'S-2', '2026-11-20T01:00:00.000Z'));
    await s.promises.record(promise('PR-1', 'S-1', '2026-11-20T02:00:00.000Z', { dueDate: '2026-12-15' }));
    await s.disputes.open({
      disputeId: 'D-1',
      accountId: 'S-1',
      conversationId: undefined,
      text: 'x',
      createdAt: NOW.toISOString(),
    });
    await s.care.flag({
      accountId: 'S-1',
      kind: 'job_loss',
      pausesReminders: false,
      conversationId: undefined,
      createdAt: NOW.toISOString(),
    });
    await s.contacts.ceaseContact('S-2', 'STOP', NOW);
    await s.contacts.restrictContact('S-1', 'workplace', 'chat:directline:verified', NOW);
    const r = b.openReminders();
    await r.claim(request('due+7', 'queued'), always);
    const got = await r.candidates(
      'Asia/Shanghai',
      WINDOW,
      { due: ['2026-12-05'], plan: ['2026-12-15'] },
      false,
    );
    const byId = new Map(got.map((c) => [c.account.accountId, c]));
    expect([...byId.keys()].sort()).toEqual(['S-1', 'S-2']);
    expect(byId.get('S-1')).toMatchObject({
      account: account('S-1', { dueDate: '2026-12-05' }),
      instalments: undefined,
      promise: {
        promiseId: 'PR-1',
        amountCents: 321_000,
        paidCents: 0,
        dueDate: '2026-12-15',
        status: 'active',
      },
      careFlag: 'hardship',
      ceased: false,
      restrictions: ['workplace'],
      disputeOpen: true,
      acceptedEscalation: false,
      conversation: { conversationId: 'conv-S-1', channelId: 'directline' },
      recorded: [{ kind: 'due+7', status: 'queued', reason: undefined, attempts: 0 }],
      contactsToday: 1,
      contactsLast7Days: 1,
    });
    expect(byId.get('S-2')?.restrictions).toBeUndefined();
    expect(byId.get('S-2')).toMatchObject({
      instalments: [
        { seq: 1, dueDate: '2026-12-15', amountCents: 100_001, paidCents: 0 },
        { seq: 2, dueDate: '2027-01-15', amountCents: 100_000, paidCents: 0 },
        { seq: 3, dueDate: '2027-02-15', amountCents: 100_000, paidCents: 0 },
      ],
      ceased: true,
      conversation: undefined,
      careFlag: undefined,
      promise: undefined,
      recorded: [],
      contactsToday: 0,
    });
    const open = await r.candidates('Asia/Shanghai', WINDOW, { due: ['2026-12-05'], plan: [] }, true);
    expect(open.map((c) => c.account.accountId)).toEqual(['S-2']);
    expect(await r.candidates('Europe/Paris', WINDOW, { due: ['2026-12-05'], plan: [] }, false)).toEqual([]);
  });

  it('gives one reminder to exactly one of several instances claiming it at once', async () => {
    await world(b);
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, () => b.openReminders().claim(request('due+7'), always)),
    );
    expect(outcomes.filter((o) => o.status === 'claimed')).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'recorded')).toHaveLength(5);
  });

  it('keeps the daily cap when instances claim different reminders of one account at once', async () => {
    await world(b);
    const kinds = ['due', 'due+1', 'due+3', 'due+7', 'missed-1', 'missed-3'];
    const outcomes = await Promise.all(kinds.map((k) => b.openReminders().claim(request(k), dailyCap)));
    expect(outcomes.filter((o) => o.status === 'claimed')).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'held')).toHaveLength(5);
  });
}
