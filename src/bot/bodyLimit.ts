import type { ServerResponse } from 'node:http';
import type { Next, Request, Response } from 'restify';
import { closeAfterAnswer } from '../auth/lingeringClose.js';
import { refuseTooLarge } from '../auth/boundedBody.js';

/**
 * A `server.pre` handler that refuses a body declared larger than `maxBytes` (Content-Length)
 * with 413 `{"error":{"code":"PayloadTooLarge","message"}}` and `Connection: close`, before any
 * route, credential check or body parser runs. Without it restify's body parser read the whole
 * declared body (discarding past its limit) before answering, and an early answer (401, 404) left
 * Node reading the rest to keep the connection alive.
 *
 * It also answers `Expect: 100-continue`: "100 Continue" only for a body within the limit (the
 * server is created with `noWriteContinue`), so an oversized upload is never invited.
 *
 * A body without a declared length (chunked) cannot be judged here: its routes read it with
 * `boundedBodyParser`, and any answer sent before such a body was read to its end closes the
 * connection lingering (below), so Node never reads the rest of it to keep the connection alive.
 */
export function refuseOversizedBodies(maxBytes: number) {
  return (req: Request, res: Response, next: Next): void => {
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > maxBytes) {
      refuseTooLarge(req, res, maxBytes);
      next(false);
      return;
    }
    if (declared === undefined && req.headers['transfer-encoding'] !== undefined) closeIfUnread(req, res);
    if (/^\s*100-continue\s*$/i.test(req.headers.expect ?? '')) res.writeContinue();
    next();
  };
}

/**
 * When the answer to a chunked request starts before its body has ended (an early 401, 404, 413,
 * or a route that reads no body), the connection closes lingering after the answer instead of
 * Node discarding the rest of a body of any length until HTTP_REQUEST_TIMEOUT_MS.
 */
function closeIfUnread(req: Request, res: Response): void {
  const raw = res as unknown as ServerResponse;
  const writeHead = raw.writeHead.bind(raw) as (...args: unknown[]) => ServerResponse;
  const wrapped = (...args: unknown[]): ServerResponse => {
    if (!req.complete && !raw.headersSent) closeAfterAnswer(req, res);
    return writeHead(...args);
  };
  raw.writeHead = wrapped;
}
