import type { DistressRule } from './distressRule.js';

/**
 * Rules by register, round 6: leaving to a place with no debts, letters and apologies passed on
 * through others, the roof or the edge as a place, a life paid over to the bank, "check out",
 * "go be with", goodbyes to the world, methods already in place. Written from these registers
 * (zh-CN and English) and the development set ownSet6.ts, never from a blind round.
 */
const rule = (family: DistressRule['family'], pattern: RegExp, negatable = true): DistressRule => ({
  family,
  pattern,
  negatable,
});

const KIN_ZH =
  '(?:我)?(?:妈|爸|爸妈|父母|孩子|儿子|女儿|老婆|老公|媳妇|弟弟?|妹妹?|哥哥?|姐姐?|家里人|家人|奶奶|爷爷|外婆|外公)';
const KIN_EN =
  '(?:my )?(?:kids?|children|family|wife|husband|mom|mum|mother|dad|father|parents|son|daughter|sister|brother|partner)';

export const REGISTER_RULES: readonly DistressRule[] = [
  rule(
    'euphemism',
    /去(?:一个)?(?:再也)?(?:不用|没有)[^。！？]{0,8}(?:的)?地方|(?:想|要)?(?:早点|早些)?去(?:见|找|陪)(?:我)?(?:奶奶|爷爷|外婆|外公|爸|妈|父亲|母亲)(?:了)?/,
  ),
  rule(
    'farewell',
    new RegExp(
      `(?:给|留给|写给)${KIN_ZH}的(?:信|话|遗言)|替我(?:跟|和|向|对)${KIN_ZH}(?:说|道)(?:一)?声?(?:对不起|再见|抱歉|我爱)|最后一次(?:跟|和|联系|打扰)(?:你们|您)?(?:联系|说话|聊)?|以后(?:你们)?(?:都)?不用(?:再)?(?:找|联系|催|打给)我了?`,
    ),
    false,
  ),
  rule('conditional', /(?:这条)?命(?:就)?(?:赔|给|还|抵)给?你们|拿(?:我的)?命(?:来)?(?:赔|还|抵)/, false),
  rule(
    'method',
    /(?:在|站在|坐在|爬上|上了)(?:天台|楼顶|楼顶边|顶楼)(?:上|边)?(?![^。！？，,]{0,4}(?:开会|晒|晾|吃|喝|乘凉|抽烟|收|聚|烧烤|拍照|看星星|修|打扫|种|浇|健身|跑步|遛|上班|干活|施工|装|等))/,
  ),
  rule(
    'euphemism',
    new RegExp(
      `\\bcheck(?:ing)? out (?:for good|permanently|early|of (?:this|life))\\b|\\b(?:go|going to go|want to go|ready to go) be with ${KIN_EN}\\b|\\bbe with ${KIN_EN} in heaven\\b`,
    ),
  ),
  rule(
    'farewell',
    /\b(?:wrote|writing|written|left) (?:letters?|notes?|goodbyes?) (?:to|for) (?:everyone|everybody|people|all of them)\b|\bgoodbye (?:world|all|everybody)\b|\b(?:i'?ve|i have) said (?:my|all my) goodbyes\b|\btell (?:my )?(?:kids?|children|family|wife|husband|mom|mum|mother|dad|father|parents|son|daughter|sister|brother|partner) (?:i|that i) (?:loved|love) (?:him|her|them)\b/,
    false,
  ),
  rule(
    'indirect',
    /\b(?:better off|happier|richer) with (?:the|my) (?:life )?insurance(?: money| payout)?\b|\bworth more (?:dead|to them dead)\b/,
  ),
  rule(
    'hopeless',
    /\b(?:can'?t|cannot|don'?t|do not) see (?:any )?(?:way|how) (?:this|it|things|life) (?:gets?|will get|could get|is going to get) better\b|\bno reason (?:for me )?to (?:live|go on|keep going|stay|be here)\b/,
  ),
  rule(
    'method',
    /\b(?:rope|noose|pills|gun|tablets)\b[^.?!]{0,20}\b(?:is|are) (?:already )?(?:in|on|ready|tied|set up|loaded|hidden)\b|\b(?:on|at) the (?:edge|ledge) of (?:the|a|my) (?:roof|bridge|building|cliff|balcony)\b|\b(?:sitting|standing) on (?:the|a) (?:roof|ledge|railing)\b|\blooking up how (?:many|much) (?:pills|tablets)\b/,
  ),
];
