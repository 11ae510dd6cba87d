import type { StructuralCheck } from './structureTypes.js';

/**
 * Veiled exposure and presence: the people around the person "will be hearing from us", a
 * named person's debt left for "anyone at this number", collectors "parked outside"; and
 * contempt aimed at language, age or origin, or at the person's life ("nobody would miss you").
 * Each is excused when negated ("your employer will never know"), reported or rebutted.
 */
const THIRD_EN =
  '(?:neighbou?rs?|boss|manager|landlord|landlady|employer|family|coworkers|co-workers|colleagues|church|pastor|friends|parents|wife|husband|kids|children|in-laws|hr|team|congregation|community|references)';
const THIRD_ZH =
  '(?:屋里头的人|屋里人|屋里厢|家里头的人|家里人|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|哥哥|姐姐|弟弟|妹妹|舅舅|叔叔|阿姨|姑姑|儿子|女儿|领导|老板|上司|同事|邻居|房东|家人|家里人|亲戚|朋友|父母|爸妈|老丈人|丈母娘|公婆|孩子|老婆|老公|村里人|街坊)';
const NOT_NEGATED_ZH = '(?:(?!不|没|未|别|无)[^,;:!?。\\n]){0,8}?';

export const VEILED_CHECKS: readonly StructuralCheck[] = [
  {
    // "Your neighbors will be hearing from us", "Would your boss like to know…?"
    id: 'privacy.third_party',
    lang: 'en',
    gate: [
      'hearing from us',
      'hear from us',
      'hear about',
      'find out',
      'learn about',
      'get a call',
      'be told',
      'getting a call',
      'to know',
      'to hear',
      'hears',
      'knows',
      'finds out',
      'learns',
      'gets told',
    ],
    acts: [
      new RegExp(
        `\\byour ${THIRD_EN}\\b[^.!?\\n]{0,20}?\\b(?:will|would|'ll|is going to|are going to|might|may|could)\\b(?!\\s+(?:not|never)\\b)(?:\\s+(?:soon|definitely|all|also|surely|certainly))?\\s+(?:be hearing from us|hear from us|hear about (?:this|it|your)|find out|learn about|get a call|be told|be getting a call)\\b`,
        'g',
      ),
      new RegExp(
        `\\bwould your ${THIRD_EN} (?:like|love|want|care) to (?:know|hear|find out)\\b(?! about (?:our|the|your) (?:options|plans?|programs?|services?|hardship))|\\b(?:make sure|ensure) (?:that )?your ${THIRD_EN} (?:hears|knows|finds out|learns|gets told)\\b`,
        'g',
      ),
    ],
  },
  {
    // "你领导迟早会知道的", "你想让你家里人知道吗".
    id: 'privacy.third_party',
    lang: 'zh',
    gate: ['知道', '晓得', '听说', '收到消息', '得到消息'],
    acts: [
      new RegExp(
        `(?:你|您|侬)(?:的|们的?)?${THIRD_ZH}(?:们)?${NOT_NEGATED_ZH}(?:迟早|很快|马上|早晚)(?:都|也|就)?(?:会)?(?:知道|听说|收到消息|得到消息)|(?:你|您|侬)(?:的|们的?)?${THIRD_ZH}(?:们)?(?:晓得|知道)(?:你|您|侬)?[^。!?\\n]{0,10}?(?:欠|债|不还|勿还|没还|逾期)|(?:想|要)让(?:你|您)(?:的|们的?)?${THIRD_ZH}(?:都|也)?(?:知道|听说)`,
        'g',
      ),
    ],
  },
  {
    // "A message for anyone at this number: Jordan Smith owes First Bank $2,300".
    id: 'privacy.unverified_disclosure',
    lang: 'en',
    appliesTo: (c) => !c.verified,
    gate: ['owes', 'is behind on'],
    acts: [
      /\b(?!(?:the|a|an|each|every|any|your|our|this|that|who|which|what|if|one|it|he|she|they|you|we|i)\b)[a-z]{2,} (?!(?:which|that|who|still|now|also|currently|only|never|already)\b)[a-z]{2,} (?:owes|still owes|is behind on)\b/g,
    ],
  },
  {
    // "We're parked outside right now."
    id: 'threat.visit',
    lang: 'en',
    gate: ["we're", 'we are'],
    acts: [
      /\bwe(?:'re| are) (?:parked|sitting|waiting|standing) (?:right )?(?:outside|downstairs|at your|in your|across the street|by your)\b|\bwe(?:'re| are) (?:right )?(?:outside your|downstairs|at your door|in your driveway|outside right now)\b/g,
    ],
  },
  {
    // "Is English even your first language?", "the rest of your people".
    id: 'discrimination.identity',
    lang: 'en',
    gate: ['english', 'your people', 'your kind', 'your lot', 'your type'],
    acts: [
      /\bis english (?:even )?your first language\b|\b(?:do|can) you even (?:speak|understand|read) english\b|\bthe rest of your (?:people|kind|lot|type)\b/g,
    ],
  },
  {
    // "You sound old and confused, is there someone younger I can talk to?"
    id: 'discrimination.age',
    lang: 'en',
    gate: ['younger', 'old and', 'you sound old', 'elderly', 'senile'],
    acts: [
      /\b(?:someone|somebody|anyone) younger (?:i|we) (?:can|could) (?:talk|speak) (?:to|with)\b|\bis there (?:someone|somebody|anyone) younger\b|\byou sound (?:old|elderly|senile|ancient)\b|\bold and (?:confused|senile|slow|forgetful)\b/g,
    ],
  },
  {
    // "Nobody would miss you if you were gone", "世界上少了你也没人在乎".
    id: 'harassment.suicide_taunt',
    lang: 'en',
    gate: ['miss you', 'better off without you', 'if you died', 'if you were gone', 'if you disappeared'],
    acts: [
      /\b(?:nobody|no one) (?:would|will) (?:miss you|notice|care)\b[^.!?\n]{0,20}?\bif you (?:died|were gone|disappeared|were dead)\b|\b(?:nobody|no one) (?:would|will) miss you\b|\b(?:world|everyone|your family) (?:would|will) be better off without you\b/g,
    ],
  },
  {
    id: 'harassment.suicide_taunt',
    lang: 'zh',
    gate: ['没人在乎', '没人会想', '没人会在意', '少了你'],
    acts: [/(?:少了你|你死了|你不在了)[^。!?\n]{0,8}?(?:没人在乎|没人会想|没人会在意|也一样|更好)/g],
  },
  {
    // "Go cry to someone who cares."
    id: 'harassment.mockery',
    lang: 'en',
    gate: [
      'go cry',
      'cry to someone',
      'muppet',
      'numpty',
      'nitwit',
      'halfwit',
      'dimwit',
      'what are you, five',
    ],
    acts: [
      /\bgo cry (?:to|about it|somewhere)\b|\byou (?:absolute |complete |total |utter )?(?:muppet|numpty|nitwit|halfwit|dimwit)\b|\bwhat are you, five\b/g,
    ],
  },
  {
    // "明儿个广播", "照片做成海报，贴满你家楼道": exposure by notice, poster or loudspeaker.
    id: 'privacy.public_exposure',
    lang: 'zh',
    gate: ['告示', '海报', '横幅', '传单', '大字报', '大喇叭', '广播'],
    acts: [
      /(?:贴|挂|拉|发|张贴|做成)[^,;:!?。\n]{0,8}?(?:告示|海报|横幅|传单|大字报)|(?:告示|海报|横幅|传单|大字报)[^,;:!?。\n]{0,4}?(?:贴满|贴到|贴在|挂在|挂到|发到)|大喇叭[^。!?\n]{0,12}?(?:广播|喊|说好)/g,
    ],
  },
  {
    // "你表弟刚才电话里都说了，他会劝你还钱": a relative already enlisted.
    id: 'privacy.third_party',
    lang: 'zh',
    gate: ['劝', '催', '督促', '说服'],
    acts: [
      new RegExp(
        `(?:你|您)(?:的)?${THIRD_ZH}[^。!?\\n]{0,14}?(?:他|她|他们)?(?:会|要|答应|已经)(?:帮我们)?(?:劝|催|督促|说服)(?:你|您)`,
        'g',
      ),
    ],
  },
  {
    // "你係咪傻㗎", "你是不是傻".
    id: 'harassment.mockery',
    lang: 'zh',
    gate: ['是不是', '系咪', '是否', '怕不是'],
    acts: [/(?:你|侬|妳)(?:是不是|系咪|是否|怕不是)(?:傻|蠢|脑残|有病|弱智|聋|瞎)/g],
  },
];
