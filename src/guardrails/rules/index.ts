import { declared } from './declarations.js';
import { ABUSE_LEXICON } from './lexicon.js';
import type { LexiconRule, LexiconRuleSpec, PatternRule, PatternRuleSpec } from './ruleTypes.js';
import { COMMITMENT_CREDIT_RECORD_EN } from './commitment/creditRecordEn.js';
import { COMMITMENT_CREDIT_RECORD_ZH } from './commitment/creditRecordZh.js';
import { COMMITMENT_DEBT_AGENCY_ZH } from './commitment/debtAgencyZh.js';
import { COMMITMENT_DEFERRAL_EN } from './commitment/deferralEn.js';
import { COMMITMENT_DEFERRAL_ZH } from './commitment/deferralZh.js';
import { COMMITMENT_DONE_EN } from './commitment/doneEn.js';
import { COMMITMENT_RELIEF_ZH } from './commitment/reliefZh.js';
import { COMMITMENT_DISCOUNT_EN } from './commitment/discountEn.js';
import { COMMITMENT_DISCOUNT_ZH } from './commitment/discountZh.js';
import { COMMITMENT_SETTLEMENT_EN } from './commitment/settlementEn.js';
import { COMMITMENT_SETTLEMENT_ZH } from './commitment/settlementZh.js';
import { COMMITMENT_WAIVER_EN } from './commitment/waiverEn.js';
import { COMMITMENT_WAIVER_ZH } from './commitment/waiverZh.js';
import { DEFAMATION_CRIMINAL_LABEL_EN } from './defamation/criminalLabelEn.js';
import { DEFAMATION_CRIMINAL_LABEL_ZH } from './defamation/criminalLabelZh.js';
import { DEFAMATION_INSULT_EN } from './defamation/insultEn.js';
import { DEFAMATION_INSULT_ZH } from './defamation/insultZh.js';
import { DEFAMATION_LABEL_EN } from './defamation/labelEn.js';
import { DEFAMATION_LABEL_ZH } from './defamation/labelZh.js';
import { DISCRIMINATION_AGE_EN } from './discrimination/ageEn.js';
import { DISCRIMINATION_AGE_ZH } from './discrimination/ageZh.js';
import { DISCRIMINATION_DISABILITY_EN } from './discrimination/disabilityEn.js';
import { DISCRIMINATION_DISABILITY_ZH } from './discrimination/disabilityZh.js';
import { DISCRIMINATION_IDENTITY_EN } from './discrimination/identityEn.js';
import { DISCRIMINATION_IDENTITY_ZH } from './discrimination/identityZh.js';
import { DISCRIMINATION_REGION_EN } from './discrimination/regionEn.js';
import { DISCRIMINATION_REGION_ZH } from './discrimination/regionZh.js';
import { FALSE_LEGAL_ARREST_EN } from './falseLegal/arrestEn.js';
import { FALSE_LEGAL_ARREST_ZH } from './falseLegal/arrestZh.js';
import { FALSE_LEGAL_BLACKLIST_EN } from './falseLegal/blacklistEn.js';
import { FALSE_LEGAL_BLACKLIST_ZH } from './falseLegal/blacklistZh.js';
import { FALSE_LEGAL_JARGON_EN } from './falseLegal/jargonEn.js';
import { FALSE_LEGAL_COURT_EN } from './falseLegal/courtEn.js';
import { FALSE_LEGAL_COURT_ZH } from './falseLegal/courtZh.js';
import { FALSE_LEGAL_IMPERSONATION_EN } from './falseLegal/impersonationEn.js';
import { FALSE_LEGAL_IMPERSONATION_ZH } from './falseLegal/impersonationZh.js';
import { FALSE_LEGAL_INVENTED_CONSEQUENCE_EN } from './falseLegal/inventedConsequenceEn.js';
import { FALSE_LEGAL_INVENTED_CONSEQUENCE_ZH } from './falseLegal/inventedConsequenceZh.js';
import { HARASSMENT_COERCION_EN } from './harassment/coercionEn.js';
import { HARASSMENT_COERCION_ZH } from './harassment/coercionZh.js';
import { HARASSMENT_BORROW_ZH } from './harassment/borrowZh.js';
import { HARASSMENT_CONTEMPT_EN } from './harassment/contemptEn.js';
import { HARASSMENT_MOCKERY_EN } from './harassment/mockeryEn.js';
import { HARASSMENT_MOCKERY_ZH } from './harassment/mockeryZh.js';
import { HARASSMENT_PRESSURE_EN } from './harassment/pressureEn.js';
import { HARASSMENT_PROFANITY_EN } from './harassment/profanityEn.js';
import { HARASSMENT_PROFANITY_ZH } from './harassment/profanityZh.js';
import { HARASSMENT_PUBLIC_SHAMING_ZH } from './harassment/publicShamingZh.js';
import { HARASSMENT_RELENTLESS_CONTACT_EN } from './harassment/relentlessContactEn.js';
import { HARASSMENT_RELENTLESS_CONTACT_ZH } from './harassment/relentlessContactZh.js';
import { HARASSMENT_SUICIDE_TAUNT_EN } from './harassment/suicideTauntEn.js';
import { HARASSMENT_SUICIDE_TAUNT_ZH } from './harassment/suicideTauntZh.js';
import { MISREPRESENTATION_AUTHORITY_EN } from './misrepresentation/authorityEn.js';
import { MISREPRESENTATION_AUTHORITY_ZH } from './misrepresentation/authorityZh.js';
import { MISREPRESENTATION_ACCOUNT_ACTION_ZH } from './misrepresentation/accountActionZh.js';
import { MISREPRESENTATION_DEBT_RELIEF_ZH } from './misrepresentation/debtReliefZh.js';
import { MISREPRESENTATION_CREDIT_REPAIR_EN } from './misrepresentation/creditRepairEn.js';
import { MISREPRESENTATION_FALSE_CONSEQUENCE_EN } from './misrepresentation/falseConsequenceEn.js';
import { MISREPRESENTATION_FALSE_CONSEQUENCE_ZH } from './misrepresentation/falseConsequenceZh.js';
import { MISREPRESENTATION_FALSE_POLICY_ZH } from './misrepresentation/falsePolicyZh.js';
import { MISREPRESENTATION_FALSE_URGENCY_EN } from './misrepresentation/falseUrgencyEn.js';
import { MISREPRESENTATION_FALSE_URGENCY_ZH } from './misrepresentation/falseUrgencyZh.js';
import { MISREPRESENTATION_HUMAN_CLAIM_EN } from './misrepresentation/humanClaimEn.js';
import { MISREPRESENTATION_HUMAN_CLAIM_ZH } from './misrepresentation/humanClaimZh.js';
import { MISREPRESENTATION_PAYMENT_CHANNEL_EN } from './misrepresentation/paymentChannelEn.js';
import { MISREPRESENTATION_PAYMENT_CHANNEL_ZH } from './misrepresentation/paymentChannelZh.js';
import { MISREPRESENTATION_PAYMENT_STATUS_EN } from './misrepresentation/paymentStatusEn.js';
import { MISREPRESENTATION_PRETEXT_EN } from './misrepresentation/pretextEn.js';
import { MISREPRESENTATION_PAYMENT_STATUS_ZH } from './misrepresentation/paymentStatusZh.js';
import { MISREPRESENTATION_RECORDING_ZH } from './misrepresentation/recordingZh.js';
import { MISREPRESENTATION_UNDISCLOSED_IDENTITY_EN } from './misrepresentation/undisclosedIdentityEn.js';
import { PRIVACY_CREDENTIALS_REQUEST_EN } from './privacy/credentialsRequestEn.js';
import { PRIVACY_CREDENTIALS_REQUEST_ZH } from './privacy/credentialsRequestZh.js';
import { PRIVACY_ROLE_EN } from './privacy/roleEn.js';
import { PRIVACY_PUBLIC_EXPOSURE_EN } from './privacy/publicExposureEn.js';
import { PRIVACY_PUBLIC_EXPOSURE_ZH } from './privacy/publicExposureZh.js';
import { PRIVACY_POSTERS_ZH } from './privacy/postersZh.js';
import { PRIVACY_RELAY_REQUEST_EN } from './privacy/relayRequestEn.js';
import { PRIVACY_RELAY_REQUEST_ZH } from './privacy/relayRequestZh.js';
import { PRIVACY_THIRD_PARTY_EN } from './privacy/thirdPartyEn.js';
import { PRIVACY_THIRD_PARTY_FAMILY_EN } from './privacy/thirdPartyFamilyEn.js';
import { PRIVACY_THIRD_PARTY_FAMILY_ZH } from './privacy/thirdPartyFamilyZh.js';
import { PRIVACY_THIRD_PARTY_WORK_EN } from './privacy/thirdPartyWorkEn.js';
import { PRIVACY_THIRD_PARTY_WORK_ZH } from './privacy/thirdPartyWorkZh.js';
import { PRIVACY_THIRD_PARTY_ZH } from './privacy/thirdPartyZh.js';
import { PRIVACY_UNVERIFIED_DISCLOSURE_EN } from './privacy/unverifiedDisclosureEn.js';
import { PRIVACY_UNVERIFIED_DISCLOSURE_ZH } from './privacy/unverifiedDisclosureZh.js';
import { PROMPT_LEAK_INSTRUCTIONS_EN } from './promptLeak/instructionsEn.js';
import { PROMPT_LEAK_INSTRUCTIONS_ZH } from './promptLeak/instructionsZh.js';
import { STRUCT_MASK_DASH_EN } from './structMaskDashEn.js';
import { STRUCT_MASK_RULES } from './structMasks.js';
import { THREAT_EXPOSURE_EN } from './threat/exposureEn.js';
import { THREAT_EXPOSURE_ZH } from './threat/exposureZh.js';
import { THREAT_FAMILY_LEVERAGE_EN } from './threat/familyLeverageEn.js';
import { THREAT_FAMILY_LEVERAGE_ZH } from './threat/familyLeverageZh.js';
import { THREAT_MENACE_EN } from './threat/menaceEn.js';
import { THREAT_PLAIN_ZH } from './threat/plainZh.js';
import { THREAT_SEIZURE_EN } from './threat/seizureEn.js';
import { FALSE_LEGAL_ESCALATION_EN } from './falseLegal/escalationEn.js';
import { MISREPRESENTATION_DEDUCTION_EN } from './misrepresentation/deductionEn.js';
import { PRIVACY_CONTACTS_EN } from './privacy/contactsEn.js';
import { HARASSMENT_SLIGHT_EN } from './harassment/slightEn.js';
import { DEFAMATION_SEXUAL_SMEAR_EN } from './defamation/sexualSmearEn.js';
import { MISREPRESENTATION_LIMITATION_EN } from './misrepresentation/limitationEn.js';
import { FALSE_LEGAL_ENFORCEMENT_POWER_EN } from './falseLegal/enforcementPowerEn.js';
import { DEFAMATION_WARN_OTHERS_EN } from './defamation/warnOthersEn.js';
import { THREAT_FIELD_TEAM_EN } from './threat/fieldTeamEn.js';
import { HARASSMENT_KEEP_CALLING_EN } from './harassment/keepCallingEn.js';
import { COMMITMENT_RELIEF_DONE_EN } from './commitment/reliefDoneEn.js';
import { MISREPRESENTATION_INVENTED_CHARGE_EN } from './misrepresentation/inventedChargeEn.js';
import { PRIVACY_TO_KIN_EN } from './privacy/toKinEn.js';
import { HARASSMENT_SHAME_EN } from './harassment/shameEn.js';
import { DISCRIMINATION_FAITH_EN } from './discrimination/faithEn.js';
import { MISREPRESENTATION_STAFF_WALLET_EN } from './misrepresentation/staffWalletEn.js';
import { PROMPT_LEAK_GUIDELINES_EN } from './promptLeak/guidelinesEn.js';
import { THREAT_INTIMIDATION_EN } from './threat/intimidationEn.js';
import { THREAT_INTIMIDATION_ZH } from './threat/intimidationZh.js';
import { THREAT_VEILED_EN } from './threat/veiledEn.js';
import { THREAT_VIOLENCE_EN } from './threat/violenceEn.js';
import { THREAT_VIOLENCE_ZH } from './threat/violenceZh.js';
import { THREAT_VISIT_EN } from './threat/visitEn.js';
import { THREAT_VISIT_ZH } from './threat/visitZh.js';
import { THREAT_WATCHING_EN } from './threat/watchingEn.js';
import { THREAT_WATCHING_ZH } from './threat/watchingZh.js';

export type { Lang, LexiconRule, PatternRule } from './ruleTypes.js';
export { DECLARATIONS, declared, type RuleDeclaration } from './declarations.js';

/** Rules whose act the person may ask for or book (a visit by appointment): see `isRequested` (negationRequested.ts). */
const REQUESTABLE: ReadonlySet<string> = new Set(['threat.visit']);

function resolve<T extends { id: string }>(spec: T): T & Pick<PatternRule, 'category' | 'severity'> {
  const { category, severity } = declared(spec.id);
  return REQUESTABLE.has(spec.id)
    ? { ...spec, category, severity, requestable: true }
    : { ...spec, category, severity };
}

/** The regex rules of each file, by its path under rules/. */
const BY_FILE: Readonly<Record<string, readonly PatternRuleSpec[]>> = {
  'commitment/creditRecordEn': COMMITMENT_CREDIT_RECORD_EN,
  'commitment/creditRecordZh': COMMITMENT_CREDIT_RECORD_ZH,
  'commitment/debtAgencyZh': COMMITMENT_DEBT_AGENCY_ZH,
  'commitment/deferralEn': COMMITMENT_DEFERRAL_EN,
  'commitment/deferralZh': COMMITMENT_DEFERRAL_ZH,
  'commitment/doneEn': COMMITMENT_DONE_EN,
  'commitment/reliefZh': COMMITMENT_RELIEF_ZH,
  'commitment/discountEn': COMMITMENT_DISCOUNT_EN,
  'commitment/discountZh': COMMITMENT_DISCOUNT_ZH,
  'commitment/settlementEn': COMMITMENT_SETTLEMENT_EN,
  'commitment/settlementZh': COMMITMENT_SETTLEMENT_ZH,
  'commitment/waiverEn': COMMITMENT_WAIVER_EN,
  'commitment/waiverZh': COMMITMENT_WAIVER_ZH,
  'defamation/criminalLabelEn': DEFAMATION_CRIMINAL_LABEL_EN,
  'defamation/criminalLabelZh': DEFAMATION_CRIMINAL_LABEL_ZH,
  'defamation/insultEn': DEFAMATION_INSULT_EN,
  'defamation/insultZh': DEFAMATION_INSULT_ZH,
  'defamation/labelEn': DEFAMATION_LABEL_EN,
  'defamation/labelZh': DEFAMATION_LABEL_ZH,
  'discrimination/ageEn': DISCRIMINATION_AGE_EN,
  'discrimination/ageZh': DISCRIMINATION_AGE_ZH,
  'discrimination/disabilityEn': DISCRIMINATION_DISABILITY_EN,
  'discrimination/disabilityZh': DISCRIMINATION_DISABILITY_ZH,
  'discrimination/identityEn': DISCRIMINATION_IDENTITY_EN,
  'discrimination/identityZh': DISCRIMINATION_IDENTITY_ZH,
  'discrimination/regionEn': DISCRIMINATION_REGION_EN,
  'discrimination/regionZh': DISCRIMINATION_REGION_ZH,
  'falseLegal/arrestEn': FALSE_LEGAL_ARREST_EN,
  'falseLegal/arrestZh': FALSE_LEGAL_ARREST_ZH,
  'falseLegal/blacklistEn': FALSE_LEGAL_BLACKLIST_EN,
  'falseLegal/blacklistZh': FALSE_LEGAL_BLACKLIST_ZH,
  'falseLegal/jargonEn': FALSE_LEGAL_JARGON_EN,
  'falseLegal/courtEn': FALSE_LEGAL_COURT_EN,
  'falseLegal/courtZh': FALSE_LEGAL_COURT_ZH,
  'falseLegal/impersonationEn': FALSE_LEGAL_IMPERSONATION_EN,
  'falseLegal/impersonationZh': FALSE_LEGAL_IMPERSONATION_ZH,
  'falseLegal/inventedConsequenceEn': FALSE_LEGAL_INVENTED_CONSEQUENCE_EN,
  'falseLegal/inventedConsequenceZh': FALSE_LEGAL_INVENTED_CONSEQUENCE_ZH,
  'harassment/coercionEn': HARASSMENT_COERCION_EN,
  'harassment/coercionZh': HARASSMENT_COERCION_ZH,
  'harassment/borrowZh': HARASSMENT_BORROW_ZH,
  'harassment/contemptEn': HARASSMENT_CONTEMPT_EN,
  'harassment/mockeryEn': HARASSMENT_MOCKERY_EN,
  'harassment/mockeryZh': HARASSMENT_MOCKERY_ZH,
  'harassment/pressureEn': HARASSMENT_PRESSURE_EN,
  'harassment/profanityEn': HARASSMENT_PROFANITY_EN,
  'harassment/profanityZh': HARASSMENT_PROFANITY_ZH,
  'harassment/publicShamingZh': HARASSMENT_PUBLIC_SHAMING_ZH,
  'harassment/relentlessContactEn': HARASSMENT_RELENTLESS_CONTACT_EN,
  'harassment/relentlessContactZh': HARASSMENT_RELENTLESS_CONTACT_ZH,
  'harassment/suicideTauntEn': HARASSMENT_SUICIDE_TAUNT_EN,
  'harassment/suicideTauntZh': HARASSMENT_SUICIDE_TAUNT_ZH,
  'misrepresentation/authorityEn': MISREPRESENTATION_AUTHORITY_EN,
  'misrepresentation/authorityZh': MISREPRESENTATION_AUTHORITY_ZH,
  'misrepresentation/accountActionZh': MISREPRESENTATION_ACCOUNT_ACTION_ZH,
  'misrepresentation/debtReliefZh': MISREPRESENTATION_DEBT_RELIEF_ZH,
  'misrepresentation/creditRepairEn': MISREPRESENTATION_CREDIT_REPAIR_EN,
  'misrepresentation/falseConsequenceEn': MISREPRESENTATION_FALSE_CONSEQUENCE_EN,
  'misrepresentation/falseConsequenceZh': MISREPRESENTATION_FALSE_CONSEQUENCE_ZH,
  'misrepresentation/falsePolicyZh': MISREPRESENTATION_FALSE_POLICY_ZH,
  'misrepresentation/falseUrgencyEn': MISREPRESENTATION_FALSE_URGENCY_EN,
  'misrepresentation/falseUrgencyZh': MISREPRESENTATION_FALSE_URGENCY_ZH,
  'misrepresentation/humanClaimEn': MISREPRESENTATION_HUMAN_CLAIM_EN,
  'misrepresentation/humanClaimZh': MISREPRESENTATION_HUMAN_CLAIM_ZH,
  'misrepresentation/paymentChannelEn': MISREPRESENTATION_PAYMENT_CHANNEL_EN,
  'misrepresentation/paymentChannelZh': MISREPRESENTATION_PAYMENT_CHANNEL_ZH,
  'misrepresentation/paymentStatusEn': MISREPRESENTATION_PAYMENT_STATUS_EN,
  'misrepresentation/pretextEn': MISREPRESENTATION_PRETEXT_EN,
  'misrepresentation/paymentStatusZh': MISREPRESENTATION_PAYMENT_STATUS_ZH,
  'misrepresentation/recordingZh': MISREPRESENTATION_RECORDING_ZH,
  'misrepresentation/undisclosedIdentityEn': MISREPRESENTATION_UNDISCLOSED_IDENTITY_EN,
  'privacy/credentialsRequestEn': PRIVACY_CREDENTIALS_REQUEST_EN,
  'privacy/credentialsRequestZh': PRIVACY_CREDENTIALS_REQUEST_ZH,
  'privacy/roleEn': PRIVACY_ROLE_EN,
  'privacy/publicExposureEn': PRIVACY_PUBLIC_EXPOSURE_EN,
  'privacy/publicExposureZh': PRIVACY_PUBLIC_EXPOSURE_ZH,
  'privacy/postersZh': PRIVACY_POSTERS_ZH,
  'privacy/relayRequestEn': PRIVACY_RELAY_REQUEST_EN,
  'privacy/relayRequestZh': PRIVACY_RELAY_REQUEST_ZH,
  'privacy/thirdPartyEn': PRIVACY_THIRD_PARTY_EN,
  'privacy/thirdPartyFamilyEn': PRIVACY_THIRD_PARTY_FAMILY_EN,
  'privacy/thirdPartyFamilyZh': PRIVACY_THIRD_PARTY_FAMILY_ZH,
  'privacy/thirdPartyWorkEn': PRIVACY_THIRD_PARTY_WORK_EN,
  'privacy/thirdPartyWorkZh': PRIVACY_THIRD_PARTY_WORK_ZH,
  'privacy/thirdPartyZh': PRIVACY_THIRD_PARTY_ZH,
  'privacy/unverifiedDisclosureEn': PRIVACY_UNVERIFIED_DISCLOSURE_EN,
  'privacy/unverifiedDisclosureZh': PRIVACY_UNVERIFIED_DISCLOSURE_ZH,
  'promptLeak/instructionsEn': PROMPT_LEAK_INSTRUCTIONS_EN,
  'promptLeak/instructionsZh': PROMPT_LEAK_INSTRUCTIONS_ZH,
  'threat/exposureEn': THREAT_EXPOSURE_EN,
  'threat/exposureZh': THREAT_EXPOSURE_ZH,
  'threat/familyLeverageEn': THREAT_FAMILY_LEVERAGE_EN,
  'threat/familyLeverageZh': THREAT_FAMILY_LEVERAGE_ZH,
  'threat/menaceEn': THREAT_MENACE_EN,
  'threat/plainZh': THREAT_PLAIN_ZH,
  'threat/seizureEn': THREAT_SEIZURE_EN,
  'falseLegal/escalationEn': FALSE_LEGAL_ESCALATION_EN,
  'misrepresentation/deductionEn': MISREPRESENTATION_DEDUCTION_EN,
  'privacy/contactsEn': PRIVACY_CONTACTS_EN,
  'harassment/slightEn': HARASSMENT_SLIGHT_EN,
  'defamation/sexualSmearEn': DEFAMATION_SEXUAL_SMEAR_EN,
  'misrepresentation/limitationEn': MISREPRESENTATION_LIMITATION_EN,
  'falseLegal/enforcementPowerEn': FALSE_LEGAL_ENFORCEMENT_POWER_EN,
  'defamation/warnOthersEn': DEFAMATION_WARN_OTHERS_EN,
  'threat/fieldTeamEn': THREAT_FIELD_TEAM_EN,
  'harassment/keepCallingEn': HARASSMENT_KEEP_CALLING_EN,
  'commitment/reliefDoneEn': COMMITMENT_RELIEF_DONE_EN,
  'misrepresentation/inventedChargeEn': MISREPRESENTATION_INVENTED_CHARGE_EN,
  'privacy/toKinEn': PRIVACY_TO_KIN_EN,
  'harassment/shameEn': HARASSMENT_SHAME_EN,
  'discrimination/faithEn': DISCRIMINATION_FAITH_EN,
  'misrepresentation/staffWalletEn': MISREPRESENTATION_STAFF_WALLET_EN,
  'promptLeak/guidelinesEn': PROMPT_LEAK_GUIDELINES_EN,
  'threat/intimidationEn': THREAT_INTIMIDATION_EN,
  'threat/intimidationZh': THREAT_INTIMIDATION_ZH,
  'threat/veiledEn': THREAT_VEILED_EN,
  'threat/violenceEn': THREAT_VIOLENCE_EN,
  'threat/violenceZh': THREAT_VIOLENCE_ZH,
  'threat/visitEn': THREAT_VISIT_EN,
  'threat/visitZh': THREAT_VISIT_ZH,
  'threat/watchingEn': THREAT_WATCHING_EN,
  'threat/watchingZh': THREAT_WATCHING_ZH,
  structMaskDashEn: STRUCT_MASK_DASH_EN,
  structMasks: STRUCT_MASK_RULES,
};

/**
 * Every regex rule. Their order is not behaviour: the engine sorts a reply's findings by where they
 * stand in the text (runPatterns), so a rule may be added to any file.
 */
const PATTERN_SPECS: readonly PatternRuleSpec[] = Object.values(BY_FILE).flat();

export const PATTERN_RULES: readonly PatternRule[] = PATTERN_SPECS.map(resolve);

const LEXICON_SPECS: readonly LexiconRuleSpec[] = ABUSE_LEXICON;
export const LEXICON_RULES: readonly LexiconRule[] = LEXICON_SPECS.map(resolve);
