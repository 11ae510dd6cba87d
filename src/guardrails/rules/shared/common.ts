import { type GuardContext } from '../../types.js';

/** Words and phrase parts the rules of several categories read. */

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
