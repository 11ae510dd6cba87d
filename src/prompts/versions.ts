import type { ActKind } from '../core/act.js';
import type { TemplateInfo } from './wording.js';

/**
 * Template versions, one per act kind (both locales share it). Bump a kind's version whenever its
 * wording changes in either locale, so transcripts can tell which text a person saw. The Record
 * type makes a missing kind a compile error.
 */
const VERSIONS: Readonly<Record<ActKind, number>> = {
  opening: 2,
  ask_verification: 1,
  verification_failed: 1,
  verification_locked: 1,
  third_party: 4,
  unknown_person: 2,
  private_only: 1,
  verified: 2,
  account_summary: 1,
  consequences: 2,
  ask_affordability: 1,
  plan_offers: 4,
  plan_confirm: 1,
  plan_agreed: 2,
  plan_declined: 1,
  plan_impasse: 1,
  waiver_refused: 1,
  dispute_recorded: 2,
  cease_contact_confirmed: 1,
  human_requested: 1,
  distress_support: 2,
  bot_identity: 1,
  collection_paused: 4,
  clarify: 2,
  goodbye: 3,
  payment_claimed: 3,
  reminder: 2,
  handoff_queued: 2,
  handoff_callback_offer: 1,
  handoff_message_left: 1,
  handoff_accepted: 1,
  handoff_returned: 1,
  hardship_ack: 4,
  crisis_followup: 2,
  verify_bank: 2,
  plan_status: 1,
  answer: 1,
  ask_intent: 1,
  ask_payment_date: 1,
  promise_recorded: 1,
  listen: 2,
  promise_status: 1,
  plan_replace_confirm: 2,
};

/** Every act kind, in declaration order (for tests and tools that walk all templates). */
export const ACT_KINDS: readonly ActKind[] = Object.keys(VERSIONS) as ActKind[];

/**
 * The id and version of the offline template for an act kind, recorded with each bot message.
 *
 *   templateInfo('opening') // { id: 'opening', version: 1 }
 */
export function templateInfo(kind: ActKind): TemplateInfo {
  return { id: kind, version: VERSIONS[kind] };
}

/** Version of the fixed reply used when everything else is blocked. */
export const SAFE_MESSAGE_INFO: TemplateInfo = { id: 'safe_message', version: 1 };
