import { ADDRESSEE_CHECKS } from './structureAddressee.js';
import { CLAIM_CHECKS } from './structureClaims.js';
import { FACT_CHECKS } from './structureFacts.js';
import { HARM_CHECKS } from './structureHarm.js';
import { LEGAL_CHECKS } from './structureLegal.js';
import { PRETEXT_CHECKS } from './structurePretext.js';
import { RELAY_ZH_CHECKS } from './structureRelayZh.js';
import { SMEAR_ZH_CHECKS } from './structureSmearZh.js';
import { VEILED_CHECKS } from './structureVeiled.js';
import type { StructuralCheck } from './structureTypes.js';

/** Every structural check, in the order they run (structure.ts) and are woken (wake.ts). */
export const STRUCTURAL_CHECKS: readonly StructuralCheck[] = [
  ...ADDRESSEE_CHECKS,
  ...CLAIM_CHECKS,
  ...HARM_CHECKS,
  ...VEILED_CHECKS,
  ...LEGAL_CHECKS,
  ...FACT_CHECKS,
  ...PRETEXT_CHECKS,
  ...RELAY_ZH_CHECKS,
  ...SMEAR_ZH_CHECKS,
];
