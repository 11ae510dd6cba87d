import { compactOf } from './careNormalise.js';

/**
 * Code-switched messages ("I want to 死", "我真的不想live了", "我妈妈 has dementia"): each
 * language's rules read only their own words, so a message that mixes the two is read twice more,
 * once with the Chinese words glossed in English (the English rules then see "I want to die") and
 * once with the English words glossed in Chinese (the Chinese rules see "我真的不想活了").
 *
 * Only the words that carry distress or hardship, the kin and the few pronouns and verbs around
 * them are glossed; everyday idioms (笑死, 累死, 要命, "dying to", "killing me") are glossed as
 * what they mean, so the readings do not turn a joke into a method. The learned scorer still
 * reads the message as written.
 *
 *   mixedReadings('i just want to 死 and be done') // ['i just want to die and be done', ...]
 */

/** Chinese words in an English frame, as English (longest first when built). */
const ZH_TO_EN: Readonly<Record<string, string>> = {
  哈哈: 'haha',
  开玩笑: 'just kidding',
  认真: 'serious',
  不是开玩笑: 'no joke',
  笑死: 'lol',
  累死: 'so tired',
  饿死: 'so hungry',
  气死: 'so angry',
  热死: 'so hot',
  忙死: 'so busy',
  要死: 'very',
  要命: 'terrible',
  要我命: 'too much',
  自杀: 'kill myself',
  自尽: 'kill myself',
  轻生: 'kill myself',
  去死: 'die',
  想死: 'want to die',
  死: 'die',
  不想活: "don't want to live",
  活下去: 'go on living',
  活着: 'being alive',
  活: 'live',
  撑下去: 'go on',
  撑不下去: "can't go on",
  跳楼: 'jump off the building',
  跳河: 'jump in the river',
  跳江: 'jump in the river',
  天台: 'rooftop',
  楼顶: 'rooftop',
  安眠药: 'sleeping pills',
  遗书: 'suicide note',
  烧炭: 'burn charcoal',
  结束生命: 'end my life',
  一了百了: 'end it all',
  医院: 'hospital',
  住院: 'in hospital',
  手术: 'surgery',
  癌症: 'cancer',
  化疗: 'chemo',
  中风: 'stroke',
  痴呆: 'dementia',
  老年痴呆: 'dementia',
  工作: 'job',
  失业: 'unemployed',
  裁员: 'laid off',
  被裁: 'laid off',
  炒鱿鱼: 'fired',
  公司: 'company',
  倒闭: 'closed',
  老公: 'husband',
  丈夫: 'husband',
  老婆: 'wife',
  妻子: 'wife',
  妈妈: 'mom',
  母亲: 'mother',
  爸爸: 'dad',
  父亲: 'father',
  奶奶: 'grandma',
  外婆: 'grandma',
  爷爷: 'grandpa',
  外公: 'grandpa',
  儿子: 'son',
  女儿: 'daughter',
  孩子: 'kids',
  去世: 'passed away',
  过世: 'passed away',
  葬礼: 'funeral',
  离婚: 'divorce',
  离了婚: 'divorced',
  离了职: 'quit my job',
  离了: 'split up',
  火灾: 'house fire',
  洪水: 'flood',
  地震: 'earthquake',
  车祸: 'car accident',
  照顾: 'look after',
  我的: 'my',
  自己: 'myself',
  我: 'i',
  不想: "don't want to",
  好想: 'really want to',
  想: 'want to',
};

/** English words in a Chinese frame, as Chinese (whole words; longest first when built). */
const EN_TO_ZH: Readonly<Record<string, string>> = {
  lol: '哈哈',
  lmao: '哈哈',
  haha: '哈哈',
  jk: '开玩笑',
  'just kidding': '开玩笑',
  kidding: '开玩笑',
  joking: '开玩笑',
  'no joke': '不是开玩笑',
  serious: '认真的',
  'dying to': '很想',
  'killing me': '太难了',
  'kill time': '打发时间',
  'kill myself': '自杀',
  'kill my self': '自杀',
  kill: '杀',
  unalive: '自杀',
  'end it all': '一了百了',
  'end my life': '结束生命',
  'suicide note': '遗书',
  suicide: '自杀',
  'want to die': '想死',
  die: '死',
  'live anymore': '活了',
  live: '活',
  alive: '活着',
  jump: '跳',
  rope: '绳子',
  'sleeping pills': '安眠药',
  pills: '药',
  disappear: '消失',
  'goodbye forever': '永别了',
  hospital: '医院',
  hospitalised: '住院',
  hospitalized: '住院',
  surgery: '手术',
  operation: '手术',
  cancer: '癌症',
  chemo: '化疗',
  stroke: '中风',
  dementia: '老年痴呆',
  job: '工作',
  layoff: '被裁员',
  'laid off': '被裁员',
  fired: '被开除',
  fire: '开除',
  unemployed: '失业',
  income: '收入',
  company: '公司',
  closed: '倒闭了',
  mom: '妈妈',
  mum: '妈妈',
  mother: '母亲',
  dad: '爸爸',
  father: '父亲',
  husband: '老公',
  wife: '老婆',
  son: '儿子',
  daughter: '女儿',
  kids: '孩子',
  children: '孩子',
  grandma: '奶奶',
  grandpa: '爷爷',
  'passed away': '去世了',
  died: '去世了',
  funeral: '葬礼',
  divorce: '离婚',
  divorced: '离婚了',
  flood: '洪水',
  earthquake: '地震',
  'car accident': '车祸',
  'take care of': '照顾',
  'taking care of': '照顾',
  'look after': '照顾',
  'looking after': '照顾',
  'single mom': '一个人带孩子',
  "don't want to": '不想',
  'want to': '想',
  i: '我',
  my: '我的',
  me: '我',
};

const byLength = (words: readonly string[]): string[] =>
  [...words].sort((a, b) => b.length - a.length || a.localeCompare(b));
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\']/g, '\\$&');

const ZH_WORDS = new RegExp(byLength(Object.keys(ZH_TO_EN)).join('|'), 'gu');
const EN_WORDS = new RegExp(
  `(?<![a-z'])(?:${byLength(Object.keys(EN_TO_ZH)).map(escape).join('|')})(?![a-z'])`,
  'g',
);
const HAN = /\p{Script=Han}/u;
/** An English word of two letters or more (a lone "i" or "a" is not a frame). */
const LATIN_WORD = /[a-z]{2,}/;
const HAN_ALL = /\p{Script=Han}/gu;
const LATIN_ALL = /[a-z]+/g;
const HAN_RUNS = /\p{Script=Han}+/gu;

/**
 * The English and the Chinese reading of a normalised care text that mixes the two scripts;
 * empty for a text in one script (its reading is the text itself).
 */
export function mixedReadings(text: string): string[] {
  if (!HAN.test(text) || !LATIN_WORD.test(text)) return [];
  const readings: string[] = [];
  // Each reading keeps only its own script, so only that language's rules run on it.
  const glossed = text.replace(ZH_WORDS, (w) => ` ${ZH_TO_EN[w] ?? w} `);
  if (glossed !== text) readings.push(glossed.replace(HAN_RUNS, ' ').replace(/\s+/g, ' ').trim());
  // The Chinese reading only when Chinese is the frame (at least as many Han characters as English
  // words): "I want to 死 my hair red 哈哈, I mean dye" is English with one Chinese word, and
  // glossing its English into Chinese would leave "我想死" without the words that explain it.
  const hanChars = text.match(HAN_ALL)?.length ?? 0;
  const latinWords = text.match(LATIN_ALL)?.length ?? 0;
  if (hanChars >= latinWords) {
    const chinese = text.replace(EN_WORDS, (w) => EN_TO_ZH[w] ?? w);
    if (chinese !== text) readings.push(compactOf(chinese.replace(LATIN_ALL, ' ')));
  }
  return readings;
}
