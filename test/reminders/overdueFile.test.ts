import { describe, expect, it } from 'vitest';
import { SqliteAccountStore } from '../../src/store/accounts.js';
import { openMemoryDatabase } from '../../src/store/db.js';
import { parseCsv } from '../../src/core/csv.js';
import { importAccounts, OVERDUE_HEADER, parseOverdueCsv } from '../../src/reminders/overdueFile.js';

const HEADER = OVERDUE_HEADER.join(',');
const NOW = new Date('2026-11-28T01:00:00Z');

const row = (over: Partial<Record<(typeof OVERDUE_HEADER)[number], string>> = {}): string => {
  const base = {
    account_id: 'C-1',
    holder_name: '王芳',
    locale: 'zh-CN',
    time_zone: 'Asia/Shanghai',
    channel: 'directline',
    channel_user_id: 'wang-fang',
    id_last4: '1234',
    card_last4: '5678',
    balance: '12345.67',
    minimum_due: '1234.56',
    due_date: '2026-11-21',
    days_past_due: '7',
    currency: 'CNY',
    ...over,
  };
  return OVERDUE_HEADER.map((k) => base[k]).join(',');
};

describe('reading CSV', () => {
  it('keeps commas and doubled quotes inside quoted fields', () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n1,2,3\r\n')).toEqual([
      { line: 1, fields: ['a', 'b, c', 'say "hi"'] },
      { line: 2, fields: ['1', '2', '3'] },
    ]);
  });

  it('counts lines inside a quoted field so later rows keep their line numbers', () => {
    const records = parseCsv('h\n"two\nlines"\n\nlast');
    expect(records).toEqual([
      { line: 1, fields: ['h'] },
      { line: 2, fields: ['two\nlines'] },
      { line: 5, fields: ['last'] },
    ]);
  });

  it('reports a stray quote and an unclosed quote by line', () => {
    expect(parseCsv('ok\nab"c\n"open')).toEqual([
      { line: 1, fields: ['ok'] },
      { line: 2, error: 'a quote inside an unquoted field (quote the field)' },
      { line: 3, error: 'a quoted field is not closed' },
    ]);
  });

  it('drops a UTF-8 byte-order mark before the header', () => {
    expect(parseCsv('\uFEFFa,b')).toEqual([{ line: 1, fields: ['a', 'b'] }]);
  });
});

describe('validating the overdue file', () => {
  it('turns decimal amounts into exact cents and a zero balance into a paid account', () => {
    const text = [
      HEADER,
      row({ balance: '"1,234.50"', minimum_due: '0.1' }),
      row({ account_id: 'C-2', channel_user_id: 'u2', balance: '0', minimum_due: '0.00' }),
    ].join('\n');
    const file = parseOverdueCsv(text);
    expect(
      file.ok &&
        file.accounts.map((a) => [
          a.line,
          a.account.balanceCents,
          a.account.minimumDueCents,
          a.account.status,
        ]),
    ).toEqual([
      [2, 123_450, 10, 'open'],
      [3, 0, 0, 'paid'],
    ]);
  });

  it('refuses a file whose header is not the exact one', () => {
    expect(parseOverdueCsv(HEADER.replace('balance', 'amount') + '\n' + row())).toEqual({
      ok: false,
      error: `line 1 must be the header: ${HEADER}`,
    });
  });

  it('lists every problem of a bad row by its line number, header being line 1', () => {
    const text = [
      HEADER,
      row(),
      row({
        account_id: 'C-2',
        channel_user_id: 'u2',
        locale: 'fr',
        time_zone: 'Mars/Olympus',
        id_last4: '12a4',
      }),
      row({
        account_id: 'C-3',
        channel_user_id: 'u3',
        balance: '-5',
        due_date: '2026-02-30',
        currency: 'EUR',
      }),
      row({ account_id: 'C-4', channel_user_id: 'u4', minimum_due: '100000', days_past_due: '1.5' }),
      'C-5,too,few',
    ].join('\n');
    const file = parseOverdueCsv(text);
    expect(file.ok && file.accounts.map((a) => a.account.accountId)).toEqual(['C-1']);
    expect(file.ok && file.bad).toEqual([
      {
        line: 3,
        errors: [
          'locale must be zh-CN or en, not "fr"',
          'time_zone must be an IANA time zone such as Asia/Shanghai, not "Mars/Olympus"',
          'id_last4 must be 4 digits',
        ],
      },
      {
        line: 4,
        errors: [
          'balance must be an amount such as 12345.67 (at most two decimals, not negative)',
          'due_date must be a date as YYYY-MM-DD, not "2026-02-30"',
          'currency must be CNY or USD, not "EUR"',
        ],
      },
      {
        line: 5,
        errors: [
          'minimum_due must not exceed balance',
          'days_past_due must be a whole number of days (0 or more)',
        ],
      },
      { line: 6, errors: ['expected 13 fields, found 3'] },
    ]);
  });

  it('refuses a time zone given as an offset', () => {
    const file = parseOverdueCsv([HEADER, row({ time_zone: '+08:00' })].join('\n'));
    expect(file.ok && file.bad[0]?.line).toBe(2);
  });

  it('refuses a second row for the same account or channel user', () => {
    const text = [HEADER, row(), row({ channel_user_id: 'other' }), row({ account_id: 'C-9' })].join('\n');
    const file = parseOverdueCsv(text);
    expect(file.ok && file.bad).toEqual([
      { line: 3, errors: ['account_id repeats the row on line 2'] },
      { line: 4, errors: ['channel_user_id repeats the row on line 2'] },
    ]);
  });

  it('never echoes a holder’s name or card digits in an error', () => {
    const file = parseOverdueCsv([HEADER, row({ holder_name: '', card_last4: '98765' })].join('\n'));
    const text = JSON.stringify(file);
    expect(text).toContain('card_last4 must be 4 digits');
    expect(text).not.toContain('98765');
  });
});

describe('importing accounts', () => {
  it('loads the good rows, leaves the bad ones out, and updates an account imported before', async () => {
    const db = openMemoryDatabase();
    const store = new SqliteAccountStore(db);
    await importAccounts([HEADER, row()].join('\n'), store, NOW);
    const result = await importAccounts(
      [HEADER, row({ balance: '0', minimum_due: '0' }), row({ account_id: 'C-2', locale: 'xx' })].join('\n'),
      store,
      NOW,
    );
    expect(result).toEqual({
      ok: true,
      loaded: 1,
      paid: 1,
      bad: [{ line: 3, errors: ['locale must be zh-CN or en, not "xx"'] }],
    });
    expect((await store.list()).map((a) => [a.accountId, a.status, a.balanceCents])).toEqual([
      ['C-1', 'paid', 0],
    ]);
  });

  it('reports a row whose channel user is bound to another account without loading it', async () => {
    const db = openMemoryDatabase();
    const store = new SqliteAccountStore(db);
    await importAccounts([HEADER, row()].join('\n'), store, NOW);
    const result = await importAccounts([HEADER, row({ account_id: 'C-2' })].join('\n'), store, NOW);
    expect(result).toEqual({
      ok: true,
      loaded: 0,
      paid: 0,
      bad: [{ line: 2, errors: ['channel_user_id is already bound to another account'] }],
    });
  });

  it('loads all good rows or none: a failure on the last row leaves the first ones out too', async () => {
    const db = openMemoryDatabase();
    db.exec(`CREATE TRIGGER refuse_c3 BEFORE INSERT ON accounts WHEN NEW.account_id = 'C-3'
      BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`);
    const store = new SqliteAccountStore(db);
    const text = [
      HEADER,
      row(),
      row({ account_id: 'C-2', channel_user_id: 'u2' }),
      row({ account_id: 'C-3', channel_user_id: 'u3' }),
    ].join('\n');
    const result = await importAccounts(text, store, NOW);
    expect(result).toEqual({ ok: false, error: 'nothing was loaded: refused by the test', bad: [] });
    expect(await store.list()).toEqual([]);
  });
});
