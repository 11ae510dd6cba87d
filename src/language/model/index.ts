/**
 * The model path of `language/`: understanding and wording through langchain (ChatOpenAI or any
 * OpenAI-compatible server), guarded, deadline-bound, with the offline rules and templates as
 * the fallback for every message.
 */
export {
  createLanguage,
  type Language,
  type LanguageConfig,
  type LanguageOptions,
} from './createLanguage.js';
export { createChatModel, modelName, providerBody, ModelConfigError, type ModelConfig } from './chatModel.js';
export {
  ModelUnderstander,
  type ModelUnderstanderOptions,
  type ModelUnderstandContext,
  type UnderstandRecord,
  agreedLanguage,
} from './modelUnderstander.js';
export { ModelResponder, type ModelResponderOptions } from './modelResponder.js';
export { ModelJudge, type JudgeCalls } from './modelJudge.js';
export {
  ModelHealth,
  offlineHealth,
  MODEL_PURPOSES,
  type ModelHealthStatus,
  type ModelPurpose,
  type PurposeStatus,
  type ModelProfileStatus,
} from './modelHealth.js';
export { ModelCapabilities, type Capabilities, type Support, type ProbeSettings } from './capabilities.js';
export {
  StructuredCaller,
  STRUCTURED_METHODS,
  extractJson,
  jsonSchemaOf,
  type StructuredMethod,
  type StructuredOutcome,
} from './structuredOutput.js';
export { chatOnce, type ChatRunnable } from './chatCall.js';
export { callWithinDeadline, type CallBudget, type CallOutcome } from './deadlineCall.js';
export { classifyModelError, retryAfterMs, type ModelFailure, type ClassifiedError } from './modelErrors.js';
export { BuiltPrompt, PromptDefinitionError, asData } from './promptTemplates.js';
export { checkDraft, cleanDraft, type DraftExpectations } from './draftChecks.js';
