import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * Privacy (English): passwords, PINs or codes asked for.
 */

export const PRIVACY_CREDENTIALS_REQUEST_EN: PatternRuleSpec[] = [
  {
    id: 'privacy.credentials_request',
    lang: 'en',
    negatable: true,
    triggers: [
      'pin',
      'password',
      'passcode',
      'one-time',
      'otp',
      'sms code',
      'verification code',
      'security code',
      'cvv',
      'cvc',
      'access code',
      'login',
      'code',
    ],
    patterns: en(
      `\\b(?:send|tell|give|provide|share|read|reply with|text|type|confirm|email|disclose)\\s+(?:me |us )?(?:with )?(?:your |the )?(?:card |online banking |bank )?(?:pin|pin code|password|passcode|one-time (?:code|password|passcode|pin)|otp|sms code|verification code|security code|cvv2?|cvc|access code|login details)\\b`,
      `\\bwhat(?:'s| is) your (?:card |online banking )?(?:pin|password|passcode|cvv|cvc|otp|verification code|security code)\\b`,
      `\\b(?:read|tell|give|send|share|text) (?:me|us) (?:the |your |that )?(?:(?:six|6|four|4|one-time|sms|text|security|verification)[- ]?(?:digit )?)?(?:code|pin|passcode|number) (?:on your (?:screen|phone)|we (?:sent|texted)|you (?:got|received|just got))`,
    ),
  },
  {
    id: 'privacy.credentials_request',
    lang: 'en',
    negatable: true,
    triggers: ['back of your card', 'security code'],
    patterns: en(
      `\\b(?:three|3)[- ]digits? (?:on|at) the back of your card\\b|\\b(?:security code|cvv|cvc) (?:on|from) the back\\b`,
    ),
  },
];
