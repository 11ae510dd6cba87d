import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCHEDULE,
  dueDatesFor,
  instalmentDatesFor,
  parseReminderSchedule,
  remindersForDay,
} from '../../src/reminders/schedule.js';

describe('the reminder schedule', () => {
  it('parses the default REMINDER_SCHEDULE into day offsets', () => {
    expect(parseReminderSchedule('due-3,due,due+1,due+7,due+15,due+30')).toEqual([-3, 0, 1, 7, 15, 30]);
  });

  it('names the entry it cannot read', () => {
    expect(() => parseReminderSchedule('due,due+x')).toThrow(
      'REMINDER_SCHEDULE: "due+x" is not due, due-N or due+N',
    );
  });

  it.each([
    ['2026-11-25', 'due-3'],
    ['2026-11-28', 'due'],
    ['2026-11-29', 'due+1'],
    ['2026-12-05', 'due+7'],
    ['2026-12-13', 'due+15'],
    ['2026-12-28', 'due+30'],
  ])('puts a due date of 28 November on %s as %s', (day, kind) => {
    expect(remindersForDay(DEFAULT_SCHEDULE, day, { dueDate: '2026-11-28', instalments: undefined })).toEqual(
      [{ kind }],
    );
  });

  it('has no reminder on a day the schedule skips (due+2)', () => {
    expect(
      remindersForDay(DEFAULT_SCHEDULE, '2026-11-30', { dueDate: '2026-11-28', instalments: undefined }),
    ).toEqual([]);
  });

  it('looks up the due dates and instalment dates whose reminders fall on a day', () => {
    expect(dueDatesFor(DEFAULT_SCHEDULE, '2026-12-01')).toEqual([
      '2026-12-04',
      '2026-12-01',
      '2026-11-30',
      '2026-11-24',
      '2026-11-16',
      '2026-11-01',
    ]);
    expect(instalmentDatesFor(DEFAULT_SCHEDULE, '2026-12-01')).toEqual(['2026-12-04', '2026-11-30']);
  });
});

describe('plan reminders', () => {
  const instalments = [
    { seq: 1, dueDate: '2026-12-01', amountCents: 50_000, paidCents: 0 },
    { seq: 2, dueDate: '2027-01-01', amountCents: 50_000, paidCents: 0 },
  ];

  it('reminds 3 days before an instalment (instalment-3) and drops the due-date schedule while a plan is active', () => {
    expect(remindersForDay(DEFAULT_SCHEDULE, '2026-11-28', { dueDate: '2026-11-28', instalments })).toEqual([
      { kind: 'instalment-3', instalment: { seq: 1, dueDate: '2026-12-01', amountCents: 50_000 } },
    ]);
  });

  it('reminds the day after an instalment that was not paid in full (missed-1)', () => {
    const partly = [{ ...instalments[0]!, paidCents: 49_999 }, instalments[1]!];
    expect(
      remindersForDay(DEFAULT_SCHEDULE, '2026-12-02', { dueDate: '2026-11-28', instalments: partly }),
    ).toEqual([{ kind: 'missed-1', instalment: { seq: 1, dueDate: '2026-12-01', amountCents: 50_000 } }]);
  });

  it('sends nothing about an instalment that was paid', () => {
    const paid = [{ ...instalments[0]!, paidCents: 50_000 }, instalments[1]!];
    expect(
      remindersForDay(DEFAULT_SCHEDULE, '2026-12-02', { dueDate: '2026-11-28', instalments: paid }),
    ).toEqual([]);
    expect(
      remindersForDay(DEFAULT_SCHEDULE, '2026-11-28', { dueDate: '2026-11-28', instalments: paid }),
    ).toEqual([]);
  });

  it('puts a missed instalment before an upcoming one on the same day', () => {
    const close = [
      { seq: 1, dueDate: '2026-12-01', amountCents: 100, paidCents: 0 },
      { seq: 2, dueDate: '2026-12-05', amountCents: 100, paidCents: 0 },
    ];
    const kinds = remindersForDay(DEFAULT_SCHEDULE, '2026-12-02', {
      dueDate: '2026-11-28',
      instalments: close,
    }).map((r) => r.kind);
    expect(kinds).toEqual(['missed-1', 'instalment-3']);
  });
});
