import { GAP, type PatternRuleSpec, YOU, YOUR, zh } from '../ruleTypes.js';
import { SENTENCE } from '../shared/zh.js';

/**
 * Pushed to borrow from family and friends (Chinese and Cantonese; guardzh25, issue 16, policy
 * 2026.12.21): the collector sends the person to parents, in-laws, siblings, a partner, classmates
 * or friends for the money ("去跟你爸妈借啊", "找你朋友借一圈", "可向父母、兄弟姐妹、朋友等借款", "问你阿
 * 妈借啦", "让她回去拿点钱出来", "谁有钱就先借谁的"). The debt is the person's alone: a bank leaves
 * the family's help to them ("家人如愿意代为还款，可自愿…", "这由您和家人自行决定"); a bank that
 * will not ask for it ("我们不会要求您向亲友借钱") is read by the look-behind below. 信用卡业务监督管理办法
 * Art. 69; 2025 collection standard (no pressure to borrow to repay).
 */

const PEOPLE =
  '(?:爸妈|父母|爸|妈|阿妈|阿爸|老豆|老母|亲戚|亲友|朋友|同学|同事|兄弟姐妹|兄弟|姐妹|姐|哥|弟|妹|舅舅|叔叔|姑姑|阿姨|岳父母|岳父|岳母|老丈人|老婆|老公|女朋友|男朋友|娘家|家里|家人|身边的人|屋企人)';
/** "不会要求您", "也不会让您", "不建议您": the bank disowns the ask. */
const NOT_ASKED = `(?<!(?:不|别|勿|没有|无需|不必|不得)[会要得用必]?(?:要求|建议|让|逼|叫|催|劝|强迫)${YOU}?)(?<!(?:不要|别|勿|不用|不必|无需|不得)(?:去|再)?)`;
/** A list of people, 、 included: "父母、兄弟姐妹、朋友等". */
const LIST = (n: number): string => `[^,;:!?。\\n]{0,${n}}?`;

export const HARASSMENT_BORROW_ZH: PatternRuleSpec[] = [
  {
    id: 'harassment.coercion',
    lang: 'zh',
    triggers: ['借', '凑', '周转', '拿钱', '拿点钱', '垫', '要', '帮你还', '替你还', '帮您还', '替您还'],
    patterns: zh(
      `(?=找|跟|向|问|去找|去问|同)${NOT_ASKED}(?:找|跟|向|问|去找|去问|同)${YOUR}?${GAP(2)}${PEOPLE}${LIST(14)}(?:借|凑|周转|拿钱|拿点钱|要钱|垫|要(?=[,;!?。吧啊呀]|$))`,
      `(?=让|叫)${NOT_ASKED}(?:让|叫)${YOUR}?${GAP(2)}(?:${PEOPLE}|她|他|他们|佢|佢哋)${GAP(8)}(?:拿(?:点)?钱|(?:先)?帮${YOU}?垫|垫上|替${YOU}还|帮${YOU}还)`,
      `借(?:一圈|一轮|一遍)|一人借${YOU}?|(?:挨个|一个个|一个一个|逐个)${SENTENCE(12)}借|(?:谁|总有人)有钱${SENTENCE(40)}借`,
      `(?=${PEOPLE})${NOT_ASKED}${PEOPLE}${LIST(10)}(?:都|全|挨个)?(?:问一问|问问|问一下|借一借|借借)${SENTENCE(12)}(?:凑|借)`,
    ),
  },
];
