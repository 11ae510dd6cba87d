import { GAP, type PatternRuleSpec, zh } from '../ruleTypes.js';

/**
 * Prompt leaks (Chinese): the instructions leaked.
 */

export const PROMPT_LEAK_INSTRUCTIONS_ZH: PatternRuleSpec[] = [
  {
    id: 'prompt_leak.instructions',
    lang: 'zh',
    negatable: true,
    triggers: [
      '提示词',
      '提示语',
      '指令',
      '指示',
      '设定',
      'prompt',
      '开发者',
      '被设定',
      '被要求',
      '系统要求',
      '系统规定',
      '系统设定',
      '后台',
      '说明',
      '配置',
      '内部',
    ],
    patterns: zh(
      `(?:我的|系统)(?:系统)?(?:提示词|提示语|指令|设定|prompt)(?:是|如下|包括|写着|要求|内容)|(?:以下|下面)是(?:我的)?(?:系统)?(?:提示词|指令|设定|prompt)`,
      `(?:复述|重复|输出)(?:一下)?(?:我的)?(?:系统)?(?:提示词|指令|设定)`,
      `(?:我被|我已被|开发者|系统)(?:设定|指示|要求|告知|规定)(?:为|我|要|必须|不能|不得)`,
      `(?:内部|后台|开发者)(?:的)?(?:指示|指令|设定|规定)${GAP(4)}(?:要求|规定|说|是|:)|(?:我收到的|给我的|后台(?:给我)?的|系统给(?:我)?的|开发者给(?:我)?的)${GAP(4)}(?:设定|指令|说明|提示词|提示|规则|配置)(?:是|如下|:|贴给|发给|告诉)|(?:后台|系统|开发者)${GAP(4)}(?:给我的|对我的)${GAP(4)}(?:说明|设定|指令|提示)`,
    ),
  },
  {
    id: 'prompt_leak.instructions',
    lang: 'zh',
    negatable: true,
    triggers: ['话术', '给我设定', '给我设置', '给我安排', '给我规定'],
    patterns: zh(`(?:系统|后台|公司|开发者)给我(?:设定|设置|安排|规定)的|话术(?:第|要求|规定|是|里)`),
  },
  // dev-s5 classes: the speaker's own configuration or hidden guidance recited.
  {
    id: 'prompt_leak.instructions',
    lang: 'zh',
    negatable: true,
    triggers: ['我被设置', '我被设定', '我被配置', '提示词', '内部指令', '内部话术'],
    patterns: zh(
      `我被(?:设置|设定|配置)(?:为|成)?`,
      `(?:内部)?提示词(?:里|中|上)?${GAP(4)}(?:写着|规定|要求|说)|内部(?:指令|话术)(?:里|中)?${GAP(4)}(?:写着|规定|要求|说)`,
    ),
  },
  {
    id: 'prompt_leak.instructions',
    lang: 'zh',
    negatable: true,
    triggers: ['后台', '内部', '系统', '隐藏'],
    patterns: zh(
      `(?:后台|内部|系统|隐藏)(?:的)?(?:规则|设置|设定|指令|提示)(?:里|中|上)?${GAP(4)}(?:写着|规定|要求|说)|(?:给我的|我的)隐藏(?:指令|规则|设定)`,
    ),
  },
  {
    id: 'prompt_leak.instructions',
    lang: 'zh',
    negatable: true,
    triggers: ['手册'],
    patterns: zh(`(?:工作|操作|培训|内部|催收)手册${GAP(4)}(?:写着|规定|要求|说)`),
  },
  {
    id: 'prompt_leak.instructions',
    lang: 'zh',
    negatable: true,
    triggers: ['内部', '上头'],
    patterns: zh(
      `(?:内部|上头)(?:的)?(?:规定|规则|口径|指引|标准|政策|要求|底线)${GAP(16)}(?:减免|免除|折扣|打折|和解|让步|审批)`,
    ),
  },
  {
    id: 'prompt_leak.instructions',
    lang: 'zh',
    negatable: true,
    triggers: ['接到的', '收到的', '得到的', '给我的', '工作流程'],
    patterns: zh(
      `我(?:接到|收到|得到)的${GAP(4)}(?:指示|指令|要求|规定|设定|工作流程|话术)|给我的${GAP(2)}(?:内部)(?:指示|指令|要求|规定)|我的工作流程(?:是|要求|规定)`,
    ),
  },
  {
    id: 'prompt_leak.instructions',
    lang: 'zh',
    negatable: true,
    triggers: ['系统提示', '指令', '设定', '提示词', '话术', '脚本'],
    patterns: zh(
      `(?:根据|按照|依照)我的(?:系统提示|指令|设定|提示词)|我的(?:系统)?(?:指令|提示词|设定)(?:里|中)?(?:写着|要求|规定|是)`,
      `(?:内部|预设的?)(?:催收)?(?:话术|脚本)|(?:话术|脚本)(?:模板|要求我)`,
    ),
  },
];
