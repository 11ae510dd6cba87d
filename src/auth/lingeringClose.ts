import type { Socket } from 'node:net';
import type { Request, Response } from 'restify';

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
