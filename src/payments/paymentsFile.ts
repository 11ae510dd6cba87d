import { parseCsv } from '../core/csv.js';
import type { PaymentStore } from '../store/payments.js';
import { PAYMENT_FIELDS, parsePayment, type PaymentInput } from './parse.js';

/** A line of the file that cannot be applied, with every reason. */
export interface BadPaymentLine {
  line: number;
  errors: string[];
}

export type PaymentsFileOutcome =
  | { ok: true; applied: number; replayed: number; rows: number }
  /** Nothing was applied: the header is wrong, or one or more lines are bad (all listed). */
  | { ok: false; error: string; bad: BadPaymentLine[] };

/** Files past this many rows are refused whole (split them): one transaction holds the batch. */
export const MAX_PAYMENT_ROWS = 1_000_000;

/**
 * Applies a payments CSV (header `payment_id,account_id,amount,currency,paid_at,channel`) as one
 * batch: every line is checked first, and one bad line (by its line number in the file) leaves
 * the whole file unapplied. Lines already applied with the same content are replays.
 *
 *   await applyPaymentsFile(readFileSync('payments.csv', 'utf8'), stores.payments, clock.now())
 */
export async function applyPaymentsFile(
  text: string,
  store: PaymentStore,
  now: Date,
): Promise<PaymentsFileOutcome> {
  const records = parseCsv(text);
  const [head, ...rows] = records;
  if (!head || 'error' in head || head.fields.map((f) => f.trim()).join(',') !== PAYMENT_FIELDS.join(',')) {
    return { ok: false, error: `the first line must be the header ${PAYMENT_FIELDS.join(',')}`, bad: [] };
  }
  if (rows.length > MAX_PAYMENT_ROWS) {
    return { ok: false, error: `more than ${MAX_PAYMENT_ROWS} rows: split the file`, bad: [] };
  }
  const bad: BadPaymentLine[] = [];
  const payments: PaymentInput[] = [];
  const lines: number[] = [];
  for (const r of rows) {
    if ('error' in r) {
      bad.push({ line: r.line, errors: [r.error] });
      continue;
    }
    if (r.fields.length !== PAYMENT_FIELDS.length) {
      bad.push({
        line: r.line,
        errors: [`expected ${PAYMENT_FIELDS.length} fields, found ${r.fields.length}`],
      });
      continue;
    }
    const fields = Object.fromEntries(PAYMENT_FIELDS.map((f, i) => [f, (r.fields[i] ?? '').trim()]));
    const parsed = parsePayment(fields);
    if (!parsed.ok) bad.push({ line: r.line, errors: parsed.errors.map((e) => `${e.field}: ${e.message}`) });
    else {
      payments.push(parsed.payment);
      lines.push(r.line);
    }
  }
  if (bad.length > 0) return { ok: false, error: `${bad.length} bad lines: nothing applied`, bad };
  const outcome = await store.apply(payments, 'file', now);
  if (outcome.status === 'rejected') {
    const rejected = outcome.rejections.map((j) => ({
      line: lines[j.index] ?? 0,
      errors: [`${j.field}: ${j.message}`],
    }));
    return { ok: false, error: `${rejected.length} bad lines: nothing applied`, bad: rejected };
  }
  return { ok: true, applied: outcome.applied, replayed: outcome.replayed, rows: payments.length };
}
