export { CollectionDialog } from './collectionDialog.js';
export { VerificationDialog } from './verificationDialog.js';
export { NegotiationDialog, accountFacts, offerRequestFrom } from './negotiationDialog.js';
export { RecordingEscalator, escalationSummary } from './recordingEscalator.js';
export {
  newCaseState,
  remember,
  HISTORY_LENGTH,
  type CaseState,
  type NegotiationState,
  type HistoryEntry,
} from './caseState.js';
export type { DialogServices, DialogSettings, Escalator } from './services.js';
export {
  say,
  turnCase,
  turnAccount,
  turnUnderstanding,
  CASE_KEY,
  ACCOUNT_KEY,
  UNDERSTANDING_KEY,
} from './turn.js';
export { OUTBOUND_META_KEY, GUARD_DEFAULTS_KEY, withMeta, takeMeta, type OutboundMeta } from './outbound.js';
export * from './ids.js';
