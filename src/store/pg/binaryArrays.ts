/**
 * Text arrays sent in PostgreSQL's binary array format (issue 19, pgturn22): a transcript append
 * carries its records as column arrays (`transcriptAppend.ts`, about 5 KB of JSON a turn), and as
 * an array literal every element was escaped in JS (a backslash before each quote of the JSON)
 * and parsed back by the server's `array_in`, character by character. In the binary format each
 * element is its length and its UTF-8 bytes: nothing escaped, nothing to unescape; the server reads
 * it with `array_recv`/`textrecv`, which check the encoding as the text input does (a NUL or an
 * invalid sequence is refused the same way). The same values are stored either way.
 *
 * Only a parameter the statement reads solely as `$n::text[]` travels so: its type is then text[]
 * on the server (the cast names it), which is what the binary element type says.
 */

/** Parameter positions (0-based) of `text` written only as `$n::text[]`, by statement text. */
const textArrayParams = new Map<string, ReadonlySet<number>>();
const MAX_TEXTS = 1000;

/** Which parameters of `text` are read only as `$n::text[]` (remembered for the first thousand texts). */
export function textArrayPositions(text: string): ReadonlySet<number> {
  const known = textArrayParams.get(text);
  if (known) return known;
  const casts = new Map<number, boolean>();
  for (const match of text.matchAll(/\$(\d+)(::text\[\])?/g)) {
    const index = Number(match[1]) - 1;
    casts.set(index, (casts.get(index) ?? true) && match[2] !== undefined);
  }
  const positions = new Set([...casts].filter(([, onlyTextArray]) => onlyTextArray).map(([i]) => i));
  if (textArrayParams.size < MAX_TEXTS) textArrayParams.set(text, positions);
  return positions;
}

const TEXT_OID = 25;

/** True when every element is a string, null or undefined (what `binaryTextArray` encodes). */
export function isTextArray(value: unknown): value is readonly (string | null | undefined)[] {
  return Array.isArray(value) && value.every((v) => v === null || v === undefined || typeof v === 'string');
}

/**
 * A one-dimensional text[] in the binary format `array_recv` reads: dimensions, a has-null flag,
 * the element type, the length and lower bound (1), then each element as its byte length (-1 for
 * NULL) and its UTF-8 bytes. An empty array has no dimension, as the server writes `{}`.
 *
 *   binaryTextArray(['a', null]) // 1 dim, has null, oid 25, 2 elements from 1: [1]'a', [-1]
 */
export function binaryTextArray(values: readonly (string | null | undefined)[]): Buffer {
  const n = values.length;
  if (n === 0) {
    const empty = Buffer.alloc(12);
    empty.writeInt32BE(TEXT_OID, 8);
    return empty;
  }
  let size = 20 + 4 * n;
  let hasNull = 0;
  for (const v of values) {
    if (v === null || v === undefined) hasNull = 1;
    else size += Buffer.byteLength(v, 'utf8');
  }
  const out = Buffer.allocUnsafe(size);
  out.writeInt32BE(1, 0);
  out.writeInt32BE(hasNull, 4);
  out.writeInt32BE(TEXT_OID, 8);
  out.writeInt32BE(n, 12);
  out.writeInt32BE(1, 16);
  let at = 20;
  for (const v of values) {
    if (v === null || v === undefined) {
      out.writeInt32BE(-1, at);
      at += 4;
      continue;
    }
    const written = out.write(v, at + 4, 'utf8');
    out.writeInt32BE(written, at);
    at += 4 + written;
  }
  return out;
}
