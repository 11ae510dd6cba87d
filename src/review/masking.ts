import { maskPii } from '../core/pii.js';

/**
 * The reviewer's default view hides personal data: ID, card and phone numbers in any text
 * (maskPii), and people's names where the data names them (holderName, a user's display name).
 * Revealing is an explicit, audited action (see api.ts).
 */
const NAME_KEYS = new Set(['holderName', 'fullName', 'userName', 'nickname']);

/** '张三' -> '张*', 'Alice Smith' -> 'A**********'. */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length === 0) return name;
  return `${chars[0] ?? ''}${'*'.repeat(Math.max(chars.length - 1, 1))}`;
}

/** A deep copy with every string masked, and name fields reduced to their first character. */
export function maskDeep<T>(value: T, key = ''): T {
  if (typeof value === 'string') return (NAME_KEYS.has(key) ? maskName(value) : maskPii(value)) as T;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v: unknown) => maskDeep(v, key)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = maskDeep(v, k);
  return out as T;
}
