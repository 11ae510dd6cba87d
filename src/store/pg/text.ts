/**
 * PostgreSQL text cannot hold U+0000 (SQLite can): text that is not hash-covered keeps everything
 * else and shows a NUL as U+FFFD, so hostile input is stored instead of failing the statement.
 */
export function pgText(value: string): string;
export function pgText(value: string | null): string | null;
export function pgText(value: string | null): string | null {
  return value === null ? null : value.replaceAll('\u0000', '\uFFFD');
}

/** A TIMESTAMPTZ read back (a Date) as the ISO-8601 UTC text SQLite stores. */
export const isoText = (v: Date | string): string => (typeof v === 'string' ? v : v.toISOString());

/** Query parameters with every string passed through `pgText` (hostile ids never fail a query). */
export function pgArgs(args: readonly unknown[]): unknown[] {
  return args.map((a) => (typeof a === 'string' ? pgText(a) : a));
}
