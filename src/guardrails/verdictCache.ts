import type { GuardContext, Verdict } from './types.js';

/** A synchronous check of one text (the rules' `check`, or the send path's). */
export type CheckFn = (text: string, context: GuardContext) => Verdict;

export interface VerdictCacheOptions {
  /** Most verdicts kept; the least recently used goes first. Default 1,000. */
  maxEntries?: number;
  /** A longer text with its context (e.g. a long system prompt as a secret) is checked every time, never kept. Default 8,000 characters. */
  maxKeyChars?: number;
}

export interface CachedCheck extends CheckFn {
  /** Checks answered from the cache, and checks run, since it was made. */
  stats(): { hits: number; misses: number; size: number };
}

/** Non-finite numbers keep their identity in the key (JSON would write them all as null). */
function keyValue(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? `\u0000${String(value)}` : value;
}

/**
 * The context as the cache key writes it. Plain JSON (several times faster than with a
 * replacer) is the same text whenever it has no `null`: JSON writes a non-finite number as null,
 * so only then is the replacer's spelling needed to tell them apart.
 */
function contextKey(context: GuardContext): string {
  const plain = JSON.stringify(context);
  return plain.includes('null') ? JSON.stringify(context, keyValue) : plain;
}

/**
 * A guardrail check with a bounded memory of verdicts: the rules are pure (no
 * clock, no I/O), so the same text under an equal guard context (same locale, verification,
 * facts, authorised offers, numbers, channels, secrets, speaker and judge clearance) always gets
 * the same verdict. Fixed texts (the opening disclosure, the verification prompt, menus, the
 * apology) are checked once, not on every turn. A kept verdict is handed out as a copy, with
 * the timings of the check that made it (as `check` does for a text checked twice in a turn).
 * The send path keeps one (bot/app.ts), and so does each TemplateResponder for its drafts.
 *
 *   const guarded = cachedCheck(check);
 *   guarded(text, context).allowed; // checked; the next identical call is answered from memory
 */
export function cachedCheck(check: CheckFn, options: VerdictCacheOptions = {}): CachedCheck {
  const maxEntries = options.maxEntries ?? 1000;
  const maxKeyChars = options.maxKeyChars ?? 8000;
  const kept = new Map<string, Verdict>();
  let hits = 0;
  let misses = 0;
  const cached = (text: string, context: GuardContext): Verdict => {
    const key = text.length > maxKeyChars ? '' : `${contextKey(context)}\u0001${text}`;
    if (key === '' || key.length > maxKeyChars) {
      misses++;
      return check(text, context);
    }
    const found = kept.get(key);
    if (found) {
      hits++;
      kept.delete(key); // most recently used goes last
      kept.set(key, found);
      return copyOf(found);
    }
    misses++;
    const verdict = check(text, context);
    // An error is about this attempt (a checker failed), not about the text: never kept.
    if (verdict.status === 'error') return verdict;
    kept.set(key, copyOf(verdict));
    if (kept.size > maxEntries) {
      const oldest = kept.keys().next().value;
      if (oldest !== undefined) kept.delete(oldest);
    }
    return verdict;
  };
  return Object.assign(cached, { stats: () => ({ hits, misses, size: kept.size }) });
}

function copyOf(verdict: Verdict): Verdict {
  return {
    ...verdict,
    violations: verdict.violations.map((v) => ({ ...v, span: { ...v.span } })),
    ...(verdict.timings ? { timings: verdict.timings.map((t) => ({ ...t })) } : {}),
    ...(verdict.classifier ? { classifier: { ...verdict.classifier } } : {}),
  };
}
