import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * Misrepresentation (English): payment channels.
 */

export const MISREPRESENTATION_PAYMENT_CHANNEL_EN: PatternRuleSpec[] = [
  {
    id: 'misrepresentation.payment_channel',
    lang: 'en',
    negatable: true,
    triggers: ['venmo', 'cash app', 'cashapp', 'zelle', 'paypal'],
    patterns: en(`\\b(?:venmo|cash ?app|zelle|paypal)\\b[^.!?]{0,20}(?:\\bme\\b|@|\\$[a-z])`),
  },
  {
    id: 'misrepresentation.payment_channel',
    lang: 'en',
    negatable: true,
    triggers: ['internal channel', 'send it to', 'send the money to', 'send payment to'],
    patterns: en(`\\binternal channel\\b|\\bsend (?:it|the money|payment) to (?:this|my)\\b`),
  },
  {
    id: 'misrepresentation.payment_channel',
    lang: 'en',
    negatable: true,
    triggers: ['transfer', 'send'],
    patterns: en(
      `\\b(?:transfer|send) (?:it|the money|the payment|this) (?:straight |directly )?to (?:our|my|the) (?:collector|agent|rep|representative|colleague)\\b`,
    ),
  },
];
