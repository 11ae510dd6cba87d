import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * Fake financial traces and forced deductions (guarden25, issue 16): a "financial trace", "watch
 * list", debit mandate or standing instruction said to be placed on the person's accounts, money
 * said to be swept, reversed or auto-deducted from their bank account, wallet, salary or phone
 * credit, their bank or telco "instructed" to deduct, other accounts "traced" for a debit. A
 * collector has no such power without the person's mandate or a court order; a payment the person
 * set up (direct debit, autopay, "as you requested") or a payment "deducted from your balance" is
 * lawful and does not match. FDCPA §1692e(4), (5), (10); CBN, CBK and RBI digital-lending rules.
 */

const PURSE = String.raw`(?:airtime|load|load credits?|credits?|m-?pesa|mpesa|gcash|maya|paymaya|mobile money|momo|e-?wallets?|wallets?|salary|wages|savings|accounts?|balance|bvn|bank|funds)`;
const SWEPT = String.raw`(?:auto(?:matically)?[- ]?)?(?:deducted|debited|swept|reversed|pulled|withdrawn|drained|recovered|taken|charged)`;
// A payment the person set up or asked for.
const OWN_MANDATE = String.raw`(?:autopay|auto-pay|auto pay|direct debit|standing order|recurring|scheduled|you set up|you've set up|you asked|you requested|you authori[sz]ed|you agreed|you chose|as requested|as agreed|your request|your instruction)`;

export const MISREPRESENTATION_DEDUCTION_EN: PatternRuleSpec[] = [
  {
    // "A financial trace has been placed on your account", "GSI has been activated".
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    triggers: ['trace', 'watch list', 'watchlist', 'mandate', 'standing instruction', 'gsi', 'lien'],
    patterns: en(
      String.raw`\b(?:financial trace|account trace|bank trace|trace|financial watch ?list|watch ?list|debit mandate|global standing instruction|gsi)\b[^.!?\n]{0,30}?\b(?:placed|put|activated|initiated|applied|lodged|raised|triggered|issued) (?:on|against|to|for|across) (?:all |every |each |any )?(?:of )?(?:your|ur|the|accounts?)\b`,
      String.raw`\b(?:placed|put|activated|initiated|applied|lodged|raised|triggered)\b[^.!?\n]{0,25}?\b(?:(?:a |an )?(?:financial |bank |account )?trace|(?:financial )?watch ?list|debit mandate|global standing instruction|gsi|lien on (?:your|ur|the|all) (?:\w+ )?accounts?)\b`,
    ),
  },
  {
    // "Your airtime and M-Pesa balance will be deducted automatically", "ur load will b auto deducted".
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    triggers: [
      'deduct',
      'debit',
      'swept',
      'reversed',
      'pulled',
      'withdrawn',
      'drained',
      'recovered',
      'taken',
      'charged',
    ],
    patterns: en(
      String.raw`(?<!${OWN_MANDATE}[^.!?\n]{0,80})\b(?:your|ur|all (?:your|ur)|any of (?:your|ur)|every)\b[^.!?\n]{0,30}?\b${PURSE}\b[^.!?\n]{0,50}?\b(?:will|shall|would|is going to|are going to|gonna|to) (?:now )?(?:be|b) (?:automatically |daily |auto |immediately )?${SWEPT}\b(?![^.!?\n]{0,80}${OWN_MANDATE})(?! (?:from|off) (?:the |your |ur )?(?:balance|debt|total|amount (?:owed|due)|outstanding))`,
      String.raw`(?<!${OWN_MANDATE}[^.!?\n]{0,80})\b(?:any|all|every)\b (?:money|funds?|credits?|cash|deposits?|inflows?|salary|amount)\b(?! (?:you (?:pay|make|send)|paid by you))[^.!?\n]{0,50}?\b(?:will|shall|would) (?:be|b) (?:automatically |auto |immediately )?(?:swept|taken|debited|deducted|reversed|seized|pulled|withdrawn)\b(?! (?:from|off) (?:the |your |ur )?(?:balance|debt|total|amount (?:owed|due)|outstanding))`,
    ),
  },
  {
    // "We may instruct your bank to deduct", "your telco has been told to cut your load".
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    triggers: ['instruct', 'direct', 'order', 'ask', 'request', 'tell', 'told', 'notif'],
    patterns: en(
      String.raw`\b(?:instruct|direct|order|ask|request|tell|told|notify|notified)\w* (?:your|ur|all (?:your|ur)|the) (?:banks?|bankers?|telco|network|mobile (?:network|operator)|service provider|wallet provider|safaricom|mtn|airtel|globe|smart|glo)\b[^.!?\n]{0,20}?\bto (?:deduct|debit|sweep|freeze|block|take|recover|withhold|remit|pull|cut|reduce)\b`,
    ),
  },
  {
    // "Our system has tracked your other bank accounts and will pull the money from them".
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    triggers: ['traced', 'tracked', 'linked'],
    patterns: en(
      String.raw`\b(?:traced|tracked|linked|located)\b (?:all )?(?:of )?(?:your|ur) (?:other |linked )?(?:bank accounts?|accounts?|gcash|m-?pesa|mpesa|maya|wallets?|bvn|bank|salary account)\b[^\n]{0,70}?\b(?:deduct|debit|pull|sweep|recover|reverse|withdraw)\w*`,
    ),
  },
];
