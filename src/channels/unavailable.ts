import { isConversationBusy } from '../store/conversationLock.js';
import { isStoreUnavailable } from '../store/storeErrors.js';
import { TranscriptUnavailableError } from '../store/transcripts/index.js';

/** A turn that could not run now through no fault of the request: answered 503 with Retry-After. */
export interface Unavailable {
  code: 'store_unavailable' | 'conversation_busy' | 'TranscriptUnavailable';
  message: string;
  retryAfterSeconds: number;
}

/**
 * What a channel answers when a turn failed because the database is gone (store_unavailable),
 * another instance holds the conversation too long (conversation_busy) or the transcript cannot
 * be written; undefined for any other error (a bug: the channel's own 5xx). The message never
 * carries the database's error text (it may name hosts); the log has it.
 *
 *   const busy = unavailableFrom(err);
 *   if (busy) { res.header('Retry-After', String(busy.retryAfterSeconds)); send 503 { error: busy } }
 */
export function unavailableFrom(err: unknown): Unavailable | undefined {
  if (isStoreUnavailable(err))
    return {
      code: 'store_unavailable',
      message: 'the service cannot reach its database right now; nothing was changed; try again shortly',
      retryAfterSeconds: 5,
    };
  if (isConversationBusy(err))
    return {
      code: 'conversation_busy',
      message:
        'an earlier message of this conversation is still being answered; send this one again in a moment',
      retryAfterSeconds: err.retryAfterSeconds,
    };
  if (err instanceof TranscriptUnavailableError)
    return {
      code: 'TranscriptUnavailable',
      message: 'the service cannot record conversations right now; try again shortly',
      retryAfterSeconds: 5,
    };
  return undefined;
}
