/**
 * All wording the bot sends: offline reply templates per act and locale, the fixed legal
 * disclosures, suggested-action labels and the safe fallback message. Plain types only.
 */
export type { WordingContext, TemplateInfo, Wording } from './wording.js';
export { renderTemplate } from './render.js';
export {
  DISCLOSURES,
  debtCollectionNotice,
  fixedSentences,
  noticeSentences,
  type Disclosures,
} from './disclosures.js';
export { templateInfo, ACT_KINDS, SAFE_MESSAGE_INFO } from './versions.js';
export { safeMessage } from './safe.js';
export { suggestionsFor, SUGGESTION_LABELS } from './suggestions.js';
export { HANDOFF_OUTCOMES, handoffOutcome, type HandoffOutcome } from './outcomes.js';
export { countWords, durationWords } from './numberWords.js';
