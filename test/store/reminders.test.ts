import { describe, expect, expectTypeOf, it } from 'vitest';
import { localClock, resolveContactRules } from '../../src/policy/contactRules.js';
import { fullCheck } from '../../src/reminders/dispatcher.js';
import { DEFAULT_SCHEDULE } from '../../src/reminders/schedule.js';
import { countWindow } from '../../src/reminders/selection.js';
import { SqliteReminderStore, type ClaimRequest } from '../../src/store/reminders.js';
import { at, converse, rows, SHANGHAI, world } from '../reminders/fixtures.js';
import type { AsyncOf } from '../../src/store/pg/asyncOf.js';
import type { ReminderStore } from '../../src/store/remindersTypes.js';

const NOW = at('2026-11-28T01:00:00Z');

async function setup() {
  const w = world([SHANGHAI]);
  await converse(w, 'S-1');
  const store = new SqliteReminderStore(w.db);
  const ctx = {
    store,
    rules: resolveContactRules('default').rules,
    schedule: DEFAULT_SCHEDULE,
    isHandledByHuman: async () => false,
    maxAttempts: 3,
  };
  const request = (kind: string, as: ClaimRequest['as'] = 'sending'): ClaimRequest => ({
    key: { accountId: 'S-1', kind, localDate: '2026-11-28' },
    window: countWindow('2026-11-28'),
    as,
    now: NOW,
    leaseUntil: new Date(NOW.getTime() + 60_000),
    maxAttempts: 3,
  });
  return { w, store, check: fullCheck(ctx, localClock(NOW, 'Asia/Shanghai'), () => false), request };
}

describe('the claim transaction', () => {
  it('lets only the first of two racing processes claim a reminder', async () => {
    const { store, check, request } = await setup();
    expect(await store.claim(request('due+7'), check)).toMatchObject({ status: 'claimed', attempts: 1 });
    expect(await store.claim(request('due+7'), check)).toEqual({ status: 'recorded', recorded: 'sending' });
  });

  it('lets only one of two claims started at once win, with awaits between them', async () => {
    const { w, store, check, request } = await setup();
    const outcomes = await Promise.all([
      store.claim(request('due+7'), check),
      store.claim(request('due+7'), check),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['claimed', 'recorded']);
    expect(rows(w.db)).toHaveLength(1);
  });

  it('lets only one of two take-overs of a stale row started at once win', async () => {
    const { store, check, request } = await setup();
    await store.claim(request('due+7'), check);
    const later = at('2026-11-28T01:02:00Z');
    const [pending] = await store.pending(later);
    const lease = new Date(later.getTime() + 60_000);
    const ignoreCaps = () => ({ allowed: true as const });
    const outcomes = await Promise.all([
      store.takeOver(pending!, countWindow('2026-11-28'), later, lease, ignoreCaps),
      store.takeOver(pending!, countWindow('2026-11-28'), later, lease, ignoreCaps),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['claimed', 'recorded']);
  });

  it('re-checks the daily cap inside the claim, so a second kind on the same day is held', async () => {
    const { store, check, request } = await setup();
    await store.claim(request('due+7', 'queued'), check);
    expect(await store.claim(request('missed-1'), check)).toEqual({ status: 'held', rule: 'daily_cap' });
  });

  it('records the conversation read inside the claim', async () => {
    const { w, store, check, request } = await setup();
    await store.claim(request('due+7'), check);
    const row = w.db.prepare('SELECT channel_id, conversation_id, lease_until FROM reminders').get();
    expect(row).toEqual({
      channel_id: 'directline',
      conversation_id: 'conv-S-1',
      lease_until: '2026-11-28T01:01:00.000Z',
    });
  });

  it('marks only a row this process holds as sending', async () => {
    const { w, store, check, request } = await setup();
    await store.claim(request('due+7', 'queued'), check);
    expect(await store.complete(request('due+7').key, 'sent', undefined, NOW)).toBe(false);
    expect(rows(w.db)[0]?.status).toBe('queued');
  });

  it('lets a stale sending row be taken over once, not twice, after the caller’s check (the row itself counts in the caps)', async () => {
    const { store, check, request } = await setup();
    await store.claim(request('due+7'), check);
    const later = at('2026-11-28T01:02:00Z');
    const [pending] = await store.pending(later);
    expect(pending).toMatchObject({ status: 'sending', timeZone: 'Asia/Shanghai' });
    const lease = new Date(later.getTime() + 60_000);
    expect(await store.takeOver(pending!, countWindow('2026-11-28'), later, lease, check)).toMatchObject({
      status: 'held',
      rule: 'daily_cap',
    });
    const ignoreCaps = () => ({ allowed: true as const });
    expect(await store.takeOver(pending!, countWindow('2026-11-28'), later, lease, ignoreCaps)).toMatchObject(
      {
        status: 'claimed',
        attempts: 2,
      },
    );
    expect(await store.takeOver(pending!, countWindow('2026-11-28'), later, lease, ignoreCaps)).toEqual({
      status: 'recorded',
      recorded: 'sending',
    });
  });
});

describe('the reminder store interface as PostgreSQL implements it', () => {
  it('is its own AsyncOf: same methods and parameters, each result already a Promise', () => {
    expectTypeOf<AsyncOf<ReminderStore>>().toEqualTypeOf<ReminderStore>();
  });
});
