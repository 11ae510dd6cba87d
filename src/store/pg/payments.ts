import { localDate } from '../../core/dates.js';
import type { PaymentInput } from '../paymentInput.js';
import {
  type PaymentBatchOutcome,
  paymentHash,
  type PaymentRejection,
  type PaymentSource,
  type PaymentStore,
  type StoredPayment,
} from '../payments.js';
import { type PgClient, type PgPool, withTransaction } from './pool.js';
import { pgRecordEvent, pgSetPlanStatus, pgSettleAndRead } from './paymentsCommitments.js';
import { iso, isRetryable, isUniqueViolation, q, run } from './rows.js';

interface AccountFacts {
  currency: string;
  time_zone: string;
}

interface Fresh {
  p: PaymentInput;
  hash: string;
  account: AccountFacts;
}

/** Clock difference allowed between the core banking system and this service (as on SQLite). */
const FUTURE_TOLERANCE_MS = 10 * 60_000;

/** Times a batch is run again after losing a race (a deadlock, or a payment id taken meanwhile). */
const ATTEMPTS = 3;

/**
 * `PaymentStore` on PostgreSQL: a batch is one transaction, all or nothing. It first locks the
 * rows of every account it pays (in account-id order, so two batches cannot deadlock), so two
 * instances given the same payment apply it once: the second waits, then finds it stored and
 * counts a replay. The primary key on `payment_id` settles the one race the account locks leave
 * (one id sent for two different accounts at once): the loser runs again and sees the conflict.
 */
export class PgPaymentStore implements PaymentStore {
  constructor(private readonly pool: PgPool) {}

  async apply(payments: PaymentInput[], source: PaymentSource, now: Date): Promise<PaymentBatchOutcome> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await withTransaction(this.pool, 'apply payments', (client) =>
          this.applyIn(client, payments, source, now),
        );
      } catch (err) {
        if (attempt >= ATTEMPTS || !(isRetryable(err) || isUniqueViolation(err, 'payments_pkey'))) throw err;
      }
    }
  }

  private async applyIn(
    client: PgClient,
    payments: PaymentInput[],
    source: PaymentSource,
    now: Date,
  ): Promise<PaymentBatchOutcome> {
    await q(
      client,
      `SELECT 1 FROM accounts WHERE account_id = ANY($1::text[]) ORDER BY account_id COLLATE "C" FOR NO KEY UPDATE`,
      [[...new Set(payments.map((p) => p.accountId))]],
    );
    const checked = await check(client, payments, now);
    if (checked.rejections.length > 0) return { status: 'rejected', rejections: checked.rejections };
    const fresh = [...checked.fresh].sort((a, b) =>
      a.p.paidAtUtc < b.p.paidAtUtc ? -1 : a.p.paidAtUtc > b.p.paidAtUtc ? 1 : 0,
    );
    const receivedAt = now.toISOString();
    for (const f of fresh) await applyOne(client, f, source, receivedAt);
    return { status: 'applied', applied: fresh.length, replayed: payments.length - fresh.length };
  }

  async listFor(accountId: string): Promise<StoredPayment[]> {
    const payments = await run<{
      payment_id: string;
      account_id: string;
      amount_cents: number;
      currency: string;
      paid_at: Date;
      channel: string;
      source: PaymentSource;
      received_at: Date;
    }>(
      this.pool,
      "list an account's payments",
      'SELECT * FROM payments WHERE account_id = $1 ORDER BY paid_at, payment_id COLLATE "C"',
      [accountId],
    );
    if (payments.rows.length === 0) return [];
    // The order they were written in: instalments by number, then the promise, then the rest.
    const allocations = await run<{
      payment_id: string;
      plan_id: string | null;
      seq: number | null;
      promise_id: string | null;
      amount_cents: number;
    }>(
      this.pool,
      "list an account's payments",
      `SELECT payment_id, plan_id, seq, promise_id, amount_cents FROM payment_allocations
       WHERE payment_id = ANY($1::text[])
       ORDER BY payment_id, plan_id IS NULL, seq, promise_id IS NULL`,
      [payments.rows.map((r) => r.payment_id)],
    );
    const byPayment = new Map<string, StoredPayment['allocations']>();
    for (const a of allocations.rows) {
      const list = byPayment.get(a.payment_id) ?? [];
      list.push({
        planId: a.plan_id ?? undefined,
        seq: a.seq ?? undefined,
        promiseId: a.promise_id ?? undefined,
        amountCents: a.amount_cents,
      });
      byPayment.set(a.payment_id, list);
    }
    return payments.rows.map((r) => ({
      paymentId: r.payment_id,
      accountId: r.account_id,
      amountCents: r.amount_cents,
      currency: r.currency,
      paidAt: iso(r.paid_at),
      channel: r.channel,
      source: r.source,
      receivedAt: iso(r.received_at),
      allocations: byPayment.get(r.payment_id) ?? [],
    }));
  }
}

/** The batch checked in order, as on SQLite: replays left out, every refusal named. */
async function check(
  client: PgClient,
  payments: PaymentInput[],
  now: Date,
): Promise<{ fresh: Fresh[]; rejections: PaymentRejection[] }> {
  const stored = await q<{ payment_id: string; content_hash: string }>(
    client,
    'SELECT payment_id, content_hash FROM payments WHERE payment_id = ANY($1::text[])',
    [payments.map((p) => p.paymentId)],
  );
  const facts = await q<AccountFacts & { account_id: string }>(
    client,
    'SELECT account_id, currency, time_zone FROM accounts WHERE account_id = ANY($1::text[])',
    [payments.map((p) => p.accountId)],
  );
  const seen = new Map(stored.rows.map((r) => [r.payment_id, r.content_hash]));
  const accounts = new Map(facts.rows.map((r) => [r.account_id, r]));
  const rejections: PaymentRejection[] = [];
  const fresh: Fresh[] = [];
  payments.forEach((p, index) => {
    const hash = paymentHash(p);
    const before = seen.get(p.paymentId);
    const refused = before !== undefined ? undefined : refusal(p, now, accounts.get(p.accountId));
    if (before !== undefined && before !== hash)
      rejections.push({
        index,
        code: 'payment_id_conflict',
        field: 'payment_id',
        message: `payment_id ${p.paymentId} was already received with different content; send a new id for a new payment`,
      });
    if (refused) rejections.push({ index, ...refused });
    if (before !== undefined || refused) return;
    seen.set(p.paymentId, hash);
    fresh.push({ p, hash, account: accounts.get(p.accountId)! });
  });
  return { fresh, rejections };
}

/** Why a new payment cannot be applied (a future date, an unknown account, another currency). */
function refusal(
  p: PaymentInput,
  now: Date,
  account: AccountFacts | undefined,
): Omit<PaymentRejection, 'index'> | undefined {
  // A payment dated ahead of our clock would settle the account's commitments up to that day.
  if (Date.parse(p.paidAtUtc) > now.getTime() + FUTURE_TOLERANCE_MS)
    return {
      code: 'paid_in_future',
      field: 'paid_at',
      message: `paid_at ${p.paidAt} is later than the time of receipt; send the time the payment was made`,
    };
  if (!account)
    return {
      code: 'unknown_account',
      field: 'account_id',
      message: `no account ${p.accountId}; load it with the overdue file first`,
    };
  if (account.currency !== p.currency)
    return {
      code: 'currency_mismatch',
      field: 'currency',
      message: `account ${p.accountId} is kept in ${account.currency}, the payment is in ${p.currency}`,
    };
  return undefined;
}

/** One payment: settle up to its local day, then instalments oldest first, the promise, the rest. */
async function applyOne(
  client: PgClient,
  { p, hash, account }: Fresh,
  source: PaymentSource,
  receivedAt: string,
): Promise<void> {
  const day = localDate(new Date(p.paidAtUtc), account.time_zone);
  const { plan, promise: open } = await pgSettleAndRead(client, p.accountId, day, p.paidAtUtc);
  await q(
    client,
    `INSERT INTO payments (payment_id, account_id, amount_cents, currency, paid_at, channel, source, content_hash,
       received_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [p.paymentId, p.accountId, p.amountCents, p.currency, p.paidAtUtc, p.channel, source, hash, receivedAt],
  );
  const allocate = (planId: string | null, seq: number | null, promiseId: string | null, cents: number) =>
    q(
      client,
      'INSERT INTO payment_allocations (payment_id, plan_id, seq, promise_id, amount_cents) VALUES ($1, $2, $3, $4, $5)',
      [p.paymentId, planId, seq, promiseId, cents],
    );
  const cause = `payment:${p.paymentId}`;
  let left = p.amountCents;
  if (plan) {
    for (const i of plan.instalments) {
      const unpaid = i.amountCents - i.paidCents;
      if (unpaid <= 0 || left === 0) continue;
      const part = Math.min(unpaid, left);
      await q(
        client,
        'UPDATE plan_installments SET paid_cents = paid_cents + $1 WHERE plan_id = $2 AND seq = $3',
        [part, plan.planId, i.seq],
      );
      i.paidCents += part;
      await allocate(plan.planId, i.seq, null, part);
      left -= part;
    }
    if (plan.instalments.every((i) => i.paidCents >= i.amountCents)) {
      const missed = plan.instalments.some((i) => i.missedOn !== undefined);
      await pgSetPlanStatus(client, p.accountId, plan, missed ? 'completed' : 'kept', cause, p.paidAtUtc);
    }
  }
  const promise = left > 0 ? open : undefined;
  if (promise) {
    const part = Math.min(promise.amount_cents - promise.paid_cents, left);
    const paid = promise.paid_cents + part;
    const kept = paid >= promise.amount_cents;
    await q(
      client,
      'UPDATE promises SET paid_cents = $1, status = $2, settled_at = $3 WHERE promise_id = $4',
      [paid, kept ? 'kept' : 'active', kept ? p.paidAtUtc : null, promise.promise_id],
    );
    await allocate(null, null, promise.promise_id, part);
    left -= part;
    if (kept)
      await pgRecordEvent(client, {
        kind: 'promise',
        id: promise.promise_id,
        accountId: p.accountId,
        from: 'active',
        to: 'kept',
        cause,
        at: p.paidAtUtc,
      });
  }
  if (left > 0) await allocate(null, null, null, left);
  // The account store is the source of every figure the bot states: update it in place.
  await q(
    client,
    `UPDATE accounts SET balance_cents = GREATEST(0, balance_cents - $1),
       minimum_due_cents = GREATEST(0, minimum_due_cents - $1),
       days_past_due = CASE WHEN minimum_due_cents - $1 <= 0 THEN 0 ELSE days_past_due END,
       status = CASE WHEN balance_cents - $1 <= 0 THEN 'paid' ELSE status END,
       updated_at = $2 WHERE account_id = $3`,
    [p.amountCents, receivedAt, p.accountId],
  );
}
