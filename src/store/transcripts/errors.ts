/**
 * A transcript activity that cannot be stored as given (it will never succeed on retry).
 * Code TRANSCRIPT_INVALID; the message says what is missing and how to fix it.
 */
export class TranscriptError extends Error {
  readonly code = 'TRANSCRIPT_INVALID';

  constructor(message: string) {
    super(message);
    this.name = 'TranscriptError';
  }
}

/**
 * The transcript store cannot write (disk full, database locked too long, I/O error). Code
 * TRANSCRIPT_UNAVAILABLE: what was being committed is NOT recorded, so the caller must not
 * acknowledge or deliver it. Fix the storage (free disk space, check the data directory).
 */
export class TranscriptUnavailableError extends Error {
  readonly code = 'TRANSCRIPT_UNAVAILABLE';

  constructor(message: string) {
    super(message);
    this.name = 'TranscriptUnavailableError';
  }
}
