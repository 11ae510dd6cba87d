import type { ClassRule } from '../distressRule.js';
import { CONDITIONAL_THREAT_RULES } from './conditional/threats.js';
import { THREATENED_BY_PARTNER_RULES } from './danger/threatenedByPartner.js';
import { DEATH_ENDS_DEBT_RULES } from './debtAfterDeath/deathEndsDebt.js';
import { INSURANCE_PAYOUT_RULES } from './debtAfterDeath/insurance.js';
import { AFTER_DEATH_QUESTION_RULES } from './debtAfterDeath/questions.js';
import { AFFAIRS_IN_ORDER_RULES } from './farewell/affairsInOrder.js';
import { GIVING_AWAY_RULES } from './farewell/givingAway.js';
import { GOODBYES_RULES } from './farewell/goodbyes.js';
import { LETTERS_RULES } from './farewell/letters.js';
import { HOPELESSNESS_RULES } from './hopeless/hopelessness.js';
import { LOOKUPS_RULES } from './method/lookups.js';
import { MEANS_AT_HAND_RULES } from './method/meansAtHand.js';
import { PLACES_AND_EDGES_RULES } from './method/placesAndEdges.js';
import { TRAFFIC_RULES } from './method/traffic.js';
import { SAID_PLAINLY_RULES } from './plain/saidPlainly.js';
import { REPORTED_BY_FAMILY_RULES } from './relative/reportedByFamily.js';
import { WITH_THE_DEAD_RULES } from './reunion/withTheDead.js';
import { CUTTING_RULES } from './selfHarm/cutting.js';
import { PAST_ATTEMPTS_RULES } from './selfHarm/pastAttempts.js';
import { BURDEN_RULES } from './veiled/burden.js';
import { NOT_HERE_SOON_RULES } from './veiled/notHereSoon.js';
import { CLASS_RULE_ORDER } from './order.js';

/**
 * The rules by class, filed by what they detect (one folder per category: plain, hopeless,
 * farewell, debtAfterDeath, method, selfHarm, reunion, veiled, conditional, relative, danger;
 * everyday/ holds what explains their words away). Each names the words that make it distress
 * (`pattern`) and, where the same words are everyday talk, what must also be said (`needs`) or
 * what explains them away (`unless`); never negated away. Read in CLASS_RULE_ORDER (order.ts).
 */
const FILED: readonly (readonly ClassRule[])[] = [
  CONDITIONAL_THREAT_RULES,
  THREATENED_BY_PARTNER_RULES,
  DEATH_ENDS_DEBT_RULES,
  INSURANCE_PAYOUT_RULES,
  AFTER_DEATH_QUESTION_RULES,
  AFFAIRS_IN_ORDER_RULES,
  GIVING_AWAY_RULES,
  GOODBYES_RULES,
  LETTERS_RULES,
  HOPELESSNESS_RULES,
  LOOKUPS_RULES,
  MEANS_AT_HAND_RULES,
  PLACES_AND_EDGES_RULES,
  TRAFFIC_RULES,
  SAID_PLAINLY_RULES,
  REPORTED_BY_FAMILY_RULES,
  WITH_THE_DEAD_RULES,
  CUTTING_RULES,
  PAST_ATTEMPTS_RULES,
  BURDEN_RULES,
  NOT_HERE_SOON_RULES,
];

/** The rules in `order`, each once; throws on an id that is not filed, listed twice, or not listed. */
export function inOrder(filed: readonly ClassRule[], order: readonly string[]): ClassRule[] {
  const byId = new Map<string, ClassRule>();
  for (const rule of filed) {
    if (byId.has(rule.id)) throw new Error(`class rule ${rule.id} is filed twice`);
    byId.set(rule.id, rule);
  }
  const listed = new Set<string>();
  const ordered = order.map((id) => {
    const rule = byId.get(id);
    if (rule === undefined) throw new Error(`class rule ${id} is listed in order.ts but filed nowhere`);
    if (listed.has(id)) throw new Error(`class rule ${id} is listed twice in order.ts`);
    listed.add(id);
    return rule;
  });
  const unlisted = [...byId.keys()].filter((id) => !listed.has(id));
  if (unlisted.length > 0) throw new Error(`class rules not in order.ts: ${unlisted.join(', ')}`);
  return ordered;
}

/** Every class rule, in the order they are read. */
export const CLASS_RULES_IN_ORDER: readonly ClassRule[] = inOrder(FILED.flat(), CLASS_RULE_ORDER);

export { IDIOMS } from './everyday/idioms.js';
