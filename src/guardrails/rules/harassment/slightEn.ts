import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * Insults with no profane or listed word (guarden25, issue 16): the person's mind, honesty or worth
 * as a verdict ("it's not my fault you were dumb", "YOU ARE EITHER HONEST OR DISHONEST", "you
 * shameless woman", "only a fool…", "are you mad?"), their family offered for sale, a masked curse
 * in "do whatever the …. you want", the person told to go and beg, "a grown man hiding from a small
 * loan", "even a beggar is more honest than you", and their hardship "not my problem". Abusive
 * language to the person is harassment whatever word carries it (FDCPA §1692d(2); UK CONC 7.3.4).
 * Lawful look-alikes: "you are not a failure", "are you mad at us? we understand", "it is not your
 * fault you lost your job", "that's not a problem".
 */

export const HARASSMENT_SLIGHT_EN: PatternRuleSpec[] = [
  {
    // "It's not my fault you were dumb enough to borrow", "stupid enough to sign".
    id: 'harassment.mockery',
    lang: 'en',
    triggers: ['fault', 'problem', 'enough to'],
    patterns: en(
      String.raw`\bnot (?:my|our) (?:fault|problem|business|concern) (?:that |if )?(?:you|u)(?:'re| are| were| r)? (?:so |too )?(?:dumb|stupid|foolish|careless|lazy|greedy|irresponsible|reckless|useless)\b`,
      String.raw`\b(?:you|u)(?:'re| are| were| r)? (?:dumb|stupid|foolish|silly|greedy|mad|careless) enough to\b`,
      String.raw`(?:^|[.!?,;]\s*|\bbut |\bwell,? )(?:that's|that is|thats|it's|it is) (?:not (?:my|our) problem|(?:your|ur) (?:problem|headache|own problem))\b`,
    ),
  },
  {
    // "YOU ARE EITHER HONEST OR DISHONEST", "you shameless woman", "have some shame".
    id: 'harassment.mockery',
    lang: 'en',
    triggers: ['honest', 'shame', 'hiya', 'kapal'],
    patterns: en(
      String.raw`\b(?:you are|you're|are you|ur|u r|r u) (?:either )?honest or (?:dishonest|a (?:liar|thief|cheat|crook|fraud))\b`,
      String.raw`\b(?:you|u|ya) shameless\b|\bshameless (?:woman|man|girl|boy|person|people|fellow|creature|thing|liar|debtor)\b|\b(?:have|show) (?:some|a little) shame\b|\b(?:you|u) (?:have|got|get) no shame\b|\b(?:you|u) dey shame\b|\b(?:wala kang hiya|walang hiya|kapal ng mukha)\b|\bashamed to call (?:yourself|urself)\b`,
    ),
  },
  {
    // "Only a fool borrows and switches off his phone", "are you mad?", "something wrong with your head".
    id: 'harassment.mockery',
    lang: 'en',
    triggers: [
      'fool',
      'idiot',
      'imbecile',
      'mad',
      'crazy',
      'insane',
      'mental',
      'wrong with',
      'out of your mind',
    ],
    patterns: en(
      String.raw`\bonly (?:a|an) (?:fool|idiot|imbecile|madman|mad man)\b|\b(?:are|r) (?:you|u) (?:a fool|mad|crazy|insane|mental|out of your mind)\b(?! (?:at|about|with|that|because|if))|\b(?:you|u) (?:fool|imbecile)\b|\bsomething (?:is )?wrong with (?:your|ur) (?:head|brain|mind)\b`,
    ),
  },
  {
    // "Sell off your wife, your kids", "go and beg on the street".
    id: 'harassment.mockery',
    lang: 'en',
    triggers: ['sell', 'beg', 'steal'],
    patterns: en(
      String.raw`\bsell (?:off )?(?:your|ur) (?:wife|wives|husband|kids|children|daughters?|sons?|family|body|mother|mum|mom|kidneys?|organs?|blood)\b`,
      String.raw`\bgo (?:and |n |out and )?(?:beg|steal|sell yourself)\b`,
    ),
  },
  {
    // "Do whatever the …. you want": a curse masked by dots or stars.
    id: 'harassment.mockery',
    lang: 'en',
    triggers: ['whatever the', 'what ever the'],
    patterns: en(
      String.raw`\bdo (?:whatever|what ever) the\s*(?:[^\w\s]{2,}|hell|heck|f\w*)\s*(?:you|u) (?:want|like|wish)\b`,
    ),
  },
  {
    // "You are a useless person", "YOU ARE A BIG LIAR AND A CHEAT", "u r a disgrace".
    id: 'harassment.mockery',
    lang: 'en',
    negatable: true,
    triggers: [
      'useless',
      'worthless',
      'pathetic',
      'hopeless',
      'disgrace',
      'embarrassment',
      'liar',
      'cheat',
      'thief',
      'good for nothing',
      'disappointment',
    ],
    patterns: en(
      String.raw`(?<!\b(?:call(?:ed|ing|s)?|name(?:d|s)?|label(?:l?ed)?) )\b(?:(?:(?:you|u)(?:'re| are| r)?|ur|youre) (?:a |an |such a |such an |just a |nothing but a |total |complete |big |real |proper |great )*|ura (?:total |complete |big |real |proper |great )*)(?:useless|worthless|pathetic|hopeless|good for nothing|disgrace|embarrassment|liar|cheat|thief|disappointment)\b`,
    ),
  },
  {
    // "A grown man hiding from a small loan", "even a beggar is more honest than you", "your sort never pay".
    id: 'harassment.mockery',
    lang: 'en',
    triggers: [
      'grown',
      'even a',
      'your sort',
      'your kind',
      'your type',
      'people like you',
      'like a small',
      'like a little',
    ],
    patterns: en(
      String.raw`\b(?:a )?grown (?:man|woman|adult|person)\b[^.!?\n]{0,15}?\b(?:hiding|running|dodging|crying|begging|dey run|dey hide)\b`,
      String.raw`\beven a (?:beggar|child|kid|small child|baby|goat|dog|pupil|primary school pupil|schoolboy|schoolgirl) (?:is|knows|would|can|has|pays|understands)\b`,
      String.raw`\b(?:your (?:sort|kind|type)|people like (?:you|u)) (?:never|always|don't|do not|dont|are (?:all|always|the (?:reason|problem))|just)\b`,
      String.raw`\blike a (?:small|little) (?:child|baby|kid|boy|girl)\b`,
    ),
  },
];
