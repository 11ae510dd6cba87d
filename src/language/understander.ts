import type { Understanding, UnderstandContext } from './understanding.js';

/** Turns what the person wrote into an intent and slots. Offline rules, or the model. */
export interface Understander {
  understand(text: string, context: UnderstandContext): Promise<Understanding>;
}
