import type { HardshipKind as ActHardshipKind } from '../../../core/act.js';

/** The hardship kinds the detector names (the act's kinds but 'other'). */
export const HARDSHIP_KINDS = [
  'illness',
  'job_loss',
  'bereavement',
  'divorce',
  'disaster',
  'caring',
  'imprisonment',
  'disability',
] as const satisfies readonly ActHardshipKind[];

export type HardshipKind = (typeof HARDSHIP_KINDS)[number];
