/**
 * Limits every channel applies to what a person sends, so the work per message is bounded.
 * /api/messages, Direct Line and WeChat refuse longer text with a 4xx.
 */
export const MAX_MESSAGE_TEXT_CHARS = 5000;

/**
 * How deeply a JSON body may nest (objects and arrays). A Bot Framework activity, an agent's or a
 * reviewer's request and a payment nest a handful of levels; an adaptive card a few dozen. Deeper
 * bodies are refused with 400 before any turn: parts of an activity are copied into replies and
 * records, and serialising a 10,000-deep `from` overflowed the stack (sec16).
 */
export const MAX_JSON_DEPTH = 64;

/** Whether `value` nests objects or arrays more than `max` deep; iterative, so never overflows. */
export function nestedDeeperThan(value: unknown, max: number = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v as Record<string, unknown>))
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * The longest id a route takes in its path (`/api/agent/conversations/{id}/…`,
 * `/api/review/conversations/{id}`), decoded. restify's router allowed 100 characters and
 * answered 404 `ResourceNotFound` past that, so a handed-over conversation with a longer Bot
 * Framework id (a Teams personal chat's `a:1…` id runs to about 130) could be neither accepted
 * nor reviewed (staffsec20). Node's 16 KiB header limit still bounds the whole request line.
 */
export const MAX_PATH_ID_CHARS = 1024;

/** Past this many characters a path or id echoed in an error message is cut (`…`). */
export const MAX_ECHOED_CHARS = 120;

/** `text` cut to `max` characters (a whole character at the end, never half a surrogate pair). */
export function echoed(text: string, max: number = MAX_ECHOED_CHARS): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}
