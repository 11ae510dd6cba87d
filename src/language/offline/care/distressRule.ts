/** One curated distress pattern, with its family and whether a negation before it cancels it. */
export interface DistressRule {
  family: 'direct' | 'euphemism' | 'indirect' | 'farewell' | 'hopeless' | 'method' | 'conditional';
  pattern: RegExp;
  /** True when a negation just before the match ("不会", "not") cancels it. */
  negatable: boolean;
  /** Words every match contains: when none is in the text the rule is skipped (saves CPU). */
  cue?: RegExp;
}

/**
 * A rule by class (rules/<category>/*.ts): the words that make it distress, and where the same
 * words are everyday talk, what must also be said (`needs`) or what explains them away (`unless`).
 * Never negated away.
 */
export interface ClassRule {
  /** Names the rule in rules/order.ts, which sets the order the rules are read in. */
  id: string;
  family: DistressRule['family'];
  /** Words every match contains: the rule is read only when one is in the message (cheap). */
  cue: RegExp;
  pattern: RegExp;
  needs?: RegExp;
  unless?: RegExp;
}
