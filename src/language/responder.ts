import type { Act } from '../core/act.js';
import type { Locale } from '../core/locale.js';
import type { GuardContext, Verdict } from '../guardrails/types.js';

/** What a reply's wording may rely on besides the act. */
export interface RespondContext {
  locale: Locale;
  /** Whether the person is verified (from the dialog state, never from the model). */
  verified: boolean;
  /** A short, masked history for the model: the last few turns. */
  history?: { role: 'user' | 'bot'; text: string }[];
  /** Absolute time (ms since epoch) by which the reply must be ready. */
  deadline?: number;
}

export interface ModelUsage {
  model: string;
  promptId: string;
  promptVersion: number;
  inputTokens?: number;
  outputTokens?: number;
  latencyMs: number;
  /** Why the model's words were not used, when they were not. */
  fallbackReason?: string;
}

/** Everything a reviewer needs to see why this text was sent. */
export interface ReplyTrace {
  act: Act;
  guardContext: GuardContext;
  template: { id: string; version: number };
  /** Which wording was sent: the model's, a regenerated one, the template, or the safe message. */
  sent: 'model' | 'regenerated' | 'template' | 'safe_message';
  attempts: { source: string; text: string; verdict: Verdict }[];
  audit?: unknown;
  model?: ModelUsage;
  latencyMs: number;
}

export interface Reply {
  text: string;
  /** Suggested-action labels (plan choices, yes/no) for channels that show buttons. */
  suggestions: string[];
  trace: ReplyTrace;
}

/**
 * Words an act. The offline implementation renders the act's template; the model
 * implementation asks the model and falls back to the template. Either way the text has passed
 * guardrail enforcement before it is returned.
 */
export interface Responder {
  respond(act: Act, context: RespondContext): Promise<Reply>;
}
