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
