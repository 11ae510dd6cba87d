export * from './types.js';
export { canonicalJson, GENESIS_HASH, recordHash, toPlainActivity, type ChainLink } from './chain.js';
export { accountIdOf, flagsOf, outcomeOf, roleOf } from './classify.js';
export { TranscriptError, TranscriptUnavailableError } from './errors.js';
export { boundedActivity, TRANSCRIPT_LIMITS, type TruncationMarker } from './bounded.js';
export { SqliteRevealLog } from './revealLog.js';
export { SqliteTranscriptStore } from './sqliteTranscriptStore.js';
export { unrecordedChannelMessages, type UnrecordedMessage } from './channelCrossCheck.js';
export {
  isTurnTrace,
  traceBlocked,
  turnTraceOf,
  REPLY_TRACE_LABEL,
  REPLY_TRACE_NAMES,
  type TraceDraft,
  type TraceVerdict,
  type TraceViolation,
  type TurnTrace,
} from './turnTrace.js';
export {
  TranscriptWriter,
  type SyncTranscriptAppender,
  type TranscriptWriterOptions,
  type WriteFailure,
  type WriterHealth,
} from './writer.js';
