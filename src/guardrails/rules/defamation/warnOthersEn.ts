import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * The person's honesty run down (guarden26, issue 16), with no listed insult in it:
 *
 * - Others warned against the person: "be careful with him", "I would advise some caution with
 *   Mr. Adeyemi handling cash", "ask around before you give him anything".
 * - A habit of not paying back stated as fact: "he has a history of collecting money and
 *   disappearing", "a habit of taking money and not returning", "he knows how to take and not
 *   return".
 * - A label the collector says it has pinned on the person: "our records classify you as a serial
 *   defaulter", "you are flagged as cheater", "behaving like roadside cheater".
 *
 * A lender states facts about an account (days past due, amounts, "your account is in default");
 * a judgment on the person's character is defamation (POLICY.md: defamation).
 */

const PERSON = String.raw`(?:him|her|them|mr\.? \w+|mrs\.? \w+|ms\.? \w+|this (?:guy|man|woman|person|fellow|gentleman|lady)|(?:your|ur) (?:colleague|officemate|co-?worker|neighbou?r|friend|tenant|employee|staff|worker|son|daughter|husband|wife|brother|sister|cousin|in-law))`;
const BAD_LABEL = String.raw`(?:defaulter|absconder|cheater|cheat|fraudster|thief|con artist|conman|con man|scammer|swindler|runaway)`;

export const DEFAMATION_WARN_OTHERS_EN: PatternRuleSpec[] = [
  {
    // "everybody following this guy: keep your wallets close".
    id: 'defamation.label',
    lang: 'en',
    negatable: true,
    triggers: ['keep your', 'keep ur'],
    patterns: en(
      String.raw`\b(?:everybody|everyone|all of you|people|folks|guys)\b[^.!?\n]{0,40}?\bkeep (?:your|ur) (?:wallets?|money|purses?|valuables|cash) (?:close|closer|safe|locked)\b`,
    ),
  },
  {
    // "The man's a con artist", "your husband has been lying to you about money", "he has been
    // ducking a whole lot of people he owes", "less than honest with a good many people".
    id: 'defamation.label',
    lang: 'en',
    negatable: true,
    triggers: [
      'con artist',
      'conman',
      'con man',
      'fraudster',
      'swindler',
      'lying',
      'ducking',
      'dodging',
      'hiding from',
      'running from',
      'less than honest',
      'knowing full well',
      'knowing fully well',
      'worth',
    ],
    patterns: en(
      String.raw`\b(?:the (?:man|woman|guy|fellow)|${PERSON})(?:'s| is| was) (?:a |an )?(?:(?:real|total|complete|known|proper|regular) )?(?:con artist|conman|con man|fraudster|swindler)\b(?![^.!?\n]{0,40}\b(?:pretend\w*|pos(?:es|ing) as|claim\w* to be|impersonat\w*|scam\w*)\b)`,
      String.raw`\b(?:has|have|had)(?: been)? lying to (?:you|everyone|people|his|her|the)\b[^.!?;\n]{0,20}?\babout (?:money|the money|his debts?|her debts?|finances)\b`,
      String.raw`\b(?:ducking|dodging|hiding from|running from|cheating) (?:a (?:whole )?lot of|many|lots of|all the|everyone|several|plenty of|a good many) (?:people|lenders|creditors|folks)\b`,
      String.raw`\bless than honest with (?:a (?:good |great )?(?:many|lot of|number of)|many|lots of|everyone|plenty of) (?:people|lenders|folks)\b`,
      String.raw`\bknowing (?:full |fully )?well (?:he|she|they) (?:would|will|was going to|were going to) (?:run|disappear|vanish|not pay|never pay|abscond)\b`,
    ),
  },
  {
    id: 'defamation.label',
    lang: 'en',
    negatable: true,
    triggers: ['careful', 'caution', 'wary', 'beware', 'watch out', 'ask around'],
    patterns: en(
      String.raw`\b(?:be (?:very |extra )?careful|careful|caution|cautious|wary|beware|watch out|ask around)\b[^.!?;\n]{0,12}?\b(?:with|of|around|about|before you (?:give|lend|trust|hand)|for)\b[^.!?;\n]{0,12}?\b${PERSON}(?!\w)`,
    ),
  },
  {
    id: 'defamation.label',
    lang: 'en',
    negatable: true,
    triggers: ['habit', 'history', 'pattern', 'track record', 'knows how to', 'likes to', 'tends to'],
    patterns: en(
      String.raw`\b(?:habit|history|pattern|track record|practice) of (?:taking|collecting|borrowing|receiving|getting)\b[^.!?;\n]{0,30}?\b(?:and|then) (?:not (?:returning|paying|repaying|giving)|never (?:returning|paying|repaying)|disappearing|vanishing|running|absconding|running away)\b`,
      String.raw`\b(?:knows how to|likes to|tends to) (?:take|borrow|collect|eat)\b[^.!?;\n]{0,20}?\b(?:and|then) (?:not (?:return|pay|repay|give)|never (?:return|pay|repay)|disappear|vanish|run)\b`,
    ),
  },
  {
    id: 'defamation.label',
    lang: 'en',
    negatable: true,
    triggers: [
      'defaulter',
      'absconder',
      'cheat',
      'fraudster',
      'thief',
      'con artist',
      'conman',
      'con man',
      'scammer',
      'swindler',
      'runaway',
    ],
    patterns: en(
      String.raw`\b(?:classif\w+|flagged|tagged|marked|listed|labell?ed|branded|declared|recorded|registered) (?:you )?as (?:an? )?(?:(?:serial|habitual|chronic|wilful|willful|known|professional|certified) )?${BAD_LABEL}\b`,
      String.raw`\b(?:like|as) (?:an? )?(?:roadside|common|street|petty|typical|serial|habitual) ${BAD_LABEL}\b`,
      String.raw`\b(?:serial|habitual|chronic|professional) (?:defaulter|absconder|cheater|cheat|borrower)\b`,
    ),
  },
  {
    // "a promise from you is worth about as much as the card you maxed out": no negation reads it.
    id: 'defamation.label',
    lang: 'en',
    negatable: false,
    triggers: ['worth'],
    patterns: en(
      String.raw`\b(?:a promise|a word|the word) from you is worth\b|\b(?:your|ur) (?:word|promises?) (?:is|are|'s) worth (?:nothing|about as much|as much as|less than)\b`,
    ),
  },
];
