import { en, type PatternRuleSpec } from '../ruleTypes.js';
import { statusIsNot } from '../shared/common.js';

/**
 * Misrepresentation (English): payment status.
 */

export const MISREPRESENTATION_PAYMENT_STATUS_EN: PatternRuleSpec[] = [
  {
    id: 'misrepresentation.payment_status',
    lang: 'en',
    appliesTo: statusIsNot('declined'),
    triggers: ['declined', 'bounced', 'returned', 'rejected', 'failed', 'reversed'],
    patterns: en(
      `\\bpayment\\b[^.!?]{0,20}\\b(?:declined|bounced|returned|rejected|failed|was reversed|has been reversed)`,
    ),
  },
  {
    id: 'misrepresentation.payment_status',
    lang: 'en',
    appliesTo: statusIsNot('scheduled'),
    triggers: ['scheduled', 'set up for', 'autopay'],
    patterns: en(
      `\\bpayment\\b[^.!?]{0,20}\\b(?:is|was|has been|been) (?:scheduled|set up) for\\b|\\bautopay (?:is )?(?:set|scheduled) for\\b`,
    ),
  },
  {
    id: 'misrepresentation.payment_status',
    lang: 'en',
    appliesTo: statusIsNot('received'),
    triggers: ['received', 'posted', 'credited'],
    patterns: en(
      `\\bpayment\\b[^.!?]{0,30}\\b(?:was|has been|is) (?:received|posted|credited)|\\bwe(?:'ve| have) received your payment`,
    ),
  },
  {
    // "PAYMENT DECLINED - … flagged for fraud review… avoid escalation": a decline used to scare.
    id: 'misrepresentation.payment_status',
    lang: 'en',
    appliesTo: (c) => c.facts?.paymentStatus !== 'declined',
    triggers: ['declined', 'failed', 'bounced', 'rejected'],
    patterns: en(
      String.raw`\b(?:payment|transaction)(?: was| has been| is)? (?:declined|failed|bounced|rejected)\b(?![^\n]{0,80}\b(?:may|might|could)\b)[^\n]{0,80}\b(?:legal|litigation|escalat\w*|fraud|arrest|lawsuit|court|prosecut\w*|investigation|attorneys?|lawyers?)\b`,
    ),
  },
];
