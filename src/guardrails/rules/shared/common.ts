import { type GuardContext } from '../../types.js';

/** Words, phrase parts and helpers that rule files of several categories read, stated once. */

export const ALL_OFFERS = [
  'deferral',
  'extension',
  'hardship_plan',
  'waiver',
  'discount',
  'settlement',
] as const;
export function statusIsNot(...allowed: string[]): (context: GuardContext) => boolean {
  return (context) => {
    const status = context.facts?.paymentStatus;
    return status !== undefined && !allowed.includes(status);
  };
}
