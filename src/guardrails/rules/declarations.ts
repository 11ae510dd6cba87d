import type { Category, Severity } from '../types.js';

/**
 * Every rule id, declared once with its one category and severity. The rule tables and the
 * detectors name an id; they never restate its category or severity (a test fails on a
 * duplicate declaration, an undeclared id or a declaration nothing reports).
 * `by`: 'rules' for the word lists and patterns, 'detector' for code in check.ts and friends.
 */
export interface RuleDeclaration {
  readonly id: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly by: 'rules' | 'detector';
}

export const DECLARATIONS: readonly RuleDeclaration[] = [
  { id: 'threat.violence', category: 'threat', severity: 'critical', by: 'rules' },
  { id: 'threat.intimidation', category: 'threat', severity: 'high', by: 'rules' },
  { id: 'threat.visit', category: 'threat', severity: 'high', by: 'rules' },
  { id: 'false_legal.arrest', category: 'false_legal', severity: 'critical', by: 'rules' },
  { id: 'false_legal.court', category: 'false_legal', severity: 'high', by: 'rules' },
  { id: 'false_legal.blacklist', category: 'false_legal', severity: 'high', by: 'rules' },
  { id: 'false_legal.invented_consequence', category: 'false_legal', severity: 'high', by: 'rules' },
  { id: 'false_legal.impersonation', category: 'false_legal', severity: 'critical', by: 'rules' },
  { id: 'privacy.third_party', category: 'privacy', severity: 'critical', by: 'rules' },
  { id: 'privacy.relay_request', category: 'privacy', severity: 'high', by: 'rules' },
  { id: 'privacy.credentials_request', category: 'privacy', severity: 'critical', by: 'rules' },
  { id: 'privacy.unverified_disclosure', category: 'privacy', severity: 'critical', by: 'rules' },
  { id: 'defamation.insult', category: 'defamation', severity: 'high', by: 'rules' },
  { id: 'harassment.profanity', category: 'harassment', severity: 'high', by: 'rules' },
  { id: 'defamation.label', category: 'defamation', severity: 'high', by: 'rules' },
  { id: 'defamation.criminal_label', category: 'defamation', severity: 'high', by: 'rules' },
  { id: 'harassment.relentless_contact', category: 'harassment', severity: 'high', by: 'rules' },
  { id: 'harassment.mockery', category: 'harassment', severity: 'high', by: 'detector' },
  { id: 'discrimination.region', category: 'discrimination', severity: 'high', by: 'rules' },
  { id: 'discrimination.identity', category: 'discrimination', severity: 'high', by: 'rules' },
  { id: 'discrimination.age', category: 'discrimination', severity: 'high', by: 'rules' },
  { id: 'discrimination.disability', category: 'discrimination', severity: 'high', by: 'rules' },
  { id: 'misrepresentation.human_claim', category: 'misrepresentation', severity: 'high', by: 'rules' },
  {
    id: 'misrepresentation.undisclosed_identity',
    category: 'misrepresentation',
    severity: 'high',
    by: 'rules',
  },
  { id: 'misrepresentation.authority', category: 'misrepresentation', severity: 'critical', by: 'rules' },
  { id: 'misrepresentation.false_urgency', category: 'misrepresentation', severity: 'high', by: 'rules' },
  { id: 'misrepresentation.false_fee', category: 'misrepresentation', severity: 'critical', by: 'detector' },
  {
    id: 'misrepresentation.false_consequence',
    category: 'misrepresentation',
    severity: 'high',
    by: 'detector',
  },
  { id: 'prompt_leak.instructions', category: 'prompt_leak', severity: 'high', by: 'rules' },
  {
    id: 'unauthorized_commitment.waiver',
    category: 'unauthorized_commitment',
    severity: 'critical',
    by: 'rules',
  },
  {
    id: 'unauthorized_commitment.discount',
    category: 'unauthorized_commitment',
    severity: 'critical',
    by: 'rules',
  },
  {
    id: 'unauthorized_commitment.settlement',
    category: 'unauthorized_commitment',
    severity: 'critical',
    by: 'rules',
  },
  {
    id: 'unauthorized_commitment.deferral',
    category: 'unauthorized_commitment',
    severity: 'critical',
    by: 'rules',
  },
  {
    id: 'unauthorized_commitment.credit_record',
    category: 'unauthorized_commitment',
    severity: 'critical',
    by: 'rules',
  },
  { id: 'privacy.public_exposure', category: 'privacy', severity: 'critical', by: 'rules' },
  { id: 'harassment.suicide_taunt', category: 'harassment', severity: 'critical', by: 'rules' },
  // guardzh8 (issue 16): pushing the person to borrow, sell, or take a parent's or child's money.
  { id: 'harassment.coercion', category: 'harassment', severity: 'high', by: 'rules' },
  // guardrw14zh (issue 16): award certificates and trophies for not repaying, sent or posted.
  { id: 'harassment.public_shaming', category: 'harassment', severity: 'high', by: 'rules' },
  { id: 'misrepresentation.payment_status', category: 'misrepresentation', severity: 'high', by: 'rules' },
  // guardrw14en (issue 16): a time-barred debt said not to be sued on, without the revival warning.
  { id: 'misrepresentation.time_barred', category: 'misrepresentation', severity: 'high', by: 'detector' },
  // guardzh (issue 16): a call or chat said to be unrecorded (the recording disclosure is fixed text).
  { id: 'misrepresentation.recording', category: 'misrepresentation', severity: 'high', by: 'rules' },
  { id: 'privacy.id_number', category: 'privacy', severity: 'critical', by: 'detector' },
  { id: 'privacy.card_number', category: 'privacy', severity: 'critical', by: 'detector' },
  { id: 'privacy.ssn', category: 'privacy', severity: 'critical', by: 'detector' },
  { id: 'privacy.phone', category: 'privacy', severity: 'critical', by: 'detector' },
  { id: 'misrepresentation.amount', category: 'misrepresentation', severity: 'high', by: 'detector' },
  { id: 'misrepresentation.days_past_due', category: 'misrepresentation', severity: 'high', by: 'detector' },
  { id: 'misrepresentation.card_digits', category: 'misrepresentation', severity: 'high', by: 'detector' },
  { id: 'misrepresentation.date', category: 'misrepresentation', severity: 'high', by: 'detector' },
  {
    id: 'misrepresentation.payment_channel',
    category: 'misrepresentation',
    severity: 'critical',
    by: 'detector',
  },
  { id: 'prompt_leak.secret', category: 'prompt_leak', severity: 'high', by: 'detector' },
];

const BY_ID = new Map(DECLARATIONS.map((d) => [d.id, d]));

/** The declaration of a rule id; an undeclared id is a programming error, caught at load. */
export function declared(id: string): RuleDeclaration {
  const d = BY_ID.get(id);
  if (!d)
    throw new Error(
      `guardrails: rule "${id}" is not declared (add it once to src/guardrails/rules/declarations.ts and to POLICY.md)`,
    );
  return d;
}
