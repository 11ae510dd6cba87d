/**
 * `npm run bench:payments`: imports 100,000 payments (one file, one transaction) against 100,000
 * accounts with active plans, and times the reminders' next-due selection before and after the
 * import in the same run. Figures, not a pass/fail test. BENCH_ACCOUNTS overrides the count.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { ManualClock } from '../src/core/clock.js';
import { addDays } from '../src/core/dates.js';
import { formatAmount } from '../src/core/money.js';
import { applyPaymentsFile } from '../src/payments/paymentsFile.js';
import { createReminderService } from '../src/reminders/service.js';
import type { Account } from '../src/store/accounts.js';
import { openDatabase } from '../src/store/db.js';
import { createSqliteStores } from '../src/store/stores.js';

const COUNT = Number(process.env.BENCH_ACCOUNTS ?? 100_000);
/** 10:00 in Shanghai, 11:00 in Tokyo. */
const NOW = new Date('2026-12-02T02:00:00Z');
const TODAY = '2026-12-02';
const ZONES = ['Asia/Shanghai', 'Asia/Shanghai', 'Asia/Tokyo'];
const INSTALMENT = 183_774;

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
  return {
    accountId: `P-${String(i).padStart(6, '0')}`,
    holderName: '测试',
    locale: 'zh-CN',
    timeZone: ZONES[i % ZONES.length] ?? 'Asia/Shanghai',
    channel: 'directline',
    channelUserId: `bench-pay-${i}`,
    idLast4: '1234',
    cardLast4: '5678',
    balanceCents: INSTALMENT * 3,
    minimumDueCents: 50_000,
    dueDate: '2026-11-01',
    daysPastDue: 31,
    currency: 'CNY',
    status: 'open',
  };
}

/** Half the plans have an instalment in 3 days (instalment-3 today), half had one yesterday (missed-1 today). */
function firstDue(i: number): string {
  return i % 2 === 0 ? addDays(TODAY, 3) : addDays(TODAY, -1);
}

/** Full instalment, part of one, or an overpayment that carries to the next. */
function amount(i: number): number {
  return [INSTALMENT, 100_000, INSTALMENT + 50_001][i % 3] ?? INSTALMENT;
}

const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-payments-'));
  try {
    const db = openDatabase(dir);
    const stores = createSqliteStores(db);
    let t = process.hrtime.bigint();
    const accounts = Array.from({ length: COUNT }, (_, i) => account(i));
    await stores.accounts.upsertMany(accounts, NOW);
    db.transaction(() => {
      accounts.forEach((a, i) => {
        const first = firstDue(i);
        stores.plans.record({
          planId: `PL-${i}`,
          accountId: a.accountId,
          conversationId: undefined,
          currency: 'CNY',
          createdAt: '2026-11-20T00:00:00.000Z',
          offer: {
            id: `PL-${i}`,
            kind: 'installments',
            months: 3,
            principalCents: INSTALMENT * 3,
            feeCents: 0,
            totalCents: INSTALMENT * 3,
            installmentCents: INSTALMENT,
            schedule: [0, 1, 2].map((k) => ({
              seq: k + 1,
              dueDate: addDays(first, 30 * k),
              amountCents: INSTALMENT,
            })),
          },
        });
      });
    })();
    const setupMs = ms(t);

    const reminders = createReminderService({ db, config, clock: new ManualClock(NOW) });
    /** CPU time of one selection (the machine is shared: wall time swings with other work). */
    const select = async (): Promise<{ ms: number; due: number }> => {
      const c = process.cpuUsage();
      const due = (await reminders.due(NOW)).length;
      const used = process.cpuUsage(c);
      return { ms: (used.user + used.system) / 1000, due };
    };
    await select(); // warm the statement cache
    const before = [await select(), await select(), await select()];

    const lines = ['payment_id,account_id,amount,currency,paid_at,channel'];
    accounts.forEach((a, i) => {
      // paid at 08:00 local on 1 December: before today, so yesterday's instalment counts as on time
      lines.push(
        `PAY-${i},${a.accountId},${formatAmount(amount(i)).replace(/,/g, '')},CNY,2026-12-01T08:00:00+08:00,bank_transfer`,
      );
    });
    const csv = `${lines.join('\n')}\n`;
    t = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const result = await applyPaymentsFile(csv, stores.payments, NOW);
    const importMs = ms(t);
    const cpuUsed = process.cpuUsage(cpu);
    if (!result.ok)
      throw new Error(`import failed: ${result.error} ${JSON.stringify(result.bad.slice(0, 3))}`);

    t = process.hrtime.bigint();
    const replay = await applyPaymentsFile(csv, stores.payments, NOW);
    const replayMs = ms(t);

    await select();
    const after = [await select(), await select(), await select()];
    const b = median(before.map((x) => x.ms));
    const a = median(after.map((x) => x.ms));
    const paidInstalments = db
      .prepare('SELECT COUNT(*) FROM plan_installments WHERE paid_cents >= amount_cents')
      .pluck()
      .get() as number;

    const out = (label: string, value: string): void => {
      process.stdout.write(`${label.padEnd(44)} ${value}\n`);
    };
    out(
      'machine',
      `${cpus().length} cores, load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    out('accounts with a 3-instalment plan', `${COUNT} (set up in ${(setupMs / 1000).toFixed(1)} s)`);
    out('import: payments applied', `${result.ok ? result.applied : 0} in ${importMs.toFixed(0)} ms`);
    out('import: payments per second (wall)', `${Math.round((COUNT / importMs) * 1000)}  (target >= 20,000)`);
    const importCpuMs = (cpuUsed.user + cpuUsed.system) / 1000;
    out(
      'import: CPU ms',
      `${importCpuMs.toFixed(0)} (${Math.round((COUNT / importCpuMs) * 1000)} payments per CPU second)`,
    );
    out(
      'replay of the same file (all idempotent)',
      `${replay.ok ? replay.replayed : 0} replays in ${replayMs.toFixed(0)} ms`,
    );
    out('instalments paid in full after import', `${paidInstalments}`);
    out('next-due selection before import (median 3)', `${b.toFixed(0)} CPU ms, ${before[0]?.due ?? 0} due`);
    out('next-due selection after import (median 3)', `${a.toFixed(0)} CPU ms, ${after[0]?.due ?? 0} due`);
    out('selection change', `${(((a - b) / b) * 100).toFixed(1)} %  (target within ±20 %)`);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
