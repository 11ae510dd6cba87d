/**
 * The guardrail layer: a pure library (no I/O) every outbound message passes.
 *
 *   check(text, context)      synchronous rule verdict
 *   enforce(options)          check → regenerate → template → safe message, with an audit event
 *   scanInbound(text)         prompt-injection / manipulation finding on the person's message
 */
export type * from './types.js';
export { CATEGORIES } from './types.js';
export { check, ruleChecker, POLICY_VERSION, maskDigits } from './check.js';
export {
  enforce,
  judgeText,
  modelChecker,
  type EnforceOptions,
  type EnforcementResult,
  type TextJudgement,
} from './enforce.js';
export type {
  Attempt,
  AttemptSource,
  AuditEvent,
  AuditSpan,
  DetectorRun,
  DraftSource,
  EnforcementOutcome,
} from './audit.js';
export { scanInbound, type InboundScan } from './inbound.js';
export { normalise, originalSpan, compact, type NormalisedText, type CompactText } from './normalise.js';
export {
  findMentions,
  parseChineseNumber,
  parseEnglishNumber,
  decimalToCents,
  type Mention,
} from './numbers.js';
export { findIdentifiers, isChineseId, passesLuhn, type IdentifierHit } from './identifiers.js';
export { wordLists } from './engine.js';
export { RULE_CATALOGUE, type RuleInfo } from './catalogue.js';
export { guidanceFor, type Guidance } from './guidance.js';
