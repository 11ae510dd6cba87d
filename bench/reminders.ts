/**
 * `npm run bench:reminders`: due-selection time and dispatch rate with 100,000 reminders scheduled
 * for one instant, on a real SQLite file in a temp dir (WAL, as the service runs it). Figures,
 * not a pass/fail test. BENCH_ACCOUNTS overrides the count.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { ManualClock } from '../src/core/clock.js';
import { addDays } from '../src/core/dates.js';
import { createReminderService } from '../src/reminders/service.js';
import type { ReminderSender } from '../src/reminders/types.js';
import type { Account } from '../src/store/accounts.js';
import { openDatabase } from '../src/store/db.js';
import { createSqliteStores } from '../src/store/stores.js';

const COUNT = Number(process.env.BENCH_ACCOUNTS ?? 100_000);
/** 17:00 in Shanghai, 18:00 in Tokyo, 14:30 in Kolkata, 10:00 in Berlin, 09:00 in London. */
const NOW = new Date('2026-11-28T09:00:00Z');
const ZONES = [
  'Asia/Shanghai',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Europe/Berlin',
  'Europe/London',
];
const OFFSETS = [-3, 0, 1, 7, 15, 30];

const config = {
  REMINDERS_ENABLED: true,
  REMINDER_INTERVAL_SECONDS: 60,
  REMINDER_SCHEDULE: 'due-3,due,due+1,due+7,due+15,due+30',
  CONTACT_PRESET: 'default' as const,
  CONTACT_WINDOW_START: '08:00',
  CONTACT_WINDOW_END: '21:00',
  MAX_REMINDERS_PER_DAY: 1,
  MAX_REMINDERS_PER_7_DAYS: 3,
};

function account(i: number): Account {
  const zh = i % 2 === 0;
  return {
    accountId: `B-${String(i).padStart(6, '0')}`,
    holderName: zh ? '测试' : 'Test',
    locale: zh ? 'zh-CN' : 'en',
    timeZone: ZONES[i % ZONES.length] ?? 'Asia/Shanghai',
    channel: 'directline',
    channelUserId: `bench-${i}`,
    idLast4: '1234',
    cardLast4: '5678',
    balanceCents: 100_000 + i,
    minimumDueCents: 10_000,
    dueDate: addDays('2026-11-28', -(OFFSETS[i % OFFSETS.length] ?? 0)),
    daysPastDue: 7,
    currency: zh ? 'CNY' : 'USD',
    status: 'open',
  };
}

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** CPU milliseconds this process used since `start` (the machine may be shared: wall time varies). */
function cpuMs(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-reminders-'));
  try {
    const db = openDatabase(dir);
    const stores = createSqliteStores(db);
    let t = process.hrtime.bigint();
    const accounts = Array.from({ length: COUNT }, (_, i) => account(i));
    await stores.accounts.upsertMany(accounts, NOW);
    // One transaction around the awaited store calls (this process is the only writer).
    db.exec('BEGIN');
    {
      for (const a of accounts) {
        await stores.conversations.save(
          {
            conversationId: `c-${a.accountId}`,
            channelId: 'directline',
            userId: a.channelUserId,
            accountId: a.accountId,
            reference: {},
          },
          NOW,
          true,
        );
      }
      // 1 % asked to stop, 1 % dispute: held back by the rules.
      for (let i = 0; i < COUNT; i += 100)
        await stores.contacts.ceaseContact(accounts[i]!.accountId, 'bench', NOW);
      for (let i = 50; i < COUNT; i += 100) {
        await stores.disputes.open({
          disputeId: `D-${i}`,
          accountId: accounts[i]!.accountId,
          conversationId: undefined,
          text: 'x',
          createdAt: NOW.toISOString(),
        });
      }
    }
    db.exec('COMMIT');
    console.log(
      `load average: ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')} on ${cpus().length} CPUs`,
    );
    console.log(
      `setup: ${COUNT} accounts with a reminder on 2026-11-28 in ${new Set(ZONES).size} zones, ${ms(t).toFixed(0)} ms`,
    );

    let sent = 0;
    const sender: ReminderSender = { send: async () => ((sent += 1), 'sent') };
    const service = createReminderService({ db, config, clock: new ManualClock(NOW), sender });

    const timings: [number, number][] = [];
    let due = 0;
    for (let i = 0; i < 3; i += 1) {
      t = process.hrtime.bigint();
      const cpu = process.cpuUsage();
      due = (await service.due(NOW)).length;
      timings.push([ms(t), cpuMs(cpu)]);
    }
    timings.sort((a, b) => a[0] - b[0]);
    const [wall, cpu] = timings[1] ?? [0, 0];
    const runs = timings.map(([w]) => w.toFixed(0)).join(', ');
    console.log(
      `due selection: ${due} due of ${COUNT} scheduled: median ${wall.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU (runs: ${runs} ms)`,
    );

    t = process.hrtime.bigint();
    let cpuStart = process.cpuUsage();
    const report = await service.run(NOW);
    const runMs = ms(t);
    const runCpu = cpuMs(cpuStart);
    const outcomes = report.results.filter((r) => r.outcome === 'sent').length;
    const rate = (n: number, msec: number): number => Math.round((n / msec) * 1000);
    console.log(
      `dispatch: ${outcomes} claimed, sent and marked in ${runMs.toFixed(0)} ms wall = ${rate(outcomes, runMs)} reminders/s ` +
        `(${rate(outcomes, runCpu)} per CPU second; selection included; the sender is an in-process no-op)`,
    );

    t = process.hrtime.bigint();
    cpuStart = process.cpuUsage();
    const idle = await service.run(new Date(NOW.getTime() + 60_000));
    console.log(
      `next tick with nothing due: ${ms(t).toFixed(0)} ms wall, ${cpuMs(cpuStart).toFixed(0)} ms CPU (${idle.results.length} dispatched)`,
    );
    t = process.hrtime.bigint();
    const explained = (await service.explain(NOW)).length;
    console.log(
      `explain (every reminder of the day with its state): ${explained} lines in ${ms(t).toFixed(0)} ms wall`,
    );
    console.log(`sender calls: ${sent} (each reminder exactly once: ${sent === outcomes ? 'yes' : 'NO'})`);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
