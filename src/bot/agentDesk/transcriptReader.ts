import type { Activity } from 'botbuilder';
import type { TranscriptReader as StoredTranscripts } from '../../store/transcripts/split.js';
import type { TranscriptSink } from '../../channels/transcriptSink.js';

/** The conversation's messages so far, as plain activities (for the handoff event's attachment). */
export type TranscriptReader = (channelId: string, conversationId: string) => Promise<Partial<Activity>[]>;

/** What the reader needs of the transcript store: its pages of activities (SQLite or PostgreSQL). */
export type TranscriptPages = Pick<StoredTranscripts, 'getTranscriptActivities'>;

/** At most this many of the latest messages go with the handoff event. */
const MAX_ACTIVITIES = 200;

/**
 * Reads what the person and the bot said from the transcript: the sink's own records when
 * it keeps them (`conversationRecords`), else the transcript store's reader (any backend). Only messages, never
 * traces (they hold blocked drafts meant for reviewers) and never private channel data.
 */
export function transcriptReader(sink: TranscriptSink, store: TranscriptPages): TranscriptReader {
  const ownRecords = sink.conversationRecords?.bind(sink);
  if (ownRecords)
    return async (_channelId, conversationId) => latest(ownRecords(conversationId).map(plainMessage));
  return async (channelId, conversationId) => {
    const out: (Partial<Activity> | undefined)[] = [];
    let token: string | undefined;
    do {
      const page = await store.getTranscriptActivities(channelId, conversationId, token);
      out.push(...page.items.map((a) => plainMessage(a as Partial<Activity>)));
      token = page.continuationToken;
    } while (token && out.length < 10_000);
    return latest(out);
  };
}

function latest(items: (Partial<Activity> | undefined)[]): Partial<Activity>[] {
  return items.filter((a): a is Partial<Activity> => a !== undefined).slice(-MAX_ACTIVITIES);
}

function plainMessage(a: Partial<Activity>): Partial<Activity> | undefined {
  if (a.type !== 'message') return undefined;
  const { type, id, timestamp, channelId, conversation, from, recipient, text, locale, replyToId } = a;
  return { type, id, timestamp, channelId, conversation, from, recipient, text, locale, replyToId };
}
