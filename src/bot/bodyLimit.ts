import type { Socket } from 'node:net';
import type { Next, Request, Response } from 'restify';

/**
 * Marks the answer `Connection: close` and makes the close a lingering one: after the answer the
 * service sends FIN, keeps discarding what the client still has in flight for a second, then cuts.
 * Node's own close destroys the socket at once, and a socket destroyed with unread bytes sends RST,
 * which can make the client lose the 413 it was just sent.
 */
export function closeAfterAnswer(req: Request, res: Response): void {
  res.header('Connection', 'close');
  const socket = req.socket as (Socket & { destroySoon?: () => void }) | undefined;
  if (!socket) return;
  socket.destroySoon = () => {
    socket.end();
    req.resume();
    setTimeout(() => socket.destroy(), 1000).unref();
  };
}

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
