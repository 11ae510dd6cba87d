import { afterAll, beforeAll, expect, it } from 'vitest';
import type pg from 'pg';
import { createPgPool, type PgPool } from '../../src/store/pg/pool.js';
import { InstanceChat } from '../support/instanceChat.js';
import { describePg } from '../support/postgres.js';
import {
  countReminders,
  remindableNow,
  scheduleForToday,
  type ReminderCount,
} from '../support/reminderCounts.js';
import { startRoundRobinProxy, type RoundRobinProxy } from '../support/roundRobinProxy.js';
import { SERVICE_START_MS, spawnService, type SpawnedService } from '../support/service.js';
import { tempDir } from '../support/testApp.js';

/**
 * Issue 19 item 3 (remind23): a reminder batch on two service processes on one PostgreSQL, with
 * the instance that holds the batch killed -9 while its sends are under way. The kill lands
 * deterministically without any hook in the service: the test holds the people's Direct Line
 * conversation rows (FOR UPDATE), so every send of the batch waits at the point where the
 * reminder's activity is queued for the socket; the instance whose connections wait (named by
 * `application_name`) is killed while they do.
 *
 * Expected: on Direct Line the delivery key, the transcript record and the queued activity are
 * one transaction, so the kill leaves none of them; once the lease (10 s) runs out the other
 * instance takes each reminder over and sends it: per person one reminder in the transcript, one
 * in the Direct Line queue (and so in what a client reads back), one key, the row `sent`.
 */
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function linkIn(output: string, userId: string): string {
  const url = new RegExp(`chat link for ${userId}: (\\S+)`).exec(output)?.[1];
  if (!url) throw new Error(`no chat link for ${userId} in the service's output:\n${output}`);
  return new URL(url).searchParams.get('t') ?? '';
}

function named(url: string, name: string): string {
  const u = new URL(url);
  u.searchParams.set('application_name', name);
  return u.toString();
}

describePg(
  'a reminder batch with the instance sending it killed -9 (two instances, one PostgreSQL)',
  (pg) => {
    const instances: SpawnedService[] = [];
    const chats = new Map<string, InstanceChat>();
    let proxy: RoundRobinProxy;
    let db: PgPool;
    const people = remindableNow(new Date(), 30);

    beforeAll(
      async () => {
        const env = {
          DATABASE_URL: pg.url,
          LINK_SECRET: '',
          SUPERVISOR: 'false',
          REMINDERS_ENABLED: 'true',
          REMINDER_INTERVAL_SECONDS: '5',
          REMINDER_LEASE_SECONDS: '10',
          REMINDER_SCHEDULE: scheduleForToday(),
          CONTACT_PRESET: 'cn',
        };
        for (const i of [0, 1])
          instances.push(
            await spawnService({ ...env, DATABASE_URL: named(pg.url, `remind-${i}`), DATA_DIR: tempDir() }),
          );
        proxy = await startRoundRobinProxy(instances.map((i) => i.url));
        db = createPgPool({ url: pg.url, max: 3 });
        for (
          let waited = 0;
          waited < 5000 && !instances[0]!.output().includes('chat link for demo-zh');
          waited += 100
        )
          await pause(100);
      },
      Math.max(60_000, 3 * SERVICE_START_MS),
    );

    afterAll(async () => {
      for (const c of chats.values()) c.close();
      await proxy?.close();
      for (const i of instances) i.child.kill('SIGTERM');
      await Promise.all(instances.map((i) => i.exited));
      await db?.end();
    });

    it('each reminder reaches its Direct Line conversation exactly once; none twice, none lost', async () => {
      expect(people.length).toBeGreaterThan(0);
      const ids = people.map((p) => p.accountId);
      // Held until the gate below is in place: a care flag that pauses reminders.
      await db.query(
        `INSERT INTO care_flags (account_id, kind, pauses_reminders, created_at)
        SELECT unnest($1::text[]), 'hardship', true, now()`,
        [ids],
      );
      for (const p of people) {
        const chat = new InstanceChat(proxy.url, linkIn(instances[0]!.output(), p.channelUserId));
        chats.set(p.accountId, chat);
        await chat.open(0, 0);
        await chat.replyAfter(0); // the opening: the conversation (and its reference) is stored
      }
      const gate: pg.PoolClient = await db.connect();
      let killed = -1;
      let atKill: Awaited<ReturnType<typeof countAll>> | undefined;
      try {
        await gate.query('BEGIN');
        await gate.query(
          'SELECT 1 FROM directline_conversations WHERE conversation_id = ANY($1) FOR UPDATE',
          [[...chats.values()].map((c) => c.conversationId)],
        );
        // The flag may have been handed to a person meanwhile (the daily follow-up's care handover
        // queues a handoff, and reminders wait while a person handles the conversation): released.
        await db.query(
          "UPDATE handoffs SET status = 'released', released_at = now(), outcome = 'test' WHERE account_id = ANY($1) AND status <> 'released'",
          [ids],
        );
        await db.query('DELETE FROM care_flags WHERE account_id = ANY($1)', [ids]);
        // The next tick claims the batch; each send waits on its conversation's row. Once all wait
        // (or 1.5 s after the first: under load a send may reach its 5 s statement timeout first and
        // fail, leaving nothing, to be retried), kill the instance with the most of them.
        let firstSeen = 0;
        for (const started = Date.now(); Date.now() - started < 45_000 && killed < 0;) {
          const waiting = await db.query<{ name: string; n: number }>(
            `SELECT application_name AS name, count(*)::int AS n FROM pg_stat_activity
            WHERE application_name LIKE 'remind-%' AND wait_event_type = 'Lock' GROUP BY 1 ORDER BY 2 DESC`,
          );
          const total = waiting.rows.reduce((n, r) => n + r.n, 0);
          if (total > 0 && firstSeen === 0) firstSeen = Date.now();
          if (total >= people.length || (total > 0 && Date.now() - firstSeen > 1500)) {
            killed = Number(waiting.rows[0]!.name.slice('remind-'.length));
            instances[killed]!.child.kill('SIGKILL');
          } else await pause(50);
        }
        expect(killed, 'no instance was seen sending the batch').toBeGreaterThanOrEqual(0);
        expect(await instances[killed]!.exited).toBe('SIGKILL');
        atKill = await countAll(db, people, chats);
      } finally {
        await gate.query('ROLLBACK').catch(() => undefined);
        gate.release();
      }
      console.info(`remind23: at the kill of instance ${killed}: ${JSON.stringify(atKill)}`);
      // Nothing of a send under way is left: no key, no transcript record, nothing queued.
      for (const c of Object.values(atKill ?? {}))
        expect([c.transcribed, c.queued, sum(c.keys)]).toEqual([0, 0, 0]);

      // The survivor takes each over once the lease (10 s) has run out, on a tick (5 s); under load a
      // send that failed on its statement timeout is retried on a later tick, hence the long wait.
      for (let waited = 0; waited < 60_000; waited += 500) {
        const pending = await db.query("SELECT 1 FROM reminders WHERE status IN ('queued', 'sending')");
        if (pending.rowCount === 0) break;
        await pause(500);
      }
      await pause(5500); // one more tick of the survivor: nothing may be sent again
      const after = await countAll(db, people, chats);
      console.info(`remind23: after the takeover: ${JSON.stringify(after)}`);
      const survivor = 1 - killed;
      for (const p of people) {
        const c = after[p.accountId]!;
        expect(c.rows, p.accountId).toEqual(['sent/']);
        expect([c.transcribed, c.queued, c.keys], p.accountId).toEqual([1, 1, { delivered: 1 }]);
        // What a Direct Line client reads back from the surviving instance: the reminder once.
        const seen = (await chats.get(p.accountId)!.history(survivor)).filter((a) =>
          c.messageIds.includes(a.id ?? ''),
        );
        expect(seen, p.accountId).toHaveLength(1);
      }
      const unknown = await db.query("SELECT 1 FROM reminder_deliveries WHERE state = 'sending'");
      expect(unknown.rowCount, 'Direct Line leaves no send of unknown outcome').toBe(0);
    }, 150_000);
  },
);

const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

async function countAll(
  db: PgPool,
  people: readonly { accountId: string }[],
  chats: Map<string, InstanceChat>,
): Promise<Record<string, ReminderCount & { messageIds: string[] }>> {
  const out: Record<string, ReminderCount & { messageIds: string[] }> = {};
  for (const p of people)
    out[p.accountId] = await countReminders(db, p.accountId, chats.get(p.accountId)!.conversationId);
  return out;
}
