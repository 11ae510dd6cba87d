import { en } from '../ruleTypes.js';

/** Words, phrase parts and helpers that rule files of several categories read, stated once. */

// One sentence with no negation or reported speech in it.
export const EN_PLAIN_GAP = (n: number): string =>
  String.raw`(?:(?!\b(?:not|never|no|won't|isn't|aren't|doesn't|don't|can't|cannot|says?|said|claims?|tells?)\b|n't\b)[^.!?\n]){0,${n}}?`;
export const ACTOR = String.raw`(?:i|we|my (?:boys|men|people|guys|team)|our (?:people|boys|men|guys|team|agents?|field team))`;
export const WILL = String.raw`(?:'ll| will| shall|'m going to| am going to|'re going to| are going to| gonna| am coming to| are coming to| must| would)`;
// Masked profanity: "f---", "f***", "f@#k", "f-ing", "f#cked".
export const MASK_MARK = '[-*_#@$%!]';
export const S = (n: number): string => String.raw`[^.!?;\n]{0,${n}}?`;
export const KIN_HOUSEHOLD = String.raw`(?:kids?|children|son|daughter|wife|husband|mother|mom|mum|father|dad|parents?|family|household|brother|sister|baby|whole family|entire family|loved ones)`;
export const WHO = String.raw`(?:you|u|your ${KIN_HOUSEHOLD}|you and (?:your |all your )?(?:whole |entire )?${KIN_HOUSEHOLD})`;
export const KIN_NEAR = String.raw`(?:kids?|children|son|daughter|boy|girl|wife|husband|mom|mother|dad|father|parents|family|sister|brother)`;
export const PY_FAMILY = String.raw`(?:ni|nin) ?(?:jia|jia ren|lao ?po|lao ?gong|qi ?zi|zhang ?fu|hai ?zi|er ?zi|n[uv]e? ?er|fu ?mu|ba ?ma|lao ?ren|dan ?wei|gong ?si|xue ?xiao)\b`;
export const ACTOR_WIDE = String.raw`(?:i|we|our (?:\w+ )?(?:team|agents?|collectors?|field (?:agents?|officers?|team)|officers?|people|boys|men|company|office)|my (?:boys|men|people|team)|(?:field )?agents?|collectors?)`;
export const AUX = String.raw`(?:'ll| will| shall|'m going to| am going to|'re going to| are going to| gonna| are gonna| are about to| would| are| am| must| can)?`;
export const KIN_EXTENDED = String.raw`(?:mother|mom|mum|ma|father|dad|pa|grandma|grandmother|granny|grandpa|grandfather|wife|husband|son|daughter|brother|sister|uncle|aunt|parents?|folks|family|kids?|children)`;
export const YOU_EN = String.raw`(?:you|u|ya|yo)`;
export const NO_NEG_EN = (n: number): string =>
  String.raw`(?:(?!\b(?:not|never|no|only|unless|if)\b|n't\b)[^.!?\n]){0,${n}}?`;
export const EN_CHAR = '[^.!?\\n]';
export const KIN_PARTNERS = String.raw`(?:wife|husband|spouse|partner|fianc[eé]e?|girlfriend|boyfriend|parents?|mum|mom|dad|father|mother|kids|children|son|daughter|brother|sister|family|relatives?|emergency contacts?)`;
export const ENFORCER = String.raw`(?:(?:u\.?s\.? |united states |national |federal |state |consumer |central |county )*(?:debt|delinquency|delinquent account|credit|collections?|arrears|default) (?:enforcement|compliance) (?:bureau|office|division|agency|authority|board|department|unit|center|centre|commission|task force)|(?:u\.?s\.? |united states |national |federal |state )+(?:debt|delinquency|credit|collections?|arrears) (?:recovery|control) (?:bureau|authority|agency|board|commission|office|division)|office of (?:debt |delinquency |credit |consumer debt )?(?:enforcement|compliance))`;
// One sentence of Latin text with no negation or reported speech in it.
export const EN_GAP = (n: number): string =>
  String.raw`(?:(?!\b(?:not|never|no|won't|isn't|aren't|doesn't|don't|can't|cannot|says?|said|claims?|tells?|scams?|anyone|promis\w*)\b|n't\b)[^.!?\n]){0,${n}}?`;
export const EN_THIRD =
  '(?:receptionist|secretary|roommates?|housemates?|family|relatives|parents|mother|mom|father|dad|spouse|wife|husband|partner|kids|children|son|daughter|siblings|brother|sister|employer|boss|manager|supervisor|co-?workers?|colleagues?|workplace|office|hr|human resources|company|friends?|neighbou?rs?|contacts?|references?|landlord|church|school)';
export const EXTENDED_CIRCLE_EN =
  'cousin|uncle|aunt|pastor|priest|in-laws|ex|ex-wife|ex-husband|accountant|payroll|accounts department|finance department|brother|sister|mother|mom|mum|father|dad|parents|wife|husband|partner|boss|manager|supervisor|landlord|neighbou?rs?|coworkers?|colleagues?|friends?|roommates?|family|relatives';
export const KIN_AND_FRIENDS = String.raw`(?:friend|relative|brother|sister|cousin|son|daughter|husband|wife|mother|father|mom|dad|colleague|employee|tenant|neighbou?r|spouse|partner|boyfriend|girlfriend|uncle|aunt|nephew|niece|contact|co-?worker)`;
export const KIN_EN =
  '(?:wife|husband|daughter|son|kids?|children|mother|mom|mum|father|dad|partner|girlfriend|boyfriend|sister|brother)';
export const CONTACT_TRIGGERS = [
  'contacts',
  'phonebook',
  'phone book',
  'contact list',
  'address book',
  'guarantors',
  'references',
  'in your phone',
];
export const CONTACTS = String.raw`(?:contacts|phone ?book|contact list|address book|phone contacts|emergency contacts|guarantors|references|everyone in your phone|all the numbers in your phone)`;
/** The contacts blasted with calls or messages (a fresh set of regexes per rule). */
export const contactBlast = (): RegExp[] =>
  en(
    String.raw`\b(?:will|shall|'ll|start|starts|starting|going to|gonna|about to|set to|to be)\b${S(40)}\b(?:to|on|with) (?:(?:all |every one |each )?(?:of )?(?:the )?(?:\d+ |all )?(?:of )?(?:your|ur) (?:\d+ )?|all \d+ |\d+ )(?:\w+ )?${CONTACTS}`,
    String.raw`\b(?:all |every |entire |the |\d+ )?(?:of )?(?:your|ur) (?:\d+ )?(?:\w+ )?${CONTACTS}\b(?:(?!\b(?:not|never|won't)\b)[^.!?;\n]){0,40}?\b(?:will|shall|'ll|start|going to|gonna|are about to|get|gets|receive|to receive)\b(?! (?:not|never)\b)${S(24)}\b(?:receiv\w*|get\w*|be (?:notified|sent|told|informed|called|messaged|texted|alerted)|notified|calls?|messages?|texts?|sms|notices?)\b`,
    String.raw`\b(?:we|i|our (?:system|team|app|agents?))\b (?:will |'ll |shall |are going to |gonna |then )?(?:blast|broadcast to|message|text|sms|call|notify|alert|inform)\b${S(12)}(?:all |every )?(?:of )?(?:your|ur) (?:\d+ )?(?:\w+ )?${CONTACTS}`,
    String.raw`\b(?:start|begin|starting)\w* (?:calling|messaging|texting|sms-?ing|contacting|blasting|notifying)\b${S(20)}\b(?:your|ur) (?:\w+ )?${CONTACTS}`,
  );
export const PEOPLE = String.raw`(?:pastor|priest|church|congregation|neighbou?rs?|boss|manager|employer|landlord|coworkers|co-workers|colleagues|in-laws|family|friends|parents|sister|brother|mom|mother|dad|father|wife|husband|kids|children|son|daughter|cousin|aunt|uncle|girlfriend|boyfriend|team)`;
export const EN_GAP_NO_ACCUSE = (n: number): string =>
  String.raw`(?:(?!\b(?:not|never|no|won't|isn't|aren't|doesn't|don't|can't|cannot|told|said|says|claim\w*|accus\w*|report\w*)\b|n't\b)[^.!?\n]){0,${n}}?`;
export const CRIME_LABEL = String.raw`(?:thie(?:f|ves)|fraudsters?|frauds?|scammers?|swindlers?|criminals?|con (?:man|men|artists?)|cheats?|liars?|crooks?|debtors?|defaulters?|fugitives?|runaways?)`;
export const COPIED_THIRD = String.raw`hr manager|hr|human resources|supervisor|boss|manager|team lead|landlord|wife|husband|spouse|partner|brother|sister|mother|mom|father|dad|parents|family|relatives|emergency contact|co-?workers?|colleagues?|employer|neighbou?rs?|friends?|references?(?! (?:number|no|code|id)\b)|church|pastor|sister-in-law|brother-in-law|in-laws|son|daughter|kids|children`;
// A gap with no negation or hedge in it: "it doesn't stay forever", "may drop by up to…" are lawful.
export const EN_GAP_NO_HEDGE = (n: number): string =>
  String.raw`(?:(?!\b(?:not|never|no|won't|isn't|doesn't|don't|can't|cannot|may|might|could|can|up to)\b|n't\b)[^.!?\n]){0,${n}}?`;
// The same across one sentence end ("…credit report. Once it's reported it stays there for life.").
export const EN_SPAN_NO_HEDGE = (n: number): string =>
  String.raw`(?:(?!\b(?:not|never|no|won't|isn't|doesn't|don't|can't|cannot|may|might|could|up to)\b|n't\b)[^\n]){0,${n}}?`;
export const EN_WE =
  "(?:we|i|the bank)(?:'ll|'ve|'d| will| can| could| have| has| had| are able to| would be happy to| be happy to| just| already| went ahead and| gone ahead and| also| now| gladly)*";
