import {
  ComponentDialog,
  Dialog,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { randomUUID } from 'node:crypto';
import { noticeJurisdiction } from '../core/jurisdiction.js';
import { asksDisputeStatus, disputeKindOf } from '../language/offline/disputeKind.js';
import { normalise } from '../language/offline/index.js';
import { asksNoWorkplaceCallsFor } from '../language/offline/workplaceCalls.js';
import { careInterrupt, crisisFollowup } from './care.js';
import { listenBeforeMoney } from './careGate.js';
import { sayWhatWeRemember } from './memory.js';
import { keepCurrentPlan } from './supersede.js';
import { COLLECTION_DIALOG, MAIN_FLOW, NEGOTIATION_DIALOG, VERIFICATION_DIALOG } from './ids.js';
import { NegotiationDialog } from './negotiationDialog.js';
import { recordCease } from './ceaseContact.js';
import { notePaymentBeforeVerified, pauseReason } from './paymentClaim.js';
import { answerFor, worriesInOrder } from './questions.js';
import type { DialogServices } from './services.js';
import { say, turnAccount, turnCase, turnUnderstanding } from './turn.js';
import { holderTakesOver, thirdPartyReply } from './thirdParty.js';
import { unknownPersonReply } from './unknownPerson.js';
import { VerificationDialog } from './verificationDialog.js';

const REMEMBERED = 'remembered';

/** Where ComponentDialog keeps its inner dialog state in its instance's state (its own key). */
const PERSISTED_DIALOG_STATE = 'dialogs';

/** The inner dialog stack the outer context's active instance holds, if any. */
function innerStackOf(outerDC: DialogContext): unknown {
  const state: unknown = outerDC.activeDialog?.state;
  if (typeof state !== 'object' || state === null) return undefined;
  const inner: unknown = (state as Record<string, unknown>)[PERSISTED_DIALOG_STATE];
  return typeof inner === 'object' && inner !== null
    ? (inner as { dialogStack?: unknown }).dialogStack
    : undefined;
}

/**
 * The whole conversation: opening, verification, negotiation — with the interruptions a person
 * may raise at any point (distress, stop contacting me, dispute, a human, "are you a bot?")
 * handled first, whatever step the conversation is in.
 */
export class CollectionDialog extends ComponentDialog {
  /** Each outer dialog context's inner one (see `createChildContext`). */
  private readonly inner = new WeakMap<DialogContext, DialogContext>();

  constructor(private readonly services: DialogServices) {
    super(COLLECTION_DIALOG);
    this.addDialog(
      new WaterfallDialog(MAIN_FLOW, [
        this.openStep.bind(this),
        this.afterVerificationStep.bind(this),
        this.negotiateStep.bind(this),
        this.finalStep.bind(this),
      ]),
    );
    this.addDialog(new VerificationDialog(services));
    this.addDialog(new NegotiationDialog(services));
    this.initialDialogId = MAIN_FLOW;
  }

  /**
   * The inner dialog context for `outerDC`, made once per outer context: botbuilder asks for it
   * twice a turn (the activity-received event walks to the leaf, then `continueDialog`), and each
   * DialogContext builds a state manager and registers the dialogs' components again. The same
   * one is handed back while the outer context's active instance still keeps the same inner
   * stack, which is all a new one would hold (a DialogContext keeps no other state of its own).
   */
  override createChildContext(outerDC: DialogContext): DialogContext {
    const made = this.inner.get(outerDC);
    if (made && made.stack === innerStackOf(outerDC)) return made;
    const dc = super.createChildContext(outerDC);
    this.inner.set(outerDC, dc);
    return dc;
  }

  protected override async onBeginDialog(
    innerDc: DialogContext,
    options?: object,
  ): Promise<DialogTurnResult> {
    if (await this.interrupt(innerDc)) return Dialog.EndOfTurn;
    return super.onBeginDialog(innerDc, options);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    if (await this.interrupt(innerDc)) return Dialog.EndOfTurn;
    // A first message answered by an interruption left the flow unstarted: start it now, so the
    // next message is never left without a reply.
    if (!innerDc.activeDialog) return innerDc.beginDialog(MAIN_FLOW);
    return super.onContinueDialog(innerDc);
  }

  private async openStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = turnCase(step.context);
    const account = turnAccount(step.context);
    if (!account) {
      await unknownPersonReply(step.context, this.services);
      return step.endDialog();
    }
    if (state.thirdParty && !holderTakesOver(step)) {
      await thirdPartyReply(step, this.services);
      return step.endDialog();
    }
    await this.ensureOpened(step);
    return step.beginDialog(VERIFICATION_DIALOG);
  }

  private async afterVerificationStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result !== true) return step.endDialog();
    // Verified after words of distress: confirmed, and still nothing about the account or money.
    if (turnCase(step.context).crisis) {
      await crisisFollowup(step, this.services, true);
      return step.endDialog();
    }
    const account = turnAccount(step.context);
    // A returning holder with a promise or a cease-contact request hears it first; the
    // negotiation then starts on their next message (next step).
    if (account && (await sayWhatWeRemember(step.context, this.services, account))) {
      (step.values as Record<string, unknown>)[REMEMBERED] = true;
      return Dialog.EndOfTurn;
    }
    return step.beginDialog(NEGOTIATION_DIALOG);
  }

  private async negotiateStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if ((step.values as Record<string, unknown>)[REMEMBERED] !== true) return step.next(step.result);
    return step.beginDialog(NEGOTIATION_DIALOG);
  }

  private async finalStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.endDialog();
  }

  /** The opening (who is writing, why, recording, how to stop) is the first thing a holder sees. */
  private async ensureOpened(dc: DialogContext): Promise<void> {
    const state = turnCase(dc.context);
    const account = turnAccount(dc.context);
    if (state.opened || !account) return;
    state.opened = true;
    const jurisdiction = noticeJurisdiction(account, this.services.settings.defaultJurisdiction ?? 'CN');
    await say(dc.context, this.services, { kind: 'opening', jurisdiction });
  }

  /** Handles what may interrupt any step. True when the turn is answered. */
  private async interrupt(dc: DialogContext): Promise<boolean> {
    const u = turnUnderstanding(dc.context);
    if (!u) return false;
    const state = turnCase(dc.context);
    const account = turnAccount(dc.context);
    const s = this.services;
    if (await careInterrupt(dc, s, () => this.ensureOpened(dc))) return true;
    if (await listenBeforeMoney(dc, s)) return true;
    if (await keepCurrentPlan(dc, s, account)) return true;
    switch (u.intent) {
      case 'distress':
      case 'hardship':
        return false;
      case 'stop_contact':
        // "stop calling her office" from a third party: answered by the third-party reply (conv15b).
        if (state.thirdParty && asksNoWorkplaceCallsFor(normalise(dc.context.activity.text ?? '')))
          return false;
        await this.ensureOpened(dc);
        await recordCease(
          s,
          dc.context.activity,
          state.verified ? account?.accountId : undefined,
          account?.accountId,
          'chat',
        );
        await say(dc.context, s, { kind: 'cease_contact_confirmed' });
        return true;
      case 'dispute':
        return this.dispute(dc);
      case 'request_human':
        await this.ensureOpened(dc);
        await s.escalator.escalate(dc.context, state, 'requested', 'the person asked for a human');
        return true;
      case 'ask_if_bot':
        await this.ensureOpened(dc);
        await say(dc.context, s, { kind: 'bot_identity' });
        await this.resume(dc);
        return true;
      case 'verify_bank':
        await this.ensureOpened(dc);
        await say(dc.context, s, { kind: 'verify_bank' });
        await this.resume(dc);
        return true;
      case 'ask_how_to_pay':
      case 'ask_hotline':
      case 'ask_fees':
      case 'ask_credit_record':
      case 'ask_third_parties':
      case 'ask_legal':
      case 'ask_missed_payment':
      case 'ask_plan':
      case 'ask_why_owed':
        return this.questionBeforeVerification(dc);
      case 'already_paid':
        return this.paidBeforeVerification(dc);
      case 'greeting':
      case 'provide_id':
      case 'not_holder':
      case 'ask_balance':
      case 'ask_consequences':
      case 'offer_payment':
      case 'accept':
      case 'decline':
      case 'choose_option':
      case 'request_waiver':
      case 'defer':
      case 'goodbye':
      case 'unknown':
        return false;
    }
  }

  /**
   * A question before verification gets its general answer (no account figure), then the
   * verification question again. A verified holder's questions are the negotiation's to answer;
   * a third party's, the flow's (they learn nothing).
   */
  private async questionBeforeVerification(dc: DialogContext): Promise<boolean> {
    const state = turnCase(dc.context);
    const u = turnUnderstanding(dc.context);
    if (!u || state.verified || state.thirdParty || !turnAccount(dc.context)) return false;
    const answer = await answerFor(this.services, u.intent, undefined, '', dc.context.activity.text ?? '');
    await this.ensureOpened(dc);
    const answers = answer ? await worriesInOrder(dc, this.services, u.intent, answer) : [];
    for (const a of answers)
      await say(dc.context, this.services, { kind: 'answer', answer: a, verified: false });
    await this.resume(dc);
    return true;
  }

  /**
   * "I already paid" before verification (conv18): noted, to be recorded once verified, with no
   * payment request; then the verification question. A verified holder's claim is the negotiation's.
   */
  private async paidBeforeVerification(dc: DialogContext): Promise<boolean> {
    const state = turnCase(dc.context);
    if (state.verified || state.thirdParty || state.lockedUntil || !turnAccount(dc.context)) return false;
    await this.ensureOpened(dc);
    await notePaymentBeforeVerified(dc, this.services);
    await this.resume(dc);
    return true;
  }

  /** After an answered aside before verification, the question the conversation was waiting on. */
  private async resume(dc: DialogContext): Promise<void> {
    const state = turnCase(dc.context);
    if (!turnAccount(dc.context) || state.verified || state.thirdParty || state.lockedUntil) return;
    const attemptsLeft = Math.max(this.services.settings.maxVerifyAttempts - state.failures, 0);
    await say(dc.context, this.services, { kind: 'ask_verification', attemptsLeft });
  }

  private async dispute(dc: DialogContext): Promise<boolean> {
    const state = turnCase(dc.context);
    const account = turnAccount(dc.context);
    const s = this.services;
    if (!account || state.thirdParty) return false;
    await this.ensureOpened(dc);
    const text = dc.context.activity.text ?? '';
    // "Any update on my dispute?": before verification, verify first (the standing then tells it);
    // after, where it stands. Nothing new is recorded.
    if (asksDisputeStatus(text) && !state.lockedUntil) {
      if (!state.verified) {
        await this.resume(dc);
        return true;
      }
      if (await s.stores.disputes.hasOpen(account.accountId)) {
        await say(dc.context, s, {
          kind: 'collection_paused',
          reason: await pauseReason(s, account.accountId),
        });
        return true;
      }
    }
    const disputeId = `D-${randomUUID().slice(0, 8).toUpperCase()}`;
    const disputeKind = disputeKindOf(text);
    await s.stores.disputes.open({
      disputeId,
      accountId: account.accountId,
      conversationId: dc.context.activity.conversation?.id,
      text,
      createdAt: s.clock.now().toISOString(),
      kind: disputeKind,
    });
    await say(dc.context, s, { kind: 'dispute_recorded', disputeId, disputeKind });
    await s.escalator.escalate(dc.context, state, 'dispute', `the person disputes the debt (${disputeKind})`);
    return true;
  }
}
