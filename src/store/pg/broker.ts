import pg from 'pg';
import { type PgPool, describePgError, pgQuery } from './pool.js';

/** NOTIFY payloads are limited to 8000 bytes; above this the body goes through `broker_messages`. */
export const INLINE_LIMIT_BYTES = 7900;

export type MessageHandler = (payload: string) => void;

export interface PgBrokerOptions {
  /** DATABASE_URL: the listener holds one connection of its own (never one from the pool). */
  url: string;
  /** For publishing and for fetching large bodies. */
  pool: PgPool;
  /** The NOTIFY channel (default collections_broker); instances on one database share it. */
  channel?: string;
  /** Shown in pg_stat_activity (default collections-broker-listener). */
  applicationName?: string;
  /** How often the listener proves its connection with SELECT 1 (default 10 s). */
  keepaliveMs?: number;
  /** Told what went wrong with the listener (never the error object: it may carry the password). */
  log?: (message: string) => void;
}

interface Wire {
  c?: string;
  p?: string;
  id?: number;
}

/**
 * Conversation fan-out across instances on PostgreSQL LISTEN/NOTIFY: a Direct Line post handled
 * by instance A reaches the WebSocket held by instance B. Small messages travel in the NOTIFY
 * payload; larger ones are stored in `broker_messages` and travel by id. Delivery is at most once
 * and in publish order per listener. The listener reconnects by itself (backoff up to 5 s, and a
 * periodic SELECT 1 catches a silently dead socket); NOTIFYs sent while it was away are lost, so
 * after every reconnect it calls the `onResync` handlers, which must read what they missed from
 * the database (Direct Line: activities after the socket's watermark).
 *
 *   const broker = new PgBroker({ url, pool });
 *   await broker.start();
 *   const stop = broker.subscribe(conversationId, (payload) => socket.send(payload));
 *   await broker.publish(conversationId, JSON.stringify(activity));
 */
export class PgBroker {
  private readonly channel: string;
  private readonly handlers = new Map<string, Set<MessageHandler>>();
  private readonly resyncHandlers = new Set<() => void>();
  private client: pg.Client | undefined;
  private closing = false;
  private backoffMs = 100;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private keepaliveTimer: NodeJS.Timeout | undefined;
  private delivery: Promise<void> = Promise.resolve();
  private largePublishes = 0;

  constructor(private readonly options: PgBrokerOptions) {
    this.channel = options.channel ?? 'collections_broker';
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(this.channel))
      throw new Error(`PgBroker: channel "${this.channel}" must be a lower-case SQL identifier`);
  }

  /** Connects the listener; rejects when the database cannot be reached the first time. */
  async start(): Promise<void> {
    await this.connect();
    const every = this.options.keepaliveMs ?? 10_000;
    this.keepaliveTimer = setInterval(() => void this.keepalive(every), every);
    this.keepaliveTimer.unref();
  }

  subscribe(conversationId: string, handler: MessageHandler): () => void {
    let set = this.handlers.get(conversationId);
    if (!set) this.handlers.set(conversationId, (set = new Set()));
    set.add(handler);
    return () => {
      set.delete(handler);
      if (set.size === 0) this.handlers.delete(conversationId);
    };
  }

  /** Called after every reconnect: notifications may have been missed while the listener was away. */
  onResync(handler: () => void): () => void {
    this.resyncHandlers.add(handler);
    return () => this.resyncHandlers.delete(handler);
  }

  /** Sends to every subscriber of the conversation on every instance (this one included). */
  async publish(conversationId: string, payload: string): Promise<void> {
    let wire = JSON.stringify({ c: conversationId, p: payload } satisfies Wire);
    if (Buffer.byteLength(wire, 'utf8') > INLINE_LIMIT_BYTES) {
      const stored = await pgQuery<{ id: number }>(
        this.options.pool,
        'store a large broker message',
        'INSERT INTO broker_messages (channel, body) VALUES ($1, $2) RETURNING id',
        [this.channel, wire],
      );
      wire = JSON.stringify({ id: stored.rows[0]!.id } satisfies Wire);
      if (++this.largePublishes % 100 === 0) await this.prune();
    }
    await pgQuery(this.options.pool, 'publish a broker message', 'SELECT pg_notify($1, $2)', [
      this.channel,
      wire,
    ]);
  }

  async close(): Promise<void> {
    this.closing = true;
    clearInterval(this.keepaliveTimer);
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
    await this.delivery;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.options.url,
      application_name: this.options.applicationName ?? 'collections-broker-listener',
      keepAlive: true,
      connectionTimeoutMillis: 5000,
    });
    client.on('error', (err) => this.lost(client, describePgError(err)));
    client.on('end', () => this.lost(client, 'connection ended'));
    client.on('notification', (n) => {
      if (n.channel === this.channel && n.payload !== undefined) this.enqueue(n.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
    } catch (err) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      throw err;
    }
    this.client = client;
    this.backoffMs = 100;
  }

  private lost(client: pg.Client, why: string): void {
    if (this.closing || this.client !== client) return;
    this.client = undefined;
    this.options.log?.(`broker listener lost its connection (${why}); reconnecting`);
    client.end().catch(() => undefined);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closing || this.reconnectTimer) return;
    const wait = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, 5000);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      this.connect().then(
        () => {
          if (this.closing) return;
          for (const h of this.resyncHandlers) this.safely(() => h());
        },
        (err: unknown) => {
          this.options.log?.(`broker listener could not reconnect (${describePgError(err)}); retrying`);
          this.scheduleReconnect();
        },
      );
    }, wait);
  }

  private async keepalive(timeoutMs: number): Promise<void> {
    const client = this.client;
    if (!client || this.closing) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer to SELECT 1 within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([client.query('SELECT 1'), timeout]);
    } catch (err) {
      this.lost(client, describePgError(err));
    } finally {
      clearTimeout(timer);
    }
  }

  /** Deliveries run one after another, so a large body fetched by id keeps its place in line. */
  private enqueue(raw: string): void {
    this.delivery = this.delivery
      .then(() => this.deliver(raw))
      .catch((err: unknown) => {
        this.options.log?.(`broker message dropped (${describePgError(err)})`);
      });
  }

  private async deliver(raw: string): Promise<void> {
    let wire = JSON.parse(raw) as Wire;
    if (typeof wire.id === 'number') {
      const row = await pgQuery<{ body: string }>(
        this.options.pool,
        'fetch a large broker message',
        'SELECT body FROM broker_messages WHERE id = $1',
        [wire.id],
      );
      const body = row.rows[0]?.body;
      if (body === undefined) return;
      wire = JSON.parse(body) as Wire;
    }
    const { c: conversationId, p: payload } = wire;
    if (conversationId === undefined || payload === undefined) return;
    for (const handler of this.handlers.get(conversationId) ?? []) this.safely(() => handler(payload));
  }

  private safely(run: () => void): void {
    try {
      run();
    } catch (err) {
      this.options.log?.(`broker handler failed (${describePgError(err)})`);
    }
  }

  private async prune(): Promise<void> {
    await pgQuery(
      this.options.pool,
      'prune broker messages',
      "DELETE FROM broker_messages WHERE created_at < now() - interval '10 minutes'",
    ).catch(() => undefined);
  }
}
