export * from './types.js';
export { SqliteHandoffStore } from './sqliteHandoffStore.js';
export { agentsOnDuty, parseAgentHours, AgentHoursError, type AgentHours } from './agentHours.js';
export { formatCursor, parseCursor, type CursorOutcome } from './cursor.js';
export { handoffSummary, HANDOFF_PRIORITY, type SummaryInput } from './summary.js';
export { callbackAnswer, type CallbackAnswer } from './callbackAnswer.js';
