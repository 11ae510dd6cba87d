/**
 * Prompts for the model (langchain f-string templates as versioned data). The offline templates
 * and fixed disclosures stay in `prompts/`; these only tell the model how to word an act or how
 * to read a message.
 */
export { DATA_MARKERS, type LlmMessage, type LlmPrompt, type LocalePrompts } from './types.js';
export { UNDERSTAND_PROMPT } from './understand.js';
export { RESPOND_PROMPTS, RESPOND_RETRY_PROMPTS } from './respond.js';
export { ACT_GUIDES } from './actGuides.js';
export { JUDGE_PROMPT } from './judge.js';
