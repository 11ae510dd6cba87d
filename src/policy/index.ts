/** Deterministic business rules: consequences, repayment offers and plans, negotiation bounds. */
export { ConfiguredRepaymentPolicy, type RepaymentPolicy } from './repaymentPolicy.js';
export { DEFAULT_POLICY_SETTINGS, policySettingsFromConfig, type PolicySettings } from './settings.js';
export { startNegotiation } from './negotiation.js';
export { MAX_OFFERS } from './offers.js';
export { latestOneOffDate, isWithinExtensionWindow } from './plans.js';
export { mulDivHalfUp, splitWithRemainderFirst } from './arithmetic.js';
export type {
  Consequences,
  CounterOutcome,
  Negotiation,
  NoFitReason,
  OfferRequest,
  OfferResult,
  PlanOutcome,
  PlanRefusal,
} from './types.js';
