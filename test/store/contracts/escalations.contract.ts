import { expect, it } from 'vitest';
import type { CoreBackend } from '../../support/coreStores.js';

/** The contract of `EscalationStore`, run against every backend. */
export function escalationsContract(b: CoreBackend): void {
  it("records escalations as queued and lists a conversation's oldest first, with or without an account", async () => {
    const { escalations } = b.open();
    await escalations.record({
      escalationId: 'E-2',
      conversationId: 'c-1',
      accountId: 'A-1',
      reason: 'requested',
      priority: 2,
      summary: '客户要求人工服务',
      createdAt: '2026-12-05T02:00:00.000Z',
    });
    await escalations.record({
      escalationId: 'E-1',
      conversationId: 'c-1',
      accountId: undefined,
      reason: 'distress',
      priority: 0,
      summary: 'distress before verification',
      createdAt: '2026-12-05T01:00:00.000Z',
    });
    await escalations.record({
      escalationId: 'E-3',
      conversationId: 'c-2',
      accountId: undefined,
      reason: 'dispute',
      priority: 1,
      summary: 'x',
      createdAt: '2026-12-05T01:30:00.000Z',
    });
    expect(await escalations.listFor('c-1')).toEqual([
      {
        escalationId: 'E-1',
        conversationId: 'c-1',
        accountId: undefined,
        reason: 'distress',
        priority: 0,
        summary: 'distress before verification',
        status: 'queued',
        createdAt: '2026-12-05T01:00:00.000Z',
      },
      {
        escalationId: 'E-2',
        conversationId: 'c-1',
        accountId: 'A-1',
        reason: 'requested',
        priority: 2,
        summary: '客户要求人工服务',
        status: 'queued',
        createdAt: '2026-12-05T02:00:00.000Z',
      },
    ]);
    expect(await escalations.listFor('c-404')).toEqual([]);
  });

  it('refuses an escalation id already used, keeping the first', async () => {
    const { escalations } = b.open();
    const e = {
      escalationId: 'E-1',
      conversationId: 'c-1',
      accountId: undefined,
      reason: 'requested' as const,
      priority: 2,
      summary: 'first',
      createdAt: '2026-12-05T01:00:00.000Z',
    };
    await escalations.record(e);
    await expect(escalations.record({ ...e, summary: 'second' })).rejects.toThrow();
    expect((await escalations.listFor('c-1')).map((x) => x.summary)).toEqual(['first']);
  });
}
