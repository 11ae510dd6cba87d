import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * Misrepresentation (English): pretexts and false statements of the person's position
 * (guarden20, issue 16; FDCPA §1692e). The caller passed off as an officer, an invented public
 * office or a judgment firm; a survey or courier asking for the employer; consent or identity
 * taken from staying on the line; a collection call said not to be one; an admission said to bind
 * the person; a debt said never to expire; a government record said to be suspended over it; a
 * family member said to be liable; a score rise guaranteed. Lawful look-alikes: a recorded-line
 * notice ("by staying on the line you consent to recording"), "a spouse is not responsible unless
 * they co-signed", "you can still dispute it", scam alerts that quote the claim.
 */

const OFFICE = String.raw`(?:office|unit|division|department|dept|bureau|services|task force|center|centre|squad|desk)`;

export const MISREPRESENTATION_PRETEXT_EN: PatternRuleSpec[] = [
  {
    // The caller as an officer or an invented public or judicial office.
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: ['officer', 'detective', 'deputy', 'sergeant', 'investigator', 'inspector', 'marshal', 'paralegal', 'process server', 'bailiff', 'county', 'state', 'federal', 'district', 'city', 'attorney general', 'sheriff', 'crime', 'judgment', 'judgement', 'warrant', 'court', 'department of', 'bureau of', 'office of', 'ministry of'],
    patterns: en(
      String.raw`\b(?:this is|i am|i'm|my name is|it's|its) (?:(?:a|an|the) )?(?:officer|detective|deputy|sergeant|investigator|inspector|marshal|paralegal|process server|bailiff)\b`,
      String.raw`\b(?:this is|calling (?:you )?(?:from|on behalf of)|(?:i am|i'm|we are|we're) (?:calling )?(?:from|with)|on behalf of|here at|message from) (?:the )?(?:[a-z]+ ){0,2}?(?:county|state|federal|district|city|district attorney's|state attorney's|attorney general's|sheriff's|crimes?|warrant) ${OFFICE}\b`,
      String.raw`\b(?:from|with|at|of|this is|on behalf of) (?:[a-z&']+ ){0,2}?(?:judg(?:e)?ment|warrant|court) (?:services|solutions|group|associates|bureau|division|department|unit|office|recovery|processing|enforcement)\b`,
      String.raw`(?<!\b(?:our|the bank's|your bank's) )\b(?:department|bureau|office|ministry) of (?:debt |revenue |account )?(?:recovery|collections?|judg(?:e)?ments?|debt enforcement|arrears|defaults?|delinquen\w+)\b(?! (?:at|of|in|within|for) (?:your|our|the|this) (?:bank|card issuer|lender|company|credit union))`,
    ),
  },
  {
    // A pretext asking for the person's employer or income.
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: ['survey', 'courier', 'parcel', 'package', 'delivery', 'prize', 'sweepstakes', 'giveaway', 'census', 'reward', 'benefits office', 'benefit office'],
    patterns: en(
      String.raw`\b(?:survey|courier|parcel|package|delivery|prize|sweepstakes|giveaway|census|reward|benefits? office)\b[^.!?\n]{0,80}\b(?:confirm|verify|check|update|tell us|provide|give us)\b[^.!?\n]{0,30}\b(?:employer|workplace|place of work|where you work|salary|income|wages|payroll)\b`,
    ),
  },
  {
    // Consent or identity taken from staying on the line; a collection call said not to be one.
    id: 'misrepresentation.false_urgency',
    lang: 'en',
    triggers: ['by staying', 'by remaining', 'by continuing', 'by not hanging up', 'by listening', 'by holding', 'collection call', 'collections call', 'debt collector', 'collecting a debt', 'about a debt'],
    patterns: en(
      String.raw`\bby (?:staying|remaining|continuing|not hanging up|listening|holding)\b[^.!?\n]{0,40}\byou(?:'re| are)? (?:hereby )?(?:confirm|acknowledg|agree|accept|admit|consent)\w*\b(?![^.!?\n]{0,60}\b(?:record|recorded|recording|monitor|monitored|monitoring|training|quality)\b)`,
      String.raw`\b(?:this is not|this isn't|it is not|it isn't|this call is not|this call isn't|we are not|we're not|i am not|i'm not) (?:a |an )?(?:(?:debt )?collections? call|debt collector|collecting a debt|calling about a debt)\b`,
    ),
  },
  {
    // An admission said to bind the person, a debt said never to expire, rights said to be gone.
    id: 'misrepresentation.false_urgency',
    lang: 'en',
    triggers: ['admitted', 'acknowledged', 'accepted', 'agreed', 'confirmed', 'statute of limitation', 'never expire', 'never go', 'never die', 'forever', 'for life', 'until you die', 'dispute'],
    patterns: en(
      String.raw`\byou (?:already |have )?(?:admitted|acknowledged|accepted|agreed to|confirmed)\b[^.!?\n]{0,40}\b(?:so|which means|that means|now)\b[^.!?\n]{0,30}\b(?:legally|no matter what|can't|cannot|can no longer|waived|lost (?:the|your) right)`,
      String.raw`\b(?:the )?statute of limitations? (?:does not|doesn't|won't|will not|never|can't|cannot) (?:apply|protect|help)\b(?![^.!?\n]{0,40}\bstudent loans?\b)|\b(?:this|the|your|a|credit card) debts? (?:will )?never (?:expires?|goes? away|dies?)\b|\byou(?:'ll| will) owe (?:this|it|us|the (?:debt|balance)) (?:forever|for life|until you die)\b`,
      String.raw`\byou (?:can't|cannot|can no longer|are not allowed to|aren't allowed to) dispute (?:it|this|the debt|the balance|anything) (?:anymore|any more|now|at this (?:point|stage))\b`,
    ),
  },
  {
    // A government record said to be suspended or flagged over the debt.
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: ['social security number', 'ssn', 'social insurance number', 'national insurance number', 'tax id', 'tax file number'],
    patterns: en(
      String.raw`\b(?:social security number|ssn|social insurance number|national insurance number|tax id|tax file number)\b[^.!?\n]{0,30}\b(?:flagged|suspended|blocked|(?:put|placed) on hold|frozen|cancell?ed|blacklisted|deactivated|revoked)\b`,
    ),
  },
  {
    // A family member said to be liable for the holder's card.
    id: 'misrepresentation.false_urgency',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: ['responsible', 'liable', 'on the hook'],
    patterns: en(
      String.raw`\b(?:your )?(?:spouse|wife|husband|partner|parents?|mother|mom|mum|father|dad|children|kids|son|daughter|family|relatives?|siblings?|brother|sister)\b (?:is|are|will be|becomes?|become|now) (?:now |also |legally |personally |fully )*(?:responsible|liable|on the hook)\b(?![^.!?\n]{0,60}\b(?:if|unless|only if|when) (?:they|he|she) (?:co-?signed|signed|(?:is|are|was|were) (?:a )?(?:joint|co-?signer|co-?borrower)))`,
    ),
  },
  {
    // A score rise or a record's removal promised for paying.
    id: 'misrepresentation.false_urgency',
    lang: 'en',
    negatable: true,
    triggers: ['score', 'again'],
    patterns: en(
      String.raw`\b(?:raise|boost|improve|increase|fix|repair|jump)\w*\b[^.!?\n]{0,20}\b(?:credit )?score\b[^.!?\n]{0,30}\b(?:guarantee\w*|(?:by )?\d+ points|overnight|right away|immediately|instantly)\b|\bscore (?:will )?(?:jump|rise|go up|climb|shoot up|soar|increase)\w*\b[^.!?\n]{0,30}\b(?:guarantee\w*|(?:by )?\d+ points|overnight|right away|immediately|instantly)\b`,
      String.raw`\b(?:offer|deal|discount|settlement|price)\b[^.!?\n]{0,60}\b(?:never|not) be (?:made|offered|available|extended|repeated) again\b`,
    ),
  },
  {
    // To a person not verified (a voicemail, whoever picks up): a callback made pressing without
    // saying why ("it is very important that you reach our office today", "I need you to return
    // this call as soon as you get this message"). Lawful: "please call me back when you can".
    id: 'misrepresentation.false_urgency',
    lang: 'en',
    negatable: true,
    appliesTo: (c) => !c.verified,
    triggers: ['important that you', 'imperative that you', 'urgent that you', 'critical that you', 'vital that you', 'need you to'],
    patterns: en(
      String.raw`\b(?:important|imperative|urgent|critical|vital|essential) that you (?:call|reach|contact|return|speak|get back|phone|ring)\b`,
      String.raw`\bneed you to (?:return (?:this|my|our|the) call|call (?:me|us|our office)(?: back)?|get back to (?:me|us))\b[^.!?\n]{0,30}\b(?:as soon as|immediately|right away|today|asap|urgently|without delay)\b`,
    ),
  },
];
