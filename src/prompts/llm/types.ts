import type { Locale } from '../../core/locale.js';

/**
 * A prompt for the model, kept as versioned data. Each message is a langchain f-string template
 * ("{name}" is a variable; literal braces are written "{{" and "}}"). `variables` declares every
 * variable the messages use: the builder in `language/model` refuses a prompt whose templates
 * use any other (a test renders every prompt with exactly these).
 *
 * Bump `version` whenever any message changes: transcripts record `id` and `version` with each
 * model-worded reply, so a reviewer can tell which instructions produced it.
 */
export interface LlmPrompt {
  readonly id: string;
  readonly version: number;
  readonly variables: readonly string[];
  readonly messages: readonly LlmMessage[];
}

export interface LlmMessage {
  readonly role: 'system' | 'human' | 'ai';
  readonly template: string;
}

/** One prompt per locale, sharing an id and version. */
export type LocalePrompts = Readonly<Record<Locale, LlmPrompt>>;

/**
 * Markers around text that is data, never instructions (the person's words, earlier turns, the
 * approved reference wording). The builder strips any marker a person types, so their words
 * cannot close the block early.
 */
export const DATA_MARKERS = {
  message: ['<<<CUSTOMER_MESSAGE', 'CUSTOMER_MESSAGE>>>'],
  history: ['<<<CONVERSATION', 'CONVERSATION>>>'],
  reference: ['<<<REFERENCE', 'REFERENCE>>>'],
  reply: ['<<<REPLY', 'REPLY>>>'],
} as const;
