import { randomUUID } from 'node:crypto';
import { type Db, prepared } from '../store/db.js';
import * as rows from './rows.js';
import type {
  AcceptOutcome,
  AccessOutcome,
  CallbackState,
  EnqueueOutcome,
  HandoffEntry,
  HandoffMessage,
  HandoffStore,
  MessageSender,
  NewHandoff,
  ReleaseOutcome,
} from './types.js';

type HandoffRow = rows.HandoffRow<string, number>;
type MessageRow = rows.MessageRow<string>;

const same = (v: string): string => v;
const values: rows.RowValues<string, number> = { iso: same, bool: (v) => v === 1 };
const entryFrom = (r: HandoffRow): HandoffEntry => rows.entryFrom(r, values);
const messageFrom = (r: MessageRow): HandoffMessage => rows.messageFrom(r, same);

const OPEN = "status IN ('queued', 'accepted')";

/** The handoff queue on the service's SQLite database (migration 004_handoff.sql). */
export class SqliteHandoffStore implements HandoffStore {
  constructor(private readonly db: Db) {}

  // Check and write in one immediate transaction: two enqueues for one conversation, even with
  // awaits between callers, leave one open handoff.
  async enqueue(h: NewHandoff, now: Date): Promise<EnqueueOutcome> {
    return this.db
      .transaction((): EnqueueOutcome => {
        const existing = this.openNow(h.conversationId);
        if (existing) {
          if (h.priority >= existing.priority) return { status: 'already_open', entry: existing };
          prepared(this.db, 'UPDATE handoffs SET reason = ?, priority = ? WHERE handoff_id = ?').run(
            h.reason,
            h.priority,
            existing.handoffId,
          );
          return { status: 'already_open', entry: { ...existing, reason: h.reason, priority: h.priority } };
        }
        const handoffId = `H-${randomUUID()}`;
        prepared(
          this.db,
          `INSERT INTO handoffs (handoff_id, conversation_id, channel_id, account_id, reason, priority, summary,
            locale, verified, guard, status, queued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?)`,
        ).run(
          handoffId,
          h.conversationId,
          h.channelId,
          h.accountId ?? null,
          h.reason,
          h.priority,
          h.summary,
          h.locale,
          h.verified ? 1 : 0,
          h.guard ? JSON.stringify(h.guard) : null,
          now.toISOString(),
        );
        return { status: 'queued', entry: this.byId(handoffId) };
      })
      .immediate();
  }

  async open(conversationId: string): Promise<HandoffEntry | undefined> {
    return this.openNow(conversationId);
  }

  private openNow(conversationId: string): HandoffEntry | undefined {
    const row = prepared(this.db, `SELECT * FROM handoffs WHERE conversation_id = ? AND ${OPEN}`).get(
      conversationId,
    ) as HandoffRow | undefined;
    return row ? entryFrom(row) : undefined;
  }

  async openForAccount(accountId: string): Promise<HandoffEntry | undefined> {
    const row = prepared(
      this.db,
      `SELECT * FROM handoffs WHERE account_id = ? AND ${OPEN} ORDER BY queued_at DESC LIMIT 1`,
    ).get(accountId) as HandoffRow | undefined;
    return row ? entryFrom(row) : undefined;
  }

  async queued(): Promise<HandoffEntry[]> {
    const rows = prepared(
      this.db,
      "SELECT * FROM handoffs WHERE status = 'queued' ORDER BY priority, queued_at, handoff_id",
    ).all() as HandoffRow[];
    return rows.map(entryFrom);
  }

  async heldBy(agent: string): Promise<HandoffEntry[]> {
    const rows = prepared(
      this.db,
      "SELECT * FROM handoffs WHERE status = 'accepted' AND agent = ? ORDER BY accepted_at",
    ).all(agent) as HandoffRow[];
    return rows.map(entryFrom);
  }

  /** The conditional update and the read of its result in one transaction: one agent wins. */
  async accept(conversationId: string, agent: string, now: Date): Promise<AcceptOutcome> {
    return this.db
      .transaction((): AcceptOutcome => {
        const changed = prepared(
          this.db,
          `UPDATE handoffs SET status = 'accepted', agent = ?, accepted_at = ?
            WHERE conversation_id = ? AND status = 'queued'`,
        ).run(agent, now.toISOString(), conversationId).changes;
        const entry = this.openNow(conversationId);
        if (changed === 1 && entry) return { status: 'accepted', entry };
        if (!entry) return { status: 'not_queued' };
        return entry.agent === agent ? { status: 'already_yours', entry } : { status: 'held_by_other' };
      })
      .immediate();
  }

  async release(conversationId: string, agent: string, outcome: string, now: Date): Promise<ReleaseOutcome> {
    return this.db
      .transaction((): ReleaseOutcome => {
        const access = this.accessNow(conversationId, agent);
        if (access.status !== 'ok') return access;
        const changed = prepared(
          this.db,
          `UPDATE handoffs SET status = 'released', released_at = ?, outcome = ?
            WHERE handoff_id = ? AND status = 'accepted' AND agent = ?`,
        ).run(now.toISOString(), outcome, access.entry.handoffId, agent).changes;
        return changed === 1
          ? { status: 'released', entry: this.byId(access.entry.handoffId) }
          : { status: 'not_open' };
      })
      .immediate();
  }

  async access(conversationId: string, agent: string): Promise<AccessOutcome> {
    return this.accessNow(conversationId, agent);
  }

  private accessNow(conversationId: string, agent: string): AccessOutcome {
    const entry = this.openNow(conversationId);
    if (!entry) return { status: 'not_open' };
    return entry.status === 'accepted' && entry.agent === agent
      ? { status: 'ok', entry }
      : { status: 'not_holder' };
  }

  async setCallback(handoffId: string, from: CallbackState, to: CallbackState, now: Date): Promise<boolean> {
    return (
      prepared(
        this.db,
        `UPDATE handoffs SET callback = ?, callback_at = ? WHERE handoff_id = ? AND callback = ? AND ${OPEN}`,
      ).run(to, now.toISOString(), handoffId, from).changes === 1
    );
  }

  async dueForCallbackOffer(now: Date, waitedSeconds: number): Promise<HandoffEntry[]> {
    const before = new Date(now.getTime() - waitedSeconds * 1000).toISOString();
    const rows = prepared(
      this.db,
      `SELECT * FROM handoffs WHERE status = 'queued' AND callback = 'none' AND queued_at <= ?
        ORDER BY priority, queued_at`,
    ).all(before) as HandoffRow[];
    return rows.map(entryFrom);
  }

  async appendMessage(
    handoffId: string,
    from: MessageSender,
    text: string,
    now: Date,
    agent?: string,
  ): Promise<HandoffMessage> {
    const id = randomUUID();
    const seq = prepared(
      this.db,
      `INSERT INTO handoff_messages (message_id, handoff_id, sender, agent, text, created_at)
        VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(id, handoffId, from, agent ?? null, text, now.toISOString()).lastInsertRowid;
    return { id, seq: Number(seq), from, agent, text, timestamp: now.toISOString() };
  }

  async messages(handoffId: string, afterSeq: number, limit: number): Promise<HandoffMessage[]> {
    const rows = prepared(
      this.db,
      'SELECT * FROM handoff_messages WHERE handoff_id = ? AND seq > ? ORDER BY seq LIMIT ?',
    ).all(handoffId, afterSeq, limit) as MessageRow[];
    return rows.map(messageFrom);
  }

  private byId(handoffId: string): HandoffEntry {
    const row = prepared(this.db, 'SELECT * FROM handoffs WHERE handoff_id = ?').get(handoffId) as
      HandoffRow | undefined;
    if (!row) throw new Error(`handoff ${handoffId} vanished inside its own transaction`);
    return entryFrom(row);
  }
}
