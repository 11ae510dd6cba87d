/** One curated distress pattern, with its family and whether a negation before it cancels it. */
export interface DistressRule {
  family: 'direct' | 'euphemism' | 'indirect' | 'farewell' | 'hopeless' | 'method' | 'conditional';
  pattern: RegExp;
  /** True when a negation just before the match ("不会", "not") cancels it. */
  negatable: boolean;
  /** Words every match contains: when none is in the text the rule is skipped (saves CPU). */
  cue?: RegExp;
}
