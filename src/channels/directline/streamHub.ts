import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Activity } from 'botbuilder';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  LocalConversationBroker,
  type ConversationBroker,
  type ConversationFrame,
} from './conversationBroker.js';
import { visibleTo, type DirectLineStore, type StoredActivity } from './directLineStore.js';
import { unavailableFrom } from '../unavailable.js';

export interface StreamHubOptions {
  /** How often an empty keep-alive frame (and a ping) goes to each socket. */
  keepAliveMs: number;
  /** How often sockets catch up with activities other processes stored (reminder CLI, ...). */
  tailMs: number;
  /** Activities per frame when replaying. */
  frameSize: number;
  /** Open sockets one conversation may hold (tabs, devices); a newer one closes the oldest. Default 8. */
  maxStreamsPerConversation?: number;
  /** Bytes a socket may leave unread before it is sent nothing more until it reads. Default 4 MiB. */
  maxBufferedBytes?: number;
  /** Carries each activity to every hub holding a socket of its conversation (default: this process only). */
  broker?: ConversationBroker;
}

/** Whether a stream request may connect, decided by the routes (token, conversation). */
export type StreamAuthorization =
  | { status: 'allowed'; conversationId: string; watermark: number; sessionId?: string }
  | { status: 'rejected'; httpStatus: number; reason: string };

/** The routes' decision for an upgrade (asynchronous: the store and the rate counters are in the database). */
export type StreamAuthorizer = (
  conversationId: string,
  url: URL,
) => StreamAuthorization | Promise<StreamAuthorization>;

interface Connection {
  ws: WebSocket;
  conversationId: string;
  /** The watermark this socket has been sent up to. */
  cursor: number;
  alive: boolean;
  /** The chat-link session the socket was opened with (verified replies are for one session). */
  sessionId: string | undefined;
  /** A read from the store is sending this socket what it missed; only it moves the cursor meanwhile. */
  catchingUp: boolean;
  /** A live frame arrived during the read: the catch-up reads once more before it ends. */
  behind: boolean;
}

/** The open sockets of one conversation, oldest first, and its broker subscription. */
interface Conversation {
  connections: Connection[];
  unsubscribe: () => void;
}

/** Close code and reason for the oldest socket when a conversation opens one too many (1008: policy). */
export const TOO_MANY_STREAMS = { code: 1008, reason: 'too many streams for this conversation' } as const;
export const DEFAULT_MAX_STREAMS_PER_CONVERSATION = 8;
export const DEFAULT_MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/]+)\/stream$/;

/**
 * The WebSocket side of Direct Line. A conversation may hold several sockets at once (tabs,
 * devices, up to `maxStreamsPerConversation`; one more closes the oldest with 1008 "too many
 * streams for this conversation"), and each gets every activity at once: replay from its
 * watermark on (re)connect, then live activities as `{activities, watermark}` frames, typing as
 * `{activities}` frames without a watermark, and empty keep-alive frames. Activities travel
 * through the `ConversationBroker`, so a hub also delivers what another instance published.
 * Each socket keeps a cursor: a stored activity at or below it is skipped, one just after it is
 * sent, and a gap (an activity published elsewhere arrived first) is filled from the store, so
 * every socket gets each stored activity exactly once, in watermark order.
 */
export class StreamHub {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  private readonly byConversation = new Map<string, Conversation>();
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly broker: ConversationBroker;
  private readonly maxStreams: number;
  private readonly maxBuffered: number;
  private readonly stopResync: () => void;
  private upgradeListener: ((req: IncomingMessage, socket: Duplex, head: Buffer) => void) | undefined;
  private server: Server | undefined;
  private tailing = false;

  constructor(
    private readonly store: DirectLineStore,
    private readonly logger: Logger,
    private readonly options: StreamHubOptions,
  ) {
    this.broker = options.broker ?? new LocalConversationBroker();
    this.maxStreams = Math.max(1, options.maxStreamsPerConversation ?? DEFAULT_MAX_STREAMS_PER_CONVERSATION);
    this.maxBuffered = options.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED_BYTES;
    this.stopResync = this.broker.onResync(() => this.tail());
    this.timers.push(setInterval(() => this.keepAlive(), options.keepAliveMs).unref());
    this.timers.push(setInterval(() => this.tail(), options.tailMs).unref());
  }

  /**
   * Handles every upgrade on the server: `/v3/directline/conversations/{id}/stream` connects when
   * authorised; anything else (other paths, bad escapes, a failing check) is refused and closed,
   * so no socket is left half-open.
   */
  attach(server: Server, authorize: StreamAuthorizer): void {
    this.server = server;
    this.upgradeListener = (req, socket, head) => {
      socket.on('error', () => socket.destroy());
      this.upgrade(req, socket, head, authorize).catch((err: unknown) => {
        // The shared rate counters (or the store) cannot answer: refused, never left half-open.
        const unavailable = unavailableFrom(err) !== undefined;
        this.logger.warn({ err, path: safePath(req.url) }, 'directline: upgrade refused after an error');
        refuseUpgrade(
          socket,
          unavailable ? 503 : 500,
          unavailable ? 'Service Unavailable' : 'Internal Server Error',
        );
      });
    };
    server.on('upgrade', this.upgradeListener);
  }

  private async upgrade(
    req: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    authorize: StreamAuthorizer,
  ): Promise<void> {
    const url = parseUrl(req.url);
    const match = url ? STREAM_PATH.exec(url.pathname) : null;
    const conversationId = match?.[1] ? decodeOrUndefined(match[1]) : undefined;
    if (!url || conversationId === undefined) {
      refuseUpgrade(socket, match ? 400 : 404, match ? 'Bad Request' : 'Not Found');
      return;
    }
    const decision = await authorize(conversationId, url);
    if (socket.destroyed) return; // the client left while it was checked
    if (decision.status === 'rejected') {
      refuseUpgrade(socket, decision.httpStatus, decision.reason);
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) =>
      this.connect(ws, decision.conversationId, decision.watermark, decision.sessionId),
    );
  }

  /** Sends a stored activity to every socket of its conversation, on every instance the broker spans. */
  publish(conversationId: string, stored: StoredActivity): void {
    this.broker.publish(conversationId, {
      kind: 'stored',
      seq: stored.seq,
      activity: stored.activity,
      ...(stored.audience !== undefined ? { audience: stored.audience } : {}),
    });
  }

  /** Sends an activity that is not stored (typing) to the conversation's sockets, wherever they are. */
  sendTransient(conversationId: string, activity: Partial<Activity>): void {
    this.broker.publish(conversationId, { kind: 'transient', activity });
  }

  /** How many sockets are open (for tests and health). */
  get size(): number {
    let sockets = 0;
    for (const conversation of this.byConversation.values()) sockets += conversation.connections.length;
    return sockets;
  }

  /** Conversations with at least one open socket here. */
  get conversations(): number {
    return this.byConversation.size;
  }

  /** Closes every socket, leaves the broker and stops the timers. */
  async close(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.stopResync();
    if (this.server && this.upgradeListener) this.server.off('upgrade', this.upgradeListener);
    for (const conversation of this.byConversation.values()) {
      conversation.unsubscribe();
      for (const connection of conversation.connections) connection.ws.close(1001, 'shutdown');
    }
    this.byConversation.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private connect(ws: WebSocket, conversationId: string, watermark: number, sessionId?: string): void {
    const connection: Connection = {
      ws,
      conversationId,
      cursor: watermark,
      alive: true,
      sessionId,
      catchingUp: false,
      behind: false,
    };
    const conversation = this.join(connection);
    while (conversation.connections.length > this.maxStreams) {
      const oldest = conversation.connections.shift();
      oldest?.ws.close(TOO_MANY_STREAMS.code, TOO_MANY_STREAMS.reason);
    }
    ws.on('pong', () => {
      connection.alive = true;
    });
    // Clients ping with empty text frames; nothing they send needs an answer.
    ws.on('message', () => {
      connection.alive = true;
    });
    ws.on('close', () => this.leave(connection));
    ws.on('error', (err) => this.logger.warn({ err }, 'directline: socket error'));
    this.catchUp(connection);
  }

  private join(connection: Connection): Conversation {
    const { conversationId } = connection;
    let conversation = this.byConversation.get(conversationId);
    if (!conversation) {
      const unsubscribe = this.broker.subscribe(conversationId, (frame) =>
        this.deliver(conversationId, frame),
      );
      conversation = { connections: [], unsubscribe };
      this.byConversation.set(conversationId, conversation);
    }
    conversation.connections.push(connection);
    return conversation;
  }

  private leave(connection: Connection): void {
    const conversation = this.byConversation.get(connection.conversationId);
    if (!conversation) return;
    const at = conversation.connections.indexOf(connection);
    if (at >= 0) conversation.connections.splice(at, 1);
    if (conversation.connections.length > 0) return;
    conversation.unsubscribe();
    this.byConversation.delete(connection.conversationId);
  }

  /** Sends a frame the broker delivered to this hub's sockets of the conversation. */
  private deliver(conversationId: string, frame: ConversationFrame): void {
    const connections = this.byConversation.get(conversationId)?.connections ?? [];
    try {
      if (frame.kind === 'transient') {
        const text = JSON.stringify({ activities: [frame.activity] });
        for (const c of connections) if (this.writable(c)) c.ws.send(text);
        return;
      }
      let text: string | undefined;
      for (const c of connections) {
        if (frame.seq <= c.cursor || !this.writable(c)) continue;
        // A catch-up is reading the store: it sends this one too (it reads again before it ends).
        if (c.catchingUp) {
          c.behind = true;
          continue;
        }
        // Activities published elsewhere may arrive out of order: fill the gap from the store (if the
        // store is behind, or the socket is slow, a later catch-up sends it).
        if (frame.seq > c.cursor + 1) {
          this.catchUp(c);
          continue;
        }
        // A verified reply is for the session that verified: another session only moves on.
        if (!visibleTo(frame, c.sessionId)) {
          c.cursor = frame.seq;
          continue;
        }
        text ??= JSON.stringify({ activities: [frame.activity], watermark: String(frame.seq) });
        c.cursor = frame.seq;
        c.ws.send(text);
      }
    } catch (err) {
      this.logger.warn({ err }, 'directline: could not deliver an activity to a socket');
    }
  }

  /**
   * Open and keeping up. A socket with `maxBufferedBytes` unread is sent nothing more (its cursor
   * stays, and the tail timer catches it up once it has read): a slow phone loses nothing, and a
   * reader that stopped holds at most that much (plus one frame) until the keep-alive, which it
   * cannot answer, cuts it off.
   */
  private writable(connection: Connection): boolean {
    return connection.ws.readyState === 1 && connection.ws.bufferedAmount < this.maxBuffered;
  }

  /**
   * Sends the socket what was stored after its cursor, a frame at a time, until it is current or
   * has its unread allowance queued (the tail timer goes on from there: a long history does not
   * pile up in memory). One catch-up per socket at a time; it never throws.
   */
  private catchUp(connection: Connection): void {
    if (connection.catchingUp) {
      connection.behind = true;
      return;
    }
    connection.catchingUp = true;
    this.readOn(connection).catch((err: unknown) =>
      this.logger.warn({ err }, 'directline: could not read activities for a socket'),
    );
  }

  private async readOn(connection: Connection): Promise<void> {
    try {
      for (;;) {
        connection.behind = false;
        while (this.writable(connection)) {
          const batch = await this.store.after(
            connection.conversationId,
            connection.cursor,
            this.options.frameSize,
          );
          const last = batch[batch.length - 1];
          if (!last || !this.writable(connection)) break;
          connection.cursor = last.seq;
          const visible = batch.filter((b) => visibleTo(b, connection.sessionId));
          if (visible.length === 0) continue;
          connection.ws.send(
            JSON.stringify({ activities: visible.map((b) => b.activity), watermark: String(last.seq) }),
          );
        }
        // Ends with no await after this check: a frame delivered later starts a new catch-up.
        if (!connection.behind || !this.writable(connection)) return;
      }
    } finally {
      connection.catchingUp = false;
    }
  }

  private keepAlive(): void {
    for (const conversation of this.byConversation.values()) {
      for (const connection of conversation.connections) {
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
  }

  /** Catches every socket up with the store: one read per conversation when nothing is new. */
  private tail(): void {
    if (this.tailing) return; // the previous round is still reading
    this.tailing = true;
    void this.tailAll().finally(() => {
      this.tailing = false;
    });
  }

  private async tailAll(): Promise<void> {
    for (const [conversationId, conversation] of [...this.byConversation]) {
      try {
        const latest = await this.store.latestWatermark(conversationId);
        for (const connection of conversation.connections)
          if (connection.cursor < latest) this.catchUp(connection);
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
