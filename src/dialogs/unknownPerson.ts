import type { TurnContext } from 'botbuilder';
import type { UnknownPersonForm } from '../core/act.js';
import type { DialogServices } from './services.js';
import { say, turnCase, turnUnderstanding } from './turn.js';

/**
 * The form of the reply in a chat bound to no account (conv15): the first carries the opening
 * disclosure; then ID digits are answered (they cannot be checked from here), anything else with
 * why nothing is shared here and where help is; never the form of the reply just before.
 */
export function unknownPersonForm(
  last: UnknownPersonForm | undefined,
  gaveDigits: boolean,
): UnknownPersonForm {
  if (last === undefined) return 'first';
  const wanted: UnknownPersonForm = gaveDigits ? 'digits' : 'details';
  if (wanted !== last) return wanted;
  return 'again';
}

/** Replies in a chat bound to no account: nothing about an account, never the same reply twice. */
export async function unknownPersonReply(context: TurnContext, s: DialogServices): Promise<void> {
  const state = turnCase(context);
  const gaveDigits = turnUnderstanding(context)?.slots.last4 !== undefined;
  const form = unknownPersonForm(state.unknownForm, gaveDigits);
  state.unknownForm = form;
  await say(context, s, { kind: 'unknown_person', form });
}
