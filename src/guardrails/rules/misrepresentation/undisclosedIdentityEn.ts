import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * Misrepresentation (English): the caller's identity withheld.
 */

// An organisation named anywhere: the caller said whom they call for.
const ORG = String.raw`\b(?:bank|banks|inc|llc|ltd|services|associates|agency|company|collections|law (?:firm|office|group)|credit union|financial|recovery|partners|corp|group)\b|&`;
const DEBT = String.raw`\b(?:reference (?:number|no|#)|account (?:number|no)|(?:attempt|trying) to collect|collect a debt|your (?:debt|balance|account|loan|bill)|(?:the|a) debt)\b`;

export const MISREPRESENTATION_UNDISCLOSED_IDENTITY_EN: PatternRuleSpec[] = [
  {
    // "This is Jane. … This is an attempt to collect a debt", "this is Jane Doe calling for John
    // Doe … your reference number": a debt cited, no company named anywhere. The introduction opens
    // the message (its first 40 characters): a rule reads a window around its trigger, so `^` is
    // the message's start only there.
    id: 'misrepresentation.undisclosed_identity',
    lang: 'en',
    negatable: false,
    triggers: ['this is', 'my name is'],
    patterns: en(
      String.raw`^(?![\s\S]*(?:${ORG}))(?=[\s\S]*${DEBT})[\s\S]{0,40}?\b(?:this is|my name is)\s+(?!an?\b|the\b|to\b|about\b|regarding\b|in\b|not\b|your\b|our\b)[a-z]+(?: (?!calling\b)[a-z]+)?(?=\s*[.!]| calling (?:for|about|regarding)\b)`,
    ),
  },
];
