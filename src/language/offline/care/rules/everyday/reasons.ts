/**
 * Everyday reasons that explain class words away (a move, a trip, work, a payment), and reasons
 * said only to be denied, which explain nothing ("bought rope, and no it's not for camping").
 */

/** Everyday reasons that explain most of these classes away: a move, a trip, work, a payment. */
export const EVERYDAY =
  /搬家|搬去|收衣服|晾|晒被|信号|出差|出国|打工|上班|下班|加班|开会|旅游|度假|房东|过敏|装修|还清|结清|还完|自动还款|\b(?:moving|move out|landlord|allergic|vacation|trip|traffic|commute|fixing|repair|leak|paid (?:it )?off|autopay|payday|paycheck|wedding|interview|meeting)\b/;

/**
 * An everyday reason said only to be denied: "not for camping", "不是去露营用的", a trip told to
 * someone and then denied ("told her i was travelling, i am not").
 */
const DENIED_REASON =
  /\b(?:not|isn'?t|ain'?t) (?:for|to use for) (?:camping|climbing|work|the garden|gardening|moving|the boat|hunting|fishing|cooking|a project|a tent|the tent|a trip|(?:a |the )?(?:bbq|barbecue|grill)|grilling|heating|sleep|sleeping|my back|pain|what you think|anything like that)\b|不是(?:去|拿来|用来|为了|给)[^。！？，,]{0,6}(?:用的|用|玩的|的)|\btold (?:her|him|them|everyone|people|my \w+) (?:i was|i'?m|i am) (?:travell?ing|going away|away|on (?:a )?(?:holiday|trip|vacation)|moving)\b[^.?!]{0,6}\b(?:i am not|i'?m not|but i'?m not|which i'?m not)\b|(?:跟|对)(?:她|他|他们|家里|我妈|我爸)说我(?:要)?(?:出差|出国|旅游|出远门)[^。！？]{0,6}(?:其实|但)(?:不是|没有|不去)/g;

/**
 * The text an everyday reason is looked for in: a reason said only to be denied does not explain
 * the words away ("bought rope today, and no it's not for camping").
 */
export function withoutDeniedReasons(text: string): string {
  return text.replace(DENIED_REASON, ' ');
}
