import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * Seizure threatened with no legal process (guarden25, issue 16): the collector's people will take,
 * carry, pick up or "come round for" the person's car, television, furniture or "anything of value",
 * or a named belonging "is ours now". A card collector has no power to take goods; only a court's
 * enforcement agent may, after a judgment ("enforcement agents may remove and sell goods", a secured
 * loan's repossession "as allowed by your contract and state law" stay lawful: no collector actor,
 * hedged, or bound to the law). FDCPA §1692e(4), §1692f(6); UK CONC 7.3; Kenya CBK conduct rules.
 */

// The belongings a collector names: vehicles, electronics, furniture, the household's goods.
const GOODS = String.raw`(?:car|cars|vehicle|truck|bike|motorbike|motorcycle|motor|scooter|tv|telly|television|fridge|freezer|furniture|sofa|couch|bed|properties|property|belongings|possessions|goods|household (?:items|goods|things)|items|things|stuff|laptop|phone|electronics|appliances|stock|shop stock|cooker|gas cooker|valuables|jewel(?:le)?ry|car keys|livestock|goats|cows)`;
// Whose they are: the person's own, or all of them.
const OWNED = String.raw`(?:your|ur|ya|the|all (?:your|ur|the)|any|every|household)`;
const CREW = String.raw`(?:expect us|we|we'?ll|we'?re|we r|i|i'?ll|our (?:[\w-]+ ){0,2}?(?:team|boys|men|guys|agents?|officers?|collectors?|people|field staff)|my (?:boys|men|guys|team|people))`;
const TAKE = String.raw`(?:take|taking|carry|carrying|collect|collecting|pick(?: up)?|picking(?: up)?|remove|removing|cart (?:away|off)|lift|lifting|seize|seizing|confiscate|confiscating|impound|impounding|grab|grabbing|auction|auctioning|attach|attaching|load|loading)`;

export const THREAT_SEIZURE_EN: PatternRuleSpec[] = [
  {
    // "We will take your car", "our recovery boys will come and lift your scooter".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: [
      'take',
      'taking',
      'carry',
      'carrying',
      'collect',
      'pick',
      'remove',
      'removing',
      'cart',
      'lift',
      'seiz',
      'confiscat',
      'impound',
      'grab',
      'auction',
      'attach',
      'load',
    ],
    patterns: en(
      // The actor is read behind the verb, so "we will never take…" is negated at the verb.
      String.raw`(?<=\b${CREW}\b[^.!?\n]{0,60}?)\b${TAKE} (?:away |off |up )?${OWNED} (?:[\w-]+ ){0,2}?${GOODS}\b(?! (?:number|call|calls|details|payment|payments|loan|policy|insurance|account))`,
      String.raw`\b(?:your|ur) (?:[\w-]+ ){0,2}?${GOODS} (?:will|shall|would|is going to|are going to|gonna) (?:be|b) (?:taken|carted away|carted off|carried away|carried|collected|picked up|picked|removed|lifted|seized|confiscated|attached|impounded|auctioned)\b[^.!?\n]{0,30}?\b(?:by (?:our|my) |if |unless |tomorrow|today|tonight|this week)`,
    ),
  },
  {
    // "We'll be round for your TV", "we r coming 4 ur car", "your bike is next".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: [' for your', ' for ur', ' 4 your', ' 4 ur', ' is next', ' r next', ' are next'],
    patterns: en(
      String.raw`(?<=\b${CREW}\b[^.!?\n]{0,30}?)\b(?:coming|come|be|be back|be over|back|round) (?:round |around |over |back |straight )?(?:on \w+ |on \w+ morning |tomorrow |tmrw |2morrow |tonight |soon |saturday |sunday )?(?:for|4) (?:your|ur) (?:[\w-]+ ){0,2}?${GOODS}\b`,
      String.raw`\b(?:your|ur) (?:[\w-]+ ){0,2}?${GOODS} (?:is|are|r) next\b`,
    ),
  },
  {
    // "Anything of value to you will become ours", "that sofa is ours now".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['ours', 'our property'],
    patterns: en(
      String.raw`\b(?:anything|everything)(?: of value| you own| you have| in (?:your|ur) (?:house|home|shop))?(?: to you)? (?:will|shall|is going to|would) (?:become|be) (?:ours|our property)\b`,
      String.raw`\b(?:your|ur|that|this|the) (?:[\w-]+ ){0,2}?${GOODS} (?:is|are) (?:ours|our property)\b`,
    ),
  },
];
