import type { Next, Request, Response } from 'restify';
import { closeAfterAnswer } from '../auth/lingeringClose.js';

/**
 * A `server.pre` handler that refuses a body declared larger than `maxBytes` (Content-Length)
 * with 413 `{"error":{"code":"PayloadTooLarge","message"}}` and `Connection: close`, before any
 * route, credential check or body parser runs. Without it restify's body parser read the whole
 * declared body (discarding past its limit) before answering, and an early answer (401, 404) left
 * Node reading the rest to keep the connection alive.
 *
 * It also answers `Expect: 100-continue`: "100 Continue" only for a body within the limit (the
 * server is created with `noWriteContinue`), so an oversized upload is never invited.
 */
export function refuseOversizedBodies(maxBytes: number) {
  return (req: Request, res: Response, next: Next): void => {
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > maxBytes) {
      closeAfterAnswer(req, res);
      res.status(413);
      res.json({
        error: {
          code: 'PayloadTooLarge',
          message: `the request body is larger than ${maxBytes} bytes (MAX_BODY_BYTES)`,
        },
      });
      next(false);
      return;
    }
    if (/^\s*100-continue\s*$/i.test(req.headers.expect ?? '')) res.writeContinue();
    next();
  };
}
