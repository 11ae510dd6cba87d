/**
 * Segment scoring (guardsent21, issue 16): real messages are long and mix lawful and violating
 * sentences, and the classifier reads a text as one bag of n-grams of unit length, so one
 * violating clause in a long polite message is diluted. With segments on, each segment of the
 * normalised text and the whole text are scored, and each category takes the highest of them:
 * at inference (model.ts), and the same way for every row the trainer calibrates on or reports
 * (train.ts `scoreRow`), so the thresholds answer to the scoring actually used.
 *
 * The rules, fixed before any score was looked at:
 * 1. A piece ends after a sentence or clause mark of the normalised text: `。`, `!`, `?`, `;`
 *    (normalisation folds ！？；to these), a line break, or a `.` not followed by a Latin letter
 *    or digit (so "3.50" and "www.bank.com" stay whole; "e.g. " ends a piece, merged by rule 2).
 *    Commas, `、` and `:` do not end a piece.
 * 2. Pieces are joined left to right until the joined run has at least `MIN_CONTENT_UNITS`
 *    content units (Han characters and Latin-script words, as `contentUnits` in opinion.ts): a
 *    short piece ("您好!", "hi john.", "!!") joins the piece after it; a short run left at the end
 *    joins the segment before it. Segments are contiguous and cover the whole text.
 * 3. A text that gives fewer than two segments is scored whole only (as without segments).
 * 4. Each segment is scored on its own features, normalised to unit length by its own feature
 *    count, with the bias of the class; the whole text as before. The script (Han or Latin
 *    thresholds) is the whole text's.
 *
 * No feature crosses a piece boundary (Han n-grams stop at punctuation, a word bigram at any
 * non-space mark, a negation scope at a clause mark), so the whole text's features are the union
 * of its segments' features in order of first appearance: inference reads each segment's
 * features once and sums the whole text from them (features.test.ts checks the identity).
 */
import { isHan } from './features.js';

/** Below this much content (Han characters plus Latin-script words) a text never blocks. */
export const MIN_CONTENT_UNITS = 4;

function endsPiece(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x3002 || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a) return true;
  if (c !== 0x2e) return false;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
  return !(isLatinLetter(next) || (next >= 0x30 && next <= 0x39));
}

function isLatinLetter(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** Characters of a Latin-script word on normalised text (letters, digits, apostrophes, hyphens). */
function inLatinWord(c: number): boolean {
  return isLatinLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x27 || c === 0x2019 || c === 0x2d;
}

/**
 * Content units of text[from, to) of a normalised text: Han characters, and runs of Latin word
 * characters holding at least one letter.
 */
export function unitsIn(text: string, from: number, to: number): number {
  let units = 0;
  let inWord = false;
  let counted = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isHan(c)) {
      units++;
      inWord = false;
    } else if (inLatinWord(c)) {
      if (!inWord) counted = false;
      inWord = true;
      if (!counted && isLatinLetter(c)) {
        units++;
        counted = true;
      }
    } else inWord = false;
  }
  return units;
}

/**
 * The segment boundaries of a normalised text: [0, e1, …, text.length], one segment per pair of
 * neighbours; [0, length] when the text is one segment (rule 3).
 */
export function segmentBounds(text: string): number[] {
  const n = text.length;
  const bounds = [0];
  let start = 0;
  let units = 0;
  let pieceStart = 0;
  for (let i = 0; i < n; i++) {
    if (!endsPiece(text, i) && i !== n - 1) continue;
    units += unitsIn(text, pieceStart, i + 1);
    pieceStart = i + 1;
    if (units >= MIN_CONTENT_UNITS) {
      bounds.push(i + 1);
      start = i + 1;
      units = 0;
    }
  }
  if (start < n) {
    // A short run at the end joins the segment before it (or is the whole text).
    if (bounds.length > 1) bounds[bounds.length - 1] = n;
    else bounds.push(n);
  }
  return bounds.length > 1 ? bounds : [0, n];
}
