import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { VERIFICATION_DIALOG } from './ids.js';
import type { DialogServices } from './services.js';
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
    if (u?.intent === 'not_holder') {
      state.thirdParty = true;
      await say(dc.context, this.services, { kind: 'third_party' });
      return dc.endDialog(false);
    }
    if (await this.sayIfLocked(dc)) return Dialog.EndOfTurn;
    const last4 = u?.slots.last4;
    if (!last4) {
      await say(dc.context, this.services, { kind: 'ask_verification', attemptsLeft: this.attemptsLeft(dc) });
      return Dialog.EndOfTurn;
    }
    return this.check(dc, last4);
  }

  private async check(dc: DialogContext, last4: string): Promise<DialogTurnResult> {
    const state = turnCase(dc.context);
    const account = turnAccount(dc.context);
    if (account && last4.toUpperCase() === account.idLast4.toUpperCase()) {
      state.verified = true;
      state.failures = 0;
      state.lockedUntil = undefined;
      return dc.endDialog(true);
    }
    state.failures += 1;
    const { maxVerifyAttempts, lockMinutes } = this.services.settings;
    if (state.failures >= maxVerifyAttempts) {
      state.lockedUntil = new Date(this.services.clock.now().getTime() + lockMinutes * 60_000).toISOString();
      await say(dc.context, this.services, { kind: 'verification_locked', minutes: lockMinutes });
      await this.services.escalator.escalate(
        dc.context,
        state,
        'verification_failed',
        `${state.failures} failed attempts`,
      );
      return Dialog.EndOfTurn;
    }
    await say(dc.context, this.services, {
      kind: 'verification_failed',
      attemptsLeft: this.attemptsLeft(dc),
    });
    return Dialog.EndOfTurn;
  }

  /** While locked, every message gets the lock notice with the minutes left; then a fresh start. */
  private async sayIfLocked(dc: DialogContext): Promise<boolean> {
    const state = turnCase(dc.context);
    if (!state.lockedUntil) return false;
    const left = Date.parse(state.lockedUntil) - this.services.clock.now().getTime();
    if (left <= 0) {
      state.lockedUntil = undefined;
      state.failures = 0;
      return false;
    }
    await say(dc.context, this.services, { kind: 'verification_locked', minutes: Math.ceil(left / 60_000) });
    return true;
  }

  private attemptsLeft(dc: DialogContext): number {
    return Math.max(this.services.settings.maxVerifyAttempts - turnCase(dc.context).failures, 0);
  }
}
