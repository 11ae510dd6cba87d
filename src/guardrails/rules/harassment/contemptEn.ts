import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * Harassment (English): contempt said to the person (guarden20, issue 16). An insult aimed at
 * the person themselves is abusive language (FDCPA §1692d(2)) whether or not anyone else hears
 * it; so are orders to "grow up" or stop "acting like a child", sneers at their excuses, their
 * job or their pride, and "you people". Lawful look-alikes: children who grow up, a caller who
 * "called you" a name (reported), "you are not stupid for asking", "we never call anyone a loser".
 */

// Names for a person, said to them: "you deadbeat", "you're a loser", "u bum".
const NAMES = String.raw`(?:deadbeats?|losers?|bums?|cowards?|morons?|idiots?|jerks?|scumbags?|lowlifes?|low-lifes?|leeches?|parasites?|freeloaders?|cheapskates?|clowns?|crooks?|liars?|dumbass|dumbasses|deadweight|slacker|slackers|good-for-nothing)`;

export const HARASSMENT_CONTEMPT_EN: PatternRuleSpec[] = [
  {
    id: 'harassment.mockery',
    lang: 'en',
    negatable: true,
    triggers: [
      'deadbeat',
      'loser',
      'bum',
      'coward',
      'moron',
      'idiot',
      'jerk',
      'scumbag',
      'lowlife',
      'low-life',
      'leech',
      'parasite',
      'freeloader',
      'cheapskate',
      'clown',
      'crook',
      'liar',
      'dumbass',
      'deadweight',
      'slacker',
      'good-for-nothing',
      'kind of',
      'sort of',
      'what a',
    ],
    patterns: en(
      // Vocative or verdict, not reported ("a caller called you a liar") and not a question of the
      // person's own ("am I a deadbeat?").
      String.raw`(?<!\b(?:call(?:ed|ing|s)?|name(?:d|s)?|label(?:l?ed)?|consider(?:ed)?|think of) )\b(?:(?:you|u|ya)(?:'re| are| r)?|ur|youre) (?:(?:a|an|such a|such an|just a|nothing but a|total|complete|lazy|little|stupid|damn|bloody|f\W*\w*ing|sorry|useless|lying|cheap|worthless) )*${NAMES}\b`,
      String.raw`\bwhat (?:kind of|sort of|a) (?:a )?(?:${NAMES}|person|adult|grown man|grown woman|man|woman|parent)\b[^.!?\n]{0,30}\b(?:can't|cannot|doesn't|does not|won't|would not|wouldn't|ignores?|borrows?|skips?)\b`,
    ),
  },
  {
    // Orders that treat the person as a child or a fool.
    id: 'harassment.mockery',
    lang: 'en',
    triggers: ['grow up', 'like a child', 'like a baby', 'like a kid', 'like a teenager', 'act your age', 'man up', 'normal adult', 'together', 'playing games', 'sob story', 'cry poor', 'crying poor', 'cry me a river', 'boo hoo', 'boo-hoo'],
    patterns: en(
      String.raw`(?:^|[.!?,;:]\s*|\b(?:just|so|please|time to|need to|needs to|have to|better|gotta|should|and|why don't you|won't you|can't you) )grow (?:the (?:hell|f\W*\w*) )?up\b(?! (?:in|with|around|to|into|and (?:go|become|get|start)))`,
      String.raw`\b(?:act(?:ing)?|behav(?:e|ing)|whin(?:e|ing)) like a (?:child|baby|kid|teenager|toddler|spoiled brat)\b|\bact your age\b|\bman up\b|\blike a normal adult\b`,
      String.raw`\bget your (?:act|life|sh\W*t|s\W+t|crap) together\b|\b(?:quit|stop) (?:playing|the) games\b|\b(?:sob story|cry(?:ing)? poor|cry me a river|boo-? ?hoo)\b`,
    ),
  },
  {
    // Sneers at the person's excuses, job, pride and kind.
    id: 'harassment.mockery',
    lang: 'en',
    negatable: true,
    triggers: ['fake', 'made-up', 'made up', 'phony', 'phoney', 'so-called', 'convenient', 'another excuse', 'nobody cares', 'no one cares', 'ashamed of yourself', 'ashamed of you', 'embarrassed of you', 'embarrassed by you', 'you people', 'even have a job', 'even work', 'all day', 'shame on you', 'spare me'],
    patterns: en(
      String.raw`\b(?:oh|wow|great|yet|here's|here is|always|not) another excuse\b|\b(?:nobody|no one|no-one) cares (?:about )?(?:your|what you|why you|how you)\b|\bspare me (?:the|your) (?:excuses|story|stories|tears|drama)\b`,
      String.raw`\byou (?:must|should) be (?:so |really |very )?ashamed of yourself\b|\b(?:kids|children|son|daughter|family|parents|mother|mom|mum|father|dad|wife|husband) (?:must|should) be (?:so |really |very )?(?:ashamed|embarrassed) (?:of|by) you\b|\bshame on you\b`,
      String.raw`\byou people (?:are|never|always|think|all|just|do)\b`,
      String.raw`\b(?:fake|made-up|made up|phony|phoney|so-called|convenient) (?:little )?(?:hardship|illness|sickness|emergency|excuse|excuses|story|sob story|job loss|funeral|diagnosis|surgery|divorce)\b(?! (?:programs?|schemes?|compan(?:y|ies)|offers?|calls?|callers?|websites?|sites?|letters?|notices?|services?|agents?|texts?|emails?))`,
      String.raw`\bdo you even (?:have a job|work)\b|\b(?:sit|lie|lay|laze|lounge) (?:around|about|on (?:your|the) (?:couch|sofa|ass|butt)) all day\b`,
    ),
  },
  {
    // "It's not my fault you were dumb", "are you stupid?": the person's mind as a verdict.
    id: 'harassment.mockery',
    lang: 'en',
    negatable: true,
    triggers: ['dumb', 'stupid', 'thick', 'brainless', 'clueless', 'retarded', 'an idiot', 'a moron'],
    patterns: en(
      String.raw`(?<!\b(?:feel|felt|look|sound|seem)\w* )\b(?:you|u)(?:'re| are| were| r|'ve been| have been)? (?:so |too |being |just |really |plain |that )?(?:dumb|stupid|thick|brainless|clueless|retarded|an idiot|a moron)\b(?! (?:question|questions|for asking|to ask))`,
    ),
  },
];
