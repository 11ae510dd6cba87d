import { GAP, type PatternRuleSpec, YOU, YOUR, zh } from '../ruleTypes.js';
import { NO_NEG_GAP, SENTENCE } from '../shared/zh.js';
import { SWEEP_COUNT } from './regionZh.js';

/**
 * Discrimination (Chinese): identity.
 */

const ETHNIC = '(?:少数民族|回民|回族|维吾尔族|维族|藏族|蒙古族|壮族|苗族|彝族)';

export const DISCRIMINATION_IDENTITY_ZH: PatternRuleSpec[] = [
  {
    id: 'discrimination.identity',
    lang: 'zh',
    triggers: [
      '少数民族',
      '回族',
      '维吾尔',
      '维族',
      '藏族',
      '黑人',
      '白人',
      '外国人',
      '老外',
      '穆斯林',
      '黑鬼',
      '女人',
      '女的',
      '娘们',
      '婆娘',
      '男人',
      '老爷们',
    ],
    patterns: zh(
      `(?:少数民族|回族|维吾尔族|维族|藏族|黑人|白人|外国人|老外|穆斯林)(?:就|都|果然|总|总是|就是|没一个)|黑鬼`,
      `(?:女人|女的|娘们|娘儿们|婆娘|男人|大老爷们)(?:家)?(?:就是|就|都|果然|懂什么|没一个|哪懂|天生)|(?:一个|个)(?:女的|女人|女孩子|男的)(?:家)?(?:还|居然|竟然|也)`,
    ),
  },
  {
    id: 'discrimination.identity',
    lang: 'zh',
    negatable: true,
    triggers: [
      '教的',
      '民族',
      '回族',
      '维族',
      '藏族',
      '穆斯林',
      '基督徒',
      '女人家',
      '一个女',
      '也敢',
      '也配',
      '能有几个钱',
    ],
    patterns: zh(
      `(?:信${GAP(3)}教的|少数民族|回族|维族|藏族|穆斯林|基督徒)(?:的)?${GAP(8)}(?:都|就是|一个样|这样|不讲)`,
      `一个女(?:人家?|的)(?:的)?${GAP(8)}(?:干什么|干嘛|乱|这么多|懂什么)|女人家(?:的)?${GAP(8)}(?:干什么|干嘛|乱|懂什么)`,
      `(?:送外卖的|跑外卖的|外卖员|快递员|保安|保姆|农民工|打工的|开滴滴的|摆摊的|服务员|搬砖的)${GAP(4)}(?:也敢|也配|还想|还敢|能有几个钱)`,
    ),
  },
  {
    id: 'discrimination.identity',
    lang: 'zh',
    negatable: true,
    triggers: ['残疾人', '老年人', '女人', '老人', '老太太', '老头', '这么大'],
    patterns: zh(
      `(?:残疾人|老年人|女人|老人家)(?:就是|就不该|也配|都是|还借|还刷|还办|还想)|${YOU}一个(?:残疾人|老人|女人|老太太|老头)还`,
      `(?:年纪|岁数)这么大(?:了)?还`,
    ),
  },
  {
    id: 'discrimination.identity',
    lang: 'zh',
    triggers: ['女人', '女的', '娘们', '娘儿们', '男人'],
    patterns: zh(
      `(?:女人|女的|娘们|娘儿们)${GAP(12)}(?:花钱|乱买|败家|没个数|没脑子|借这么多|靠男人|指望男人|丢人|就是)|靠男人${GAP(2)}还|指望男人`,
    ),
  },
  {
    id: 'discrimination.identity',
    lang: 'zh',
    negatable: true,
    triggers: [
      '你们信',
      '佛教徒',
      '基督徒',
      '穆斯林',
      '回民',
      '开出租',
      '开车的',
      '开网约车',
      '司机',
      '女人了',
      '男人了',
    ],
    patterns: zh(
      `你们(?:信${GAP(3)}的|佛教徒|基督徒|穆斯林|回民)`,
      `(?:一个|个)(?:开出租的|开车的|开网约车的|跑出租的|司机)[^。!?\\n]{0,12}?(?:胆子|也敢|也配|还想|这么多)`,
      `(?:[二三四五六七]十(?:好几|多)?(?:岁)?的)(?:女人|男人|老女人|老男人)了?,?${GAP(6)}还`,
    ),
  },
  {
    id: 'discrimination.identity',
    lang: 'zh',
    negatable: true,
    triggers: ['少数民族', '回民', '回族', '维吾尔', '维族', '藏族', '蒙古族', '壮族', '苗族', '彝族'],
    patterns: zh(`${ETHNIC}(?:人)?(?:也|又|还|更)(?:得|要|该|别|不能)(?:守|讲|懂|老实|装)`),
  },
  {
    // "女人管什么钱，叫你老公来": gender put-downs.
    id: 'discrimination.identity',
    lang: 'zh',
    negatable: true,
    triggers: ['女人', '女的', '娘们', '老公', '男人', '当家的'],
    patterns: zh(
      `(?:女人|女的|娘们)(?:家)?${NO_NEG_GAP(4)}(?:懂什么|管什么|懂个|借这么多)|(?:叫|让)${YOUR}?(?:家)?(?:老公|男人|当家的)来(?:跟我)?(?:谈|接|说)`,
    ),
  },
  {
    // "做直播的女的有几个靠谱的": a gender or trade swept into a share (guardzh26).
    id: 'discrimination.identity',
    lang: 'zh',
    triggers: ['十个', '几个', '一个'],
    patterns: zh(
      `(?:女的|女人|娘们|男的|直播的|做直播|主播|网红|外卖的|打工的|摆摊的|开滴滴的|单亲妈妈|离过婚的)${SENTENCE(6)}${SWEEP_COUNT}`,
    ),
  },
];
