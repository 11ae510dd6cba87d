import type { Cents } from '../core/money.js';

/**
 * `cents × numerator ÷ denominator`, rounded to the cent half up (四舍五入: x.5 cents → up).
 * Exact for every safe integer: the product is computed in BigInt, never in floating point.
 *
 *   mulDivHalfUp(123_457, 500, 10_000) // 6_173 (6,172.85 → 6,173)
 */
export function mulDivHalfUp(cents: Cents, numerator: number, denominator: number): Cents {
  if (cents < 0 || numerator < 0 || denominator <= 0) {
    throw new RangeError(
      `mulDivHalfUp expects non-negative amounts: ${cents} × ${numerator} / ${denominator}`,
    );
  }
  const product = BigInt(cents) * BigInt(numerator);
  const den = BigInt(denominator);
  const rounded = (product * 2n + den) / (den * 2n);
  return Number(rounded);
}

/**
 * Splits `total` cents into `parts` integer amounts: each part is ⌊total / parts⌋ and the
 * remainder (fewer than `parts` cents) goes on the FIRST part, so the parts add up to `total`
 * exactly and the first is the largest.
 *
 *   splitWithRemainderFirst(1_000, 3) // [334, 333, 333]
 */
export function splitWithRemainderFirst(total: Cents, parts: number): Cents[] {
  if (!Number.isSafeInteger(total) || total < 0 || !Number.isInteger(parts) || parts < 1) {
    throw new RangeError(`cannot split ${total} cents into ${parts} parts`);
  }
  const base = Math.floor(total / parts);
  const remainder = total - base * parts;
  return Array.from({ length: parts }, (_, i) => (i === 0 ? base + remainder : base));
}
