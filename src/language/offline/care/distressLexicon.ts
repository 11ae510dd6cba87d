import type { DistressRule } from './distressRule.js';
import { CLASS_RULES } from './distressClasses.js';
import { ENDING_RULES } from './distressEndings.js';
import { REGISTER_RULES } from './distressRegisters.js';
import { THEME_RULES } from './distressThemes.js';
import { CLASS_CONTEXT_RULES } from './classReading.js';
import { skipper } from './ruleScript.js';

/** Rules per group of the skipper: measured 4 to 16 on ordinary turns and care sets. */
const RULE_GROUP = 8;

/**
 * Curated words and patterns of suicidal thinking, self-harm and hopelessness, zh-CN and English,
 * matched on `careText` forms. Reviewed for the debt-collection setting: hyperbole people use
 * every day ("累死了", "笑死", "this is killing me", "I'm dying to get this sorted", "想死你了") is
 * not here, and a rule that a negation can undo ("我不会自杀", "I'm not suicidal") says so.
 *
 * Families: direct statements, euphemism, indirect statements, farewell, hopelessness, methods,
 * and the conditional "if I can't pay I'll …" (还不上就…).
 */
export type { DistressRule } from './distressRule.js';

const zh = (family: DistressRule['family'], pattern: RegExp, negatable = true): DistressRule => ({
  family,
  pattern,
  negatable,
});
const en = zh;

const BASE_RULES: readonly DistressRule[] = [
  zh(
    'direct',
    /不想活(?!在(?:债|欠|贷|这种(?:负债|欠债)))|活着没(?:意思|意义|劲)|活不下去|没法活|活够了(?!这种|这样的|那种|穷)|不如死|想死(?!你|您|他|她|了你|我了|磕|个明白|海)|想去死(?!海)|寻死|死了算了|死了就好|一死了之|生无可恋|不想再活|活着(?:太|好|真)累|活着还有什么(?:意思|意义|用)/,
  ),
  zh(
    'direct',
    /自杀|轻生|自尽|寻短见|自残|伤害自己|了结自己|杀(?:了|死|掉)?(?:我)?自己|结束(?:自己的?)?生命|结束自己|紫砂(?!壶|锅|杯|茶|陶|泥|盆|煲|器)|自鲨|想不开/,
  ),
  zh(
    'euphemism',
    /一了百了|解脱|离开这个世界|去另一个世界|离开人世|了断|结束这一切|结束一切|永远(?:地)?睡(?:去|过去|着)|睡(?:过去|着)(?:了)?(?:就)?(?:再也)?不(?:要|想)?醒|不想(?:再)?醒(?:来|过来)|想(?:要)?消失|永远消失|对不起[^,.!?。！？]{0,6}[,，]?\s*我(?:要|先|就)?走了|消失(?:算了|就好了|掉算了)|从这个世界消失|去陪(?:我)?(?:爸|妈|父亲|母亲|奶奶|爷爷|外婆|外公)/,
  ),
  zh(
    'indirect',
    /没有我(?:的话)?[^,.!?。！？]{0,6}(?:会)?(?:过得)?更好|我(?:就|真的?|只)?是(?:个|家里的|大家的|全家的)?(?:累赘|负担|拖累)|没人(?:会)?在乎我(?:的)?(?:死|是死是活)|我死了(?:以后|之后)?[^,.!?。！？]{0,10}(?:钱|债|还)|拖累(?:家人|大家|孩子|全家)|我(?:死|走|不在)了(?:以后|之后)?[^,.!?。！？]{0,8}(?:就|都)?(?:不用还|清了|没事了|解决了|好了)|人死(?:了)?债(?:是不是)?(?:就)?(?:消|清|没|了)|死了(?:就)?(?:不用还|一了百了)/,
  ),
  zh(
    'farewell',
    /遗书|遗言|绝笔|永别|再也见不到|下辈子再还|来世再还|下辈子还|照顾好(?:我的)?(?:家人|孩子|爸妈|父母|老婆|老公)|我先走了?[,，。.]?(?:对不起|保重)|最后一次(?:跟|和)(?:你们|大家)说|这是我最后(?:一)?(?:条|次)(?:消息|留言)|交代后事/,
    false,
  ),
  zh(
    'hopeless',
    /撑不下去|撑不住了|熬不下去|扛不下去|坚持不下去|走投无路|没有?活路|绝望|没有希望了|看不到(?:任何)?(?:希望|出路|未来)|没有(?:出路|未来)了|活着(?:也)?没(?:什么)?(?:意思|意义)|毫无意义|活着就是受罪|活受罪|活不长了/,
  ),
  zh(
    'method',
    /跳楼|跳河|跳江|跳桥|跳海|割腕|上吊|烧炭|喝农药|吃安眠药|安眠药|吞药|卧轨|吃药走|一瓶药|从楼(?:顶|上)跳|想跳下去|(?:楼顶|天台|桥上)[^,.!?。！？]{0,6}跳|(?:准备|买|备|攒)好了?(?:绳子|安眠药|农药|炭|刀)|(?:绳子|安眠药|农药|炭)(?:都|已经)?(?:准备|买|攒|备)好了|刀就在(?:我)?手/,
  ),
  zh(
    'conditional',
    /(?:还不上|还不起|还不了|还不清|没钱还|凑不齐)(?:的话|钱)?[^,.!?。！？]{0,4}(?:就|只能|只有|我就)(?:去)?(?:死|一死|跳|走了|了结|结束|消失|以死)|以死(?:谢罪|相逼|抵债|明志)|拿命(?:还|抵|来还)|用命(?:还|抵)|只有一死|只能一死|大不了一死|死给你们看|逼死(?:我|人)|要我的命吧?/,
    false,
  ),

  zh(
    'hopeless',
    /(?:日子|生活)[^,.!?。！？]{0,6}(?:过不下去|没法过)|一天(?:也|都)不想(?:再)?(?:过|活)|活着(?:好|太|真|很)?(?:痛苦|煎熬|难受)|(?:没有?|没)(?:勇气|力气|理由)(?:再)?活(?:下去)?|没(?:有)?(?:任何|什么)?盼头|人生(?:没有|毫无)(?:意义|希望|盼头)|不想再(?:撑|坚持|熬)(?:了|下去)/,
  ),
  zh(
    'indirect',
    /(?:世界|这世上|世上)(?:上)?(?:少了|没有)我|命都(?:快)?没了|命给你们|把后事|后事(?:都)?(?:想好|安排好|准备好)|(?:只想|就想)快点结束(?!分期|还款|这个|计划)/,
  ),
  zh(
    'euphemism',
    /去(?:找|见|陪)(?:我)?(?:去世|过世|死去)?的?(?:爸爸|妈妈|爸|妈|父亲|母亲|奶奶|爷爷|外婆|外公|老公|妻子)/,
  ),
  zh('method', /我就(?:去)?(?:喝|吃)(?:药|农药|安眠药)|喝药算了|就去喝药/, false),
  en(
    'indirect',
    /\b(?:not|won'?t|will not) (?:going to |gonna )?be (?:here|around|alive) (?:to pay|for|much longer|by|when|next|anymore)\b|\b(?:won'?t|will not|wont|not going to) be alive to \w+|\bnot be a (?:problem|burden) (?:for|to) (?:anyone|anybody|you|them|my)\b|\b(?:done|gone),? for good\b|\bend(?:ing)? things\b|\bthe point (?:of|in) (?:being alive|living)\b|\binsurance\b[^.?!]{0,30}\bwhen i'?m (?:gone|dead)\b/,
    false,
  ),
  en('method', /\bhave (?:a|the) (?:rope|gun)\b|\brope in the\b/),
  en(
    'direct',
    /\b(?:want|wanna|going|gonna|about|ready|deserve|plan(?:ning)?) to (?:die|end my life)\b(?! (?:my|your|her|his) hair)|\b(?:wanna|gonna) die\b|\bwish i (?:was|were) dead\b|\b(?:better off|rather be|i'?d rather be) dead\b|\bi'?d rather (?:die|not be alive)\b/,
  ),
  en(
    'direct',
    /\bkill(?:ing|l)? ?my ?self\b|\bkms\b|\boff(?:ing)? my ?self\b|\bend(?:ing)? (?:my|it) (?:life|all)\b|\bend it all\b|\bending it\b|\btake my (?:own )?life\b|\bsu[iy]?c[iy]?d(?:e|al)\b|\bself[- ]?harm\b|\bhurt(?:ing)? my ?self\b|\bcut(?:ting)? my ?self\b|\bunalive\b/,
  ),
  en(
    'direct',
    /\bno reason to (?:live|go on|keep going)\b|\bnothing (?:left )?to live for\b|\b(?:don'?t|do not|dont) want to (?:live|be alive|exist|wake up|be here)\b|\bnot sure (?:if )?i want to (?:live|be alive|go on)\b|\btired of (?:living|being alive|life)\b|\bdone with (?:life|living)\b|\bgive up on life\b/,
    false,
  ),
  en(
    'euphemism',
    /\bsleep (?:forever|and never wake)\b|\b(?:never|not) wake up\b|\bno one (?:would|will) (?:miss|notice|care) (?:me|if i)\b|\bi should just die\b|\b(?:disappear(?:ing)?|vanish(?:ing)?) (?:forever|for good)\b|\bnot (?:be )?(?:around|here) (?:much longer|anymore|for long|next month)\b|\bwon'?t be (?:around|here) (?:much longer|anymore|for long|to pay|next month)\b|\bwant (?:it all|the pain|everything) to (?:stop|end)\b|\bjoin my (?:mom|mum|mother|dad|father|wife|husband) (?:in heaven|soon)\b/,
  ),
  en(
    'indirect',
    /\bbetter off without me\b|\b(?:i'?m|i am) (?:just )?a burden\b|\bburden (?:to|on) (?:my|everyone|every)\b|\b(?:life|living) (?:is(?:n'?t)?|isnt) (?:not )?worth (?:it|living)\b|\bnot worth living\b|\bwhat(?:'?s| is) the point (?:of|in) (?:living|going on|anything|life)\b|\bno point (?:in )?(?:living|going on|anymore|in anything)\b|\blife insurance (?:will|would|can) (?:pay|cover|clear)\b/,
  ),
  en(
    'farewell',
    /\bsuicide note\b|\bfarewell (?:letter|note|message)\b|\bgoodbye (?:forever|everyone|cruel world)\b|\bthis is (?:my )?(?:final |last )?goodbye\b|\bfinal goodbye\b|\b(?:wrote|writing|written|left) (?:a|my) (?:last |final )?(?:letter|note) (?:to|for) my (?:family|kids|children|wife|husband|mom|mum|parents)\b|\bmy last (?:message|words)\b|\bsay(?:ing)? goodbye to (?:my )?(?:kids|family|children|everyone)\b|\btell my (?:kids|family|wife|husband) i (?:love|loved|am sorry)\b/,
    false,
  ),
  en(
    'hopeless',
    /\bhopeless\b(?! (?:trying|to (?:reach|call|get through)))|\bno way out\b|\bcan'?t go on\b(?! (?:paying|with (?:the|this) (?:plan|payment)))|\bcannot go on\b(?! paying)|\bcan'?t take (?:it|this) any ?more\b|\bno hope left\b|\bno future\b|\b(?:can'?t|don'?t|do not|cannot) see (?:a|any) way out\b|\bcan'?t live like this\b/,
  ),
  en(
    'method',
    /\boverdos(?:e|ing)\b|\b(?:took|swallowed|taking) (?:a (?:bunch|handful|lot|bottle) of|all (?:my|the|of my)|too many) (?:pills|tablets|sleeping pills|meds)\b|\bod on\b|\bhang(?:ing)? my ?self\b|\bslit (?:my )?wrists?\b|\bjump(?:ing)? (?:off|from) (?:a|the|this) (?:bridge|roof|building|cliff)\b|\bstep in front of (?:a|the) (?:train|bus|truck)\b|\b(?:pills|rope|gun|knife) (?:ready|tonight|in my hand)\b|\b(?:pills|rope|knife|gun|coffin) (?:pills|rope|knife|gun|coffin)\b|\bbought (?:a )?(?:rope|gun)\b|\bsaved up (?:my )?pills\b/,
  ),
  en(
    'conditional',
    /\bif i can'?t (?:pay|make (?:it|this|the payment))\b[^.?!]{0,40}\b(?:die|kill|end (?:it|myself|my life)|jump|not be (?:around|here)|be gone|disappear)\b|\b(?:pay|settle) (?:it|this|the debt) with my life\b|\bdead people don'?t pay\b|\byou(?:'ll| will) (?:have to )?collect from my (?:grave|coffin|estate)\b|\bdrive me to (?:suicide|my death|kill)/,
    false,
  ),
];

/** The reviewed base rules and the rules by theme (distressThemes.ts). */
export const DISTRESS_RULES: readonly DistressRule[] = [
  ...BASE_RULES,
  ...THEME_RULES,
  ...REGISTER_RULES,
  ...CLASS_RULES,
  ...ENDING_RULES,
  ...CLASS_CONTEXT_RULES,
];

/** A negation right before a Chinese match: "我不会自杀", "没想过轻生", "并不想死". */
export const ZH_NEGATED =
  /(?:不|没|别|绝不|并不|从不|从没|未)(?:会|是|要|想|打算|敢|有|再|到)?(?:想|去|要)?(?:过)?\s*$/;
/** A negation earlier in the same English clause: "I'm not suicidal", "I would never kill myself". */
const EN_NEGATED =
  /\b(?:not|never|no longer|n'?t|\w+n't|dont|wont|cant|didnt|doesnt|isnt|aint|no (?:thoughts?|intention|intentions|plans?|desire|wish) (?:of|to))\b(?!\s+(?:one|body))[^,.;!?]{0,24}$/;

function negatedAt(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 30), index);
  const zhBefore = before.slice(-5);
  return /\p{Script=Han}/u.test(text[index] ?? '') ? ZH_NEGATED.test(zhBefore) : EN_NEGATED.test(before);
}

export interface LexiconHit {
  family: DistressRule['family'];
  match: string;
  negated: boolean;
  /** Found by a class rule (rules/; its everyday readings are checked by `classHitIsOrdinary`). */
  byClass?: true;
}

const BY_CLASS = new Set<DistressRule>(CLASS_CONTEXT_RULES);

/**
 * Each rule with its pattern compiled once for global matching, and the script every match of it
 * is written in (ruleScript.ts), so a rule that cannot match the text is not run.
 */
const GLOBAL_RULES = DISTRESS_RULES.map((rule) => ({
  rule,
  global: new RegExp(rule.pattern.source, 'g'),
  byClass: BY_CLASS.has(rule),
}));

/** Which rules may match a text (ruleScript.ts): by script, then by the union of a few neighbours. */
const MAY_MATCH = skipper(
  GLOBAL_RULES.map((r) => r.global),
  RULE_GROUP,
);

/** Every rule match in the text, each marked negated or not. Bounded: one pass per rule. */
export function lexiconHits(text: string): LexiconHit[] {
  const hits: LexiconHit[] = [];
  const mayMatch = MAY_MATCH(text);
  GLOBAL_RULES.forEach(({ rule, global, byClass }, i) => {
    if (!mayMatch(i)) return;
    if (rule.cue && !rule.cue.test(text)) return;
    global.lastIndex = 0;
    for (let m = global.exec(text); m !== null; m = global.exec(text)) {
      // An empty match would not move on by itself (as matchAll does, step past it).
      if (m[0] === '') global.lastIndex += 1;
      const negated = rule.negatable && negatedAt(text, m.index);
      hits.push({
        family: rule.family,
        match: m[0],
        negated,
        ...(byClass ? { byClass: true as const } : {}),
      });
    }
  });
  return hits;
}

/** `lexiconHits` without any skipping, for the test that skipping changes nothing. */
export function lexiconHitsUnfiltered(text: string): LexiconHit[] {
  return DISTRESS_RULES.flatMap((rule) =>
    [...text.matchAll(new RegExp(rule.pattern.source, 'g'))].map((m) => ({
      family: rule.family,
      match: m[0],
      negated: rule.negatable && negatedAt(text, m.index),
      ...(BY_CLASS.has(rule) ? { byClass: true as const } : {}),
    })),
  );
}
