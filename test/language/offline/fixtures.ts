import type { Intent, Slots, UnderstandContext } from '../../../src/language/understanding.js';

/** Saturday 28 November 2026, 10:00 in Shanghai: every relative date in these tables resolves from it. */
export const ctx: UnderstandContext = {
  now: new Date('2026-11-28T10:00:00+08:00'),
  timeZone: 'Asia/Shanghai',
};

/** One row: what the person types, the intent, and (when given) exactly the slots expected. */
export type Row = [text: string, intent: Intent, slots?: Slots];
