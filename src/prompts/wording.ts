import type { ActKind, ActOf } from '../core/act.js';
import type { Locale } from '../core/locale.js';

/**
 * What a template needs besides the act: the reader's language and the bank's own fixed facts
 * (from config). Templates never take any other number than these and the act's fields.
 *
 *   const ctx: WordingContext = { locale: 'zh-CN', bankName: '示例银行', serviceNumber: '400-000-0000', crisisLine: '12356' };
 */
export interface WordingContext {
  locale: Locale;
  bankName: string;
  /** The bank's customer-service number, which any reply may name. */
  serviceNumber: string;
  /** The crisis line for this locale (12356 / 988); used when an act carries none. */
  crisisLine: string;
}

/** A template's identity, recorded in the transcript with each bot message. */
export interface TemplateInfo {
  id: string;
  version: number;
}

/**
 * One locale's wording: a function per act kind. The mapped type makes a missing kind a
 * compile error in every locale.
 */
export type Wording = { [K in ActKind]: (act: ActOf<K>, ctx: WordingContext) => string };
