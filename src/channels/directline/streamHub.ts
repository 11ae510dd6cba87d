import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Activity } from 'botbuilder';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import type { DirectLineStore } from './directLineStore.js';

export interface StreamHubOptions {
  /** How often an empty keep-alive frame (and a ping) goes to each socket. */
  keepAliveMs: number;
  /** How often sockets catch up with activities other processes stored (reminder CLI, ...). */
  tailMs: number;
  /** Activities per frame when replaying. */
  frameSize: number;
}

/** Whether a stream request may connect, decided by the routes (token, conversation). */
export type StreamAuthorization =
  | { status: 'allowed'; conversationId: string; watermark: number }
  | { status: 'rejected'; httpStatus: number; reason: string };

interface Connection {
  ws: WebSocket;
  conversationId: string;
  /** The watermark this socket has been sent up to. */
  cursor: number;
  alive: boolean;
}

const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/]+)\/stream$/;

/**
 * The WebSocket side of Direct Line: one socket per conversation (a newer one replaces an
 * older one, closing it with reason "collision", so a reloaded page or a phone that changed
 * network takes over at once), replay from the watermark on (re)connect, live activities as
 * `{activities, watermark}` frames, typing as `{activities}` frames without a watermark, and
 * empty keep-alive frames. Stored activities go out in watermark order, each exactly once per
 * socket, because every send reads the store after the socket's own cursor.
 */
export class StreamHub {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  private readonly byConversation = new Map<string, Connection>();
  private readonly timers: NodeJS.Timeout[] = [];
  private upgradeListener: ((req: IncomingMessage, socket: Duplex, head: Buffer) => void) | undefined;
  private server: Server | undefined;

  constructor(
    private readonly store: DirectLineStore,
    private readonly logger: Logger,
    private readonly options: StreamHubOptions,
  ) {
    this.timers.push(setInterval(() => this.keepAlive(), options.keepAliveMs).unref());
    this.timers.push(setInterval(() => this.tail(), options.tailMs).unref());
  }

  /**
   * Handles every upgrade on the server: `/v3/directline/conversations/{id}/stream` connects when
   * authorised; anything else (other paths, bad escapes, a failing check) is refused and closed,
   * so no socket is left half-open.
   */
  attach(server: Server, authorize: (conversationId: string, url: URL) => StreamAuthorization): void {
    this.server = server;
    this.upgradeListener = (req, socket, head) => {
      socket.on('error', () => socket.destroy());
      try {
        this.upgrade(req, socket, head, authorize);
      } catch (err) {
        this.logger.warn({ err, path: safePath(req.url) }, 'directline: upgrade refused after an error');
        refuseUpgrade(socket, 500, 'Internal Server Error');
      }
    };
    server.on('upgrade', this.upgradeListener);
  }

  private upgrade(
    req: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    authorize: (conversationId: string, url: URL) => StreamAuthorization,
  ): void {
    const url = parseUrl(req.url);
    const match = url ? STREAM_PATH.exec(url.pathname) : null;
    const conversationId = match?.[1] ? decodeOrUndefined(match[1]) : undefined;
    if (!url || conversationId === undefined) {
      refuseUpgrade(socket, match ? 400 : 404, match ? 'Bad Request' : 'Not Found');
      return;
    }
    const decision = authorize(conversationId, url);
    if (decision.status === 'rejected') {
      refuseUpgrade(socket, decision.httpStatus, decision.reason);
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) =>
      this.connect(ws, decision.conversationId, decision.watermark),
    );
  }

  /** Sends the conversation's socket whatever was stored after its cursor. */
  flush(conversationId: string): void {
    const connection = this.byConversation.get(conversationId);
    if (connection) this.catchUp(connection);
  }

  /** Sends an activity that is not stored (typing) to the conversation's socket, if any. */
  sendTransient(conversationId: string, activity: Partial<Activity>): void {
    const connection = this.byConversation.get(conversationId);
    if (connection?.ws.readyState === 1) connection.ws.send(JSON.stringify({ activities: [activity] }));
  }

  /** How many sockets are open (for tests and health). */
  get size(): number {
    return this.byConversation.size;
  }

  /** Closes every socket and stops the timers. */
  async close(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    if (this.server && this.upgradeListener) this.server.off('upgrade', this.upgradeListener);
    for (const connection of this.byConversation.values()) connection.ws.close(1001, 'shutdown');
    this.byConversation.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private connect(ws: WebSocket, conversationId: string, watermark: number): void {
    const previous = this.byConversation.get(conversationId);
    if (previous) previous.ws.close(1000, 'collision');
    const connection: Connection = { ws, conversationId, cursor: watermark, alive: true };
    this.byConversation.set(conversationId, connection);
    ws.on('pong', () => {
      connection.alive = true;
    });
    // Clients ping with empty text frames; nothing they send needs an answer.
    ws.on('message', () => {
      connection.alive = true;
    });
    ws.on('close', () => {
      if (this.byConversation.get(conversationId) === connection) this.byConversation.delete(conversationId);
    });
    ws.on('error', (err) => this.logger.warn({ err }, 'directline: socket error'));
    this.catchUp(connection);
  }

  private catchUp(connection: Connection): void {
    if (connection.ws.readyState !== 1) return;
    for (;;) {
      const batch = this.store.after(connection.conversationId, connection.cursor, this.options.frameSize);
      const last = batch[batch.length - 1];
      if (!last) return;
      connection.cursor = last.seq;
      connection.ws.send(
        JSON.stringify({ activities: batch.map((b) => b.activity), watermark: String(last.seq) }),
      );
    }
  }

  private keepAlive(): void {
    for (const connection of this.byConversation.values()) {
      if (!connection.alive) {
        connection.ws.terminate();
        continue;
      }
      connection.alive = false;
      if (connection.ws.readyState !== 1) continue;
      connection.ws.send('');
      connection.ws.ping();
    }
  }

  private tail(): void {
    for (const connection of this.byConversation.values()) {
      try {
        this.catchUp(connection);
      } catch (err) {
        this.logger.warn({ err }, 'directline: could not read activities for a socket');
      }
    }
  }
}

/** Answers an upgrade with a plain HTTP status and closes the socket. */
export function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  if (socket.destroyed) return;
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  setTimeout(() => socket.destroy(), 1000).unref();
}

function parseUrl(raw: string | undefined): URL | undefined {
  try {
    return new URL(raw ?? '/', 'http://localhost');
  } catch {
    return undefined;
  }
}

function decodeOrUndefined(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function safePath(raw: string | undefined): string {
  return (raw ?? '/').slice(0, 200);
}
