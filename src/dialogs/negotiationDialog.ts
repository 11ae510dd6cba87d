import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { accountFacts, offerRequestFrom } from './facts.js';
import { randomUUID } from 'node:crypto';
import type { AccountFacts, Act, PlanOffer } from '../core/act.js';
import { localDate } from '../core/dates.js';
import type { Understanding } from '../language/understanding.js';
import type { OfferRequest } from '../policy/index.js';
import type { Account } from '../store/accounts.js';
import type { CaseState } from './caseState.js';
import { NEGOTIATION_DIALOG } from './ids.js';
import {
  consequencesOnce,
  downPayment,
  payInFull,
  recordFullPromise,
  wantsFullPayment,
} from './paymentShapes.js';
import { QUESTION_INTENTS, answerVerified } from './questions.js';
import { planStanding } from '../payments/standing.js';
import type { DialogServices } from './services.js';
import { confirmReplacement } from './supersede.js';
import { say, turnAccount, turnCase, turnUnderstanding } from './turn.js';

const PREVIOUS_FALLBACK = 'collections.previousFallback';

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
 * comes from `policy/`; nothing the person says can buy a waiver.
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
      const facts = accountFacts(account, this.today(account));
      if (await this.sayWhereThingsStand(dc, account)) return Dialog.EndOfTurn;
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
    const state = turnCase(dc.context);
    const facts = accountFacts(account, this.today(account));
    const today = this.today(account);
    const n = state.negotiation;
    dc.context.turnState.set(PREVIOUS_FALLBACK, state.lastFallback);
    state.lastFallback = undefined;
    // While a dispute is open, collection is paused: no plan is offered, amounts are not budgets.
    if (PAYMENT_INTENTS.has(u.intent) && this.services.stores.disputes.hasOpen(account.accountId)) {
      return say(dc.context, this.services, { kind: 'collection_paused', reason: 'dispute' });
    }
    // "Say the plan again" before it is agreed: the plan being confirmed, or the options on the table.
    if (u.intent === 'ask_plan' && n.stage === 'confirming' && n.pending) {
      return say(dc.context, this.services, {
        kind: 'plan_confirm',
        currency: facts.currency,
        offer: n.pending,
      });
    }
    if (u.intent === 'ask_plan' && n.stage === 'offered' && n.offers.length > 0)
      return this.sayOffers(dc, facts, n.offers, true);
    if (QUESTION_INTENTS.has(u.intent) && (await answerVerified(dc, this.services, u.intent, facts, today)))
      return;
    switch (u.intent) {
      case 'ask_balance':
        return say(dc.context, this.services, { kind: 'account_summary', account: facts });
      case 'ask_consequences': {
        const brief = state.consequencesShown === true;
        state.consequencesShown = true;
        return say(dc.context, this.services, {
          kind: 'consequences',
          ...this.services.policy.consequences(facts, today),
          ...(brief ? { brief } : {}),
        });
      }
      case 'request_waiver':
        await say(dc.context, this.services, { kind: 'waiver_refused' });
        return n.offers.length > 0 && n.stage === 'offered'
          ? this.sayOffers(dc, facts, n.offers, true)
          : say(dc.context, this.services, { kind: 'ask_affordability' });
      case 'choose_option':
        return this.choose(dc, facts, u.slots.optionIndex);
      case 'accept':
        return this.accept(dc, account, facts);
      case 'decline':
        return this.decline(dc, facts, u, today);
      case 'goodbye':
        return say(dc.context, this.services, { kind: 'goodbye' });
      case 'already_paid':
        this.recordPaymentClaim(dc, account, u);
        return say(dc.context, this.services, { kind: 'payment_claimed' });
      case 'ask_how_to_pay':
      case 'ask_hotline':
      case 'ask_fees':
      case 'ask_credit_record':
      case 'ask_third_parties':
      case 'ask_legal':
      case 'ask_missed_payment':
      case 'ask_plan':
      case 'ask_why_owed':
        return this.fallback(dc, 'clarify');
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
      case 'unknown': {
        if (await downPayment(dc, this.services, facts, u, today)) return;
        if (wantsFullPayment(u, facts)) return payInFull(dc, this.services, facts, u.slots.date, today);
        const request = offerRequestFrom(u);
        if (request) return this.counter(dc, facts, request, today);
        if (u.slots.optionIndex !== undefined && n.stage === 'offered')
          return this.choose(dc, facts, u.slots.optionIndex);
        // "What are my options?": the policy's default menu.
        if (u.intent === 'offer_payment') return this.counter(dc, facts, {}, today);
        return this.fallback(dc, n.stage === 'asked' ? 'ask_affordability' : 'clarify');
      }
    }
  }

  private async counter(
    dc: DialogContext,
    facts: AccountFacts,
    request: OfferRequest,
    today: string,
  ): Promise<void> {
    const state = turnCase(dc.context);
    const n = state.negotiation;
    const outcome = this.services.policy.nextCounterOffer(facts, n.progress, request, today);
    n.progress = outcome.negotiation;
    switch (outcome.step) {
      case 'offers':
      case 'counter':
        n.stage = 'offered';
        n.offers = outcome.result.offers;
        n.pending = undefined;
        return say(dc.context, this.services, {
          kind: 'plan_offers',
          currency: facts.currency,
          offers: outcome.result.offers,
          ...(request.affordableCents !== undefined ? { affordableCents: request.affordableCents } : {}),
          fits: outcome.result.fits,
        });
      case 'impasse':
        return this.impasse(dc);
    }
  }

  private async sayOffers(
    dc: DialogContext,
    facts: AccountFacts,
    offers: PlanOffer[],
    fits: boolean,
  ): Promise<void> {
    return say(dc.context, this.services, { kind: 'plan_offers', currency: facts.currency, offers, fits });
  }

  private async choose(dc: DialogContext, facts: AccountFacts, index: number | undefined): Promise<void> {
    const n = turnCase(dc.context).negotiation;
    const offer = index !== undefined ? n.offers[index - 1] : undefined;
    if (!offer) {
      return n.offers.length > 0
        ? this.sayOffers(dc, facts, n.offers, true)
        : say(dc.context, this.services, { kind: 'ask_affordability' });
    }
    n.pending = offer;
    n.pendingWords = undefined;
    n.stage = 'confirming';
    return say(
      dc.context,
      this.services,
      ...consequencesOnce(this.services, dc, facts, this.today(turnAccountOrThrow(dc))),
      {
        kind: 'plan_confirm',
        currency: facts.currency,
        offer,
      },
    );
  }

  private async accept(dc: DialogContext, account: Account, facts: AccountFacts): Promise<void> {
    const state = turnCase(dc.context);
    const n = state.negotiation;
    // "Yes" to one offer chooses it; to several, the person is asked which (never option 1 by default).
    if (n.stage === 'offered' && n.offers.length === 1) return this.choose(dc, facts, 1);
    if (n.stage === 'offered' && n.offers.length > 1) return this.sayOffers(dc, facts, n.offers, true);
    if (n.stage !== 'confirming' || !n.pending) {
      return n.stage === 'agreed'
        ? say(dc.context, this.services, { kind: 'goodbye' })
        : this.fallback(dc, 'ask_affordability');
    }
    if (n.pending.kind === 'full') return recordFullPromise(dc, this.services, account, n.pending);
    const replacing = await confirmReplacement(dc, this.services, account, n.pending);
    if (!replacing) return;
    const planId = `P-${randomUUID().slice(0, 8).toUpperCase()}`;
    this.services.stores.plans.record({
      planId,
      accountId: account.accountId,
      conversationId: dc.context.activity.conversation?.id,
      offer: n.pending,
      currency: account.currency,
      createdAt: this.services.clock.now().toISOString(),
    });
    const offer = n.pending;
    n.stage = 'agreed';
    n.agreedPlanId = planId;
    n.pending = undefined;
    return say(dc.context, this.services, {
      kind: 'plan_agreed',
      currency: facts.currency,
      offer,
      planId,
      ...replacing,
    });
  }

  private async decline(
    dc: DialogContext,
    facts: AccountFacts,
    u: Understanding,
    today: string,
  ): Promise<void> {
    const state = turnCase(dc.context);
    const request = offerRequestFrom(u);
    if (request) return this.counter(dc, facts, request, today);
    const n = state.negotiation;
    n.progress = { ...n.progress, rounds: n.progress.rounds + 1 };
    if (n.progress.rounds >= this.services.policy.settings.maxCounterOffers) return this.impasse(dc);
    const refusedToPay = n.stage === 'asked' || n.stage === 'none';
    n.stage = 'asked';
    n.pending = undefined;
    // A refusal before any offer hears the consequences (once in full, then briefly).
    if (refusedToPay) {
      const brief = state.consequencesShown === true;
      state.consequencesShown = true;
      return say(
        dc.context,
        this.services,
        {
          kind: 'consequences',
          ...this.services.policy.consequences(facts, today),
          ...(brief ? { brief } : {}),
        },
        { kind: 'ask_affordability' },
      );
    }
    return say(dc.context, this.services, { kind: 'plan_declined' }, { kind: 'ask_affordability' });
  }

  private async impasse(dc: DialogContext): Promise<void> {
    const state = turnCase(dc.context);
    state.negotiation.stage = 'impasse';
    await say(dc.context, this.services, { kind: 'plan_impasse' });
    await this.services.escalator.escalate(
      dc.context,
      state,
      'impasse',
      'no allowed plan fits what the person can pay',
    );
  }

  /** The catch-all reply; the same one twice in a row becomes a short menu with a person. */
  private async fallback(dc: DialogContext, kind: 'ask_affordability' | 'clarify'): Promise<void> {
    const state = turnCase(dc.context);
    const repeated = dc.context.turnState.get<string | undefined>(PREVIOUS_FALLBACK) === kind;
    state.lastFallback = repeated ? 'menu' : kind;
    const act: Act = repeated
      ? { kind: 'clarify', verified: true, menu: true }
      : kind === 'clarify'
        ? { kind: 'clarify', verified: true }
        : { kind: 'ask_affordability' };
    return say(dc.context, this.services, act);
  }

  /**
   * A returning holder hears where things stand before anything else: an open dispute (collection
   * paused) or the agreed plan and its next instalment. True when that was said.
   */
  private async sayWhereThingsStand(dc: DialogContext, account: Account): Promise<boolean> {
    const s = this.services;
    const facts = accountFacts(account, this.today(account));
    if (s.stores.disputes.hasOpen(account.accountId)) {
      await say(
        dc.context,
        s,
        { kind: 'verified', account: facts },
        { kind: 'collection_paused', reason: 'dispute' },
      );
      return true;
    }
    // The plan that still sets the schedule (active, partly kept or broken), and its next
    // instalment as the payments feed left it: what is still open on it, not the scheduled amount.
    const plan = s.stores.plans.currentFor(account.accountId);
    if (!plan) return false;
    const today = this.today(account);
    const open = planStanding(s.stores, account.accountId, today)?.plan?.next;
    const next = open ? { seq: open.seq, dueDate: open.dueDate, amountCents: open.openCents } : undefined;
    turnCase(dc.context).negotiation.agreedPlanId = plan.planId;
    await say(
      dc.context,
      s,
      { kind: 'verified', account: facts },
      {
        kind: 'plan_status',
        currency: plan.currency,
        planId: plan.planId,
        offer: plan.offer,
        ...(next ? { next } : {}),
      },
    );
    return true;
  }

  /** "I already paid (2000 yesterday)": recorded as a payment claim, which pauses collection while checked. */
  private recordPaymentClaim(dc: DialogContext, account: Account, u: Understanding): void {
    const { amountCents, date } = u.slots;
    const said = [
      amountCents !== undefined ? `amount ${amountCents} cents` : '',
      date !== undefined ? `paid on ${date}` : '',
    ].filter(Boolean);
    const words = dc.context.activity.text ?? '';
    this.services.stores.disputes.open({
      disputeId: `D-${randomUUID().slice(0, 8).toUpperCase()}`,
      accountId: account.accountId,
      conversationId: dc.context.activity.conversation?.id,
      text: said.length > 0 ? `${words} [${said.join(', ')}]` : words,
      createdAt: this.services.clock.now().toISOString(),
      kind: 'payment_claim',
    });
  }

  private today(account: Account): string {
    return localDate(this.services.clock.now(), account.timeZone);
  }
}

function turnAccountOrThrow(dc: DialogContext): Account {
  const account = turnAccount(dc.context);
  if (!account)
    throw new Error(
      'no account in a negotiation turn: the flow starts negotiation only for a verified holder',
    );
  return account;
}

export type { CaseState };
export { accountFacts, offerRequestFrom } from './facts.js';
