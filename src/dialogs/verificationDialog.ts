import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { VERIFICATION_DIALOG } from './ids.js';
import type { VerificationOutcome, VerificationPolicy } from '../store/verificationAttempts.js';
import type { DialogServices } from './services.js';
import { carryConcernToAccount } from './care.js';
import { thirdPartyReply, tookOver } from './thirdParty.js';
import { say, turnAccount, turnCase, turnUnderstanding } from './turn.js';

/**
 * Asks for the last 4 digits of the holder's ID number and checks them. Ends with `true` once
 * verified, `false` when the person says they are not the holder. Too many failures lock
 * verification for a while and ask a human to help. Nothing about the account is said here.
 */
export class VerificationDialog extends Dialog {
  constructor(private readonly services: DialogServices) {
    super(VERIFICATION_DIALOG);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.step(dc);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.step(dc);
  }

  private async step(dc: DialogContext): Promise<DialogTurnResult> {
    const state = turnCase(dc.context);
    if (state.verified) return dc.endDialog(true);
    const u = turnUnderstanding(dc.context);
    // "This is John now, 4321" after a relative wrote: checked as an answer (holderTakesOver).
    if (u?.intent === 'not_holder' && !tookOver(dc)) {
      await thirdPartyReply(dc, this.services);
      return dc.endDialog(false);
    }
    if (await this.sayIfLocked(dc)) return Dialog.EndOfTurn;
    const last4 = u?.slots.last4;
    if (!last4) {
      await this.ask(dc);
      return Dialog.EndOfTurn;
    }
    return this.check(dc, last4);
  }

  /**
   * Asks for the digits; asked again without an answer ("?", "??"), the wording alternates, so
   * the same message never comes twice in a row.
   */
  private async ask(dc: DialogContext): Promise<void> {
    const mine = dc.activeDialog?.state as { asks?: number } | undefined;
    const asks = mine?.asks ?? 0;
    if (mine) mine.asks = asks + 1;
    const again = asks % 2 === 1;
    await say(dc.context, this.services, {
      kind: 'ask_verification',
      attemptsLeft: await this.attemptsLeft(dc),
      ...(again ? { again } : {}),
    });
  }

  private async check(dc: DialogContext, last4: string): Promise<DialogTurnResult> {
    const state = turnCase(dc.context);
    const account = turnAccount(dc.context);
    const correct = account !== undefined && last4.toUpperCase() === account.idLast4.toUpperCase();
    const outcome = await this.record(dc, correct);
    switch (outcome.status) {
      case 'verified':
        state.verified = true;
        state.failures = 0;
        state.lockedUntil = undefined;
        await carryConcernToAccount(dc, this.services);
        return dc.endDialog(true);
      case 'failed':
        state.failures = this.services.settings.maxVerifyAttempts - outcome.attemptsLeft;
        await say(dc.context, this.services, {
          kind: 'verification_failed',
          attemptsLeft: outcome.attemptsLeft,
        });
        return Dialog.EndOfTurn;
      case 'locked': {
        state.lockedUntil = outcome.until.toISOString();
        const minutes = Math.max(
          Math.ceil((outcome.until.getTime() - this.services.clock.now().getTime()) / 60_000),
          1,
        );
        await say(dc.context, this.services, { kind: 'verification_locked', minutes });
        if (outcome.newly) {
          const again = outcome.lockNumber > 1 ? ` (lock ${outcome.lockNumber} in a row)` : '';
          const note = `${this.services.settings.maxVerifyAttempts} failed attempts${again}`;
          await this.services.escalator.escalate(dc.context, state, 'verification_failed', note);
        }
        return Dialog.EndOfTurn;
      }
    }
  }

  /**
   * Counts the attempt against the account (every conversation and channel shares the count,
   * checked and moved atomically in the store); a conversation with no account counts alone.
   */
  private async record(dc: DialogContext, correct: boolean): Promise<VerificationOutcome> {
    const account = turnAccount(dc.context);
    const { clock, settings, stores } = this.services;
    const now = clock.now();
    if (account) {
      const activity = dc.context.activity;
      return stores.verification.attempt(account.accountId, correct, policyOf(settings), now, {
        conversationId: activity.conversation?.id,
        channelId: activity.channelId,
      });
    }
    const state = turnCase(dc.context);
    state.failures += 1;
    if (state.failures < settings.maxVerifyAttempts) {
      return { status: 'failed', attemptsLeft: settings.maxVerifyAttempts - state.failures };
    }
    state.failures = 0;
    return {
      status: 'locked',
      until: new Date(now.getTime() + settings.lockMinutes * 60_000),
      newly: true,
      lockNumber: 1,
    };
  }

  /** While locked (for the account, or this conversation without one), every message gets the lock notice. */
  private async sayIfLocked(dc: DialogContext): Promise<boolean> {
    const until = await this.lockedUntil(dc);
    const left = until === undefined ? 0 : until - this.services.clock.now().getTime();
    if (left <= 0) return false;
    await say(dc.context, this.services, { kind: 'verification_locked', minutes: Math.ceil(left / 60_000) });
    return true;
  }

  private async lockedUntil(dc: DialogContext): Promise<number | undefined> {
    const account = turnAccount(dc.context);
    const state = turnCase(dc.context);
    if (!account) return state.lockedUntil ? Date.parse(state.lockedUntil) : undefined;
    const status = await this.services.stores.verification.status(
      account.accountId,
      policyOf(this.services.settings),
      this.services.clock.now(),
    );
    state.lockedUntil = status.status === 'locked' ? status.until.toISOString() : undefined;
    return status.status === 'locked' ? status.until.getTime() : undefined;
  }

  private async attemptsLeft(dc: DialogContext): Promise<number> {
    return verificationAttemptsLeft(
      this.services,
      turnAccount(dc.context)?.accountId,
      turnCase(dc.context).failures,
    );
  }
}

/** Attempts left before the lock: the account's shared count, or this conversation's without an account. */
export async function verificationAttemptsLeft(
  services: DialogServices,
  accountId: string | undefined,
  conversationFailures: number,
): Promise<number> {
  const { maxVerifyAttempts } = services.settings;
  if (!accountId) return Math.max(maxVerifyAttempts - conversationFailures, 0);
  const status = await services.stores.verification.status(
    accountId,
    policyOf(services.settings),
    services.clock.now(),
  );
  return status.status === 'open' ? status.attemptsLeft : 0;
}

function policyOf(settings: DialogServices['settings']): VerificationPolicy {
  return { maxAttempts: settings.maxVerifyAttempts, lockMinutes: settings.lockMinutes };
}
