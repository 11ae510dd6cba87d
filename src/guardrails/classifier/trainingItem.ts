import type { Category } from '../types.js';
import type { Lang } from './augment.js';

/** One row the classifier trains on (data.ts builds them, compose.ts joins them, train.ts vectorises them). */
export interface TrainingItem {
  text: string;
  lang: Lang;
  /** undefined: lawful text. */
  category?: Category;
  /** Which core template it came from (folds split by template, never inside one). */
  template: string;
  how: string;
  /** A composed row's sentences, by template (compose.ts). */
  parts?: string[];
}
