import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { accountFacts, offerRequestFrom } from './facts.js';
import { asksDifference, saysPartPayment } from '../language/offline/index.js';
import type { AccountFacts } from '../core/act.js';
import type { Understanding } from '../language/understanding.js';
import type { Account } from '../store/accounts.js';
import type { CaseState } from './caseState.js';
import { NEGOTIATION_DIALOG } from './ids.js';
import { downPayment, fullOptions, fullPayment, offeredFull, payMinimum } from './paymentShapes.js';
import { accept, accountToday, choose, counter, decline, fallback, sayOffers } from './planSteps.js';
import { QUESTION_INTENTS, answerVerified } from './questions.js';
import {
  pauseReason,
  paymentClaimed,
  recordPaymentClaim,
  recordPaymentClaimedBefore,
} from './paymentClaim.js';
import { sayWhereThingsStand } from './returningHolder.js';
import type { DialogServices } from './services.js';
import { say, turnAccount, turnCase, turnOf, turnUnderstanding } from './turn.js';

/** `lastFallback` after the pause or a goodbye: said again right after, in one short line. */
const PAUSED = 'paused';
const GOODBYE = 'goodbye';

/** Intents that would move towards a plan: answered with the pause while a dispute is open. */
const PAYMENT_INTENTS: ReadonlySet<Understanding['intent']> = new Set([
  'offer_payment',
  'choose_option',
  'accept',
  'decline',
  'request_waiver',
  'unknown',
]);

/**
 * After verification: the account summary and consequences, then a repayment plan within the
 * policy — offers, counter-offers, confirmation — until agreement or impasse. Every amount
 * comes from `policy/`; nothing the person says can buy a waiver. The steps live in
 * `planSteps.ts`, the payment shapes in `paymentShapes.ts`, questions in `questions.ts`.
 */
export class NegotiationDialog extends Dialog {
  constructor(private readonly services: DialogServices) {
    super(NEGOTIATION_DIALOG);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = turnCase(dc.context);
    const account = turnAccount(dc.context);
    if (!account) return dc.endDialog();
    if (!state.summaryShown) {
      state.summaryShown = true;
      state.negotiation.stage = 'asked';
      const facts = accountFacts(account, accountToday(this.services, account));
      // "I already paid" said before verification: recorded now, and answered (conv18).
      const claimed = await recordPaymentClaimedBefore(dc, this.services, account);
      if (claimed) {
        await say(dc.context, this.services, { kind: 'verified', account: facts }, claimed);
        return Dialog.EndOfTurn;
      }
      if (await sayWhereThingsStand(dc, this.services, account)) return Dialog.EndOfTurn;
      // Listen first: the summary and an open question; consequences only when asked, on a
      // refusal, or once before a plan is confirmed.
      await say(dc.context, this.services, { kind: 'verified', account: facts }, { kind: 'ask_intent' });
      return Dialog.EndOfTurn;
    }
    return this.continueDialog(dc);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const account = turnAccount(dc.context);
    const u = turnUnderstanding(dc.context);
    if (!account || !u) return Dialog.EndOfTurn;
    await this.handle(dc, account, u);
    return Dialog.EndOfTurn;
  }

  private async handle(dc: DialogContext, account: Account, u: Understanding): Promise<void> {
    const s = this.services;
    const state = turnCase(dc.context);
    const today = accountToday(s, account);
    const facts = accountFacts(account, today);
    const n = state.negotiation;
    turnOf(dc.context).previousFallback = state.lastFallback;
    state.lastFallback = undefined;
    const lastAnswer = state.lastAnswer;
    state.lastAnswer = undefined;
    // While a dispute is open, collection is paused: no plan is offered, amounts are not budgets.
    // Said again right after ("ok", "okay"): one short line, never the same reply twice (conv15).
    const previous = turnOf(dc.context).previousFallback;
    const proof = (dc.context.activity.attachments?.length ?? 0) > 0;
    if ((PAYMENT_INTENTS.has(u.intent) || proof) && (await s.stores.disputes.hasOpen(account.accountId))) {
      // A screenshot or receipt sent for the case (conv15): received and kept, never "noted" alone.
      if (proof) {
        return say(dc.context, s, {
          kind: 'collection_paused',
          reason: await pauseReason(s, account.accountId),
          proof,
        });
      }
      const again = previous === PAUSED;
      if (!again) state.lastFallback = PAUSED;
      return say(dc.context, s, {
        kind: 'collection_paused',
        reason: await pauseReason(s, account.accountId),
        ...(again ? { again } : {}),
      });
    }
    // "Say the plan again" before it is agreed: the plan being confirmed, or the options on the table.
    if (u.intent === 'ask_plan' && n.stage === 'confirming' && n.pending) {
      return say(dc.context, s, { kind: 'plan_confirm', currency: facts.currency, offer: n.pending });
    }
    if (u.intent === 'ask_plan' && n.stage === 'offered' && n.offers.length > 0)
      return sayOffers(dc, s, facts, n.offers, true);
    // "What's the difference between the options?" (even naming them: "方案1和方案3有什么不一样"):
    // the offers on the table compared, never a choice or the fallback (conv18).
    if ((n.stage === 'offered' || n.stage === 'confirming') && n.offers.length > 0) {
      if (asksDifference(dc.context.activity.text ?? '')) {
        n.stage = 'offered';
        n.pending = undefined;
        return say(dc.context, s, {
          kind: 'plan_offers',
          currency: facts.currency,
          offers: n.offers,
          fits: true,
          compare: true,
        });
      }
    }
    state.lastAnswer = lastAnswer;
    if (QUESTION_INTENTS.has(u.intent) && (await answerVerified(dc, s, u.intent, facts, today))) return;
    state.lastAnswer = undefined;
    switch (u.intent) {
      case 'ask_balance':
        return say(dc.context, s, { kind: 'account_summary', account: facts });
      case 'ask_consequences': {
        const brief = state.consequencesShown === true;
        state.consequencesShown = true;
        return say(dc.context, s, {
          kind: 'consequences',
          ...s.policy.consequences(facts, today),
          ...(brief ? { brief } : {}),
        });
      }
      case 'request_waiver':
        await say(dc.context, s, { kind: 'waiver_refused' });
        return n.offers.length > 0 && n.stage === 'offered'
          ? sayOffers(dc, s, facts, n.offers, true)
          : say(dc.context, s, { kind: 'ask_affordability' });
      case 'choose_option':
        return choose(dc, s, facts, u.slots.optionIndex);
      case 'accept': {
        const full = offeredFull(dc, u);
        if (full !== undefined) return choose(dc, s, facts, full);
        // "OK" to "which date?": the full payment by the latest date, and the plans, to choose from.
        if (n.awaitingDate && n.stage === 'asked') return fullOptions(dc, s, facts, today);
        return accept(dc, s, account, facts);
      }
      case 'decline':
        return decline(dc, s, facts, u, today);
      case 'goodbye': {
        const again = previous === GOODBYE;
        if (!again) state.lastFallback = GOODBYE;
        return say(dc.context, s, { kind: 'goodbye', ...(again ? { again } : {}) });
      }
      case 'already_paid':
        await recordPaymentClaim(dc, s, account, u);
        return say(dc.context, s, paymentClaimed(s, account, u, dc.context.activity.text ?? ''));
      case 'defer':
        // "Let me think", "I'll call back": take your time; the offers stay on the table. With a
        // plan already agreed, "nothing is set up" would be untrue: the plain goodbye.
        return say(dc.context, s, { kind: 'goodbye', ...(n.agreedPlanId ? {} : { later: true }) });
      case 'ask_how_to_pay':
      case 'ask_hotline':
      case 'ask_fees':
      case 'ask_credit_record':
      case 'ask_third_parties':
      case 'ask_legal':
      case 'ask_missed_payment':
      case 'ask_plan':
      case 'ask_why_owed':
        return fallback(dc, s, 'clarify');
      case 'offer_payment':
      case 'greeting':
      case 'provide_id':
      case 'not_holder':
      case 'dispute':
      case 'stop_contact':
      case 'request_human':
      case 'distress':
      case 'ask_if_bot':
      case 'hardship':
      case 'verify_bank':
      case 'unknown':
        return this.paymentWords(dc, facts, u, today);
    }
  }

  /** Whatever else was said: a payment shape, a counter-request, an option, or the fallback. */
  private async paymentWords(
    dc: DialogContext,
    facts: AccountFacts,
    u: Understanding,
    today: string,
  ): Promise<void> {
    const s = this.services;
    const n = turnCase(dc.context).negotiation;
    const full = offeredFull(dc, u);
    if (full !== undefined) return choose(dc, s, facts, full);
    if (await downPayment(dc, s, facts, u, today)) return;
    if (await payMinimum(dc, s, facts, u, today)) return;
    if (await fullPayment(dc, s, facts, u, today)) return;
    const request = offerRequestFrom(u);
    if (request) return counter(dc, s, facts, request, today);
    if (u.slots.optionIndex !== undefined && n.stage === 'offered')
      return choose(dc, s, facts, u.slots.optionIndex);
    // "What are my options?": the policy's default menu; "先还一部分" / "pay some of it": without paying it all.
    if (u.intent === 'offer_payment')
      return counter(dc, s, facts, {}, today, saysPartPayment(dc.context.activity.text ?? ''));
    return fallback(dc, s, n.stage === 'asked' ? 'ask_affordability' : 'clarify');
  }
}

export type { CaseState };
export { accountFacts, offerRequestFrom } from './facts.js';
