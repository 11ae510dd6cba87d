import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * Threats (English): veiled menace: harm left to the imagination, the end of friendliness, "next time".
 * Each rule's place in the order of findings: ../order.ts.
 */

export const THREAT_VEILED_EN: PatternRuleSpec[] = [
  {
    id: 'threat.intimidation',
    lang: 'en',
    triggers: [
      'ugly',
      'nasty',
      'messy',
      'rough',
      'unpleasant',
      'painful',
      'dangerous',
      'hairy',
      'uncomfortable',
      'worse',
    ],
    patterns: en(
      `\\b(?:things|it|this|life|matters|everything) (?:could|can|will|might|may|is going to|are going to|would|is about to|are about to) (?:get|turn|become) (?:very |really |pretty |extremely |quite |real )?(?:ugly|nasty|messy|rough|unpleasant|painful|dangerous|hairy|uncomfortable)\\b`,
      `\\b(?:the alternative|the other option|what comes next|the next step|plan b)\\s+(?:is|will be|is going to be|would be)\\s+(?:very |really |pretty |extremely |much more |far more |a lot more )?(?:ugly|nasty|messy|rough|unpleasant|painful|uncomfortable|worse)\\b`,
    ),
  },
  {
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['if i were you', 'next move', 'carefully', 'visit', 'to lose'],
    patterns: en(
      `\\b(?:we'll|we will|we're going to|we are going to|we'll have to|we have to|have to|going to) (?:pay|make) (?:you )?a (?:little |personal |friendly |surprise )?visit\\b|\\bpersonal visit (?:to|at) your\\b|\\b(?:a lot|so much|plenty|everything) to lose\\b`,
      `\\bif i were you\\b|\\b(?:think|consider) (?:very |really )?carefully about (?:your next move|what you do next)\\b|\\byour next move\\b`,
    ),
  },
  {
    // "Don't say nobody warned you": the negation is the threat's own, never an excuse.
    id: 'threat.intimidation',
    lang: 'en',
    triggers: ['warned you', 'warn you'],
    patterns: en(`\\b(?:nobody|no one|no-one) warned you\\b|\\bdon't say (?:we|i) didn't warn you\\b`),
  },
  {
    // Harm left to the imagination.
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: [
      'shame',
      'pity',
      'accidents',
      'next time',
      'sooner or later',
      'eventually',
      'one of these days',
      'forever',
      'door',
      'watch your back',
      'watch ur back',
      'shoulder',
      'sleep',
      'patient',
      'friendly',
      'gentle',
      'forgiving',
      'nervous',
      'scared',
      'frightened',
      'upset',
      'shaken',
      'worried',
    ],
    patterns: en(
      String.raw`\b(?:shame|pity) if (?:something|anything) (?:happened|were to happen|was to happen|bad)\b|\b(?:shame|pity) if (?:your|it|they|he|she|the)\b[^.!?]{0,40}\b(?:got|get|were|was|went)\b[^.!?]{0,12}\b(?:keyed|scratched|damaged|hurt|broken|burnt|burned|smashed|stolen|towed|fired|flat|missing|out on the)\b|\bshame about what happened to\b`,
      String.raw`\baccidents (?:do |can |tend to |often )?happen\b[^.!?]{0,40}\b(?:people|those|folks|anyone) who\b`,
      String.raw`\bnext time\b[^.!?]{0,25}\b(?:won't|will not|isn't|is not|ain't) (?:be )?(?:just )?(?:a |by |with a )?(?:phone|call|letter|text|message|email|polite|friendly|me|nice)\b`,
      String.raw`\bimagine how (?:she|he|they|your \w+)(?:'ll| will| would|'d) (?:feel|react|look)\b[^.!?]{0,15}\bnext time\b`,
      String.raw`\b(?:sooner or later|eventually|one of these days)\b[^.!?]{0,25}\b(?:walk|come|step|leave|go|get) out\b|\bcan(?:'t|not) (?:hide|stay (?:inside|home|in)|keep (?:your|the|that) (?:front )?(?:door|curtains) (?:shut|closed|locked)) forever\b`,
      String.raw`\block(?:s|ed)? (?:your|her|his|their|the|that) (?:front )?doors?\b|\bwatch (?:your|ur) back\b|\blook(?:ing)? over (?:your|ur) shoulder\b|\bsleep (?:tight|well)\b[^.!?]{0,20}\bwhile you (?:still )?can\b|\b(?:don't|do not|won't|never) (?:tend to )?sleep (?:well|easy|soundly)\b`,
      String.raw`\b(?:they're|they are|he's|he is|these guys are|my guys are|those guys are)\b[^.!?]{0,10}\bnot (?:the |very )?(?:patient|friendly|gentle|forgiving)(?: type| kind| sort| people| guys)?\b`,
      String.raw`\b(?:seemed|looked|was|were|got) (?:very |really |so |a bit )?(?:nervous|scared|frightened|upset|shaken|worried) when (?:we|i|our \w+) (?:stopped|came|dropped|showed|called|visited|knocked)\b`,
    ),
  },
  {
    // Friendly "or the alternative": menace by contrast.
    id: 'threat.intimidation',
    lang: 'en',
    negatable: false,
    triggers: [
      'alternative',
      'other way',
      'being polite',
      'being nice',
      'being friendly',
      'being patient',
      'easy way',
    ],
    patterns: en(
      String.raw`\b(?:cheaper|easier|better|nicer|simpler|safer) than the alternative\b(?! of)|\bthe other way is\b[^.!?]{0,20}?\bless pleasant\b|\bthe easy way or the (?:hard|other) way\b`,
      String.raw`\b(?:when|once|before|after|if) (?:we|i) stop being (?:polite|nice|friendly|patient)\b`,
    ),
  },
  {
    // The end of friendliness as a veiled threat: "after this we stop being friendly".
    id: 'threat.intimidation',
    lang: 'en',
    triggers: [
      'friendly',
      'nice',
      'polite',
      'courteous',
      'pretty',
      'pleasant',
      'patience',
      'patient',
      'niceness',
      'goodwill',
      'courtesy',
      'civil',
      'gentle',
      'different conversation',
    ],
    patterns: en(
      String.raw`(?<!\b(?:never|not|won't|don't|will not|do not) )\b(?:stop|quit|done|finished) (?:being )?(?:friendly|nice|polite|courteous)\b`,
      String.raw`\b(?:i|we|it|that|things|the next (?:call|visit|one))\b(?: \w+)? (?:won't|will not|isn't going to|aren't going to|is not going to|are not going to|ain't gonna|not gonna) (?:be |stay )?(?:so |as |this |very )?(?:friendly|nice|polite|courteous)\b`,
      String.raw`\b(?:played it|been|kept (?:it|things)|stayed|acted) (?:nice|polite|friendly|civil|courteous|patient)\b[^.!?\n]{0,30}[.,;]?\s*(?:that's|that is|it's|this is|that'll be|that ends|it ends) (?:over|done|ending|finished|about to change)\b`,
      String.raw`\b(?:my|our) (?:patience|niceness|goodwill|courtesy)\b[^.!?\n]{0,10}\b(?:runs out|ends|is over|expires|is running out|has run out|wears thin|stops)\b`,
      String.raw`\b(?:last|final) (?:time (?:i'm|we're|i am|we are) (?:asking|calling|being) (?:nicely|politely|nice)|(?:friendly|nice|polite|courteous|courtesy) (?:call|message|reminder|warning|conversation|visit))\b[^\n]{0,120}?\b(?:different conversation|stop being|what i'm saying|my drift|between the lines|capisce|you get it|get the picture|or else|understand me)\b`,
      String.raw`\bwhat (?:happens|comes) (?:next|after(?: this| that)?|then)\b[^.!?\n]{0,10}\b(?:isn't|won't|is not|will not|ain't)\b[^.!?\n]{0,12}\b(?:friendly|nice|polite|courteous|pretty|pleasant)\b`,
      String.raw`\bnext time\b[^.!?\n]{0,20}\ba different (?:conversation|story|approach|tone)\b`,
      String.raw`\bconsider this the (?:friendly|nice|polite|gentle) (?:version|one|call|warning)\b`,
      String.raw`\b(?:the )?(?:nice|gentle|polite|friendly|patient|courteous)(?: (?:treatment|approach|phase|version|part|routine))? (?:ends|is over|stops|runs out|is finished|is done|expires)\b`,
    ),
  },
  {
    // A car that might not start, brakes or tires: harm to property left to the imagination.
    id: 'threat.intimidation',
    lang: 'en',
    triggers: ['pity if', 'shame if'],
    patterns: en(
      String.raw`\b(?:pity|shame) if (?:it|your (?:car|truck|ride|vehicle))\b[^.!?\n]{0,12}\b(?:didn't|did not|won't|wouldn't|doesn't) start\b`,
    ),
  },
];
