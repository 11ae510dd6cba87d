import type { ContactScope } from '../core/contactScope.js';
import type { Config } from '../config/config.js';
import { formatMinute, parseMinute, type LocalClock } from '../core/localClock.js';

export { formatMinute, localClock, parseMinute, type LocalClock } from '../core/localClock.js';

/**
 * When the bank may contact a person: quiet hours in the person's own time zone, frequency caps
 * per account, and the states in which it may not contact them at all. Pure: the caller gathers
 * the facts, `checkContact` decides, and the outcome names the rule that held a contact back.
 *
 *   const rules = contactRulesFromConfig(config);
 *   const at = localClock(now, 'America/New_York');
 *   checkContact(rules, facts, at); // { allowed: false, rule: 'quiet_hours', ... }
 *
 * Presets (CONTACT_PRESET) and the facts behind them (see docs in DOMAIN.md):
 * - `default`: 08:00–21:00, 1 reminder a day, 3 in any 7 days. The stricter of the Chinese and
 *   US rules everywhere; legal ceiling 3 a day and 7 in 7 days.
 * - `cn`: 08:00–22:00 (China forbids 22:00–08:00 without consent), 3 a day (the 2025 national
 *   standard's 3 effective contacts a day), so at most 21 in 7 days.
 * - `us`: 08:00–21:00 (FDCPA §1692c(a)(1) forbids 21:00–08:00), 7 in 7 days (Reg F §1006.14).
 *   Reg F's "none for 7 days after a conversation" is about telephone calls and is not applied.
 */
export type ContactPreset = 'default' | 'cn' | 'us';

export interface ContactRules {
  preset: ContactPreset;
  /** Minutes after local midnight when the window opens (inclusive): 480 = 08:00. */
  windowStartMinute: number;
  /** Minutes after local midnight when the window closes (exclusive): 1260 = 21:00. */
  windowEndMinute: number;
  /** Reminders per account on one local day. */
  maxPerDay: number;
  /** Reminders per account on the local day and the six days before it. */
  maxPer7Days: number;
}

type RuleValues = Omit<ContactRules, 'preset'>;

interface Preset {
  rules: RuleValues;
  /** The legal ceiling: a setting may tighten the preset, never loosen it past this. */
  limits: RuleValues;
}

const hm = (h: number, m = 0): number => h * 60 + m;

export const CONTACT_PRESETS: Readonly<Record<ContactPreset, Preset>> = Object.freeze({
  default: {
    rules: { windowStartMinute: hm(8), windowEndMinute: hm(21), maxPerDay: 1, maxPer7Days: 3 },
    limits: { windowStartMinute: hm(8), windowEndMinute: hm(21), maxPerDay: 3, maxPer7Days: 7 },
  },
  cn: {
    rules: { windowStartMinute: hm(8), windowEndMinute: hm(22), maxPerDay: 3, maxPer7Days: 21 },
    limits: { windowStartMinute: hm(8), windowEndMinute: hm(22), maxPerDay: 3, maxPer7Days: 21 },
  },
  us: {
    rules: { windowStartMinute: hm(8), windowEndMinute: hm(21), maxPerDay: 7, maxPer7Days: 7 },
    limits: { windowStartMinute: hm(8), windowEndMinute: hm(21), maxPerDay: 7, maxPer7Days: 7 },
  },
});

export interface ResolvedContactRules {
  rules: ContactRules;
  /** Settings that asked for more than the preset's legal ceiling and were cut back to it. */
  clamped: (keyof RuleValues)[];
}

/**
 * The preset's rules with `overrides` applied, each kept within the preset's legal ceiling
 * (a later start, an earlier end and lower caps are always allowed).
 */
export function resolveContactRules(
  preset: ContactPreset,
  overrides: Partial<RuleValues> = {},
): ResolvedContactRules {
  const { rules: base, limits } = CONTACT_PRESETS[preset];
  const clamped: (keyof RuleValues)[] = [];
  const pick = <K extends keyof RuleValues>(key: K, tighter: (a: number, b: number) => number): number => {
    const wanted = overrides[key] ?? base[key];
    const kept = tighter(wanted, limits[key]);
    if (kept !== wanted) clamped.push(key);
    return kept;
  };
  const rules: ContactRules = {
    preset,
    windowStartMinute: pick('windowStartMinute', Math.max),
    windowEndMinute: pick('windowEndMinute', Math.min),
    maxPerDay: pick('maxPerDay', Math.min),
    maxPer7Days: pick('maxPer7Days', Math.min),
  };
  if (rules.windowStartMinute >= rules.windowEndMinute) {
    throw new RangeError(
      `contact window ${formatMinute(rules.windowStartMinute)}–${formatMinute(rules.windowEndMinute)} is empty: ` +
        'CONTACT_WINDOW_START must be before CONTACT_WINDOW_END',
    );
  }
  if (rules.maxPerDay < 1 || rules.maxPer7Days < 1) {
    throw new RangeError('MAX_REMINDERS_PER_DAY and MAX_REMINDERS_PER_7_DAYS must be at least 1');
  }
  return { rules, clamped };
}

/**
 * The contact rules from config: the preset's values (CONTACT_PRESET default|cn|us), with
 * CONTACT_WINDOW_START, CONTACT_WINDOW_END, MAX_REMINDERS_PER_DAY and MAX_REMINDERS_PER_7_DAYS
 * overriding them when set. A value past the preset's legal ceiling is cut back to it.
 */
export function contactRulesFromConfig(
  config: Pick<
    Config,
    | 'CONTACT_PRESET'
    | 'CONTACT_WINDOW_START'
    | 'CONTACT_WINDOW_END'
    | 'MAX_REMINDERS_PER_DAY'
    | 'MAX_REMINDERS_PER_7_DAYS'
  >,
): ResolvedContactRules {
  const overrides: Partial<RuleValues> = {};
  if (config.CONTACT_WINDOW_START) overrides.windowStartMinute = parseMinute(config.CONTACT_WINDOW_START);
  if (config.CONTACT_WINDOW_END) overrides.windowEndMinute = parseMinute(config.CONTACT_WINDOW_END);
  if (config.MAX_REMINDERS_PER_DAY !== undefined) overrides.maxPerDay = config.MAX_REMINDERS_PER_DAY;
  if (config.MAX_REMINDERS_PER_7_DAYS !== undefined) overrides.maxPer7Days = config.MAX_REMINDERS_PER_7_DAYS;
  return resolveContactRules(config.CONTACT_PRESET, overrides);
}

/** Whether the half-open window [start, end) contains the local minute. */
export function inContactWindow(rules: ContactRules, minute: number): boolean {
  return minute >= rules.windowStartMinute && minute < rules.windowEndMinute;
}

/** What is known about an account when a contact is considered. */
export interface ContactFacts {
  status: 'open' | 'paid';
  balanceCents: number;
  ceased: boolean;
  disputeOpen: boolean;
  handledByHuman: boolean;
  /**
   * The channel the contact would go out on, and the account's contact restrictions (conv15): a
   * workplace restriction holds a channel marked as workplace (`isWorkplaceChannel`), never chat.
   */
  channel?: string;
  restrictions?: readonly ContactScope[];
  /** Reminders already sent (or in flight) on the person's local day. */
  contactsToday: number;
  /** Reminders already sent (or in flight) on the local day and the six days before it. */
  contactsLast7Days: number;
}

/** The rule that held a contact back, in the order they are checked. */
export type ContactRule =
  | 'paid'
  | 'cease_contact'
  | 'workplace_restricted'
  | 'dispute_open'
  | 'human_handling'
  | 'quiet_hours'
  | 'daily_cap'
  | 'weekly_cap';

/**
 * A channel that reaches the holder at work (conv15): its id is `workplace` or starts with
 * `workplace-`/`workplace:` (a bank's work-number dialler, say). No channel of this service is one
 * today (Direct Line, WeChat and the web chat reach the person), so a workplace restriction holds
 * nothing of theirs; it is kept for the channels that are.
 */
export function isWorkplaceChannel(channel: string | undefined): boolean {
  return channel !== undefined && /^workplace(?:$|[-:_])/i.test(channel);
}

/** Rules that depend on the account's state, not on the hour or on how many were sent. */
export const STATE_RULES: readonly ContactRule[] = [
  'paid',
  'cease_contact',
  'workplace_restricted',
  'dispute_open',
  'human_handling',
];

export type ContactDecision = { allowed: true } | { allowed: false; rule: ContactRule; detail: string };

/**
 * Whether a reminder may go to this account now. `at` is the person's wall clock
 * (`localClock(now, account.timeZone)`); pass `at: undefined` to check only the state and caps.
 */
export function checkContact(
  rules: ContactRules,
  facts: ContactFacts,
  at: LocalClock | undefined,
): ContactDecision {
  const held = (rule: ContactRule, detail: string): ContactDecision => ({ allowed: false, rule, detail });
  if (facts.status === 'paid' || facts.balanceCents <= 0) return held('paid', 'the account is paid off');
  if (facts.ceased) return held('cease_contact', 'the person asked not to be contacted');
  if (facts.restrictions?.includes('workplace') && isWorkplaceChannel(facts.channel))
    return held('workplace_restricted', 'the person asked not to be contacted at work');
  if (facts.disputeOpen) return held('dispute_open', 'a dispute is open');
  if (facts.handledByHuman) return held('human_handling', 'a human agent handles the conversation');
  if (at && !inContactWindow(rules, at.minute)) {
    const window = `${formatMinute(rules.windowStartMinute)}–${formatMinute(rules.windowEndMinute)}`;
    return held('quiet_hours', `${formatMinute(at.minute)} local time is outside ${window}`);
  }
  if (facts.contactsToday >= rules.maxPerDay) {
    return held('daily_cap', `${facts.contactsToday} of ${rules.maxPerDay} a day already sent`);
  }
  if (facts.contactsLast7Days >= rules.maxPer7Days) {
    return held('weekly_cap', `${facts.contactsLast7Days} of ${rules.maxPer7Days} in 7 days already sent`);
  }
  return { allowed: true };
}
