import { ActivityTypes, type Activity, type CardAction, type TurnContext } from 'botbuilder';
import type { Act } from '../core/act.js';
import type { Account } from '../store/accounts.js';
import type { Understanding } from '../language/understanding.js';
import { remember, type CaseState } from './caseState.js';
import { withMeta } from './outbound.js';
import type { DialogServices } from './services.js';

/** Turn-scoped values the bot loads before the dialogs run. */
export const CASE_KEY = 'collections.case';
export const ACCOUNT_KEY = 'collections.account';
export const UNDERSTANDING_KEY = 'collections.understanding';

export function turnCase(context: TurnContext): CaseState {
  const state = context.turnState.get<CaseState | undefined>(CASE_KEY);
  if (!state)
    throw new Error('CaseState not loaded for this turn: CollectionBot loads it before dialogs run');
  return state;
}

export function turnAccount(context: TurnContext): Account | undefined {
  return context.turnState.get<Account | undefined>(ACCOUNT_KEY);
}

export function turnUnderstanding(context: TurnContext): Understanding | undefined {
  return context.turnState.get<Understanding | undefined>(UNDERSTANDING_KEY);
}

/**
 * Words each act (template or model, guarded) and sends it as its own message, with the trace
 * attached for the send path and the transcript.
 */
export async function say(context: TurnContext, services: DialogServices, ...acts: Act[]): Promise<void> {
  const state = turnCase(context);
  const started = context.turnState.get<number | undefined>('collections.turnStarted');
  const deadline = (started ?? Date.now()) + services.turnDeadlineMs;
  for (const act of acts) {
    const reply = await services.responder.respond(act, {
      locale: state.locale,
      verified: state.verified,
      deadline,
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
    await context.sendActivity(withMeta(activity, { source: 'bot', trace: reply.trace }));
  }
}
