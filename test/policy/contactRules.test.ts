import { describe, expect, it } from 'vitest';
import {
  checkContact,
  contactRulesFromConfig,
  isWorkplaceChannel,
  localClock,
  resolveContactRules,
  type ContactFacts,
} from '../../src/policy/contactRules.js';

const rules = resolveContactRules('default').rules;

const clear: ContactFacts = {
  status: 'open',
  balanceCents: 100_00,
  ceased: false,
  disputeOpen: false,
  handledByHuman: false,
  contactsToday: 0,
  contactsLast7Days: 0,
};

const config = {
  CONTACT_PRESET: 'default' as const,
  CONTACT_WINDOW_START: undefined,
  CONTACT_WINDOW_END: undefined,
  MAX_REMINDERS_PER_DAY: undefined,
  MAX_REMINDERS_PER_7_DAYS: undefined,
};

describe('quiet hours in the person’s own time zone', () => {
  it('reads 13:00 UTC as 21:00 in Shanghai and 08:00 in New York on 28 November 2026', () => {
    expect(localClock(new Date('2026-11-28T13:00:00Z'), 'Asia/Shanghai')).toEqual({
      date: '2026-11-28',
      minute: 21 * 60,
    });
    expect(localClock(new Date('2026-11-28T13:00:00Z'), 'America/New_York')).toEqual({
      date: '2026-11-28',
      minute: 8 * 60,
    });
  });

  it('opens the window at 08:00 exactly (inclusive) for a person in New York', () => {
    const at = localClock(new Date('2026-11-28T13:00:00Z'), 'America/New_York');
    expect(checkContact(rules, clear, at)).toEqual({ allowed: true });
  });

  it('holds a contact at 07:59 in New York even though it is 20:59 in Shanghai', () => {
    const now = new Date('2026-11-28T12:59:00Z');
    expect(checkContact(rules, clear, localClock(now, 'America/New_York'))).toMatchObject({
      allowed: false,
      rule: 'quiet_hours',
      detail: '07:59 local time is outside 08:00–21:00',
    });
    expect(checkContact(rules, clear, localClock(now, 'Asia/Shanghai'))).toEqual({ allowed: true });
  });

  it('closes the window at 21:00 exactly (exclusive) for a person in Shanghai', () => {
    const at = localClock(new Date('2026-11-28T13:00:00Z'), 'Asia/Shanghai');
    expect(checkContact(rules, clear, at)).toMatchObject({ allowed: false, rule: 'quiet_hours' });
  });

  it('counts the hour in the summer-time offset of New York in July (UTC-4)', () => {
    const at = localClock(new Date('2026-07-01T12:00:00Z'), 'America/New_York');
    expect(at).toEqual({ date: '2026-07-01', minute: 8 * 60 });
    expect(checkContact(rules, clear, at)).toEqual({ allowed: true });
  });

  it('puts 02:00 UTC on 28 November on the 27th in New York (the person’s day, not the server’s)', () => {
    expect(localClock(new Date('2026-11-28T02:00:00Z'), 'America/New_York').date).toBe('2026-11-27');
    expect(localClock(new Date('2026-11-28T02:00:00Z'), 'Asia/Shanghai').date).toBe('2026-11-28');
  });

  it('lets the Chinese preset contact until 21:59 but not at 22:00', () => {
    const cn = resolveContactRules('cn').rules;
    expect(checkContact(cn, clear, { date: '2026-11-28', minute: 21 * 60 + 59 })).toEqual({ allowed: true });
    expect(checkContact(cn, clear, { date: '2026-11-28', minute: 22 * 60 })).toMatchObject({
      rule: 'quiet_hours',
    });
  });
});

describe('which rule holds a contact back', () => {
  const at = { date: '2026-11-28', minute: 10 * 60 };
  const cases: [string, Partial<ContactFacts>, string][] = [
    ['a paid account', { status: 'paid' }, 'paid'],
    ['an account with nothing owed', { balanceCents: 0 }, 'paid'],
    ['a person who asked to stop', { ceased: true }, 'cease_contact'],
    ['an open dispute', { disputeOpen: true }, 'dispute_open'],
    ['a conversation a human agent handles', { handledByHuman: true }, 'human_handling'],
    ['one reminder already sent today', { contactsToday: 1, contactsLast7Days: 1 }, 'daily_cap'],
    ['three reminders in the last 7 days', { contactsLast7Days: 3 }, 'weekly_cap'],
  ];
  it.each(cases)('holds back a reminder for %s', (_name, facts, rule) => {
    expect(checkContact(rules, { ...clear, ...facts }, at)).toMatchObject({ allowed: false, rule });
  });

  it('names the state rule before quiet hours and caps when several hold', () => {
    const night = { date: '2026-11-28', minute: 23 * 60 };
    expect(checkContact(rules, { ...clear, ceased: true, contactsToday: 5 }, night)).toMatchObject({
      rule: 'cease_contact',
    });
  });

  it('allows two a day and 14 in 7 under the Chinese preset where the default allows one', () => {
    const cn = resolveContactRules('cn').rules;
    expect(checkContact(cn, { ...clear, contactsToday: 2, contactsLast7Days: 14 }, at)).toEqual({
      allowed: true,
    });
    expect(checkContact(cn, { ...clear, contactsToday: 3, contactsLast7Days: 3 }, at)).toMatchObject({
      rule: 'daily_cap',
    });
  });

  it('allows a seventh in 7 days under the US preset but not an eighth', () => {
    const us = resolveContactRules('us').rules;
    expect(checkContact(us, { ...clear, contactsToday: 1, contactsLast7Days: 6 }, at)).toEqual({
      allowed: true,
    });
    expect(checkContact(us, { ...clear, contactsLast7Days: 7 }, at)).toMatchObject({ rule: 'weekly_cap' });
  });
});

describe('presets and settings', () => {
  it('uses 08:00–21:00, 1 a day and 3 in 7 days by default', () => {
    expect(contactRulesFromConfig(config)).toEqual({
      rules: {
        preset: 'default',
        windowStartMinute: 480,
        windowEndMinute: 1260,
        maxPerDay: 1,
        maxPer7Days: 3,
      },
      clamped: [],
    });
  });

  it('takes the Chinese preset’s 22:00 close and 3 a day when the keys are unset', () => {
    expect(contactRulesFromConfig({ ...config, CONTACT_PRESET: 'cn' }).rules).toMatchObject({
      windowEndMinute: 22 * 60,
      maxPerDay: 3,
      maxPer7Days: 21,
    });
  });

  it('tightens a preset with a key set to a stricter value', () => {
    const r = contactRulesFromConfig({
      ...config,
      CONTACT_PRESET: 'cn',
      CONTACT_WINDOW_END: '20:00',
      MAX_REMINDERS_PER_DAY: 2,
    });
    expect(r.rules).toMatchObject({ windowEndMinute: 20 * 60, maxPerDay: 2 });
  });

  it('cuts a setting past the law back to the preset’s ceiling and says so', () => {
    const r = contactRulesFromConfig({
      ...config,
      CONTACT_WINDOW_START: '07:00',
      CONTACT_WINDOW_END: '23:00',
      MAX_REMINDERS_PER_DAY: 9,
    });
    expect(r.rules).toMatchObject({ windowStartMinute: 480, windowEndMinute: 1260, maxPerDay: 3 });
    expect(r.clamped).toEqual(['windowStartMinute', 'windowEndMinute', 'maxPerDay']);
  });

  it('refuses a window that closes before it opens', () => {
    expect(() =>
      contactRulesFromConfig({ ...config, CONTACT_WINDOW_START: '20:00', CONTACT_WINDOW_END: '09:00' }),
    ).toThrow(/CONTACT_WINDOW_START must be before CONTACT_WINDOW_END/);
  });
});

describe('a workplace restriction (conv15)', () => {
  const at = { date: '2026-11-28', minute: 10 * 60 };
  it('holds a reminder on a channel marked as workplace, and only there', () => {
    const restricted = { ...clear, restrictions: ['workplace' as const] };
    expect(checkContact(rules, { ...restricted, channel: 'workplace-phone' }, at)).toMatchObject({
      allowed: false,
      rule: 'workplace_restricted',
    });
    expect(checkContact(rules, { ...restricted, channel: 'directline' }, at)).toEqual({ allowed: true });
    expect(checkContact(rules, { ...restricted, channel: 'wechat' }, at)).toEqual({ allowed: true });
    expect(checkContact(rules, { ...clear, channel: 'workplace-phone' }, at)).toEqual({ allowed: true });
  });

  it('names channels marked as workplace by their id, never a chat channel', () => {
    expect(
      ['workplace', 'workplace-phone', 'workplace:sms', 'Workplace_email'].map(isWorkplaceChannel),
    ).toEqual([true, true, true, true]);
    expect(['directline', 'wechat', 'webchat', 'workplaces', undefined].map(isWorkplaceChannel)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
