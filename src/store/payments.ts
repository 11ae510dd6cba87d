import { createHash } from 'node:crypto';
import type { PaymentInput } from './paymentInput.js';
import { localDate } from '../core/dates.js';
import { type Db, prepared } from './db.js';
import { recordEvent, setPlanStatus, settleAndRead } from './paymentsCommitments.js';

export type PaymentSource = 'file' | 'webhook';

/** Why a payment was refused; `field` names the input field to fix. */
export interface PaymentRejection {
  /** Position in the batch (0-based); the file import maps it to a line number. */
  index: number;
  code: 'unknown_account' | 'currency_mismatch' | 'payment_id_conflict' | 'paid_in_future';
  field: 'account_id' | 'currency' | 'payment_id' | 'paid_at';
  message: string;
}

export type PaymentBatchOutcome =
  | { status: 'applied'; applied: number; replayed: number }
  | { status: 'rejected'; rejections: PaymentRejection[] };

export interface StoredPayment {
  paymentId: string;
  accountId: string;
  amountCents: number;
  currency: string;
  paidAt: string;
  channel: string;
  source: PaymentSource;
  receivedAt: string;
  allocations: {
    planId: string | undefined;
    seq: number | undefined;
    promiseId: string | undefined;
    amountCents: number;
  }[];
}

/**
 * The payments feed. `apply` takes a whole batch (a file, or one webhook call) in one
 * transaction: either every new payment is applied or none is. Payments already stored with the
 * same content are replays (counted, not applied again); a payment id stored with other content
 * is a conflict and rejects the batch.
 *
 * Applying a payment: first the account's commitments are settled up to the payment's local day
 * (so a late payment cannot keep a promise whose date had passed), then the amount goes to the
 * current plan's unpaid instalments oldest first, what is left to the active promise, and the
 * rest to the balance only; the balance and minimum due go down by the amount (never below 0).
 *
 *   await payments.apply([parsed.payment], 'webhook', clock.now())
 *   // { status: 'applied', applied: 1, replayed: 0 }
 */
export interface PaymentStore {
  apply(payments: PaymentInput[], source: PaymentSource, now: Date): Promise<PaymentBatchOutcome>;
  listFor(accountId: string): Promise<StoredPayment[]>;
}

/** The content a payment id stands for; an exact replay has the same hash. */
export function paymentHash(p: PaymentInput): string {
  return createHash('sha256')
    .update([p.paymentId, p.accountId, p.amountCents, p.currency, p.paidAtUtc, p.channel].join('\u001f'))
    .digest('hex');
}

interface AccountFacts {
  currency: string;
  time_zone: string;
}

/** Clock difference allowed between the core banking system and this service. */
const FUTURE_TOLERANCE_MS = 10 * 60_000;

const localDays = new Map<string, string>();

/**
 * The local date of an instant in a zone, remembered per zone and quarter hour (every UTC offset
 * in use is a whole number of quarter hours, so the date is the same for the whole quarter).
 */
function localDay(instantUtc: string, zone: string): string {
  const t = Date.parse(instantUtc);
  const key = `${zone}|${Math.floor(t / 900_000)}`;
  let day = localDays.get(key);
  if (day === undefined) {
    day = localDate(new Date(t), zone);
    if (localDays.size > 100_000) localDays.clear();
    localDays.set(key, day);
  }
  return day;
}

export class SqlitePaymentStore implements PaymentStore {
  constructor(private readonly db: Db) {}

  /** One synchronous `IMMEDIATE` transaction: nothing else runs between the check and the writes. */
  async apply(payments: PaymentInput[], source: PaymentSource, now: Date): Promise<PaymentBatchOutcome> {
    return this.db
      .transaction((): PaymentBatchOutcome => {
        const checked = this.check(payments, now);
        if (checked.rejections.length > 0) return { status: 'rejected', rejections: checked.rejections };
        const fresh = [...checked.fresh].sort((a, b) =>
          a.p.paidAtUtc < b.p.paidAtUtc ? -1 : a.p.paidAtUtc > b.p.paidAtUtc ? 1 : 0,
        );
        const receivedAt = now.toISOString();
        for (const { p, hash, account } of fresh) this.applyOne(p, hash, account, source, receivedAt);
        return { status: 'applied', applied: fresh.length, replayed: payments.length - fresh.length };
      })
      .immediate();
  }

  private check(
    payments: PaymentInput[],
    now: Date,
  ): {
    fresh: { p: PaymentInput; hash: string; account: AccountFacts }[];
    rejections: PaymentRejection[];
  } {
    const rejections: PaymentRejection[] = [];
    const fresh: { p: PaymentInput; hash: string; account: AccountFacts }[] = [];
    const seen = new Map<string, string>();
    const getHash = prepared(this.db, 'SELECT content_hash FROM payments WHERE payment_id = ?').pluck(true);
    const getAccount = prepared(this.db, 'SELECT currency, time_zone FROM accounts WHERE account_id = ?');
    payments.forEach((p, index) => {
      const hash = paymentHash(p);
      const stored = (getHash.get(p.paymentId) as string | undefined) ?? seen.get(p.paymentId);
      if (stored !== undefined) {
        if (stored !== hash) {
          rejections.push({
            index,
            code: 'payment_id_conflict',
            field: 'payment_id',
            message: `payment_id ${p.paymentId} was already received with different content; send a new id for a new payment`,
          });
        }
        return;
      }
      // A payment dated ahead of our clock (a typo, or a skewed core clock) would settle the
      // account's commitments up to that day: refuse it rather than mark misses early.
      if (Date.parse(p.paidAtUtc) > now.getTime() + FUTURE_TOLERANCE_MS) {
        rejections.push({
          index,
          code: 'paid_in_future',
          field: 'paid_at',
          message: `paid_at ${p.paidAt} is later than the time of receipt; send the time the payment was made`,
        });
        return;
      }
      const account = getAccount.get(p.accountId) as AccountFacts | undefined;
      if (!account) {
        rejections.push({
          index,
          code: 'unknown_account',
          field: 'account_id',
          message: `no account ${p.accountId}; load it with the overdue file first`,
        });
        return;
      }
      if (account.currency !== p.currency) {
        rejections.push({
          index,
          code: 'currency_mismatch',
          field: 'currency',
          message: `account ${p.accountId} is kept in ${account.currency}, the payment is in ${p.currency}`,
        });
        return;
      }
      seen.set(p.paymentId, hash);
      fresh.push({ p, hash, account });
    });
    return { fresh, rejections };
  }

  private applyOne(
    p: PaymentInput,
    hash: string,
    account: AccountFacts,
    source: PaymentSource,
    receivedAt: string,
  ): void {
    const db = this.db;
    const day = localDay(p.paidAtUtc, account.time_zone);
    const { plan, promise: open } = settleAndRead(db, p.accountId, day, p.paidAtUtc);
    prepared(
      db,
      `INSERT INTO payments (payment_id, account_id, amount_cents, currency, paid_at, channel, source, content_hash, received_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      p.paymentId,
      p.accountId,
      p.amountCents,
      p.currency,
      p.paidAtUtc,
      p.channel,
      source,
      hash,
      receivedAt,
    );
    const allocate = prepared(
      db,
      'INSERT INTO payment_allocations (payment_id, plan_id, seq, promise_id, amount_cents) VALUES (?, ?, ?, ?, ?)',
    );
    const cause = `payment:${p.paymentId}`;
    let left = p.amountCents;
    if (plan) {
      for (const i of plan.instalments) {
        const open = i.amountCents - i.paidCents;
        if (open <= 0 || left === 0) continue;
        const part = Math.min(open, left);
        prepared(
          db,
          'UPDATE plan_installments SET paid_cents = paid_cents + ? WHERE plan_id = ? AND seq = ?',
        ).run(part, plan.planId, i.seq);
        i.paidCents += part;
        allocate.run(p.paymentId, plan.planId, i.seq, null, part);
        left -= part;
      }
      if (plan.instalments.every((i) => i.paidCents >= i.amountCents)) {
        const missed = plan.instalments.some((i) => i.missedOn !== undefined);
        setPlanStatus(db, p.accountId, plan, missed ? 'completed' : 'kept', cause, p.paidAtUtc);
      }
    }
    const promise = left > 0 ? open : undefined;
    if (promise) {
      const part = Math.min(promise.amount_cents - promise.paid_cents, left);
      const paid = promise.paid_cents + part;
      const kept = paid >= promise.amount_cents;
      prepared(db, `UPDATE promises SET paid_cents = ?, status = ?, settled_at = ? WHERE promise_id = ?`).run(
        paid,
        kept ? 'kept' : 'active',
        kept ? p.paidAtUtc : null,
        promise.promise_id,
      );
      allocate.run(p.paymentId, null, null, promise.promise_id, part);
      left -= part;
      if (kept)
        recordEvent(db, {
          kind: 'promise',
          id: promise.promise_id,
          accountId: p.accountId,
          from: 'active',
          to: 'kept',
          cause,
          at: p.paidAtUtc,
        });
    }
    if (left > 0) allocate.run(p.paymentId, null, null, null, left);
    this.reduceBalance(p.accountId, p.amountCents, receivedAt);
  }

  /** The account store is the source of every figure the bot states: update it in place. */
  private reduceBalance(accountId: string, cents: number, at: string): void {
    prepared(
      this.db,
      `UPDATE accounts SET balance_cents = MAX(0, balance_cents - @cents),
        minimum_due_cents = MAX(0, minimum_due_cents - @cents),
        days_past_due = CASE WHEN minimum_due_cents - @cents <= 0 THEN 0 ELSE days_past_due END,
        status = CASE WHEN balance_cents - @cents <= 0 THEN 'paid' ELSE status END,
        updated_at = @at WHERE account_id = @accountId`,
    ).run({ cents, at, accountId });
  }

  async listFor(accountId: string): Promise<StoredPayment[]> {
    const rows = prepared(
      this.db,
      'SELECT * FROM payments WHERE account_id = ? ORDER BY paid_at, payment_id',
    ).all(accountId) as {
      payment_id: string;
      account_id: string;
      amount_cents: number;
      currency: string;
      paid_at: string;
      channel: string;
      source: PaymentSource;
      received_at: string;
    }[];
    const allocations = prepared(
      this.db,
      'SELECT plan_id, seq, promise_id, amount_cents FROM payment_allocations WHERE payment_id = ? ORDER BY rowid',
    );
    return rows.map((r) => ({
      paymentId: r.payment_id,
      accountId: r.account_id,
      amountCents: r.amount_cents,
      currency: r.currency,
      paidAt: r.paid_at,
      channel: r.channel,
      source: r.source,
      receivedAt: r.received_at,
      allocations: (
        allocations.all(r.payment_id) as {
          plan_id: string | null;
          seq: number | null;
          promise_id: string | null;
          amount_cents: number;
        }[]
      ).map((a) => ({
        planId: a.plan_id ?? undefined,
        seq: a.seq ?? undefined,
        promiseId: a.promise_id ?? undefined,
        amountCents: a.amount_cents,
      })),
    }));
  }
}
