import { en, type PatternRuleSpec } from './ruleTypes.js';

/**
 * The English classes outside round 16 showed uncovered (guarden8, issue 16), written by class
 * from guarden8's own phrasings (test/guardrails/labelled/check-s8.en.jsonl), none from the round:
 * menace through the temper of the people who would be sent and through watching the person's
 * movements; a landlord, boss or school told so the person loses a home or a job; a spouse,
 * parent or child made liable or "inheriting" the debt; wage-attachment and writ jargon;
 * social-media friends, followers and connections used to reach the person; spending mocked with
 * "we can see what you buy"; pretexts (courier, survey, payroll, records office) used to make the
 * person confirm a debt; invented cut-offs; crimes alleged to partners, clients or a church; an
 * accent, a name or the person's English held against them. FDCPA §1692c(b), §1692d, §1692e.
 */
const GROUP = String.raw`(?:team|crew|guys|lads|boys|people|colleagues|associates|agents|collectors|folks|staff|unit|officers|ones)`;
const SENT = String.raw`(?:field|recovery|doorstep|home[- ]visit|visiting|street|outside|enforcement|special|next|other)`;
const TEMPER = String.raw`(?:patient|patience|gentle|friendly|nice|polite|calm|kind|soft|understanding|manners|forgiving|reasonable|pleasant)`;
const THIRD = String.raw`(?:landlord|letting agent|boss|manager|supervisor|employer|principal|school|kids'? school|church|pastor|clients?|customers|neighbou?rs)`;

export const STRUCT_ROUND16_EN_RULES: PatternRuleSpec[] = [
  {
    // "Our field team isn't known for being patient": the people who would be sent, by temper.
    id: 'threat.intimidation',
    lang: 'en',
    negatable: false,
    triggers: [
      'team',
      'crew',
      'guys',
      'lads',
      'boys',
      'people',
      'colleagues',
      'associates',
      'agents',
      'collectors',
      'folks',
      'staff',
      'unit',
      'officers',
      'ones',
    ],
    patterns: en(
      String.raw`\b${SENT} ${GROUP}\b[^.!?]{0,60}?(?:\bnot|n't|\bnever|\bno longer|\blose|\blosing|\bshort)\b[^.!?]{0,30}?\b(?:${TEMPER}|their temper|fuses?|the \w+ type)\b`,
      String.raw`\b${GROUP} (?:who|that|we|i) (?:handle|handles|deal with|deals with|do|does|come|visit|send|pass|take over|call on)\b[\s\S]{0,60}?(?:\bnot|n't|\bnever)\b[^.!?]{0,30}?\b(?:${TEMPER}|the \w+ type)\b`,
      String.raw`\b(?:our|the|my) (?:\w+ )?${GROUP} (?:has|have|has got|have got) (?:a|quite a) reputation\b`,
      String.raw`\b${SENT} ${GROUP}\b[^.!?]{0,40}?\b(?:don't|do not|doesn't|does not) (?:really )?do (?:${TEMPER}|gentle|polite|nice)\b`,
      String.raw`\b${GROUP}[^.!?]{0,40}?\bnot always able to (?:remain|stay|keep) (?:calm|patient|polite)\b`,
      String.raw`\bthe (?:next )?${GROUP} (?:who|that) (?:call on|come for|come to|visit|handle) you\b[^.!?]{0,30}?\b(?:won't|will not|aren't|are not) be (?:as|so) (?:${TEMPER})\b`,
    ),
  },
  {
    // Watching the person's movements: "We'll be watching", "every time you leave the house".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: [
      'watching',
      'eye on you',
      'tabs on you',
      'every time you',
      'every day you',
      'every evening you',
      'getting off',
      'come home',
      'coming home',
      'drop',
      'pull out',
      'arrive',
      'coming out',
      'every morning you',
      'every night you',
      'leave',
      'leaving',
      'get off',
      'walk',
      'know when',
      'know what time',
      'know which',
      'where to find you',
      'movements',
      'shame to see',
      'pity to see',
      'pity to watch',
      'shame to watch',
    ],
    patterns: en(
      String.raw`\b(?:we(?:'re| are|'ll| will|'ve| have)?(?: be| been)?|someone(?:'s| is)?|somebody(?:'s| is)?|people are|i'm|i am|you(?:'re| are) being) (?:always |still |now )?(?:watching(?: you)?|keeping (?:an|a close) eye on you|keeping tabs on you)\b(?! for| out| over| the| your)`,
      String.raw`\bevery (?:time|morning|night|day|evening) you (?:leave|step out|step outside|go out|walk|get home|come home|open (?:the|your) door|park)\b`,
      String.raw`\b(?:we|i) (?:see|saw|watch|watched|clocked|know|noticed) (?:you|your (?:car|truck|van|wife|husband|kids?|son|daughter)) (?:leave|leaving|get off|getting off|come home|coming home|walk|walking|drop|dropping|pull out|arrive|arriving|coming out)\b`,
      String.raw`\bwe know (?:when|what time|which (?:bus|train|route|way)) you\b`,
      String.raw`\b(?:always|still) know where to find you\b|\bwe know your movements\b`,
      String.raw`\b(?:shame|pity) to (?:see|watch) (?:it|that|everything|all|your|what)\b[^.!?]{0,40}?\b(?:fall apart|come apart|fall to pieces|go up in smoke|ruined|disappear|gone)\b`,
    ),
  },
  {
    // A third party told so that the person loses a home or a job.
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: [
      'landlord',
      'letting agent',
      'boss',
      'manager',
      'supervisor',
      'employer',
      'principal',
      'school',
      'church',
      'pastor',
      'client',
      'customers',
      'neighbo',
    ],
    patterns: en(
      String.raw`\b(?:make sure|ensure|see to it that) your ${THIRD} (?:hears|knows|finds out|learns|gets)\b`,
      String.raw`\bhate for your ${THIRD} to (?:hear|find out|know|learn)\b`,
      String.raw`\byour ${THIRD}(?: (?:gets|will get|is going to get|'ll get|hears|will hear|is going to hear|finds out|will find out|learns))(?: (?:a|an|one|about|from us|of))\b[^.!?]{0,60}?\b(?:out by|evict|lease|tenancy|new (?:flat|place|home|job)|job hunting|lose (?:your|that) job|fired|sacked|packing|out of (?:a )?(?:job|work|home)|where will you|keep(?:ing)? (?:that|your) (?:job|lease|flat|home|place)|unless|if you don't|or else)`,
      String.raw`\b(?:one|a single|just one|a quick|one quick) (?:call|email|phone call|letter|message|text|word) (?:to|with) your ${THIRD}\b[^.!?]{0,40}?\band\b`,
      String.raw`\bpay\b[^.!?]{0,30}?\bor (?:your|ur) ${THIRD} (?:gets|hears|finds out|will)\b`,
      String.raw`\bafter your ${THIRD} (?:hears|gets|finds out|learns)\b`,
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
];
