import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { WeChatApiSimulator } from '../../src/channels/wechat/apiSimulator.js';
import { createPgPool, type PgPool } from '../../src/store/pg/pool.js';
import { PgReminderDeliveryLog } from '../../src/store/pg/reminderDeliveries.js';
import {
  APP_ID,
  APP_SECRET,
  TOKEN,
  plainCallback,
  queryString,
  textXml,
} from '../channels/wechat/helpers.js';
import { describePg } from '../support/postgres.js';
import { remindableNow, scheduleForToday } from '../support/reminderCounts.js';
import { SERVICE_START_MS, spawnService, type SpawnedService } from '../support/service.js';
import { tempDir } from '../support/testApp.js';

/**
 * Issue 19 item 3, the external channel (wechat24): WeChat reminders on two service processes on
 * one PostgreSQL, each instance talking to its own fake WeChat API (so the test knows which
 * instance posted what), with the instance holding sends killed -9 while they are in flight.
 * The kill lands deterministically: the fake WeChat takes every customer-service message (the
 * person has it: the worst case for duplicates) and holds its answer; once the batch's sends are
 * held, the instance with the most of them is killed. Any send the survivor has in flight is then
 * answered 502 (WeChat took it, its gateway failed): the retry the old client made.
 *
 * Expected, written before the run: per person exactly one reminder at WeChat (taken once, never
 * again: not by the survivor's takeover after the lease, not by a retry after the 502); every
 * reminder row `unconfirmed / send_outcome_unknown`, its key `unconfirmed`, listed by the
 * reviewer's `unsettled`; no row `sent` without a POST of that person's reminder. On the code
 * before wechat24 a 502 would be retried (a second message), and the takeover leaves the key
 * `sending`.
 */
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function named(url: string, name: string): string {
  const u = new URL(url);
  u.searchParams.set('application_name', name);
  return u.toString();
}

describePg(
  'WeChat reminders with the instance sending them killed -9 (two instances, one PostgreSQL)',
  (pg) => {
    const instances: SpawnedService[] = [];
    const fakes: WeChatApiSimulator[] = [];
    let db: PgPool;
    const people = remindableNow(new Date(), 30);

    beforeAll(
      async () => {
        for (const _ of [0, 1])
          fakes.push(await WeChatApiSimulator.start({ appId: APP_ID, appSecret: APP_SECRET }));
        const env = {
          DATABASE_URL: pg.url,
          LINK_SECRET: '',
          SUPERVISOR: 'false',
          REMINDERS_ENABLED: 'true',
          REMINDER_INTERVAL_SECONDS: '5',
          REMINDER_LEASE_SECONDS: '10',
          REMINDER_SCHEDULE: scheduleForToday(),
          CONTACT_PRESET: 'cn',
          SEED_DEMO_CHANNEL: 'wechat',
          WECHAT_TOKEN: TOKEN,
          WECHAT_APP_ID: APP_ID,
          WECHAT_APP_SECRET: APP_SECRET,
        };
        for (const i of [0, 1])
          instances.push(
            await spawnService({
              ...env,
              DATABASE_URL: named(pg.url, `wechat-${i}`),
              DATA_DIR: tempDir(),
              WECHAT_API_BASE_URL: fakes[i]!.baseUrl,
            }),
          );
        db = createPgPool({ url: pg.url, max: 3 });
      },
      Math.max(60_000, 3 * SERVICE_START_MS),
    );

    afterAll(async () => {
      for (const i of instances) i.child.kill('SIGTERM');
      await Promise.all(instances.map((i) => i.exited));
      for (const f of fakes) await f.close();
      await db?.end();
    });

    it('no person gets a reminder twice; each is delivered or visibly unconfirmed; none marked sent unposted', async () => {
      expect(people.length).toBeGreaterThan(0);
      const ids = people.map((p) => p.accountId);
      await db.query(
        `INSERT INTO care_flags (account_id, kind, pauses_reminders, created_at)
      SELECT unnest($1::text[]), 'hardship', true, now()`,
        [ids],
      );
      // Each person writes to the bank on WeChat (the 48-hour window opens; the conversation is stored).
      let msgId = 7_000_000;
      for (const p of people) {
        const now = Math.floor(Date.now() / 1000);
        const callback = plainCallback(textXml(p.channelUserId, '你好', String((msgId += 1)), now), now);
        const res = await fetch(`${instances[0]!.url}/api/wechat?${queryString(callback.query)}`, {
          method: 'POST',
          headers: { 'content-type': 'text/xml' },
          body: callback.body,
        });
        expect(await res.text()).toBe('success');
      }
      await fakes[0]!.waitForMessages(people.length, 30_000); // the replies to 你好
      await pause(1000);
      for (const f of fakes) f.messages.splice(0); // from here on, only reminders
      for (const f of fakes) f.hold();
      // The opening may leave the conversation with a human agent (held as `human_handling`): released.
      await db.query(
        "UPDATE handoffs SET status = 'released', released_at = now(), outcome = 'test' WHERE account_id = ANY($1) AND status <> 'released'",
        [ids],
      );
      await db.query('DELETE FROM care_flags WHERE account_id = ANY($1)', [ids]);

      // Kill once every person's send is held, or 1.5 s after the first (before the 5 s timeouts).
      let killed = -1;
      let firstSeen = 0;
      for (const started = Date.now(); Date.now() - started < 45_000 && killed < 0;) {
        const held = fakes.map((f) => f.held.length);
        const total = held[0]! + held[1]!;
        if (total > 0 && firstSeen === 0) firstSeen = Date.now();
        if (total >= people.length || (total > 0 && Date.now() - firstSeen > 1500)) {
          killed = held[0]! >= held[1]! ? 0 : 1;
          instances[killed]!.child.kill('SIGKILL');
        } else await pause(25);
      }
      if (killed < 0) {
        // Why nothing was sent: the rows, the stored conversations, the fakes' requests, `due --explain`.
        const state = await db.query('SELECT account_id, kind, status, reason FROM reminders');
        const refs = await db.query('SELECT conversation_id, channel_id, account_id FROM conversation_refs');
        console.info(
          JSON.stringify({ rows: state.rows, refs: refs.rows, requests: fakes.map((f) => f.requests) }),
        );
        const explain = spawnSync(
          process.execPath,
          ['--import', 'tsx', 'src/reminders/cli.ts', 'due', '--json', '--explain'],
          {
            env: {
              ...process.env,
              DATABASE_URL: pg.url,
              DATA_DIR: tempDir(),
              LOG_LEVEL: 'silent',
              SEED_DEMO_CHANNEL: 'wechat',
              CONTACT_PRESET: 'cn',
              REMINDER_SCHEDULE: scheduleForToday(),
            },
            encoding: 'utf8',
          },
        );
        console.info(`EXPLAIN ${explain.stdout} ${explain.stderr}`);
      }
      expect(killed, 'no instance was seen sending the batch').toBeGreaterThanOrEqual(0);
      expect(await instances[killed]!.exited).toBe('SIGKILL');
      const survivor = 1 - killed;
      const heldAtKill = fakes.map((f) => f.held.length);
      fakes[survivor]!.answerHeld({ taken: 'status', status: 502 });
      fakes[killed]!.answerHeld(); // its process is gone: nobody hears it

      for (let waited = 0; waited < 60_000; waited += 500) {
        const pending = await db.query("SELECT 1 FROM reminders WHERE status IN ('queued', 'sending')");
        if (pending.rowCount === 0) break;
        await pause(500);
      }
      await pause(5500); // one more tick of the survivor: nothing may be sent again
      const rows = await db.query<{ account_id: string; status: string; reason: string | null }>(
        'SELECT account_id, status, reason FROM reminders WHERE account_id = ANY($1) ORDER BY account_id, kind',
        [ids],
      );
      const keys = await db.query<{ delivery_key: string; state: string }>(
        'SELECT delivery_key, state FROM reminder_deliveries WHERE delivery_key LIKE $1',
        ['reminder:%'],
      );
      const listed = await new PgReminderDeliveryLog(db).unsettled(100, new Date());
      const arrived = (openid: string) => fakes.flatMap((f) => f.messages).filter((m) => m.touser === openid);
      console.info(
        `wechat24: killed instance ${killed}, held at the kill ${JSON.stringify(heldAtKill)}; ` +
          `rows ${JSON.stringify(rows.rows)}; keys ${JSON.stringify(keys.rows)}; ` +
          `arrived ${JSON.stringify(people.map((p) => [p.accountId, arrived(p.channelUserId).length]))}`,
      );
      for (const p of people) {
        const got = arrived(p.channelUserId);
        const mine = rows.rows.filter((r) => r.account_id === p.accountId);
        expect(got.length, `${p.accountId}: reminders at WeChat`).toBe(1);
        expect(
          mine.map((r) => `${r.status}/${r.reason ?? ''}`),
          p.accountId,
        ).toEqual(['unconfirmed/send_outcome_unknown']);
        const key = keys.rows.filter((k) => k.delivery_key.startsWith(`reminder:${p.accountId}:`));
        expect(
          key.map((k) => k.state),
          p.accountId,
        ).toEqual(['unconfirmed']);
        expect(
          listed.filter((u) => u.deliveryKey.startsWith(`reminder:${p.accountId}:`)),
          p.accountId,
        ).toHaveLength(1);
        // Nothing marked sent without a POST: a `sent` row needs a reminder at WeChat for that person.
        for (const r of mine) if (r.status === 'sent') expect(got.length, p.accountId).toBeGreaterThan(0);
      }
      expect(heldAtKill[killed], 'the killed instance had sends in flight').toBeGreaterThan(0);
    }, 150_000);
  },
);
