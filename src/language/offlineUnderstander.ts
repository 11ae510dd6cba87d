import { understandOffline } from './offline/index.js';
import type { Understander } from './understander.js';
import type { Understanding, UnderstandContext } from './understanding.js';

/** Rules for intents and slots in zh-CN and English; no network. */
export class OfflineUnderstander implements Understander {
  async understand(text: string, context: UnderstandContext): Promise<Understanding> {
    return understandOffline(text, context);
  }
}
