import type { TurnContext } from 'botbuilder';
import type { Clock } from '../../core/clock.js';
import type { Logger } from 'pino';
import {
  agentsOnDuty,
  callbackAnswer,
  type AcceptOutcome,
  type AgentHours,
  type HandoffEntry,
  type HandoffStore,
  type ReleaseOutcome,
} from '../../handoff/index.js';
import type { AgentSendOutcome, HandoffRelay } from './relay.js';

export interface DeskDeps {
  store: HandoffStore;
  relay: HandoffRelay;
  clock: Clock;
  logger: Logger;
  hours: AgentHours;
  /** Offer a callback when nobody accepted within this many seconds. */
  callbackAfterSeconds: number;
}

/**
 * What happens to a conversation between the queue and the return to the bot: the person's
 * messages while it is held, the callback offer, an agent accepting, writing and releasing.
 * Plain results; the HTTP routes and the middleware translate them.
 */
export class HandoffDesk {
  constructor(private readonly deps: DeskDeps) {}

  get store(): HandoffStore {
    return this.deps.store;
  }

  get relay(): HandoffRelay {
    return this.deps.relay;
  }

  /** Whether agents are on duty now (AGENT_HOURS). */
  onDuty(): boolean {
    return agentsOnDuty(this.deps.hours, this.deps.clock.now());
  }

  /**
   * A message from the person of a held conversation: kept for the agent; while still queued,
   * the callback offer when it is due, or the answer to it.
   */
  async holdMessage(context: TurnContext, entry: HandoffEntry): Promise<void> {
    const { store, clock, relay } = this.deps;
    const activity = context.activity;
    const attachments = activity.attachments?.length ?? 0;
    const text = (activity.text ?? '').trim() || (attachments > 0 ? `[${attachments} attachment(s)]` : '');
    if (text === '') return;
    await store.appendMessage(entry.handoffId, 'person', text, clock.now());
    if (entry.status !== 'queued') return;
    if (entry.callback === 'offered') {
      const answer = callbackAnswer(text) === 'callback' ? 'requested' : 'message_left';
      if (!(await store.setCallback(entry.handoffId, 'offered', answer, clock.now()))) return;
      relay.trace(entry, answer === 'requested' ? 'callback_requested' : 'message_left', {});
      await relay.sayInTurn(context, entry, { kind: 'handoff_message_left' });
      return;
    }
    if (entry.callback === 'none' && this.callbackDue(entry)) {
      if (!(await store.setCallback(entry.handoffId, 'none', 'offered', clock.now()))) return;
      relay.trace(entry, 'callback_offered', { onDuty: this.onDuty() });
      await relay.sayInTurn(context, entry, { kind: 'handoff_callback_offer' });
    }
  }

  /** Offers a callback (proactively) to every queued person who has waited too long. */
  async offerDueCallbacks(): Promise<number> {
    const { store, clock, relay } = this.deps;
    const due = this.onDuty()
      ? await store.dueForCallbackOffer(clock.now(), this.deps.callbackAfterSeconds)
      : await store.dueForCallbackOffer(clock.now(), 0);
    let offered = 0;
    for (const entry of due) {
      if (!(await store.setCallback(entry.handoffId, 'none', 'offered', clock.now()))) continue;
      relay.trace(entry, 'callback_offered', { onDuty: this.onDuty() });
      const outcome = await relay.sayProactively(entry, { kind: 'handoff_callback_offer' });
      if (outcome.status === 'sent') offered++;
    }
    return offered;
  }

  /** An agent takes a queued conversation; the person is told a person has joined. */
  async accept(conversationId: string, agent: string): Promise<AcceptOutcome> {
    const outcome = await this.deps.store.accept(conversationId, agent, this.deps.clock.now());
    if (outcome.status === 'accepted') {
      const waitedSeconds = secondsBetween(outcome.entry.queuedAt, this.deps.clock.now());
      this.deps.relay.trace(outcome.entry, 'accepted', { agent, waitedSeconds });
      this.deps.logger.info({ conversationId, agent, waitedSeconds }, 'handoff accepted');
      await this.deps.relay.sayProactively(outcome.entry, { kind: 'handoff_accepted' });
    }
    return outcome;
  }

  /**
   * An agent's reply; blocked text is not delivered (see HandoffRelay.sendAgentText), nor text
   * whose conversation this agent no longer holds by the time it is checked (`closed`).
   */
  async agentMessage(entry: HandoffEntry, agent: string, text: string): Promise<AgentSendOutcome> {
    const stillHeld = async (): Promise<boolean> => {
      const now = await this.deps.store.access(entry.conversationId, agent);
      return now.status === 'ok' && now.entry.handoffId === entry.handoffId;
    };
    return this.deps.relay.sendAgentText(entry, agent, text, stillHeld);
  }

  /** The agent ends the handoff; the bot resumes with a short note to the person. */
  async release(conversationId: string, agent: string, outcome: string): Promise<ReleaseOutcome> {
    const released = await this.deps.store.release(conversationId, agent, outcome, this.deps.clock.now());
    if (released.status === 'released') {
      this.deps.relay.trace(released.entry, 'released', { agent, outcome });
      this.deps.logger.info({ conversationId, agent }, 'handoff released');
      await this.deps.relay.sayProactively(released.entry, { kind: 'handoff_returned', outcome });
    }
    return released;
  }

  /** Seconds the conversation has waited (or waited until accepted). */
  waitingSeconds(entry: HandoffEntry): number {
    return secondsBetween(
      entry.queuedAt,
      entry.acceptedAt ? new Date(entry.acceptedAt) : this.deps.clock.now(),
    );
  }

  private callbackDue(entry: HandoffEntry): boolean {
    return (
      !this.onDuty() ||
      secondsBetween(entry.queuedAt, this.deps.clock.now()) >= this.deps.callbackAfterSeconds
    );
  }
}

function secondsBetween(fromIso: string, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - Date.parse(fromIso)) / 1000));
}
