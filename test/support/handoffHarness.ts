import {
  ActivityTypes,
  TestAdapter,
  type Activity,
  type ConversationAccount,
  type Middleware,
  type TurnContext,
} from 'botbuilder';
import { HandoffDesk } from '../../src/bot/agentDesk/handoffDesk.js';
import { HandoffRelay } from '../../src/bot/agentDesk/relay.js';
import type { VerifiedAudienceReader } from '../../src/bot/agentDesk/verifiedAudience.js';
import type { CheckFn } from '../../src/bot/middleware/guardedSend.js';
import type { ProactiveMessenger, ProactiveOutcome } from '../../src/channels/host.js';
import { check as guardrailCheck } from '../../src/guardrails/index.js';
import {
  parseAgentHours,
  SqliteHandoffStore,
  type HandoffEntry,
  type HandoffMessage,
  type NewHandoff,
} from '../../src/handoff/index.js';
import { paymentChannelTerms } from '../../src/language/templateResponder.js';
import { DialogHarness, type DialogHarnessOptions } from './dialogHarness.js';
import { MemoryTranscriptSink } from './memoryTranscriptSink.js';

const conversation = (id: string): ConversationAccount => ({
  id,
  isGroup: false,
  conversationType: 'personal',
  name: '',
});

/**
 * The person's channel for proactive turns, in memory: a conversation is reachable once
 * `reach(id)` was called (as if its reference had been stored); `failing` makes every
 * delivery fail. An optional middleware stands in for the send path.
 */
export class TestProactiveMessenger implements ProactiveMessenger {
  readonly adapter = new TestAdapter();
  failing: string | undefined;
  private readonly reachable = new Set<string>();

  constructor(sendPath?: Middleware) {
    if (sendPath) this.adapter.use(sendPath);
  }

  reach(conversationId: string): void {
    this.reachable.add(conversationId);
  }

  async continue(
    conversationId: string,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<ProactiveOutcome> {
    if (!this.reachable.has(conversationId)) return { status: 'no_conversation' };
    if (this.failing) return { status: 'failed', error: this.failing };
    await this.adapter.processActivity(
      { type: ActivityTypes.Event, name: 'continueConversation', conversation: conversation(conversationId) },
      logic,
    );
    return { status: 'sent' };
  }

  /** The message texts delivered proactively since the last call. */
  delivered(): string[] {
    return this.adapter.activeQueue
      .splice(0)
      .filter((a) => a.type === ActivityTypes.Message)
      .map((a) => a.text ?? '');
  }
}

export interface HandoffHarnessOptions {
  /** AGENT_HOURS (default `always`). */
  agentHours?: string;
  /** HANDOFF_CALLBACK_AFTER_SECONDS (default 300). */
  callbackAfterSeconds?: number;
  /** The guardrail check of agents' text (default: the real one). */
  check?: CheckFn;
  /** A middleware standing in for the send path of proactive turns. */
  sendPath?: Middleware;
  /** The services' options (clock, environment, accounts): see DialogHarness. */
  dialog?: DialogHarnessOptions;
  /** The conversation's verified session on proactive turns (default: none wired). */
  audience?: VerifiedAudienceReader;
}

/**
 * The agent desk's classes on real in-memory services and nothing else of the app: the SQLite
 * handoff store, the template responder, a manual clock, the transcript in memory, and the
 * person's channel as botbuilder TestAdapters (one for their own turns, one for proactive ones).
 *
 *   const h = new HandoffHarness();
 *   const entry = h.queue('c1');
 *   await h.desk.accept('c1', 'alice');
 *   expect(h.proactive.delivered()).toHaveLength(1);
 */
export class HandoffHarness {
  /** The services (stores, policy, responder, clock) a dialog would have. */
  readonly dialogs: DialogHarness;
  readonly store: SqliteHandoffStore;
  readonly transcript = new MemoryTranscriptSink();
  readonly proactive: TestProactiveMessenger;
  readonly relay: HandoffRelay;
  readonly desk: HandoffDesk;
  /** The person's own turns (messages they send). */
  readonly person = new TestAdapter();

  constructor(options: HandoffHarnessOptions = {}) {
    this.dialogs = new DialogHarness(options.dialog);
    const services = this.dialogs.services;
    this.store = new SqliteHandoffStore(this.dialogs.db);
    this.proactive = new TestProactiveMessenger(options.sendPath);
    this.relay = new HandoffRelay({
      store: this.store,
      services,
      transcript: this.transcript,
      proactive: this.proactive,
      check: options.check ?? guardrailCheck,
      serviceNumbers: ['95555'],
      paymentChannels: paymentChannelTerms(services.settings.paymentChannels ?? []),
      ...(options.audience ? { audience: options.audience } : {}),
    });
    this.desk = new HandoffDesk({
      store: this.store,
      relay: this.relay,
      clock: services.clock,
      logger: services.logger,
      hours: parseAgentHours(options.agentHours ?? 'always'),
      callbackAfterSeconds: options.callbackAfterSeconds ?? 300,
    });
  }

  get clock(): DialogHarness['clock'] {
    return this.dialogs.clock;
  }

  /** Queues a conversation for agents (reachable proactively) and returns its entry. */
  async queue(conversationId: string, over: Partial<NewHandoff> = {}): Promise<HandoffEntry> {
    this.proactive.reach(conversationId);
    const queued = await this.store.enqueue(
      {
        conversationId,
        channelId: 'test',
        accountId: 'A-1001',
        reason: 'requested',
        priority: 1,
        summary: 'A-1001 · verified · requested',
        locale: 'zh-CN',
        verified: false,
        guard: undefined,
        ...over,
      },
      this.clock.now(),
    );
    return queued.entry;
  }

  /** The conversation's open handoff, as the store has it now. */
  async entry(conversationId: string): Promise<HandoffEntry> {
    const entry = await this.store.open(conversationId);
    if (!entry) throw new Error(`HandoffHarness: ${conversationId} has no open handoff`);
    return entry;
  }

  /** Everything relayed while the conversation is held (person, bot and agent), in order. */
  async messages(entry: HandoffEntry): Promise<Pick<HandoffMessage, 'from' | 'text'>[]> {
    const messages = await this.store.messages(entry.handoffId, 0, 500);
    return messages.map(({ from, text }) => ({ from, text }));
  }

  /** The `handoff.<step>` traces recorded for the conversation, in order. */
  steps(conversationId: string): string[] {
    return this.transcript
      .conversationRecords(conversationId)
      .filter((a) => a.type === ActivityTypes.Trace && a.name?.startsWith('handoff.'))
      .map((a) => a.name ?? '');
  }

  /** One turn of the person's (a message, or any activity); returns what the turn sent. */
  async turn(
    conversationId: string,
    activity: string | Partial<Activity>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<Partial<Activity>[]> {
    const incoming =
      typeof activity === 'string' ? { type: ActivityTypes.Message, text: activity } : activity;
    await this.person.processActivity({ ...incoming, conversation: conversation(conversationId) }, logic);
    return this.person.activeQueue.splice(0);
  }
}
