import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { runPaymentsCli } from '../../src/payments/cli.js';
import { openDatabase } from '../../src/store/db.js';
import { createSqliteStores } from '../../src/store/stores.js';
import { tempDir } from '../support/testApp.js';
import { LI, PLAN } from './fixtures.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

async function setup() {
  const dir = tempDir('payments-cli-');
  const data = path.join(dir, 'data');
  vi.stubEnv('DATA_DIR', data);
  vi.stubEnv('LOG_LEVEL', 'silent');
  const db = openDatabase(data);
  const stores = createSqliteStores(db);
  await stores.accounts.upsertMany([LI], new Date('2026-12-01T00:00:00Z'));
  stores.plans.record({
    planId: PLAN.id,
    accountId: LI.accountId,
    conversationId: undefined,
    offer: PLAN,
    currency: 'CNY',
    createdAt: '2026-12-01T00:00:00Z',
  });
  db.close();
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  return { data, out, err, io, file, clock: new ManualClock('2026-12-10T00:00:00Z') };
}

const HEADER = 'payment_id,account_id,amount,currency,paid_at,channel';

describe('npm run payments -- import', () => {
  it('applies a file once, reports replays the second time, and refuses a bad file whole with line numbers', async () => {
    const { data, out, err, io, file, clock } = await setup();
    const good = file('good.csv', `${HEADER}\nP-1,L-1,1837.74,CNY,2026-12-04T20:15:00+08:00,bank_transfer\n`);
    expect(await runPaymentsCli(['import', good], io, clock)).toBe(0);
    expect(await runPaymentsCli(['import', good], io, clock)).toBe(0);
    expect(out).toEqual([
      `${good}: 1 payments applied`,
      `${good}: 0 payments applied (1 already received, left as they were)`,
    ]);
    const bad = file(
      'bad.csv',
      `${HEADER}\nP-2,L-1,10.00,CNY,2026-12-05T10:00:00Z,app\nP-3,L-1,-1.00,CNY,2026-12-05T10:00:00Z,app\n`,
    );
    expect(await runPaymentsCli(['import', bad], io, clock)).toBe(1);
    expect(err[0]).toMatch(/^line 3: amount:/);
    expect(await runPaymentsCli(['import', file('head.csv', 'a,b\n')], io, clock)).toBe(2);
    expect(await runPaymentsCli(['import'], io, clock)).toBe(64);
    const db = openDatabase(data);
    expect((await createSqliteStores(db).payments.listFor(LI.accountId)).map((p) => p.paymentId)).toEqual([
      'P-1',
    ]);
    db.close();
  });
});
