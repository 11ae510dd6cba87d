import { type PatternRuleSpec, zh } from '../ruleTypes.js';
import { NOT_IF, SENTENCE } from '../shared/zh.js';

/**
 * The debt put up in public as a notice (Chinese; guardzh25, issue 16, policy 2026.12.21): a
 * wanted-person poster or a reward for the person's whereabouts (寻人启事…知其下落者请致电, 悬赏…此人欠款,
 * 看到此人请打电话) and leaflets, notices or posters that carry the name, photo or debt (印了传单，上面有
 * 你照片和欠款). A bank posts no one; "本行不会张贴…", "如有人张贴…请报警" are negated or conditional.
 * PIPL Art. 10, 25; 信用卡业务监督管理办法 Art. 69.
 */

const NOTICE = '(?:寻人启事|寻人|悬赏|通缉令|通缉|知其下落|下落者|看到此人|见到此人|见此人|知情者|认识此人)';
const CALL = '(?:联系|致电|拨打|打电话|来电|重谢|奖励|酬谢)';
const PAPER = '(?:传单|告示|海报|启事|公告|标语|单张|招贴)';
const ABOUT = '(?:欠款|欠钱|欠债|欠了|赖账|不还|名字|姓名|照片|相片|身份证)';

export const PRIVACY_POSTERS_ZH: PatternRuleSpec[] = [
  {
    id: 'privacy.public_exposure',
    lang: 'zh',
    negatable: true,
    triggers: [
      '寻人',
      '悬赏',
      '通缉',
      '下落',
      '此人',
      '知情者',
      '传单',
      '告示',
      '海报',
      '启事',
      '公告',
      '标语',
      '单张',
      '招贴',
    ],
    patterns: zh(
      `(?=${NOTICE})${NOT_IF}${NOTICE}${SENTENCE(30)}${CALL}`,
      `(?=${PAPER})${NOT_IF}${PAPER}${SENTENCE(16)}${ABOUT}`,
      `(?=${ABOUT})${NOT_IF}${ABOUT}${SENTENCE(16)}${PAPER}`,
    ),
  },
];
