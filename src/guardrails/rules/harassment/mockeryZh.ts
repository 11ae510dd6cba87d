import { GAP, type PatternRuleSpec, YOU, YOUR, zh } from '../ruleTypes.js';
import {
  CROWD_PATTERNS,
  CROWD_TRIGGERS,
  NO_NEG_GAP,
  POST_PATTERNS,
  POST_TRIGGERS,
  SENTENCE,
} from '../shared/zh.js';

/**
 * Harassment (Chinese): mockery.
 */

// "您别觉得自己没出息", "没有人会说您…": a consolation, not a verdict on the person.
const ZH_CONSOLED = `(?<!(?:别|不要|不用|不必|无需|没必要|没有人会|没人会|谁也不会)(?:觉得|认为|以为|说|嫌)[^，。！？,!?\\n]{0,6})`;

export const HARASSMENT_MOCKERY_ZH: PatternRuleSpec[] = [
  {
    // Poverty mocked: "穷到连…都凑不出来", a crowdfunding offered as a jeer.
    id: 'harassment.mockery',
    lang: 'zh',
    negatable: false,
    triggers: ['穷到', '凑不出', '拿不出', '掏不出', '众筹', '水滴筹', '轻松筹', '筹款', '要饭', '讨饭'],
    patterns: zh(
      `穷到(?:连)?|连${GAP(12)}(?:都|也)(?:凑不出|拿不出|掏不出)${GAP(4)}(?:啊|吧|吗|呀)?(?:\\?|？|🤡|哈|笑)`,
      `(?:帮${YOU}|给${YOU}|替${YOU})${GAP(8)}(?:众筹|水滴筹|轻松筹|筹款)`,
      `(?:去|出去|上街)${GAP(3)}(?:要饭|讨饭)`,
      `(?:块|元|块钱|百|千)(?:钱)?(?:都|也)(?:凑不出|拿不出|掏不出|还不上)(?:来)?(?:啊|吧|吗|呀)?(?:\\?|🤡|哈|笑)`,
    ),
  },
  {
    // Contempt for the person's life, without a listed insult.
    id: 'harassment.mockery',
    lang: 'zh',
    negatable: true,
    triggers: [
      '混',
      '好意思',
      '穷',
      '有钱',
      '辈子',
      '算个人',
      '算人',
      '算什么',
      '破工作',
      '破单位',
      '破公司',
      '有什么意思',
      '有什么用',
      '丢人',
      '活该',
    ],
    patterns: zh(
      `混(?:成|到)(?:了)?(?:这样|这个样子|这份上|这地步)|还好意思(?:接电话|说|哭穷|活着|借钱)`,
      `(?:还在|别|少)(?:这)?(?:哭穷|喊穷|装穷)|(?:哭穷|喊穷)没用|天天(?:喊穷|哭穷)|有钱${NO_NEG_GAP(6)}没钱还`,
      `(?:这辈子|一辈子)(?:也)?(?:就这样|没出息|完了)|活该穷`,
      `也算(?:个)?人|算什么(?:男人|女人|东西)|${YOUR}?那?破(?:工作|单位|公司)|活着有什么意思`,
      `都(?:还不上|还不起|拿不出)${NO_NEG_GAP(6)}(?:活该|丢人|还好意思|有什么用)`,
    ),
  },
  {
    // Contempt said to the person as a question or a verdict on their mind, face or worth:
    // "你脑子进水了吗", "还有没有一点羞耻心", "听不懂人话", "真是丢人现眼".
    id: 'harassment.mockery',
    lang: 'zh',
    negatable: true,
    triggers: [
      '脑子',
      '智商',
      '羞耻',
      '廉耻',
      '脸',
      '人话',
      '装傻',
      '哑巴',
      '聋',
      '出息',
      '丢人',
      '对牛弹琴',
      '好意思',
      '就是',
      '到底是',
      '终究是',
      '永远是',
    ],
    patterns: zh(
      `${ZH_CONSOLED}脑子${GAP(4)}(?:有问题|进水|坏了|有病|被驴踢|被门夹|不好使|不清醒)`,
      `${ZH_CONSOLED}智商${GAP(2)}(?:有问题|堪忧|不够|欠费|为零)`,
      `${ZH_CONSOLED}(?:有没有|还要不要|一点|连)${GAP(2)}(?:羞耻心|廉耻|脸面?)(?:都|也)?(?:没有|不要|没)?`,
      `${ZH_CONSOLED}(?:脸(?:都|也)?不要了|不要脸|厚脸皮|脸皮${GAP(3)}(?:厚|够厚))`,
      `${ZH_CONSOLED}(?:听不懂人话|装傻充愣|是哑巴吗|是聋了吗|没出息|丢人现眼|对牛弹琴)`,
      `${ZH_CONSOLED}还好意思(?:不接|不回|拉黑|躲|装|说|找|跟我|哭|喊)`,
      `${ZH_CONSOLED}(老赖|骗子|废物)(?:就是|到底是|终究是|永远是)\\1`,
    ),
  },
  {
    // The same posting is public humiliation.
    id: 'harassment.mockery',
    lang: 'zh',
    negatable: true,
    triggers: POST_TRIGGERS,
    patterns: POST_PATTERNS,
  },
  {
    // "上门时把邻居都叫出来看看", "在你家门口喊话".
    id: 'harassment.mockery',
    lang: 'zh',
    negatable: true,
    triggers: CROWD_TRIGGERS,
    patterns: CROWD_PATTERNS,
  },
  {
    // "你手机是摆设吗", "享受你的丢人日子", "挖你家的底细".
    id: 'harassment.mockery',
    lang: 'zh',
    negatable: true,
    triggers: ['手机', '电话', '享受', '羞耻', '底细', '老底'],
    patterns: zh(
      `手机${GAP(2)}是(?:摆设|用来看的|拿来看的|装饰)`,
      `接${GAP(2)}电话${GAP(2)}(?:都不会|这么难|会死|能死)`,
      `享受${GAP(4)}(?:丢人|丢脸|耻辱|社死)`,
      `(?:还有没有|没有|一点)${GAP(4)}羞耻心`,
      `挖${GAP(6)}(?:底细|老底)`,
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
  {
    // A cat-and-mouse taunt (guardzh20): "躲得了初一躲不过十五", "咱们慢慢玩", "陪你玩到底".
    id: 'harassment.mockery',
    lang: 'zh',
    triggers: ['初一', '慢慢玩', '慢慢耗', '玩到底', '耗到底'],
    patterns: zh(
      `躲(?:得|过)(?:了)?初一${GAP(2)}躲不(?:了|过)十五|(?:咱们|我们|跟${YOU}|陪${YOU})(?:就)?慢慢(?:玩|耗)|(?:陪|跟)${YOU}(?:玩|耗)到底`,
    ),
  },
  {
    // The person's word or worth mocked (guardzh26): "您自己读一遍，不脸红吗", "你份粮系咪要等到下世先出呀",
    // "你咁嘅人生出嚟都系浪费米饭".
    id: 'harassment.mockery',
    lang: 'zh',
    triggers: ['脸红', '害臊', '丢人', '要脸', '下世', '下辈子', '猴年马月', '浪费'],
    patterns: zh(
      `不(?:脸红|害臊|觉得丢人|嫌丢人)(?:吗|嘛|么|啊)|还要(?:不要)?脸(?:吗|嘛|么)?|要不要脸`,
      `(?:等到|要等|等)(?:下辈子|下世|猴年马月)`,
      `浪费(?:米饭|粮食|空气|米)`,
    ),
  },
];
