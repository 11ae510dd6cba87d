import type { TranscriptActivity, TranscriptStore } from '../store/transcripts/types.js';

/**
 * A conversation as a Bot Framework Emulator `.transcript`: a JSON array of its activities in
 * stored order, traces included, exactly as logged (unmasked: exports are for regulators and
 * are made by someone with access to the data directory).
 *
 *   const text = await exportTranscript(store, 'conv-1'); // undefined when unknown
 */
export async function exportTranscript(
  store: TranscriptStore,
  conversationId: string,
): Promise<string | undefined> {
  const records = await store.getRecords(conversationId);
  if (records.length === 0) return undefined;
  return toTranscriptFile(records.map((r) => r.activity));
}

export function toTranscriptFile(activities: readonly TranscriptActivity[]): string {
  return `${JSON.stringify(activities, null, 2)}\n`;
}

/** Reads a `.transcript` file's text back into activities (throws on anything else). */
export function parseTranscriptFile(text: string): TranscriptActivity[] {
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value)) throw new Error('a .transcript file is a JSON array of activities');
  return value.map((a: unknown, i) => {
    if (a === null || typeof a !== 'object' || typeof (a as { type?: unknown }).type !== 'string') {
      throw new Error(`item ${i} is not an activity (it has no type)`);
    }
    return a as TranscriptActivity;
  });
}
