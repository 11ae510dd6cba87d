import { ABUSE_LEXICON, ABUSE_RULES } from './abuse.js';
import { COMMITMENT_RULES } from './commitment.js';
import { DISCRIMINATION_RULES } from './discrimination.js';
import { FAMILY_RULES_CLAIMS } from './familiesClaims.js';
import { FAMILY_RULES_EN } from './familiesEn.js';
import { FAMILY_RULES_INDIRECT } from './familiesIndirect.js';
import { FAMILY_RULES_ZH } from './familiesZh.js';
import { HARASSMENT_RULES } from './harassment.js';
import { IDENTITY_RULES } from './identity.js';
import { LEGAL_RULES } from './legal.js';
import { CREDENTIAL_RULES, UNVERIFIED_RULES } from './disclosure.js';
import { PRIVACY_RULES } from './privacy.js';
import { declared } from './declarations.js';
import type { LexiconRule, LexiconRuleSpec, PatternRule, PatternRuleSpec } from './ruleTypes.js';
import { STRUCT_ABUSE_RULES } from './structAbuse.js';
import { STRUCT_COMMITMENT_RULES } from './structCommitment.js';
import { STRUCT_EVASION_RULES } from './structEvasion.js';
import { STRUCT_GROUP_RULES } from './structGroups.js';
import { STRUCT_IDIOM_RULES } from './structIdioms.js';
import { STRUCT_IMPLIED_RULES } from './structImplied.js';
import { STRUCT_LEGAL_RULES } from './structLegal.js';
import { STRUCT_MISREP_RULES } from './structMisrep.js';
import { STRUCT_PRESSURE_RULES } from './structPressure.js';
import { STRUCT_PRIVACY_RULES } from './structPrivacy.js';
import { STRUCT_REGISTER_RULES } from './structRegister.js';
import { STRUCT_THREAT_RULES } from './structThreat.js';
import { STRUCT_VEILED_RULES } from './structVeiled.js';
import { STRUCT_RELAY_RULES } from './structRelay.js';
import { STRUCT_MASK_RULES } from './structMasks.js';
import { STRUCT_PHRASING_ZH_RULES } from './structPhrasingZh.js';
import { STRUCT_MENACE_RULES } from './structMenace.js';
import { STRUCT_ESCALATION_RULES } from './structEscalation.js';
import { STRUCT_SMEAR_RULES } from './structSmears.js';
import { STRUCT_PROBE_RULES } from './structProbes.js';
import { STRUCT_ROUND15_RULES } from './structRound15.js';
import { STRUCT_ROUND16_RULES } from './structRound16.js';
import { STRUCT_ROUND16_EN_RULES } from './structRound16En.js';
import { STRUCT_ROUND16_EN_CLAIMS } from './structRound16EnClaims.js';
import { STRUCT_ROUND16_EN_MORE } from './structRound16EnMore.js';
import { STRUCT_ROUND16_EN_SEEN } from './structRound16EnSeen.js';
import { STRUCT_ROUND18_RULES } from './structRound18.js';
import { STRUCT_ROUND19_RULES } from './structRound19.js';
import { STRUCT_ROUND19_EN } from './structRound19En.js';
import { STRUCT_ROUND19B_EN, STRUCT_ROUND19B_RULES } from './structRound19b.js';
import { STRUCT_ROUND20B_EN, STRUCT_ROUND20B_RULES } from './structRound20b.js';
import { STRUCT_S12_EN, STRUCT_S12_RULES } from './structS12.js';
import { STRUCT_REGISTER12_RULES } from './structRegister12.js';
import { STRUCT_REGISTER12_EN } from './structRegister12En.js';
import { STRUCT_REGISTER12_EN_MORE } from './structRegister12EnMore.js';
import { STRUCT_REGISTER13_EN } from './structRegister13.js';
import { STRUCT_REGISTER13_TAUNTS } from './structRegister13Taunts.js';
import { STRUCT_REGISTER13_ZH } from './structRegister13Zh.js';
import { STRUCT_S13_EN } from './structS13En.js';
import { STRUCT_LEGAL13_EN } from './structLegal13.js';
import { STRUCT_VOICE13_EN } from './structVoice13.js';
import { STRUCT_RW13B_ZH } from './structRw13bZh.js';
import { STRUCT_S14_EN, STRUCT_S14_RULES } from './structS14.js';
import { STRUCT_RW14_ZH } from './structRw14Zh.js';
import { STRUCT_RW14_ZH_CASE } from './structRw14ZhCase.js';
import { STRUCT_RW14_ZH_SHAME } from './structRw14ZhShame.js';
import { STRUCT_RW14_EN } from './structRw14En.js';
import { STRUCT_RW14_EN_THIRD } from './structRw14EnThird.js';
import { STRUCT_RW14C_ZH } from './structRw14c.js';
import { STRUCT_RW14C_EN } from './structRw14cEn.js';
import { STRUCT_G15_RULES } from './structG15.js';
import { STRUCT_G15_EN } from './structG15En.js';
import { STRUCT_RW15_ZH } from './structRw15.js';
import { STRUCT_RW15_EN } from './structRw15En.js';
import { STRUCT_RW15B_ZH } from './structRw15b.js';
import { STRUCT_RW15B_EN } from './structRw15bEn.js';
import { STRUCT_THIRD_PARTY_ZH } from './structThirdPartyZh.js';
import { STRUCT_HARM_EN } from './structHarmEn.js';
import { STRUCT_CHARGES_EN } from './structChargesEn.js';
import { STRUCT_SMEAR_EN } from './structSmearEn.js';
import { STRUCT_MASK_DASH_EN } from './structMaskDashEn.js';
import { STRUCT_RELAY_CONTACTS_EN } from './structRelayContactsEn.js';
import { THREAT_RULES } from './threat.js';

export type { Lang, LexiconRule, PatternRule } from './ruleTypes.js';
export { DECLARATIONS, declared, type RuleDeclaration } from './declarations.js';

/** Rules whose act the person may ask for or book (a visit by appointment): see `isRequested`. */
const REQUESTABLE: ReadonlySet<string> = new Set(['threat.visit']);

function resolve<T extends { id: string }>(spec: T): T & Pick<PatternRule, 'category' | 'severity'> {
  const { category, severity } = declared(spec.id);
  return REQUESTABLE.has(spec.id)
    ? { ...spec, category, severity, requestable: true }
    : { ...spec, category, severity };
}

/** Every regex rule, in a fixed order (the order of findings in a verdict). */
const PATTERN_SPECS: readonly PatternRuleSpec[] = [
  ...THREAT_RULES,
  ...LEGAL_RULES,
  ...PRIVACY_RULES,
  ...CREDENTIAL_RULES,
  ...UNVERIFIED_RULES,
  ...ABUSE_RULES,
  ...HARASSMENT_RULES,
  ...DISCRIMINATION_RULES,
  ...IDENTITY_RULES,
  ...COMMITMENT_RULES,
  ...FAMILY_RULES_ZH,
  ...FAMILY_RULES_EN,
  ...FAMILY_RULES_INDIRECT,
  ...FAMILY_RULES_CLAIMS,
  ...STRUCT_PRIVACY_RULES,
  ...STRUCT_THREAT_RULES,
  ...STRUCT_LEGAL_RULES,
  ...STRUCT_ABUSE_RULES,
  ...STRUCT_COMMITMENT_RULES,
  ...STRUCT_EVASION_RULES,
  ...STRUCT_IMPLIED_RULES,
  ...STRUCT_REGISTER_RULES,
  ...STRUCT_IDIOM_RULES,
  ...STRUCT_PRESSURE_RULES,
  ...STRUCT_MISREP_RULES,
  ...STRUCT_GROUP_RULES,
  ...STRUCT_VEILED_RULES,
  ...STRUCT_RELAY_RULES,
  ...STRUCT_MASK_RULES,
  ...STRUCT_PHRASING_ZH_RULES,
  ...STRUCT_MENACE_RULES,
  ...STRUCT_ESCALATION_RULES,
  ...STRUCT_SMEAR_RULES,
  ...STRUCT_PROBE_RULES,
  ...STRUCT_ROUND15_RULES,
  ...STRUCT_ROUND16_RULES,
  ...STRUCT_ROUND16_EN_RULES,
  ...STRUCT_ROUND16_EN_CLAIMS,
  ...STRUCT_ROUND16_EN_MORE,
  ...STRUCT_ROUND16_EN_SEEN,
  ...STRUCT_ROUND18_RULES,
  ...STRUCT_ROUND19_RULES,
  ...STRUCT_ROUND19_EN,
  ...STRUCT_ROUND19B_RULES,
  ...STRUCT_ROUND19B_EN,
  ...STRUCT_ROUND20B_RULES,
  ...STRUCT_ROUND20B_EN,
  ...STRUCT_S12_RULES,
  ...STRUCT_S12_EN,
  ...STRUCT_REGISTER12_RULES,
  ...STRUCT_REGISTER12_EN,
  ...STRUCT_REGISTER12_EN_MORE,
  ...STRUCT_REGISTER13_EN,
  ...STRUCT_REGISTER13_TAUNTS,
  ...STRUCT_REGISTER13_ZH,
  ...STRUCT_S13_EN,
  ...STRUCT_LEGAL13_EN,
  ...STRUCT_VOICE13_EN,
  ...STRUCT_RW13B_ZH,
  ...STRUCT_S14_RULES,
  ...STRUCT_S14_EN,
  ...STRUCT_RW14_ZH,
  ...STRUCT_RW14_ZH_CASE,
  ...STRUCT_RW14_ZH_SHAME,
  ...STRUCT_RW14_EN,
  ...STRUCT_RW14_EN_THIRD,
  ...STRUCT_RW14C_ZH,
  ...STRUCT_RW14C_EN,
  ...STRUCT_G15_RULES,
  ...STRUCT_G15_EN,
  ...STRUCT_RW15_ZH,
  ...STRUCT_RW15_EN,
  ...STRUCT_RW15B_ZH,
  ...STRUCT_RW15B_EN,
  ...STRUCT_THIRD_PARTY_ZH,
  ...STRUCT_HARM_EN,
  ...STRUCT_CHARGES_EN,
  ...STRUCT_SMEAR_EN,
  ...STRUCT_MASK_DASH_EN,
  ...STRUCT_RELAY_CONTACTS_EN,
];

export const PATTERN_RULES: readonly PatternRule[] = PATTERN_SPECS.map(resolve);

const LEXICON_SPECS: readonly LexiconRuleSpec[] = ABUSE_LEXICON;
export const LEXICON_RULES: readonly LexiconRule[] = LEXICON_SPECS.map(resolve);
