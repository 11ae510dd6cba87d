import { isIsoDate } from '../core/dates.js';
import { isLocale } from '../core/locale.js';
import { parseDecimalToCents, type Currency } from '../core/money.js';
import { ANY_CHANNEL, type Account, type AccountStore } from '../store/accounts.js';
import { parseCsv } from '../core/csv.js';

/** The bank's daily overdue file has exactly these columns, in this order. */
export const OVERDUE_HEADER = [
  'account_id',
  'holder_name',
  'locale',
  'time_zone',
  'channel',
  'channel_user_id',
  'id_last4',
  'card_last4',
  'balance',
  'minimum_due',
  'due_date',
  'days_past_due',
  'currency',
] as const;

/** A row that was not loaded, by its line in the file (the header is line 1). */
export interface BadRow {
  line: number;
  errors: string[];
}

export type OverdueFile =
  { ok: true; accounts: { line: number; account: Account }[]; bad: BadRow[] } | { ok: false; error: string };

/**
 * Parses and validates the overdue file. Every row is checked; bad rows are listed with their
 * line number and every problem found in them (values that identify a person are never echoed).
 * A balance of 0 makes the account `paid`, which stops its reminders.
 *
 *   const file = parseOverdueCsv(readFileSync('overdue.csv', 'utf8'));
 *   if (file.ok) file.bad; // [{ line: 3, errors: ['locale must be zh-CN or en, not "fr"'] }]
 */
export function parseOverdueCsv(text: string): OverdueFile {
  const records = parseCsv(text);
  const header = records[0];
  if (
    !header ||
    'error' in header ||
    header.line !== 1 ||
    header.fields.join(',') !== OVERDUE_HEADER.join(',')
  ) {
    return { ok: false, error: `line 1 must be the header: ${OVERDUE_HEADER.join(',')}` };
  }
  const accounts: { line: number; account: Account }[] = [];
  const bad: BadRow[] = [];
  const firstLineOf = { account: new Map<string, number>(), user: new Map<string, number>() };
  for (const record of records.slice(1)) {
    if ('error' in record) {
      bad.push({ line: record.line, errors: [record.error] });
      continue;
    }
    const checked = checkRow(record.fields);
    if (checked.errors.length === 0 && checked.account) {
      const { accountId, channelUserId } = checked.account;
      const dupAccount = firstLineOf.account.get(accountId);
      const dupUser = firstLineOf.user.get(channelUserId);
      if (dupAccount !== undefined) checked.errors.push(`account_id repeats the row on line ${dupAccount}`);
      if (dupUser !== undefined) checked.errors.push(`channel_user_id repeats the row on line ${dupUser}`);
    }
    if (checked.errors.length > 0 || !checked.account) {
      bad.push({ line: record.line, errors: checked.errors });
      continue;
    }
    firstLineOf.account.set(checked.account.accountId, record.line);
    firstLineOf.user.set(checked.account.channelUserId, record.line);
    accounts.push({ line: record.line, account: checked.account });
  }
  return { ok: true, accounts, bad };
}

type Fields = Record<(typeof OVERDUE_HEADER)[number], string>;

/** One check per field: whether the value is good, and what to tell the operator when not. */
const FIELD_RULES: [ok: (f: Fields) => boolean, problem: (f: Fields) => string][] = [
  [
    (f) => /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(f.account_id),
    () => 'account_id must be 1–64 letters, digits, ".", "_" or "-"',
  ],
  [
    (f) => f.holder_name !== '' && f.holder_name.length <= 100 && !hasControl(f.holder_name),
    () => 'holder_name must be 1–100 characters',
  ],
  [(f) => isLocale(f.locale), (f) => `locale must be zh-CN or en, not "${f.locale}"`],
  [
    (f) => isTimeZone(f.time_zone),
    (f) => `time_zone must be an IANA time zone such as Asia/Shanghai, not "${f.time_zone}"`,
  ],
  [
    (f) => /^[a-z][a-z0-9_-]{0,31}$/.test(f.channel),
    () => 'channel must be a channel id such as directline or wechat',
  ],
  [
    (f) => /^[^\s\p{Cc}]{1,128}$/u.test(f.channel_user_id),
    () => 'channel_user_id must be 1–128 characters without spaces',
  ],
  [(f) => /^\d{4}$/.test(f.id_last4), () => 'id_last4 must be 4 digits'],
  [(f) => /^\d{4}$/.test(f.card_last4), () => 'card_last4 must be 4 digits'],
  [
    (f) => amount(f.balance) !== undefined,
    () => 'balance must be an amount such as 12345.67 (at most two decimals, not negative)',
  ],
  [
    (f) => amount(f.minimum_due) !== undefined,
    () => 'minimum_due must be an amount such as 1234.56 (at most two decimals, not negative)',
  ],
  [
    (f) => !((amount(f.minimum_due) ?? 0) > (amount(f.balance) ?? Infinity)),
    () => 'minimum_due must not exceed balance',
  ],
  [(f) => isIsoDate(f.due_date), (f) => `due_date must be a date as YYYY-MM-DD, not "${f.due_date}"`],
  [
    (f) => /^\d{1,5}$/.test(f.days_past_due),
    () => 'days_past_due must be a whole number of days (0 or more)',
  ],
  [
    (f) => f.currency === 'CNY' || f.currency === 'USD',
    (f) => `currency must be CNY or USD, not "${f.currency}"`,
  ],
];

function checkRow(fields: string[]): { account?: Account; errors: string[] } {
  if (fields.length !== OVERDUE_HEADER.length) {
    return { errors: [`expected ${OVERDUE_HEADER.length} fields, found ${fields.length}`] };
  }
  const f = Object.fromEntries(OVERDUE_HEADER.map((name, i) => [name, (fields[i] ?? '').trim()])) as Fields;
  const errors = FIELD_RULES.filter(([ok]) => !ok(f)).map(([, problem]) => problem(f));
  const balance = amount(f.balance);
  const minimum = amount(f.minimum_due);
  if (errors.length > 0 || balance === undefined || minimum === undefined || !isLocale(f.locale))
    return { errors };
  const account: Account = {
    accountId: f.account_id,
    holderName: f.holder_name,
    locale: f.locale,
    timeZone: f.time_zone,
    channel: f.channel,
    channelUserId: f.channel_user_id,
    idLast4: f.id_last4,
    cardLast4: f.card_last4,
    balanceCents: balance,
    minimumDueCents: minimum,
    dueDate: f.due_date,
    daysPastDue: Number(f.days_past_due),
    currency: f.currency as Currency,
    status: balance === 0 ? 'paid' : 'open',
  };
  return { account, errors };
}

function amount(text: string): number | undefined {
  if (!/^\d[\d,]*(\.\d{1,2})?$/.test(text)) return undefined;
  return parseDecimalToCents(text);
}

function hasControl(text: string): boolean {
  return /\p{Cc}/u.test(text);
}

/** An IANA zone name the runtime knows ("Asia/Shanghai", "UTC"); offsets like "+08:00" are refused. */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export type ImportResult =
  { ok: true; loaded: number; paid: number; bad: BadRow[] } | { ok: false; error: string; bad: BadRow[] };

/**
 * Validates the file and upserts its good rows in one transaction (all or none). A row whose
 * channel_user_id is bound to another account in the store is bad too (the binding is unique).
 */
export async function importAccounts(text: string, accounts: AccountStore, now: Date): Promise<ImportResult> {
  const file = parseOverdueCsv(text);
  if (!file.ok) return { ok: false, error: file.error, bad: [] };
  const bad = [...file.bad];
  const good: Account[] = [];
  for (const { line, account } of file.accounts) {
    const owner = await accounts.findByChannelUser(account.channelUserId, ANY_CHANNEL);
    if (owner && owner.accountId !== account.accountId) {
      bad.push({ line, errors: ['channel_user_id is already bound to another account'] });
    } else {
      good.push(account);
    }
  }
  bad.sort((a, b) => a.line - b.line);
  try {
    await accounts.upsertMany(good, now);
  } catch (e) {
    return { ok: false, error: `nothing was loaded: ${e instanceof Error ? e.message : String(e)}`, bad };
  }
  return { ok: true, loaded: good.length, paid: good.filter((a) => a.status === 'paid').length, bad };
}
