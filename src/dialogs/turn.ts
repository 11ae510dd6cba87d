import { ActivityTypes, type Activity, type CardAction, type TurnContext } from 'botbuilder';
import type { Act } from '../core/act.js';
import type { GuardContext } from '../guardrails/types.js';
import type { CareAssessment } from '../language/offline/care/index.js';
import type { Understanding } from '../language/understanding.js';
import type { Account } from '../store/accounts.js';
import { remember, type CaseState } from './caseState.js';
import { sendReply } from './outbound.js';
import type { DialogServices } from './services.js';

/** What the bot knows when it begins a turn. */
export interface TurnInit {
  case: CaseState;
  /** The account the person's channel user id names (looked up once per turn). */
  account: Account | undefined;
  /** Wall-clock milliseconds the turn started at (deadlines are real time, not the service clock). */
  startedAt: number;
  /** Milliseconds the turn may take before the template reply must go out (TURN_DEADLINE_MS). */
  deadlineMs: number;
  /**
   * The guard context for outbound text that carries none (agent or system text); without it
   * the send path checks such text as for an unverified person.
   */
  guardDefaults?: () => GuardContext;
}

/** A turn was used before the bot began it: a wiring mistake, not a person's doing. */
export class TurnNotBegunError extends Error {
  readonly code = 'TURN_NOT_BEGUN';
  constructor() {
    super(
      'no Turn for this TurnContext: CollectionBot begins it (beginTurn) before the dialogs run; a test harness must call beginTurn first',
    );
    this.name = 'TurnNotBegunError';
  }
}

/**
 * One turn's seam: the case, the account, what the message was understood to mean, the guard
 * context for text without an act, and the turn's deadline. The bot creates it once per turn
 * (`beginTurn`); dialogs, escalations and the send path read it through `turnOf` / `findTurn`.
 */
export class Turn {
  private understood: Understanding | undefined;
  private careReading: CareAssessment | undefined;
  /** The fallback the previous turn ended with, before this turn's dialog cleared it. */
  previousFallback: string | undefined;

  constructor(private readonly init: TurnInit) {}

  get case(): CaseState {
    return this.init.case;
  }

  get account(): Account | undefined {
    return this.init.account;
  }

  get accountId(): string | undefined {
    return this.init.account?.accountId;
  }

  /** Set once the message has been understood (message turns only). */
  get understanding(): Understanding | undefined {
    return this.understood;
  }

  set understanding(value: Understanding | undefined) {
    this.understood = value;
  }

  /** The care detectors' reading of the message, kept once read (`turnCare` in dialogs/care.ts). */
  get care(): CareAssessment | undefined {
    return this.careReading;
  }

  set care(value: CareAssessment | undefined) {
    this.careReading = value;
  }

  get startedAt(): number {
    return this.init.startedAt;
  }

  /** Wall-clock milliseconds by which the reply must be worded. */
  get deadline(): number {
    return this.init.startedAt + this.init.deadlineMs;
  }

  /** The guard context for outbound text without an act of its own. */
  guardContext(): GuardContext | undefined {
    return this.init.guardDefaults?.();
  }
}

const TURN: unique symbol = Symbol('collections.turn');

/** Creates the turn's seam and attaches it to the TurnContext (the bot, once per turn). */
export function beginTurn(context: TurnContext, init: TurnInit): Turn {
  const turn = new Turn(init);
  context.turnState.set(TURN, turn);
  return turn;
}

/** The turn the bot began, if any (proactive turns of agents have none). */
export function findTurn(context: TurnContext): Turn | undefined {
  const turn: unknown = context.turnState.get(TURN);
  return turn instanceof Turn ? turn : undefined;
}

/** The turn the bot began; throws TurnNotBegunError when there is none. */
export function turnOf(context: TurnContext): Turn {
  const turn = findTurn(context);
  if (!turn) throw new TurnNotBegunError();
  return turn;
}

export function turnCase(context: TurnContext): CaseState {
  return turnOf(context).case;
}

export function turnAccount(context: TurnContext): Account | undefined {
  return findTurn(context)?.account;
}

export function turnUnderstanding(context: TurnContext): Understanding | undefined {
  return findTurn(context)?.understanding;
}

/**
 * Words each act (template or model, guarded) and sends it as its own message, with the trace
 * attached for the send path and the transcript.
 */
export async function say(context: TurnContext, services: DialogServices, ...acts: Act[]): Promise<void> {
  const turn = turnOf(context);
  const state = turn.case;
  for (const act of acts) {
    const reply = await services.responder.respond(act, {
      locale: state.locale,
      verified: state.verified,
      deadline: turn.deadline,
      history: state.history ?? [],
    });
    remember(state, { role: 'bot', text: reply.text });
    state.guardFallbacks =
      reply.trace.sent === 'template' && reply.trace.attempts.length > 1
        ? state.guardFallbacks + 1
        : reply.trace.sent === 'safe_message'
          ? state.guardFallbacks + 1
          : 0;
    const activity: Partial<Activity> = {
      type: ActivityTypes.Message,
      text: reply.text,
      locale: state.locale,
      inputHint: 'acceptingInput',
    };
    if (reply.suggestions.length > 0) {
      const actions: CardAction[] = reply.suggestions.map((title) => ({
        type: 'imBack',
        title,
        value: title,
      }));
      activity.suggestedActions = { actions, to: [] };
    }
    await sendReply(context, activity, { source: 'bot', trace: reply.trace });
  }
}
