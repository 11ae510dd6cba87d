import restify, { type Next, type Request, type RequestHandler, type Response } from 'restify';
import { closeAfterAnswer } from './lingeringClose.js';
import { MAX_JSON_DEPTH, nestedDeeperThan } from '../core/limits.js';

/** 413 `{"error":{"code":"PayloadTooLarge","message"}}`, then the connection closes lingering. */
export function refuseTooLarge(req: Request, res: Response, maxBytes: number): void {
  closeAfterAnswer(req, res);
  res.status(413);
  res.json({
    error: {
      code: 'PayloadTooLarge',
      message: `the request body is larger than ${maxBytes} bytes`,
    },
  });
}

export interface BoundedBodyOptions {
  /** The most bytes the route reads; past it 413 and the connection closes. */
  maxBodySize: number;
  /** 415 for a content type other than JSON, form or text (restify's `rejectUnknown`). */
  rejectUnknown: boolean;
}

/**
 * restify's body parser with a reader of our own in front: restify's reader counted a chunked
 * body past `maxBodySize` but read it to its end (discarding) before answering 413. This one
 * stops at the limit, answers 413 in the house shape and closes the connection lingering; a
 * body within the limit is handed to restify's parsers as its reader would have (text types as a
 * string, others as a Buffer). A parsed body nested deeper than MAX_JSON_DEPTH is refused with 400.
 */
export function boundedBodyParser(options: BoundedBodyOptions): RequestHandler[] {
  const parsers = restify.plugins.bodyParser({
    maxBodySize: options.maxBodySize,
    mapParams: false,
    mapFiles: false,
    rejectUnknown: options.rejectUnknown,
  });
  const read = (req: Request, res: Response, next: Next): void => {
    if (MULTIPART.test(req.headers['content-type'] ?? '')) return refuseMultipart(req, res, next);
    readBoundedBody(req, res, options.maxBodySize, (ok) => next(ok ? undefined : false));
  };
  return [read, ...parsers, refuseDeepBodies];
}

const MULTIPART = /^\s*multipart\//i;

/**
 * No route takes a multipart body, and restify's multipart parser reads the request stream
 * itself: after our reader had read it, it waited for an end that had passed, and the request
 * hung with no answer for as long as the client kept it open (sec17 red team, /api/messages).
 */
function refuseMultipart(req: Request, res: Response, next: Next): void {
  closeAfterAnswer(req, res);
  res.status(415);
  res.json({
    error: { code: 'UnsupportedMediaType', message: 'multipart bodies are not accepted; send JSON' },
  });
  next(false);
}

/** 400 for a parsed body nested deeper than MAX_JSON_DEPTH (core/limits.ts), before any handler. */
function refuseDeepBodies(req: Request, res: Response, next: Next): void {
  if (!nestedDeeperThan((req as Request & { body?: unknown }).body)) return next();
  res.status(400);
  res.json({
    error: { code: 'TooDeep', message: `the JSON body nests deeper than ${MAX_JSON_DEPTH} levels` },
  });
  next(false);
}

const TEXT_TYPE = /^(application\/json|application\/x-www-form-urlencoded|multipart\/form-data|text\/)/;

/**
 * Reads the request's body (not for GET and HEAD, and once only: a later parser finds it read),
 * up to `maxBytes`: a declared Content-Length over it is refused with 413 at once, a chunked body
 * as soon as it passes it (connection closed lingering). `done(true)` once read (the body is on
 * `req.body`, text types as a string), `done(false)` when answered or the client went away.
 */
export function readBoundedBody(
  req: Request,
  res: Response,
  maxBytes: number,
  done: (ok: boolean) => void,
): void {
  const flagged = req as Request & { _readBody?: boolean };
  if (flagged._readBody || req.method === 'GET' || req.method === 'HEAD') return done(true);
  const declared = req.headers['content-length'];
  const chunked = req.headers['transfer-encoding'] !== undefined;
  if (!chunked && (declared === undefined || Number(declared) === 0)) return done(true);
  if (!chunked && Number(declared) > maxBytes) {
    refuseTooLarge(req, res, maxBytes);
    return done(false);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let settled = false;
  const finish = (outcome: 'ok' | 'too_large' | Error): void => {
    if (settled) return;
    settled = true;
    req.off('data', onData);
    req.off('end', onEnd);
    req.off('error', onError);
    if (outcome === 'too_large') {
      refuseTooLarge(req, res, maxBytes);
      done(false);
      return;
    }
    if (outcome instanceof Error) {
      // the client went away mid-body (aborted): nobody is left to answer
      req.destroy();
      return done(false);
    }
    const body = Buffer.concat(chunks);
    const type = (req.headers['content-type'] ?? '').toLowerCase().trim();
    (req as Request & { body?: unknown }).body =
      type === '' || TEXT_TYPE.test(type) ? body.toString('utf8') : body;
    flagged._readBody = true;
    done(true);
  };
  const onData = (chunk: Buffer): void => {
    size += chunk.length;
    if (size > maxBytes) return finish('too_large');
    chunks.push(chunk);
  };
  const onEnd = (): void => finish('ok');
  const onError = (err: Error): void => finish(err);
  req.on('data', onData);
  req.on('end', onEnd);
  req.on('error', onError);
}
