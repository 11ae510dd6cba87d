/**
 * Limits every channel applies to what a person sends, so the work per message is bounded.
 * /api/messages, Direct Line and WeChat refuse longer text with a 4xx.
 */
export const MAX_MESSAGE_TEXT_CHARS = 5000;
