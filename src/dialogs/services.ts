import type { Logger } from 'pino';
import type { HandoffReason, PaymentChannel, ServiceHours } from '../core/act.js';
import type { Clock } from '../core/clock.js';
import type { Jurisdiction } from '../core/jurisdiction.js';
import type { Understander } from '../language/understander.js';
import type { Responder } from '../language/responder.js';
import type { RepaymentPolicy } from '../policy/index.js';
import type { Stores } from '../store/stores.js';
import type { TurnContext } from 'botbuilder';
import type { CaseState } from './caseState.js';

export interface DialogSettings {
  maxVerifyAttempts: number;
  lockMinutes: number;
  /** Rough wait for a human agent, told to the person. */
  humanEtaMinutes: number;
  crisisLine: { 'zh-CN': string; en: string };
  /** After this many consecutive guardrail fallbacks the bot asks a human to take over. */
  maxGuardFallbacks: number;
  /** How to pay the bank (PAYMENT_CHANNELS), told to whoever asks. */
  paymentChannels?: PaymentChannel[];
  /** DEFAULT_JURISDICTION (issue 20): the notices' jurisdiction when no account is bound; CN when unset. */
  defaultJurisdiction?: Jurisdiction;
  /** When the service line answers (SERVICE_HOURS, else AGENT_HOURS), told to whoever asks. */
  serviceHours?: ServiceHours;
}

/** Escalation to people: records it (and, with the agent console, queues it for an agent). */
export interface Escalator {
  escalate(context: TurnContext, state: CaseState, reason: HandoffReason, note: string): Promise<void>;
}

/** What the dialogs use. Dialogs decide acts; these compute, word and store. */
export interface DialogServices {
  stores: Stores;
  policy: RepaymentPolicy;
  responder: Responder;
  understander: Understander;
  escalator: Escalator;
  clock: Clock;
  logger: Logger;
  settings: DialogSettings;
  /** Milliseconds a turn may take before the template reply must go out. */
  turnDeadlineMs: number;
}
