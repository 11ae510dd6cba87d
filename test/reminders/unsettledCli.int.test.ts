import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { runRemindersCli } from '../../src/reminders/cli.js';
import { deliveryRef, maskAccount, maskedKey, runUnsettledCli } from '../../src/reminders/unsettledCli.js';
import { openDatabase } from '../../src/store/db.js';
import { PgReminderDeliveryLog } from '../../src/store/pg/reminderDeliveries.js';
import { SqliteReminderDeliveryLog, type ReminderDeliveryLog } from '../../src/store/reminderDeliveries.js';
import { describePg } from '../support/postgres.js';

/**
 * Issue 19 wechat24: `npm run reminders -- unsettled` and `settle` on both stores. The lease is
 * 120 s: a key `sending` for longer has lost its sender; an `unconfirmed` one is listed at once.
 */
const NOW = new Date('2026-12-07T03:00:00.000Z');
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000);
const OPENID_CONVERSATION = 'wechat:oABCdefGHIjkl0123456789';
const KEYS = {
  stale: 'reminder:A-1001:due+7:2026-12-07',
  fresh: 'reminder:A-1002:due+7:2026-12-07',
  unconfirmed: 'reminder:A-1003:due-3:2026-12-07',
  delivered: 'reminder:A-1004:due+7:2026-12-07',
};

async function seed(log: ReminderDeliveryLog): Promise<void> {
  await log.begin(KEYS.stale, OPENID_CONVERSATION, 'wechat', minutesAgo(10));
  await log.begin(KEYS.fresh, OPENID_CONVERSATION, 'wechat', minutesAgo(1));
  await log.begin(KEYS.unconfirmed, OPENID_CONVERSATION, 'wechat', minutesAgo(1));
  await log.markUnconfirmed(KEYS.unconfirmed, minutesAgo(0.5));
  await log.begin(KEYS.delivered, OPENID_CONVERSATION, 'wechat', minutesAgo(20));
  await log.settle(KEYS.delivered);
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => void out.push(l), err: (l: string) => void err.push(l) } };
}

function reviewerCommands(open: () => ReminderDeliveryLog): void {
  const run = (argv: string[]) => {
    const c = capture();
    const deps = { log: open(), clock: new ManualClock(NOW.toISOString()), leaseSeconds: 120 };
    return runUnsettledCli(argv, c.io, deps).then((code) => ({ code, ...c }));
  };

  it('lists the stale `sending` and the `unconfirmed` keys, masked, and settles one with the reviewer named', async () => {
    await seed(open());
    const listed = await run(['unsettled', '--json']);
    expect(listed.code).toBe(0);
    const lines = listed.out.map((l) => JSON.parse(l) as Record<string, string | null>);
    expect(lines).toEqual([
      {
        ref: deliveryRef(KEYS.stale),
        state: 'sending',
        channel: 'wechat',
        key: 'reminder:A-1***:due+7:2026-12-07',
        sendStartedAt: minutesAgo(10).toISOString(),
        unconfirmedAt: null,
      },
      {
        ref: deliveryRef(KEYS.unconfirmed),
        state: 'unconfirmed',
        channel: 'wechat',
        key: 'reminder:A-1***:due-3:2026-12-07',
        sendStartedAt: minutesAgo(1).toISOString(),
        unconfirmedAt: minutesAgo(0.5).toISOString(),
      },
    ]);
    for (const hidden of ['1001', '1003', 'oABC', OPENID_CONVERSATION])
      expect(listed.out.join('\n')).not.toContain(hidden);

    const settled = await run([
      'settle',
      deliveryRef(KEYS.unconfirmed),
      '--reviewer',
      '王审核',
      '--found',
      'delivered',
      '--note',
      '后台已查到',
    ]);
    expect([settled.code, settled.err]).toEqual([0, []]);
    expect(settled.out).toEqual([
      `settled ${deliveryRef(KEYS.unconfirmed)} (reminder:A-1***:due-3:2026-12-07): delivered, by 王审核`,
    ]);
    expect(await open().begin(KEYS.unconfirmed, OPENID_CONVERSATION, 'wechat', NOW)).toBe('settled');
    const again = await run([
      'settle',
      deliveryRef(KEYS.unconfirmed),
      '--reviewer',
      '王审核',
      '--found',
      'delivered',
    ]);
    expect(again.code).toBe(1);
    expect(JSON.parse(again.err[0] ?? '{}')).toMatchObject({ error: { code: 'not_unsettled' } });
    const human = await run(['unsettled']);
    expect(human.out).toEqual([
      expect.stringMatching(/^[0-9a-f]{12}\tsending\twechat\treminder:A-1\*\*\*:/),
      '1 unsettled reminder send',
    ]);
  });

  it('refuses a settle without a reviewer or a finding, and a ref that is not listed (a delivered key)', async () => {
    const ref = deliveryRef(KEYS.stale);
    expect((await run(['settle', ref, '--found', 'delivered'])).code).toBe(64);
    expect((await run(['settle', ref, '--reviewer', '李', '--found', 'maybe'])).code).toBe(64);
    expect((await run(['settle', 'A-1001', '--reviewer', '李', '--found', 'delivered'])).code).toBe(64);
    expect(
      (await run(['settle', deliveryRef(KEYS.delivered), '--reviewer', '李', '--found', 'delivered'])).code,
    ).toBe(1);
    expect((await run(['unsettled', '--all'])).code).toBe(64);
  });
}

describe('the reviewer commands on SQLite', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'unsettled-cli-'));
  reviewerCommands(() => new SqliteReminderDeliveryLog(openDatabase(dir)));
});

describePg('the reviewer commands on PostgreSQL', (pg) => {
  reviewerCommands(() => new PgReminderDeliveryLog(pg.pool({ max: 2 })));
});

describe('masking', () => {
  it('hides all but the start of an account id, whatever its length', () => {
    expect(maskAccount('A-1001')).toBe('A-1***');
    expect(maskAccount('6222020200112233')).toBe('622*************');
    expect(maskAccount('AB')).toBe('A***');
    expect(maskedKey('reminder:6222020200112233:due:2026-12-07')).toBe(
      'reminder:622*************:due:2026-12-07',
    );
    expect(maskedKey('something-else-6222020200112233')).not.toContain('0200112233');
  });
});

describe('npm run reminders -- unsettled (the command, on DATA_DIR)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'unsettled-cli-cmd-'));
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('reads the service’s SQLite database and prints the masked list', async () => {
    const log = new SqliteReminderDeliveryLog(openDatabase(path.join(dir, 'data')));
    await log.begin(KEYS.unconfirmed, OPENID_CONVERSATION, 'wechat', new Date());
    await log.markUnconfirmed(KEYS.unconfirmed, new Date());
    vi.stubEnv('DATA_DIR', path.join(dir, 'data'));
    vi.stubEnv('DATABASE_URL', '');
    const c = capture();
    expect(await runRemindersCli(['unsettled'], c.io)).toBe(0);
    expect(c.out).toEqual([
      expect.stringContaining('\tunconfirmed\twechat\treminder:A-1***:due-3:2026-12-07\t'),
      '1 unsettled reminder send',
    ]);
    rmSync(dir, { recursive: true, force: true });
  });
});
