import type { IncomingMessage } from 'node:http';
import type { Request, Response } from 'restify';
import { MAX_JSON_DEPTH, nestedDeeperThan } from '../../core/limits.js';

/** Direct Line error codes we answer with (Bot Framework ErrorCodes plus Direct Line's own). */
export type DirectLineErrorCode =
  | 'BadArgument'
  | 'BadSyntax'
  | 'Unauthorized'
  | 'TokenExpired'
  | 'Forbidden'
  | 'NotFound'
  | 'MessageSizeTooBig'
  | 'TooManyRequests'
  | 'BotError'
  | 'ServiceError'
  | 'store_unavailable'
  | 'conversation_busy'
  | 'TranscriptUnavailable'
  // issue 19 exactonce: a retried post while its first is still answered / already answered
  | 'ActivityInProgress'
  | 'ActivityAlreadyAnswered';

/** An expected failure of a Direct Line request: status, code and a message saying what to do. */
export class DirectLineHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: DirectLineErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'DirectLineHttpError';
  }
}

/** Writes `{"error":{"code","message"}}` with the status, as the Direct Line service does. */
export function sendError(res: Response, error: DirectLineHttpError): void {
  for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
  res.send(error.status, { error: { code: error.code, message: error.message } });
}

/** The bearer token of the Authorization header, if any. */
export function bearerToken(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

/**
 * The request body as JSON, at most `maxBytes`. Reads the raw stream itself (so the limit is
 * ours and answers 413 in Direct Line's error shape); when a body parser already ran, uses
 * its result. An empty body is `undefined`.
 */
export async function readJsonBody(req: Request, maxBytes: number): Promise<unknown> {
  const parsed = (req as Request & { body?: unknown }).body;
  if (parsed !== undefined) {
    if (typeof parsed !== 'string' && nestedDeeperThan(parsed)) throw tooDeep();
    const size =
      typeof parsed === 'string' ? Buffer.byteLength(parsed) : Buffer.byteLength(JSON.stringify(parsed));
    if (size > maxBytes) throw tooLarge(maxBytes);
    return typeof parsed === 'string' ? parseJson(parsed) : parsed;
  }
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  const raw = await readRaw(req, maxBytes);
  return raw.length === 0 ? undefined : parseJson(raw.toString('utf8'));
}

function readRaw(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > maxBytes) {
        failed = true;
        reject(tooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks));
    });
    req.on('error', (err) => {
      if (!failed) reject(err);
    });
  });
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw new DirectLineHttpError(400, 'BadSyntax', 'The request body is not valid JSON.');
  }
  // sec16: a 10,000-deep `value` or attachment overflowed the stack where the activity is copied
  if (nestedDeeperThan(value)) throw tooDeep();
  return value;
}

function tooDeep(): DirectLineHttpError {
  return new DirectLineHttpError(400, 'BadArgument', `The request body nests deeper than ${MAX_JSON_DEPTH} levels.`);
}

function tooLarge(maxBytes: number): DirectLineHttpError {
  return new DirectLineHttpError(
    413,
    'MessageSizeTooBig',
    `The request body is larger than ${maxBytes} bytes (MAX_BODY_BYTES); send a shorter message.`,
    { Connection: 'close' },
  );
}
