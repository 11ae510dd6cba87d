export { CollectionDialog } from './collectionDialog.js';
export { recordCease } from './ceaseContact.js';
export { VerificationDialog, verificationAttemptsLeft } from './verificationDialog.js';
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
  beginTurn,
  findTurn,
  turnOf,
  Turn,
  TurnNotBegunError,
  type TurnInit,
} from './turn.js';
export { sendReply, takeReplyMeta, type OutboundMeta } from './outbound.js';
export { escalateAfterTurn, ESCALATION_TRIGGERS } from './escalations.js';
export * from './ids.js';
