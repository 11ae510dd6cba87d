import { en, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Smears and group jibes in English (guard17en, issue 16), written by class from the helper's own
 * check set (test/guardrails/labelled/check-g17.en.jsonl), not from a real message: a notice that
 * the person carries a disease or escaped from a clinic or prison, aliases and flight "from the
 * law" told to others, a condolence that calls the person a criminal (`defamation`); veterans,
 * the disabled, the old and people on welfare or benefits scorned as a group or against "honest"
 * citizens (`discrimination`). FDCPA §1692d, §1692c(b); POPIA; Kenya Data Protection Act.
 */
const S = (n: number): string => String.raw`[^.!?;\n]{0,${n}}?`;
const DISEASE = String.raw`(?:hiv|aids|hiv/aids|tb|tuberculosis|leprosy|ebola|hepatitis|covid(?:-19)?|syphilis|gonorrh?oea|an? (?:std|sti)|mpox|monkeypox)`;
const BENEFITS = String.raw`(?:welfare|benefits|social security|disability|the dole|food stamps|social grants?|grants?|handouts|the government|the state|taxpayers?'? money)`;
const HONEST = String.raw`(?:honest|hard-?working|real|decent|tax-?paying|working) (?:americans|people|citizens|taxpayers|folks|kenyans|nigerians|south africans|filipinos|indians|britons|brits)`;

export const STRUCT_SMEAR_EN: PatternRuleSpec[] = [
  {
    id: 'defamation.label',
    lang: 'en',
    negatable: true,
    triggers: [
      'positive',
      'disease',
      'illness',
      'infect',
      'escaped',
      'ran away from',
      'fled from',
      'absconded',
      'names',
      'identities',
      'aliases',
      'from the law',
      'from the police',
      'from justice',
      'wanted',
      'trouble',
      'not who you think',
      'criminal soul',
    ],
    patterns: en(
      String.raw`\b(?:has |have |had )?(?:tested|is|was|are|been|came out) (?:hiv[- ]?)?positive (?:to|for) ${DISEASE}\b`,
      String.raw`\b(?:is|he's|she's|was) (?:hiv|aids)[- ]?positive\b`,
      String.raw`\b(?:carr(?:y|ies|ying)|spread(?:s|ing)?|has|have) (?:a |an )?(?:contagious|infectious|deadly|sexually transmitted|incurable) (?:disease|illness|infection)\b`,
      String.raw`\b(?:with the (?:mindset|intention|intent|aim|plan|goal) of |bent on |out to )infect\w*\b`,
      String.raw`\b(?:escaped|ran away|absconded|fled) from (?:the |a )?(?:hospital|healthcare facility|health facility|clinic|isolation|quarantine|prison|jail|rehab|police custody)\b`,
      String.raw`\b(?:goes|went) by (?:many|several|different|multiple|various) (?:names|aliases|identities)\b`,
      String.raw`\b(?:uses|using|has|with) (?:fake|false|many|several|multiple) (?:names|identities|aliases)\b`,
      String.raw`\b(?:running|hiding|on the run|fleeing) from (?:the law|the police|justice)\b`,
      String.raw`\bwanted (?:by the police |by the law )?for (?:theft|fraud|stealing|scamming|robbery|forgery|cheating)\b`,
      String.raw`\b(?:he|she)(?:'s| is) not who you think (?:he|she) is\b`,
      String.raw`\b(?:he|she|they)(?:'s| is|'re| are) in (?:a lot of|serious|big|deep) trouble\b`,
      String.raw`\bcriminal soul\b`,
    ),
  },
  {
    id: 'discrimination.identity',
    lang: 'en',
    negatable: true,
    triggers: [
      'vets',
      'vet',
      'veteran',
      'servicem',
      'served our country',
      'served this country',
      'served the country',
      'served your country',
      'welfare',
      'benefits',
      'social security',
      'disability',
      'dole',
      'food stamps',
      'grant',
      'handouts',
      'taxpayer',
      'government',
      'the state',
      'scrounger',
      'leech',
    ],
    patterns: en(
      String.raw`\b(?:you|you people|you lot|those|these|all you|all these) (?:vets|veterans|ex-?servicem[ae]n)\b`,
      String.raw`\b(?:disabled|crippled|lazy|broke|useless|worthless|pathetic) (?:vet|veteran)s?\b`,
      String.raw`\b(?:if you (?:had|would have|'d have) |should have )served (?:our|this|the|your) country better\b`,
      String.raw`\b(?:living|live|lives|sponging|leeching|sucking) off ${BENEFITS}\b${S(60)}\b${HONEST}\b`,
      String.raw`\b${HONEST}\b${S(60)}\b(?:living|live|lives|sponging|leeching|sucking) off ${BENEFITS}\b`,
      String.raw`\b(?:people|folks|you lot|your kind|types) (?:on|living on|living off) ${BENEFITS}\b${S(16)}\b(?:are all|all the same|always|never|are lazy|are thieves|are the same)\b`,
      String.raw`\b(?:welfare|benefits|dole|grant) (?:queens?|scroungers?|bums?|cheats?|leech(?:es)?|parasites?|rats?)\b|\bscroungers?\b`,
    ),
  },
  {
    id: 'discrimination.disability',
    lang: 'en',
    negatable: true,
    triggers: ['like you', 'disabled', 'handicapped', 'crippled', 'blind', 'deaf', 'sick'],
    patterns: en(
      String.raw`\b(?:disabled|handicapped|crippled|blind|deaf|sick|mental|wheelchair) (?:people|folks|ones|men|women) like you\b`,
    ),
  },
  {
    id: 'discrimination.age',
    lang: 'en',
    negatable: true,
    triggers: ['your age', 'like you', 'old'],
    patterns: en(
      String.raw`\bat your age\b${S(40)}\b(?:dead|grave|die|died|coffin|senile|buried|six feet under)\b`,
      String.raw`\b(?:old|elderly|aged) (?:people|folks|ones|men|women|fools?|geezers?) like you\b`,
    ),
  },
];
