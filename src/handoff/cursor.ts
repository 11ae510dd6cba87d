/**
 * The agent API's message cursor: the position of the last message the agent has seen.
 * Opaque to clients ("after=<cursor>"); here it is the message's sequence number.
 */
export type CursorOutcome = { status: 'ok'; afterSeq: number } | { status: 'invalid' };

/** Reads `after`: absent or empty means from the start. */
export function parseCursor(after: string | undefined): CursorOutcome {
  if (after === undefined || after === '') return { status: 'ok', afterSeq: 0 };
  if (!/^\d{1,15}$/.test(after)) return { status: 'invalid' };
  return { status: 'ok', afterSeq: Number(after) };
}

export function formatCursor(seq: number): string {
  return String(seq);
}
