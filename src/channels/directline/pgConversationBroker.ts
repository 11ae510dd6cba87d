import { randomBytes } from 'node:crypto';
import type { PgBroker } from '../../store/pg/broker.js';
import { describePgError } from '../../store/pg/pool.js';
import { RelaySeal } from './relaySeal.js';
import {
  LocalConversationBroker,
  type ConversationBroker,
  type ConversationFrame,
  type FrameHandler,
} from './conversationBroker.js';

export interface PgConversationBrokerOptions {
  /** A started `PgBroker` on the instances' shared database (its owner closes it). */
  broker: Pick<PgBroker, 'publish' | 'subscribe' | 'onResync'>;
  /** LINK_SECRET (the same on every instance): relays are sealed under a key derived from it. */
  secret: string;
  /** Told when a frame could not be relayed or a relayed one was unreadable. */
  log?: (message: string) => void;
}

/** What travels over NOTIFY: the publishing instance and the frame. */
interface Wire {
  o: string;
  f: ConversationFrame;
}

/**
 * A `ConversationBroker` spanning every instance on one PostgreSQL. `publish` delivers to this
 * instance's subscribers at once (in process, as `LocalConversationBroker` does) and relays the
 * frame over `PgBroker` (LISTEN/NOTIFY) to the others; each instance ignores its own relays, so a
 * local socket never gets a frame twice. Relays of one conversation leave one after another, so
 * they arrive in publish order; frames of two instances may interleave, which the hub's per-socket
 * cursor puts right from the store. After the listener reconnects, `onResync` handlers run (the
 * hub reads what it missed from the store). A relay that fails is logged and dropped: the other
 * instances' periodic catch-up from the shared store delivers it. Every relay is sealed
 * (`RelaySeal`, the conversation id bound in): a NOTIFY from anyone without the secret, or a
 * frame of one conversation replayed into another, is dropped unread.
 *
 *   const hubBroker = new PgConversationBroker({ broker: shared.broker, secret: config.linkSecret });
 *   registerDirectLine(server, app, { broker: hubBroker });
 */
export class PgConversationBroker implements ConversationBroker {
  private readonly local = new LocalConversationBroker();
  private readonly origin = randomBytes(9).toString('base64url');
  private readonly relaying = new Map<string, Promise<void>>();
  private readonly seal: RelaySeal;

  constructor(private readonly options: PgConversationBrokerOptions) {
    this.seal = new RelaySeal(options.secret);
  }

  publish(conversationId: string, frame: ConversationFrame): void {
    this.local.publish(conversationId, frame);
    const wire = this.seal.seal(conversationId, JSON.stringify({ o: this.origin, f: frame } satisfies Wire));
    const previous = this.relaying.get(conversationId) ?? Promise.resolve();
    const next = previous
      .then(() => this.options.broker.publish(conversationId, wire))
      .catch((err: unknown) => this.options.log?.(`directline: relay failed (${describePgError(err)})`));
    this.relaying.set(conversationId, next);
    void next.then(() => {
      if (this.relaying.get(conversationId) === next) this.relaying.delete(conversationId);
    });
  }

  subscribe(conversationId: string, handler: FrameHandler): () => void {
    const stopLocal = this.local.subscribe(conversationId, handler);
    const stopRemote = this.options.broker.subscribe(conversationId, (payload) => {
      const frame = this.decode(conversationId, payload);
      if (frame) handler(frame);
    });
    return () => {
      stopLocal();
      stopRemote();
    };
  }

  onResync(handler: () => void): () => void {
    return this.options.broker.onResync(handler);
  }

  /** Resolves once every relay in flight has left (shutdown, tests). */
  async drain(): Promise<void> {
    while (this.relaying.size > 0) await Promise.all(this.relaying.values());
  }

  /** Another instance's frame; undefined for this instance's own relays and anything unsealed or malformed. */
  private decode(conversationId: string, payload: string): ConversationFrame | undefined {
    const text = this.seal.open(conversationId, payload);
    if (text === undefined) {
      this.options.log?.("directline: a relayed frame was not sealed with this service's secret; dropped");
      return undefined;
    }
    let wire: unknown;
    try {
      wire = JSON.parse(text);
    } catch {
      this.options.log?.('directline: a relayed frame was not JSON; dropped');
      return undefined;
    }
    if (!isWire(wire)) {
      this.options.log?.('directline: a relayed frame had an unknown shape; dropped');
      return undefined;
    }
    return wire.o === this.origin ? undefined : wire.f;
  }
}

function isWire(value: unknown): value is Wire {
  if (typeof value !== 'object' || value === null) return false;
  const { o, f } = value as { o?: unknown; f?: unknown };
  if (typeof o !== 'string' || typeof f !== 'object' || f === null) return false;
  const { kind, seq, activity, audience } = f as {
    kind?: unknown;
    seq?: unknown;
    activity?: unknown;
    audience?: unknown;
  };
  if (typeof activity !== 'object' || activity === null || Array.isArray(activity)) return false;
  if (kind === 'transient') return true;
  if (audience !== undefined && typeof audience !== 'string') return false;
  return kind === 'stored' && typeof seq === 'number' && Number.isSafeInteger(seq) && seq > 0;
}
