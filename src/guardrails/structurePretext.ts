import type { StructuralCheck } from './structureTypes.js';
import type { GuardContext, PaymentStatus } from './types.js';

/**
 * Pretext alerts and time-barred wording in English (guardrw14en, issue 16), read on the whole
 * text (a call-back number or a revival warning may sit sentences away from the claim):
 *
 * - A payment said to have failed ("YOUR PAYMENT WAS DECLINED", "the debit order was
 *   unsuccessful", "AUTOPAY ATTEMPT UNSUCCESSFUL ON CARD ****1234") or to be booked ("your payment
 *   for $X is scheduled for…", "will be drafted tomorrow", "we have you down for a payment") is
 *   checked against `facts.paymentStatus` when the act states it (structureFacts.ts reads the
 *   older wording); a bank's truthful notice, where the facts say declined or scheduled, passes.
 *   When no fact says what happened to the payment, such an alert next to a number to call back
 *   is the collector's pretext (FDCPA §1692e(10)): the bot cannot know the payment failed or was
 *   booked, and the call-back is what the alert is for.
 * - Time-barred debt: "because of the age of your debt, we will not sue you" without saying that a
 *   payment may restart the time to sue misleads (Pantoja v. Portfolio Recovery Associates, 852
 *   F.3d 679 (7th Cir. 2017); Buchanan v. Northland Group (6th Cir. 2015); Reg F §1006.26(b) bars
 *   the suit and the threat of one). The same words with the revival warning anywhere in the text
 *   pass.
 */

/** A gap inside one sentence; a dot between digits ("$80.00", "12.14") does not end it. */
const GAPN = (n: number): string => String.raw`(?:[^.!?\n]|(?<=\d)\.(?=\d)){0,${n}}?`;

// "If a payment is declined…", "when autopay is set…": a condition, not a claim.
const NOT_CONDITION = String.raw`(?<!\b(?:if|when|whenever|in case|should|once|unless|whether|until|before)\b[^.!?\n]{0,40})`;

// What was paid: a payment, debit, autopay, ACH, cheque, transaction or the card it was on.
const SUBJ = String.raw`(?:payments?|repayments?|installments?|instalments?|emi|(?:auto-?|direct |ach |automatic |card )?debits?(?: orders?| attempts?)?|auto-?pay(?:ments?)?(?: attempts?)?|ach(?: payments?| debits?| transfers?)?|e-?checks?|checks?|cheques?|transactions?|transfers?|drafts?|cards?)(?! (?:plan|plans|arrangement|date|dates|reminders?|options?|methods?|history|portal|page|link|holder)\b)`;

const FAIL = String.raw`(?:(?:was|has been|had been|is|got|were|have been|has|have|had) )?(?:declined|returned(?: unpaid| by (?:your|the) bank)?|rejected|bounced|reversed|dishono(?:u)?red|unsuccessful|not successful|unpaid|failed|(?:did not|didn't|could not|couldn't|was not|wasn't|has not|hasn't|does not|doesn't) (?:clear|go through|get through|be processed|be completed|processed|completed|cleared|successful|honou?red)|could not be (?:processed|completed|collected)|couldn't be (?:processed|completed|collected)|fail(?:s|ed)? to (?:clear|process|go through))\b`;

const DAY = String.raw`(?:for|on|tomorrow|today|tonight|this|next|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b`;

const BOOKED = String.raw`(?:(?:is|has been|was|are|have been|'s) )?(?:now )?(?:all )?(?:scheduled|set up|set|booked|lined up|queued|arranged|due to (?:be taken|come out|be debited|be drafted|process)|to come out|going out)\b`;

const FAILED_ACTS = [
  new RegExp(String.raw`\b(?=${SUBJ}\b)${NOT_CONDITION}${SUBJ}\b${GAPN(40)}\b${FAIL}`, 'g'),
];

const BOOKED_ACTS = [
  new RegExp(
    String.raw`\b(?=${SUBJ}\b)${NOT_CONDITION}${SUBJ}\b${GAPN(40)}\b${BOOKED}${GAPN(20)}\b${DAY}`,
    'g',
  ),
  new RegExp(
    String.raw`\b(?=will be )${NOT_CONDITION}will be (?:auto-?)?(?:drafted|debited|withdrawn|deducted|charged|taken|processed|collected)\b${GAPN(15)}\b${DAY}`,
    'g',
  ),
  new RegExp(
    String.raw`\b(?:have|got|has) you (?:down|scheduled|booked|set up) for (?:a |your |the )?(?:payment|debit|draft)`,
    'g',
  ),
];

const FAILED_GATE = [
  'declined',
  'returned',
  'rejected',
  'bounced',
  'reversed',
  'dishono',
  'unsuccessful',
  'not successful',
  'unpaid',
  'failed',
  'fail to',
  'fails to',
  "n't clear",
  'not clear',
  'go through',
  'get through',
  'processed',
  'completed',
  'cleared',
  'successful',
];
const BOOKED_GATE = [
  'scheduled',
  'set up',
  'set for',
  'set on',
  'booked',
  'lined up',
  'queued',
  'arranged',
  'due to',
  'to come out',
  'going out',
  'will be',
  'you down for',
  'you scheduled for',
  'you booked for',
];

// A number to call back: "call 1-866-555-0177", "ring us on 0333 555 0128", "hotline 0917-555-0102".
const CALLBACK = new RegExp(
  String.raw`\b(?:call|dial|ring|phone|contact|reach(?: out(?: to)?)?|text|whatsapp|sms|hotline|helpline|careline|hit (?:me|us) (?:back|up)|get back to (?:me|us))\b(?: (?:us|me|back|now|today|immediately|urgently|asap|customer care|customer service|hotline|helpline|our \w+(?: \w+)?|the \w+))*(?: (?:at|on|to|via|no\.?|number))?[: ]*\+?\(?\d(?:[ .()-]{0,2}\d){6,13}`,
);

function statusIsNot(...allowed: PaymentStatus[]): (context: GuardContext) => boolean {
  return (context) => {
    const status = context.facts?.paymentStatus;
    return status !== undefined && !allowed.includes(status);
  };
}

const noStatus = (context: GuardContext): boolean => context.facts?.paymentStatus === undefined;

// The revival warning a time-barred notice must carry: a payment may restart the time to sue.
const REVIVAL = String.raw`(?:restart|re-start|revive|reviv|reset|start (?:again|over|anew)|begin again|renew|re-?age|(?:could|can|may|might) (?:then |still )?be sued|(?:can|could|may|might) (?:then |still )?sue you|sued (?:again|for (?:the|it|the rest))|sue you (?:again|for the rest))`;
// Read at the end of a match (once per match, not at every position of the text).
const NO_REVIVAL_BEFORE = String.raw`(?<![\s\S]*${REVIVAL}[\s\S]*)`;
const NO_REVIVAL_AFTER = String.raw`(?![\s\S]*${REVIVAL})`;
const WONT = String.raw`(?:will not|won't|cannot|can't|can not|are not going to|aren't going to|do not|don't|will never|shall not|are unable to|is not going to|isn't going to|does not|doesn't|no longer)`;
const SUE = String.raw`(?:sue|suing|take (?:you )?(?:to court|legal action)|taking (?:you )?(?:to court|legal action)|file|filing|bring|bringing|pursue|pursuing|start|initiate|take (?:any )?legal)`;
const AGED = String.raw`(?:too old|past the statute of limitations?|beyond the statute of limitations?|outside the (?:statute of )?limitations? period|older than the (?:statute of )?limitations? period|time-?barred|(?:statute of limitations?|limitations? period) (?:has|had|is) (?:passed|expired|run(?: out)?|lapsed|over))`;
const NO_SUIT = String.raw`(?:no (?:lawsuit|suit|legal action|court action|court case)|not (?:be )?(?:sue|sued|suing)|be sued|to sue\b|sue (?:you|on)|take you to court|can't sue|cannot sue|won't sue)`;

const TIME_BARRED_ACTS = [
  new RegExp(
    String.raw`\b(?:(?:because of|due to|given|owing to|in view of|on account of|considering)\s+(?:the\s+)?(?:age|how old)|(?:since|as|because|given that) (?:this|the|your) (?:debt|account|balance|loan) is (?:so |too |very |quite )?old)\b${GAPN(40)}\b${WONT}\s+(?:be\s+)?${SUE}${NO_REVIVAL_BEFORE}${NO_REVIVAL_AFTER}`,
    'g',
  ),
  new RegExp(String.raw`\b${AGED}${GAPN(50)}\b${NO_SUIT}${NO_REVIVAL_BEFORE}${NO_REVIVAL_AFTER}`, 'g'),
  new RegExp(
    String.raw`\b${WONT}\s+(?:take you to court|sue you)\b${GAPN(20)}\b(?:over|for|on) (?:this|that|the|your) (?:old|aged|ancient)\b${NO_REVIVAL_BEFORE}${NO_REVIVAL_AFTER}`,
    'g',
  ),
];

export const PRETEXT_CHECKS: readonly StructuralCheck[] = [
  // The act states what happened to the payment, and the alert says otherwise.
  {
    id: 'misrepresentation.payment_status',
    lang: 'en',
    appliesTo: statusIsNot('declined'),
    gate: FAILED_GATE,
    acts: FAILED_ACTS,
  },
  {
    id: 'misrepresentation.payment_status',
    lang: 'en',
    appliesTo: statusIsNot('scheduled', 'pending'),
    gate: BOOKED_GATE,
    acts: BOOKED_ACTS,
  },
  // No fact says the payment failed or was booked, and the alert asks for a call back.
  {
    id: 'misrepresentation.payment_status',
    lang: 'en',
    appliesTo: noStatus,
    warnable: true,
    gate: FAILED_GATE,
    acts: FAILED_ACTS,
    needs: CALLBACK,
  },
  {
    id: 'misrepresentation.payment_status',
    lang: 'en',
    appliesTo: noStatus,
    warnable: true,
    gate: BOOKED_GATE,
    acts: BOOKED_ACTS,
    needs: CALLBACK,
  },
  // "Because of the age of your debt, we will not sue you" with no revival warning in the text.
  {
    id: 'misrepresentation.time_barred',
    lang: 'en',
    negatable: false,
    gate: [
      'age of',
      'how old',
      'too old',
      'statute of limitation',
      'limitation period',
      'limitations period',
      'time-barred',
      'time barred',
      'timebarred',
      ' old ',
      'so old',
      'very old',
      'quite old',
      'is old',
      ' aged',
      'ancient',
    ],
    acts: TIME_BARRED_ACTS,
  },
];
