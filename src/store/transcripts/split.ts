import type { TranscriptStore } from './types.js';

/**
 * The transcript store split by who uses it (as botbuilder splits `TranscriptLogger` from
 * `TranscriptStore`), so each caller depends on the few methods it needs and a second backend can
 * scale them apart: the turn path only writes, review only reads, the retention job only deletes.
 * Each is a `Pick` of the whole store, so the SQLite store (and any later one) already meets all
 * three and they cannot drift from it.
 */

/** Appends to a conversation's hash chain (the turn path, the relay, reminders). */
export type TranscriptWriter = Pick<TranscriptStore, 'append' | 'appendAll'>;

/** Reads transcripts (review console, agent console, export, verification). */
export type TranscriptReader = Pick<
  TranscriptStore,
  | 'getTranscriptActivities'
  | 'listTranscripts'
  | 'listConversations'
  | 'getSummary'
  | 'getRecords'
  | 'listConversationIds'
>;

/** Deletes whole conversations past retention and lists what was deleted (compliance). */
export type TranscriptRetention = Pick<
  TranscriptStore,
  'deleteTranscript' | 'deleteExpired' | 'listDeletions'
>;

export interface SplitTranscriptStore {
  writer: TranscriptWriter;
  reader: TranscriptReader;
  retention: TranscriptRetention;
}

/**
 * Three narrow views of one store. Each view has only its own methods at run time too (a reader
 * handed to review cannot be cast back into a writer).
 *
 *   const { writer, reader } = splitTranscriptStore(new SqliteTranscriptStore(db));
 */
export function splitTranscriptStore(store: TranscriptStore): SplitTranscriptStore {
  return {
    writer: {
      append: (activity, meta, recordedAt) => store.append(activity, meta, recordedAt),
      appendAll: (items, recordedAt) => store.appendAll(items, recordedAt),
    },
    reader: {
      getTranscriptActivities: (channelId, conversationId, token, startDate) =>
        store.getTranscriptActivities(channelId, conversationId, token, startDate),
      listTranscripts: (channelId, token) => store.listTranscripts(channelId, token),
      listConversations: (filter) => store.listConversations(filter),
      getSummary: (conversationId) => store.getSummary(conversationId),
      getRecords: (conversationId) => store.getRecords(conversationId),
      listConversationIds: () => store.listConversationIds(),
    },
    retention: {
      deleteTranscript: (channelId, conversationId, policy) =>
        store.deleteTranscript(channelId, conversationId, policy),
      deleteExpired: (policy) => store.deleteExpired(policy),
      listDeletions: () => store.listDeletions(),
    },
  };
}
