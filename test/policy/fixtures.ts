import type { AccountFacts } from '../../src/core/act.js';
import {
  ConfiguredRepaymentPolicy,
  DEFAULT_POLICY_SETTINGS,
  type PolicySettings,
} from '../../src/policy/index.js';

/** The seeded demo accounts (issue 2), as the policy sees them, on the day they are 35/62/120 days past due. */
export const TODAY = '2026-11-28';

export const A1001: AccountFacts = {
  accountId: 'A-1001',
  holderName: '张伟',
  cardLast4: '6789',
  currency: 'CNY',
  balanceCents: 1_234_567,
  minimumDueCents: 123_457,
  daysPastDue: 35,
  dueDate: '2026-10-24',
};

export const A1002: AccountFacts = {
  accountId: 'A-1002',
  holderName: 'John Smith',
  cardLast4: '1111',
  currency: 'USD',
  balanceCents: 321_000,
  minimumDueCents: 12_000,
  daysPastDue: 62,
  dueDate: '2026-09-27',
};

export const A1003: AccountFacts = {
  accountId: 'A-1003',
  holderName: '李娜',
  cardLast4: '2468',
  currency: 'CNY',
  balanceCents: 5_800_000,
  minimumDueCents: 580_000,
  daysPastDue: 120,
  dueDate: '2026-07-31',
};

export function defaultPolicy(overrides: Partial<PolicySettings> = {}): ConfiguredRepaymentPolicy {
  return new ConfiguredRepaymentPolicy({ ...DEFAULT_POLICY_SETTINGS, ...overrides });
}

/** [kind, months, total, largest instalment, first due date] — what the person is offered. */
export function summary(
  offers: readonly {
    kind: string;
    months: number;
    totalCents: number;
    installmentCents: number;
    schedule: readonly { dueDate: string }[];
  }[],
): [string, number, number, number, string][] {
  return offers.map((o) => [
    o.kind,
    o.months,
    o.totalCents,
    o.installmentCents,
    o.schedule[0]?.dueDate ?? '',
  ]);
}
