import { YOU, zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Real collectors' Chinese register that escaped by class (guardrw14c, issue 16), written by
 * class before any verdict on the helper's check set: a threat of killing, maiming or burning
 * after a condition that carries its own 不 (三天不还，杀你们全家; 不给钱…弄死你; 唔還錢就斬你),
 * harm promised to neighbours and family or nude pictures to be sent out (threat); offers to
 * settle the debt with sex or escort work (陪酒, 出台, 肉偿, 陪睡); suicide taunts (跳下去, 表演跳水);
 * curses on the family (断子绝孙, 世世代代遭报应). 信用卡业务监督管理办法 Art. 69; 治安管理处罚法
 * Art. 42; 債務催收作業要點 (Taiwan); Crimes Ordinance Cap. 200 s. 24 (Hong Kong).
 */
// Within one sentence.
const SENTENCE = (n: number): string => `[^;!?。\\n]{0,${n}}?`;
const KIN =
  '(?:全家(?:人)?|一家(?:人|老小)?|家人|家里人|老婆|老公|孩子|小孩|儿子|女儿|爸妈|父母|老母|老爸|老妈|爸|妈|老人|弟弟|妹妹|哥哥|姐姐)';
const KILL = '(?:杀|弄死|搞死|整死|砍|斩|剁|捅|打死|打残|废|灭)';
const HOME = '(?:家|房子|屋|店|铺子|门面|车)';

export const STRUCT_RW14C_ZH: PatternRuleSpec[] = [
  {
    // "三天不还，杀你们全家", "不给钱就弄死你老婆", "唔還錢就斬你", "打断你儿子的腿", "去你家放火".
    id: 'threat.violence',
    lang: 'zh',
    negatable: true,
    triggers: [
      '杀',
      '弄死',
      '搞死',
      '整死',
      '砍',
      '斩',
      '剁',
      '捅',
      '打死',
      '打残',
      '废',
      '灭',
      '打断',
      '腿',
      '放火',
      '烧',
      '一把火',
      '泼',
      '手',
    ],
    patterns: zh(
      `${KILL}(?:了|死|光)?${YOU}?(?:们)?(?:的)?${KIN}`,
      `${KILL}(?:了|死|残)?${YOU}(?![们的]?(?:价|一刀的价))`,
      `打断${SENTENCE(8)}(?:腿|手|骨头)`,
      `(?:${YOU}|${KIN})${SENTENCE(6)}(?:腿|手)(?:就)?(?:别想要|不想要|保不住|废了|要断)`,
      `(?:放(?:一把)?火|一把火)${SENTENCE(6)}${HOME}|${HOME}${SENTENCE(6)}(?:放火|一把火|烧(?:了|掉|光))|烧(?:了|掉|光)${SENTENCE(6)}${HOME}`,
      `泼(?:红)?(?:油漆|粪|大粪|汽油)`,
    ),
  },
  {
    // "邻居也跟着遭殃", "把你的裸照发到村里的群".
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: ['邻居', '街坊', '同事', '裸照', '裸体', '脱光', '扒光', '裸'],
    patterns: zh(
      `(?:邻居|街坊|左邻右舍|同事|亲戚)${SENTENCE(10)}(?:遭殃|倒霉|跟着(?:受罪|受苦|遭罪|倒霉)|不得安宁|连累)`,
      `(?:裸照|裸体|裸聊|裸贷|脱光|扒光)${SENTENCE(16)}(?:发|传|曝光|贴|公开|挂)`,
      `(?:发|传|曝光|贴|公开|挂)${SENTENCE(16)}(?:裸照|裸体照|裸聊视频)`,
    ),
  },
  {
    // "还不起就去夜场陪酒，出台一次抵一千", "陪我们老板睡一晚", "肉偿", "让我们开心开心，你懂的".
    id: 'harassment.coercion',
    lang: 'zh',
    negatable: true,
    triggers: [
      '陪酒',
      '陪睡',
      '出台',
      '坐台',
      '肉偿',
      '卖身',
      '身体',
      '陪',
      '开心开心',
      '小姐',
      '夜场',
      '夜总会',
      'ktv',
      '会所',
    ],
    patterns: zh(
      `陪酒|陪睡|出台|坐台|肉偿|卖身|(?:用|拿)(?:你的)?身体${SENTENCE(4)}(?:还|抵|偿|换)`,
      `陪(?:我|我们|老板|哥哥们?|大哥|兄弟们|领导)${SENTENCE(4)}(?:睡|过夜|一晚|玩玩|开心)`,
      `开心开心${SENTENCE(6)}(?:你懂的|懂吧|明白)`,
      `(?:去|到|进)(?:夜场|夜总会|ktv|会所)${SENTENCE(8)}(?:上班|做|陪|还|挣|赚)`,
      `做小姐`,
    ),
  },
  {
    // "这桥高吧？还不上就给我们表演一下跳水", "从楼顶跳下去算了", "不如喝农药死了算了".
    id: 'harassment.suicide_taunt',
    lang: 'zh',
    negatable: true,
    triggers: ['跳', '农药', '上吊', '死了算了', '死了得了', '去死'],
    patterns: zh(
      `表演${SENTENCE(10)}跳`,
      `(?:桥|楼顶|楼上|天台|高台|河)${SENTENCE(16)}跳(?:下去|下来|水|楼|河|桥)`,
      `跳(?:下去|楼|河|桥|江|海)(?:算了|得了|吧|好了)`,
      `(?:喝|吃)(?:农药|安眠药|老鼠药)|上吊|死了算了|死了得了|(?:怎么|咋)不去死|去死吧`,
    ),
  },
  {
    // "祝你全家不得好死，断子绝孙", "让你家世世代代都倒霉，遭报应".
    id: 'harassment.mockery',
    lang: 'zh',
    triggers: [
      '断子绝孙',
      '不得好死',
      '世世代代',
      '祖祖辈辈',
      '子子孙孙',
      '报应',
      '死全家',
      '全家死',
      '全家都死',
    ],
    patterns: zh(
      `断子绝孙|死全家|全家死光|全家都死`,
      `(?:祝|愿|咒|让)${SENTENCE(8)}不得好死`,
      `(?:世世代代|祖祖辈辈|子子孙孙)${SENTENCE(10)}(?:倒霉|遭殃|报应|不得|不好|受穷|完蛋)`,
      `遭(?:天)?报应`,
    ),
  },
];
