import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runRemindersCli } from '../../src/reminders/cli.js';
import { runImport } from '../../src/reminders/importCli.js';
import { OVERDUE_HEADER } from '../../src/reminders/overdueFile.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { createSqliteStores } from '../../src/store/stores.js';
import { CONFIG, FakeChannel } from './fixtures.js';
import { createReminderService } from '../../src/reminders/service.js';
import { ManualClock } from '../../src/core/clock.js';

let dir: string;
const open: Db[] = [];

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'reminders-cli-'));
});

afterEach(() => {
  vi.unstubAllEnvs();
  for (const db of open.splice(0)) db.close();
  rmSync(dir, { recursive: true, force: true });
});

function cli(script: 'importCli' | 'cli', args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `src/reminders/${script}.ts`, ...args], {
    env: { ...process.env, DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Captures what a command prints, for the commands run in this process. */
function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => void out.push(l), err: (l: string) => void err.push(l) } };
}

function database(): Db {
  const db = openDatabase(path.join(dir, 'data'));
  open.push(db);
  return db;
}

const FILE = [
  OVERDUE_HEADER.join(','),
  'S-1,"Zhang, Wei",zh-CN,Asia/Shanghai,directline,zhang-wei,1234,6789,"12,345.67",1234.57,2026-11-21,7,CNY',
  'N-1,"John ""Jack"" Smith",en,America/New_York,directline,john,4321,1111,3210.00,120,2026-11-28,0,USD',
  'X-1,Someone,fr,Asia/Shanghai,directline,x1,1234,6789,10,1,2026-11-21,7,CNY',
  'P-1,Paid Person,en,UTC,directline,paid,1234,6789,0,0,2026-11-28,0,USD',
].join('\n');

describe('npm run import', () => {
  it('loads the good rows, reports the bad one by line, and exits 1', { timeout: 60_000 }, () => {
    writeFileSync(path.join(dir, 'overdue.csv'), FILE);
    const r = cli('importCli', [path.join(dir, 'overdue.csv')]);
    expect(r.err).toBe('line 4: locale must be zh-CN or en, not "fr"\n');
    expect(r.out).toContain('3 accounts loaded (1 paid off: no more reminders); 1 bad rows not loaded');
    expect(r.code).toBe(1);
    const balances = database()
      .prepare('SELECT account_id, balance_cents, status FROM accounts ORDER BY account_id')
      .all();
    expect(balances).toEqual([
      { account_id: 'N-1', balance_cents: 321_000, status: 'open' },
      { account_id: 'P-1', balance_cents: 0, status: 'paid' },
      { account_id: 'S-1', balance_cents: 1_234_567, status: 'open' },
    ]);
  });

  it('exits 2 and loads nothing when the header is wrong or the file cannot be read', async () => {
    vi.stubEnv('DATA_DIR', path.join(dir, 'data'));
    const c = capture();
    writeFileSync(path.join(dir, 'bad.csv'), FILE.replace('account_id,', 'id,'));
    expect(await runImport([path.join(dir, 'bad.csv')], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain('line 1 must be the header: account_id,holder_name');
    expect(await runImport([path.join(dir, 'missing.csv')], c.io)).toBe(2);
    expect(c.err.at(-1)).toContain('ENOENT');
    expect(await runImport([], c.io)).toBe(64);
    expect(database().prepare('SELECT COUNT(*) AS n FROM accounts').get()).toEqual({ n: 0 });
  });
});

describe('npm run reminders', () => {
  it(
    'lists due reminders as JSON lines, explains held ones, and queues them for the running service',
    { timeout: 90_000 },
    async () => {
      writeFileSync(path.join(dir, 'overdue.csv'), FILE);
      cli('importCli', [path.join(dir, 'overdue.csv')]);
      const db = database();
      const stores = createSqliteStores(db);
      await stores.conversations.save(
        { conversationId: 'c1', channelId: 'directline', userId: 'u', accountId: 'S-1', reference: {} },
        new Date(),
        true,
      );

      const due = cli('cli', ['due', '--now', '2026-11-28T01:00:00Z', '--json']);
      expect(due.code).toBe(0);
      expect(due.out).toBe('{"account":"S-1","kind":"due+7","channel":"directline","reachable":true}\n');
      const explained = cli('cli', ['due', '--now', '2026-11-28T01:00:00Z', '--json', '--explain'])
        .out.trim()
        .split('\n');
      expect(explained.map((l) => JSON.parse(l) as unknown)).toEqual([
        expect.objectContaining({ account: 'P-1', kind: 'due', due: false, heldBy: 'paid' }),
        expect.objectContaining({ account: 'S-1', kind: 'due+7', due: true }),
      ]);

      const run = cli('cli', ['run', '--now', '2026-11-28T01:00:00Z', '--json']);
      expect(JSON.parse(run.out.trim().split('\n')[0] ?? '{}')).toMatchObject({
        account: 'S-1',
        kind: 'due+7',
        outcome: 'queued',
      });
      expect(cli('cli', ['due', '--now', '2026-11-28T01:00:00Z', '--json']).out).toBe('');

      const channel = new FakeChannel();
      const service = createReminderService({
        db,
        config: CONFIG,
        clock: new ManualClock('2026-11-28T01:01:00Z'),
        sender: channel,
      });
      await service.run();
      expect(channel.delivered.map((m) => m.deliveryKey)).toEqual(['reminder:S-1:due+7:2026-11-28']);
    },
  );

  it('refuses a --now that is not an ISO time with a zone', async () => {
    vi.stubEnv('DATA_DIR', path.join(dir, 'data'));
    const c = capture();
    expect(await runRemindersCli(['due', '--now', '28/11/2026', '--json'], c.io)).toBe(64);
    expect(c.err).toEqual([
      '--now expects an ISO time with a zone, such as 2026-11-28T10:00:00Z (got "28/11/2026")',
    ]);
  });
});

describe('the command line’s handoff check', () => {
  it('holds back a reminder while a handoff to an agent is queued for the account', async () => {
    vi.stubEnv('DATA_DIR', path.join(dir, 'data'));
    writeFileSync(path.join(dir, 'overdue.csv'), FILE);
    expect(await runImport([path.join(dir, 'overdue.csv')], capture().io)).toBe(1);
    database()
      .prepare(
        `INSERT INTO handoffs (handoff_id, conversation_id, channel_id, account_id, reason, priority, summary, locale,
          verified, status, queued_at) VALUES ('H-1', 'c1', 'directline', 'S-1', 'requested', 1, '', 'zh-CN', 1, 'queued', ?)`,
      )
      .run('2026-11-28T00:30:00Z');
    const c = capture();
    expect(await runRemindersCli(['due', '--now', '2026-11-28T01:00:00Z', '--json', '--explain'], c.io)).toBe(
      0,
    );
    expect(c.out.map((l) => JSON.parse(l) as unknown)).toContainEqual(
      expect.objectContaining({ account: 'S-1', kind: 'due+7', due: false, heldBy: 'human_handling' }),
    );
  });
});

describe('two processes on one database', () => {
  it('deliver each reminder once between them', async () => {
    const a = database();
    const b = database();
    const stores = createSqliteStores(a);
    const now = new Date('2026-11-28T01:00:00Z');
    const accounts = Array.from({ length: 40 }, (_, i) => ({
      accountId: `R-${i}`,
      holderName: 'R',
      locale: 'zh-CN' as const,
      timeZone: 'Asia/Shanghai',
      channel: 'directline',
      channelUserId: `r-${i}`,
      idLast4: '1234',
      cardLast4: '5678',
      balanceCents: 1000,
      minimumDueCents: 100,
      dueDate: '2026-11-21',
      daysPastDue: 7,
      currency: 'CNY' as const,
      status: 'open' as const,
    }));
    await stores.accounts.upsertMany(accounts, now);
    for (const acc of accounts) {
      await stores.conversations.save(
        {
          conversationId: `c-${acc.accountId}`,
          channelId: 'directline',
          userId: acc.channelUserId,
          accountId: acc.accountId,
          reference: {},
        },
        now,
        true,
      );
    }
    const channel = new FakeChannel();
    const clock = new ManualClock(now);
    const one = createReminderService({
      db: a,
      config: CONFIG,
      clock,
      sender: channel,
      options: { concurrency: 3 },
    });
    const two = createReminderService({
      db: b,
      config: CONFIG,
      clock,
      sender: channel,
      options: { concurrency: 5 },
    });
    await Promise.all([one.run(), two.run(), one.run()]);
    expect(channel.calls).toHaveLength(40);
    expect(new Set(channel.calls.map((m) => m.accountId)).size).toBe(40);
  });
});
