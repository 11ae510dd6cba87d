import { canonicalJson } from '../store/transcripts/chain.js';
import type { TranscriptActivity, TranscriptRecord } from '../store/transcripts/types.js';
import type { TranscriptReader } from '../store/transcripts/split.js';

/**
 * A conversation as a Bot Framework Emulator `.transcript`: a JSON array of its activities in
 * stored order, traces included, exactly as logged (unmasked: exports are for regulators and
 * are made by someone with access to the data directory).
 *
 *   const text = await exportTranscript(store, 'conv-1'); // undefined when unknown
 */
export async function exportTranscript(
  store: Pick<TranscriptReader, 'getRecords'>,
  conversationId: string,
): Promise<string | undefined> {
  const records = await store.getRecords(conversationId);
  if (records.length === 0) return undefined;
  return toTranscriptFile(exportableActivities(records));
}

/**
 * The stored activities as tools load them (botbuilder's FileTranscriptStore, the Emulator):
 * every activity gets an `id` (the channel's when it had one, else `<conversation>|<seq>`) and a
 * `recipient`; agent messages carry the standard role 'bot' with the agent named in
 * `channelData.agent`. The stored (hashed) records are not changed.
 */
export function exportableActivities(records: readonly TranscriptRecord[]): TranscriptActivity[] {
  const person = records.find((r) => r.role === 'user')?.activity.from;
  const personAccount = { id: person?.id ?? 'user', name: person?.name ?? '', role: 'user' };
  const botAccount = records.find((r) => r.role === 'bot')?.activity.from;
  const bot = { id: botAccount?.id ?? 'bot', name: botAccount?.name ?? 'bot', role: 'bot' };
  return records.map((r) => {
    const a: TranscriptActivity = { ...r.activity };
    if (typeof a.id !== 'string' || a.id === '')
      a.id = `${r.conversationId}|${String(r.seq).padStart(7, '0')}`;
    a.recipient ??= r.role === 'user' ? bot : personAccount;
    if (a.from?.role === 'agent') {
      const agent = a.channelData?.agent ?? a.from.name ?? a.from.id ?? true;
      a.from = { ...a.from, role: 'bot' };
      a.channelData = { ...(a.channelData ?? {}), source: 'agent', agent };
    }
    // Keys in canonical order, so an export re-imported and exported again is byte-identical.
    return JSON.parse(canonicalJson(a)) as TranscriptActivity;
  });
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
