/**
 * `text.matchAll(re)` copies `re` on every call, even when nothing matches, which is the usual case
 * for most rules. A non-global twin answers "is there any match?" without the copy and without
 * state, and finds a match exactly when `matchAll` would find one; the scan runs only then.
 */
export function probeOf(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
}

const NONE: readonly RegExpExecArray[] = [];

/** Every match of the `g` regex `re` in text, skipping the copy when its probe finds nothing. */
export function matchesOf(text: string, re: RegExp, probe: RegExp): Iterable<RegExpExecArray> {
  return probe.test(text) ? (text.matchAll(re) as Iterable<RegExpExecArray>) : NONE;
}
