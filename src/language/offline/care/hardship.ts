import type { HardshipKind } from './hardshipKinds.js';
import { CONSEQUENCE_QUESTION, EVERYDAY_SPANS, MORE_RULES, READING_ORDER } from './hardshipMore.js';
import { mayMatch, scriptOf, scriptsIn, unionOf, type RuleScript } from './ruleScript.js';

/**
 * Hardship a person tells us about, by kind, zh-CN and English. The kind lets the reply name what
 * they said ("听说您生病住院了…") and is stored as the case's vulnerability flag. Questions about
 * consequences ("会坐牢吗", "will I go to jail") are not hardship.
 */
export { HARDSHIP_KINDS, type HardshipKind } from './hardshipKinds.js';

const FAMILY_ZH =
  '(?:父亲|母亲|爸爸|妈妈|爸|妈|丈夫|老公|妻子|老婆|爱人|孩子|儿子|女儿|爷爷|奶奶|外婆|外公|家人|亲人|公公|婆婆|岳父|岳母|哥哥|姐姐|弟弟|妹妹)';
const FAMILY_EN =
  '(?:mom|mum|mother|dad|father|husband|wife|partner|son|daughter|kid|child|baby|brother|sister|grandma|grandmother|grandpa|grandfather|parents?|fianc[eé]e?)';

/** How long wages have gone unpaid: months (more than one), half a year or more, a long time. */
const UNPAID_FOR =
  '(?:(?:\\d+|[两二三四五六七八九十几好]+)个?多?月|半年|大半年|一年多?|\\d+年|好久|很久|一直)';
const NOT_PAID = '没(?:有)?(?:发|给|拿到|结)';

/**
 * Bereavement is a relative who died ("我妈走了", "老公去世了"), not one who moved out, ran off or
 * took the children ("老婆搬走了", "老公带着孩子走了": a separation, read by the divorce rules).
 */
const RULES: Record<HardshipKind, readonly RegExp[]> = {
  illness: [
    /生病|病了|住院|手术|化疗|放疗|癌|肿瘤|重病|大病|医药费|治病|看病|icu|白血病|尿毒症|透析|中风|脑梗|心梗|抑郁症|确诊/,
    /\b(?:sick|ill(?! (?:just|be|go|pay|do|have|call|make|try|send|get|see|take|need|never|not|kill|end|jump|give|let|find|sort|stop|check|talk|email|text|come|leave|die|hang|walk|drive|wait)\b)|illness|hospital(?:i[sz]ed)?|surgery|operation|cancer|chemo(?:therapy)?|tumou?r|diagnos(?:ed|is)|medical bills|heart attack|stroke|dialysis|treatment|in rehab)\b/,
  ],
  job_loss: [
    // Wages owed for months ("三个月没发工资", "工资半年没给"), not a payday that is late ("这个月工资还没发").
    new RegExp(
      `工资(?:已经|都|也)?${UNPAID_FOR}(?:了)?(?:都|也)?${NOT_PAID}|${UNPAID_FOR}(?:了)?(?:都|也)?${NOT_PAID}(?:过)?(?:我们?的?)?工资|${UNPAID_FOR}的?工资[^,.!?。！？]{0,6}${NOT_PAID}`,
    ),
    /\b(?:haven'?t|have not|hasn'?t|has not|had not|hadn'?t|not) (?:been |got |gotten )?paid(?: (?:us|me|anyone|anybody|them))? (?:in|for) (?:months|ages|over a month|(?:a couple of|two|three|four|five|six|several|a few|many|\d+) (?:months|weeks))\b|\b(?:unpaid|back) (?:wages|salary)\b|\b(?:wages?|salary|pay) (?:owed|in arrears|arrears)\b|\b(?:stopped|stop) paying (?:us|me|our wages|my wages)\b/,
    /失业|被裁|裁员|下岗|丢了工作|没(?:了)?工作|工作没了|找不到工作|被辞退|被开除|辞职了|公司倒闭|倒闭了|停薪|发不出工资|拖欠工资|欠薪|工资[^,.!?。！？]{0,6}(?:停发|发不出)|没有?收入|收入(?:没了|断了|减少|少了一半)|生意(?:失败|垮了|黄了|(?:赔|亏)(?:了|光了?|完了|没了))|(?:店|厂)(?:也)?(?:关了|倒了)|停工|破产/,
    /\b(?:lost (?:my|our|his|her|their) (?:job|jobs|work)|(?:was|were|got|been|be(?:ing)?) let go|laid off|unemployed|got fired|been fired|was fired|redundan(?:t|cy)|out of work|no income|lost (?:my|our|his|her|their) income|business (?:failed|closed|went under)|furloughed?|hours (?:got |were )?cut|(?:wages?|salary|pay) (?:not paid|withheld)|bankrupt(?:cy)?|company (?:closed|shut down))\b/,
  ],
  bereavement: [
    new RegExp(
      `(?<!带着?|领着|抱着)${FAMILY_ZH}(?:(?![搬跑带逃])[^,.!?。！？]){0,4}(?:去世|过世|(?<![搬跑出逃溜开拿带])走了|没了|离世|病逝|离开了(?:我们)?|不在了)|丧事|葬礼|办白事|丧偶|守寡`,
    ),
    new RegExp(
      `\\b(?:my|our) ${FAMILY_EN}\\b[^.?!]{0,20}\\b(?:passed away|died|passed|is gone)\\b|\\bpassed away\\b|\\bfuneral\\b|\\bwidow(?:ed|er)?\\b|\\bbereave(?:d|ment)\\b|\\blost my ${FAMILY_EN}\\b`,
    ),
  ],
  divorce: [
    /离婚|离异|分居|前夫|前妻|婚变/,
    /\b(?:divorc(?:e|ed|ing)|separated|split up|my ex(?:-husband|-wife)?)\b/,
  ],
  disaster: [
    /火灾|地震|洪水|水灾|台风|泥石流|房子(?:被)?(?:烧|淹|冲|塌)|车祸|出了?意外|出事故|被骗|遭了?灾|受灾/,
    /\b(?:house (?:fire|burned|flooded)|fire at (?:home|my house)|flood(?:ed|ing)?|earthquake|hurricane|tornado|wildfire|car (?:accident|crash)|accident|was scammed|got scammed|lost everything)\b/,
  ],
  caring: [
    new RegExp(
      `(?<!(?:谢谢|感谢|多谢)[^。！？，,]{0,10})照顾(?!好自己)${FAMILY_ZH}?|照看|护理|陪护|(?:一个人)?带(?:着)?(?:[俩两三四几]个?)?(?:孩子|娃)|单亲(?:妈妈|爸爸|母亲|父亲|家庭)|(?:${FAMILY_ZH})(?:卧床|瘫痪|需要人照顾)`,
    ),
    new RegExp(
      `\\b(?:caring for|take care of|taking care of|looking after|look after) (?:my )?${FAMILY_EN}\\b|\\b(?:full[- ]time )?(?:caregiver|carer)\\b|\\bsingle (?:mom|mum|mother|dad|father|parent)\\b`,
    ),
  ],
  imprisonment: [
    /(?:在|正在|刚|被)(?:坐牢|服刑|拘留|关押)|(?:老公|丈夫|儿子|他|我)(?:被抓|进去)了|刚出狱|刑满释放|出狱|被判了|服刑/,
    /\b(?:i was|i've been|i'm|i am|he'?s|he is|he was|she'?s|she was) (?:in|just (?:got )?out of) (?:jail|prison)\b|\b(?:was|got|been) (?:locked up|incarcerated|arrested)\b|\breleased from (?:jail|prison)\b|\bin custody\b/,
  ],
  disability: [
    /残疾|残障|瘫痪|失明|截肢|伤残|工伤|丧失劳动能力|干不了活|(?:腿|手|胳膊|眼睛)(?:也)?(?:残了|废了|瘸了)/,
    /\b(?:disabled|disability|paraly[sz]ed|wheelchair|lost (?:my|his|her) (?:sight|eyesight|vision|hearing|leg|arm|hand|legs|arms)|injured at work|can'?t work (?:anymore|because of))\b/,
  ],
};

/**
 * Each kind's patterns in reading order (RULES, then MORE_RULES) with the script every match of
 * it is written in, and one pattern for all of them: skipped work only, the same kind found.
 */
export const HARDSHIP_PATTERNS: ReadonlyMap<
  HardshipKind,
  readonly { pattern: RegExp; script: RuleScript }[]
> = new Map(
  READING_ORDER.map((kind) => [
    kind,
    [...RULES[kind], ...MORE_RULES[kind]].map((pattern) => ({ pattern, script: scriptOf(pattern) })),
  ]),
);
const ANY_HARDSHIP = unionOf(READING_ORDER.flatMap((kind) => [...RULES[kind], ...MORE_RULES[kind]]));

/**
 * The kind of hardship the text tells of; undefined when none. With more than one kind, the most
 * specific (READING_ORDER in hardshipMore.ts). A question about consequences ("会坐牢吗") is not
 * imprisonment.
 */
export function hardshipOf(text: string): HardshipKind | undefined {
  if (ANY_HARDSHIP !== null && !ANY_HARDSHIP.test(text)) return undefined;
  const asking = CONSEQUENCE_QUESTION.test(text);
  const { hasHan, hasLatin } = scriptsIn(text);
  for (const kind of READING_ORDER) {
    if (kind === 'imprisonment' && asking) continue;
    const patterns = (HARDSHIP_PATTERNS.get(kind) ?? []).filter((r) => mayMatch(r.script, hasHan, hasLatin));
    // Everyday talk is blanked (toldOf) only when the kind's words are there at all.
    if (!patterns.some((r) => r.pattern.test(text))) continue;
    const told = toldOf(kind, text);
    if (told === text || patterns.some((r) => r.pattern.test(told))) {
      return kind;
    }
  }
  return undefined;
}

/** `hardshipOf` reading every pattern, for the test that skipping changes nothing. */
export function hardshipOfUnfiltered(text: string): HardshipKind | undefined {
  const asking = CONSEQUENCE_QUESTION.test(text);
  return READING_ORDER.find(
    (kind) =>
      !(kind === 'imprisonment' && asking) &&
      (RULES[kind].some((r) => r.test(toldOf(kind, text))) ||
        MORE_RULES[kind].some((r) => r.test(toldOf(kind, text)))),
  );
}

/** The text a kind is read in: its everyday talk (EVERYDAY_SPANS) blanked. */
function toldOf(kind: HardshipKind, text: string): string {
  const everyday = EVERYDAY_SPANS[kind];
  return everyday === undefined ? text : text.replace(everyday, ' ');
}
