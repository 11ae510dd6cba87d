import { expect, it } from 'vitest';
import type { CoreBackend } from '../../support/coreStores.js';

/** The contract of `CareFlagStore`, run against every backend. */
export function careFlagsContract(b: CoreBackend): void {
  it('keeps one flag per kind with its first time; a distress flag pauses reminders until cleared', async () => {
    const { care } = b.open();
    expect(await care.careFlagFor('A-1')).toBeUndefined();
    await care.flag({
      accountId: 'A-1',
      kind: 'job_loss',
      pausesReminders: false,
      conversationId: 'c-1',
      createdAt: '2026-12-05T01:00:00.000Z',
    });
    expect(await care.remindersPaused('A-1')).toBe(false);
    expect(await care.careFlagFor('A-1')).toEqual({
      accountId: 'A-1',
      kind: 'hardship',
      raisedAt: '2026-12-05T01:00:00.000Z',
    });
    await care.flag({
      accountId: 'A-1',
      kind: 'distress',
      pausesReminders: true,
      conversationId: undefined,
      createdAt: '2026-12-05T02:00:00.000Z',
    });
    await care.flag({
      accountId: 'A-1',
      kind: 'distress',
      pausesReminders: false,
      conversationId: 'c-9',
      createdAt: '2026-12-05T03:00:00.000Z',
    });
    expect(await care.remindersPaused('A-1')).toBe(true);
    expect(await care.remindersPaused('A-2')).toBe(false);
    expect(await care.listFor('A-1')).toEqual([
      {
        accountId: 'A-1',
        kind: 'job_loss',
        pausesReminders: false,
        conversationId: 'c-1',
        createdAt: '2026-12-05T01:00:00.000Z',
      },
      {
        accountId: 'A-1',
        kind: 'distress',
        pausesReminders: true,
        conversationId: undefined,
        createdAt: '2026-12-05T02:00:00.000Z',
      },
    ]);
    expect(await care.careFlagFor('A-1')).toEqual({
      accountId: 'A-1',
      kind: 'distress',
      raisedAt: '2026-12-05T02:00:00.000Z',
    });
    await care.clear('A-1', 'distress');
    await care.clear('A-1', 'never-raised');
    expect(await care.remindersPaused('A-1')).toBe(false);
    expect((await care.listFor('A-1')).map((f) => f.kind)).toEqual(['job_loss']);
  });

  it('a later flag asking to pause upgrades the kind, and flags raised at once on several instances land once', async () => {
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        b.open().care.flag({
          accountId: 'A-1',
          kind: 'illness',
          pausesReminders: i === 3,
          conversationId: `c-${i}`,
          createdAt: '2026-12-05T01:00:00.000Z',
        }),
      ),
    );
    const { care } = b.open();
    const flags = await care.listFor('A-1');
    expect(flags).toHaveLength(1);
    expect(await care.remindersPaused('A-1')).toBe(true);
  });
}
