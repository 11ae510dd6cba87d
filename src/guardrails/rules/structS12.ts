import { en, GAP, YOU, YOUR, zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Classes the twelfth session's outside round (half a) showed escaping or read under another
 * category (guard12, issue 16), written by class with wordings of their own (the round's items
 * are never fitted): contempt said to the person (a taunting question about their mind or their
 * shame) is harassment as well as an insult; a Chinese threat written in pinyin; a consequence
 * for children, a spouse, benefits or travel dressed as "国家规定" / "by law" is a false legal
 * claim; past late records said erased once the person pays (a QR code or a "new exclusive
 * channel" offered as the bank's way to pay is read in channels.ts).
 * 信用卡业务监督管理办法 Art. 69–70; FDCPA §1692d(2), §1692e(2), (5), (10).
 */
// One Chinese clause with no denial in it ("不会影响", "没有…义务", "说法不实").
const ZH_FREE = (n: number): string =>
  `(?:(?!不会|不影响|没有|并不|并非|不涉及|无关|不实|谣言|不用|无需|不必|不存在)[^。！？!?\\n]){0,${n}}?`;
// The same, and no lawful term of the record ("保留五年", "到期自动删除").
const ZH_FREE_RECORD = (n: number): string =>
  `(?:(?!不会|不影响|没有|并不|并非|无法|不能|保留|五年|5年|年后|期满|到期|自动|按规定)[^。！？!?\\n]){0,${n}}?`;
const ZH_FAMILY_OR_BENEFIT =
  '(?:子女|孩子|小孩|儿女|配偶|爱人|老公|老婆|父母|直系亲属|家属|亲属|家人|社保|医保|退休金|养老金|低保|结婚|婚姻登记|坐飞机|乘坐飞机|飞机|高铁|考公|考编|参军|当兵|上大学|上学|报考|入学|升学|事业单位|评奖|评优|政审|护照|出境)';
const ZH_RESTRICT =
  '(?:(?:不能|不得|无法|不可以?|不予)(?!被)|禁止|会被|将被|要被|都将|都会|取消|停掉|停止|扣(?:来|除|掉)?|受影响|受限|限制|冻结|影响)';
const ZH_AUTHORITY = '(?:国家|法律|法规|政策|央行|人民银行|监管部门|监管|条例)';

// "您别觉得自己没出息", "没有人会说您…": a consolation, not a verdict on the person.
const ZH_CONSOLED = `(?<!(?:别|不要|不用|不必|无需|没必要|没有人会|没人会|谁也不会)(?:觉得|认为|以为|说|嫌)[^，。！？,!?\\n]{0,6})`;

// Who is never told of a crime the person did not commit, and the crime told.
const ZH_AUDIENCE =
  '(?:家里?人|亲戚|亲友|家属|父母|爱人|老婆|老公|单位|公司|领导|同事|邻居|房东|朋友|村里|老家|客户|合伙人)';
const ZH_CRIME_TOLD = `[^。！？!?\\n]{0,12}?${YOU}(?:是(?!被)|涉嫌|(?:在|正在|已经)?被(?!骗|盗|冒|他人|人冒)|骗了|偷了|犯了|属于)[^。！？!?\\n]{0,6}?(?:诈骗|骗子|骗了|罪犯|犯罪|经济犯|逃犯|立案|调查|通缉|抓|偷|银行的钱)`;

// One sentence of Latin text with no negation or reported speech in it.
const EN_GAP = (n: number): string =>
  String.raw`(?:(?!\b(?:not|never|no|won't|isn't|aren't|doesn't|don't|can't|cannot|says?|said|claims?|tells?|scams?|anyone|promis\w*)\b|n't\b)[^.!?\n]){0,${n}}?`;
// Pinyin with no denial or report in it ("bu hui", "jue bu", "ru you ren …").
const PY_GAP = (n: number): string =>
  String.raw`(?:(?!\b(?:bu hui|bu yao|bu neng|jue bu|cong bu|cong lai bu|mei you|bie xin|ru you|ru guo you|zi cheng|mao chong|pian zi)\b)[^.!?\n]){0,${n}}?`;
const PY_YOU = String.raw`(?:ni|nin|ni men)`;
// People the account is never told to (FDCPA §1692c(b)).
// The person asked for it or agreed: "since you asked us to", "at your request", "if you'd like".
const EN_ASKED = String.raw`(?![^.!?\n]{0,60}\b(?:you asked|you requested|at your request|per your request|as requested|with your (?:permission|consent)|if you(?:'d)? (?:want|wish|like|prefer)|you authori[sz]ed)\b)`;
const EN_THIRD = String.raw`hr manager|hr|human resources|supervisor|boss|manager|team lead|landlord|wife|husband|spouse|partner|brother|sister|mother|mom|father|dad|parents|family|relatives|emergency contact|co-?workers?|colleagues?|employer|neighbou?rs?|friends?|references?(?! (?:number|no|code|id)\b)|church|pastor|sister-in-law|brother-in-law|in-laws|son|daughter|kids|children`;
// A crime said of the person: "you're being prosecuted", "you stole", "you're a fraudster".
const EN_CRIME = String.raw`(?:'re| are| were| have been|'ve been| will be|'ll be| are being| were being)? (?:being prosecuted|prosecuted|under (?:a )?(?:criminal |police |fbi )?investigation|wanted|a (?:criminal|thief|con artist|fraudster|crook|scammer|swindler)|(?:committed|commit) (?:fraud|a crime|theft|embezzlement)|stole|steal|charged with|(?:going to be |to be )?charged|facing (?:criminal )?charges|guilty of)\b`;

export const STRUCT_S12_RULES: PatternRuleSpec[] = [
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
    // A consequence for the family, benefits, travel or schooling dressed as the law: "按国家规定，
    // 您的配偶也不能办理房贷", "…孩子都不能考公，这是国家规定".
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    hedgeable: true,
    triggers: ['规定', '政策', '法律', '法规', '条例', '国家', '央行', '人民银行', '监管'],
    patterns: zh(
      `(?:按照?|根据|依照|依据|依)(?:最新的?|新出台的?|新的|相关的?)?${ZH_AUTHORITY}${GAP(6)}(?:规定|政策|要求|条例)?[^。！？!?\\n]{0,2}${ZH_FREE(24)}${ZH_FAMILY_OR_BENEFIT}${ZH_FREE(14)}${ZH_RESTRICT}`,
      `${ZH_AUTHORITY}(?:有|的)?(?:明文|硬性|统一)?规定[：:，,]?${ZH_FREE(24)}${ZH_FAMILY_OR_BENEFIT}${ZH_FREE(14)}${ZH_RESTRICT}`,
      `${ZH_FAMILY_OR_BENEFIT}${ZH_FREE(14)}${ZH_RESTRICT}${ZH_FREE(24)}[，,]?(?:这是|这都是|都是|这属于|属于)${GAP(2)}${ZH_AUTHORITY}${GAP(4)}(?:规定|要求|政策)`,
    ),
  },
  {
    // Past late records said erased once the person pays: "结清后不良记录一次性删掉".
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: [
      '删',
      '抹',
      '清除',
      '消除',
      '清零',
      '撤销',
      '洗白',
      '查不到',
      '干净',
      '变回正常',
      '不会留下',
      '不会留',
      '解除',
    ],
    patterns: zh(
      `(?:还|结清|还清|还上|付|缴)${ZH_FREE_RECORD(24)}(?:逾期|不良|黑名单|污点|征信)${ZH_FREE_RECORD(16)}(?:删掉|删除|删了|抹掉|抹去|抹除|清除|消除|清零|撤销|洗白|一笔都查不到|查不到|恢复干净|变回正常|一条都不会留|不会留下|解除)`,
      `(?:还|结清|还清|还上)${GAP(6)}(?:即可|就能|就可以|便能)洗白(?:征信|记录)`,
    ),
  },
  {
    // A crime imputed to the person and told to others: "我们告诉了您的房东，您骗了银行的钱",
    // "你的邻居都知道你在被警方调查了".
    id: 'defamation.criminal_label',
    lang: 'zh',
    negatable: true,
    triggers: ['告诉', '通知', '告知', '讲了', '说了', '知会', '通报', '知道', '晓得'],
    patterns: zh(
      `(?:告诉|通知|告知|讲了|说了|知会|通报)(?:了|过)?${GAP(4)}${YOUR}?${ZH_AUDIENCE}${ZH_CRIME_TOLD}`,
      `${ZH_AUDIENCE}(?:都|也|已经|全)*(?:知道|晓得)(?:了)?${ZH_CRIME_TOLD}`,
    ),
  },
  {
    // A Chinese threat in pinyin: "bu ran hou guo zi fu", "wo men de ren hui qu zhao ni".
    id: 'threat.intimidation',
    lang: 'en',
    triggers: [
      'zi fu',
      'kan zhe ban',
      'bie guai',
      'bu ke qi',
      'rang ni',
      'chu shi',
      'chu men',
      'an quan',
      'zhao ni',
      'shang men',
      'deng ni',
      'bu diao',
      'bu liao',
      'hou hui',
      'jia',
      'dan wei',
      'gong si',
      'men kou',
      'ni men',
      'nin men',
    ],
    patterns: en(
      String.raw`\b(?=hou|zi|bie|dui|rang|bu|chu|zhu)(?<!\b(?:ru|zi cheng|mao chong|pian zi)\b[^.!?\n]{0,40})\b(?:hou guo zi fu|zi ji kan zhe ban|bie guai wo(?: ?men)? (?:bu ke qi|mei ti xing|wu qing|bu jiang qing mian)|dui ${PY_YOU} bu ke qi|rang ${PY_YOU} (?:guo bu hao|hao kan|hou hui|chi bu liao dou zhe zou)|bu xiang chu shi|chu men ${PY_GAP(6)}(?:xiao xin|zhu yi an quan)|zhu yi (?:dian |yi dian )?an quan|bie hou hui)\b`,
      String.raw`\b(?=wo |you |xiong|dai |pai |ren\b)(?<!\b(?:ru|zi cheng|mao chong|pian zi)\b[^.!?\n]{0,40})\b(?:wo men de ren|you ren|xiong di(?: ?men)?|dai ren|pai ren|wo men|ren)\b${PY_GAP(24)}\b(?:shang men|qu zhao ${PY_YOU}|lai zhao ${PY_YOU}|guo qu zhao ${PY_YOU}|zhao ${PY_YOU}|dao ${PY_YOU} (?:jia|men kou|dan wei|gong si)|qu ${PY_YOU} (?:jia|men|dan wei|gong si)|deng ${PY_YOU})\b`,
      String.raw`\b${PY_YOU} (?:pao|duo|tao) bu (?:diao|liao)\b`,
    ),
  },
];

export const STRUCT_S12_EN: PatternRuleSpec[] = [
  {
    // Contempt said to the person: "are you this dense", "do you even have a brain", "have you
    // no shame", "what is wrong with you", "how dumb do you have to be".
    id: 'harassment.mockery',
    lang: 'en',
    negatable: true,
    triggers: [
      'are you',
      'brain',
      'shame',
      'wrong with you',
      'how dumb',
      'how stupid',
      'how dense',
      'a joke',
      'typical deadbeat',
      'disgrace',
      'laughingstock',
      'how thick',
      'how useless',
      'grown',
    ],
    patterns: en(
      String.raw`\bare you\b(?: really| just| seriously| actually| honestly)?(?: this| that| so)? (?:stupid|dense|dumb|thick|slow|an idiot|a moron|brain-?dead|retarded|an imbecile|clueless)\b`,
      String.raw`\bdo you (?:even )?have (?:a|any) brains?\b|\b(?:have you|do you have|you have|you've got|got) no shame\b|\bhave you no (?:shame|self-respect|dignity)\b`,
      String.raw`\bwhat(?:'s| is) wrong with you\b|\bhow (?:dumb|stupid|dense|thick|useless) (?:do you have to be|are you|can you be|can one be)\b`,
      String.raw`\byou(?:'re| are) (?:such )?a (?:joke|disgrace|laughingstock)\b|\btypical deadbeat\b|\bgrown (?:man|woman|adult)\b${EN_GAP(30)}\b(?:hiding|can't|cannot|who can't|and can't|dodging|crying)\b`,
    ),
  },
  {
    // A consequence for the family, benefits or documents dressed as the law: "Under federal law,
    // your spouse becomes responsible…", "It's a legal requirement: … can't renew their passports".
    id: 'false_legal.invented_consequence',
    lang: 'en',
    hedgeable: true,
    triggers: ['law', 'legal requirement', 'regulation', 'rules', 'legally'],
    patterns: en(
      String.raw`\b(?:under (?:federal|state|the) law|by law|legally|it(?:'s| is) (?:a legal requirement|the law)|(?:federal|state) (?:law|regulations?|rules?) (?:say|says|mean|means|require|requires))\b${EN_GAP(40)}\b(?:spouse|wife|husband|partner|children|kids|parents|family|social security|benefits|passports?|driver'?s licen[cs]e|student aid|pension|visa)\b${EN_GAP(30)}\b(?:becomes? (?:responsible|liable)|lose|loses|will be (?:garnished|suspended|revoked|cancell?ed|seized|frozen)|garnished|revoked|suspended|barred|ineligible|eligibility)\b`,
    ),
  },
  {
    // Past late records said erased once the person pays: "pay today and we'll remove every late payment".
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    triggers: ['remove', 'delete', 'erase', 'wipe', 'clear', 'disappear', 'vanish'],
    patterns: en(
      String.raw`\b(?:pay|paid|paying|settle|settled|settling|payment)\b${EN_GAP(50)}\b(?:remove|removed|delete|deleted|erase|erased|wipe|wiped|clear|cleared|disappear|disappears)\b${EN_GAP(30)}\b(?:late payments?|negative (?:marks?|items?|entries)|delinquenc\w*|charge-?off|credit (?:history|report|file|record))`,
      String.raw`\b(?:pay|paid|paying|settle|settled|settling|payment)\b${EN_GAP(50)}\b(?:late payments?|negative (?:marks?|items?|entries)|charge-?off|credit (?:history|record|file))\b${EN_GAP(30)}\b(?:gets? |will |are |is |be )?(?:wiped(?: clean)?|erased|deleted|removed|disappears?|vanish(?:es)?)\b`,
    ),
  },
  {
    // A third party copied in on the account's messages: "I've added your HR manager to this
    // thread", "we'll cc your landlord on the next letter", "your wife will be copied on notices".
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    personMayAct: true,
    triggers: ['cc', 'copy', 'copied', 'copying', 'loop', 'forward', 'add', 'includ'],
    patterns: en(
      String.raw`\b(?:b?cc|b?cc'd|b?cc’d|cc-?ed|copy|copying|copied|loop(?:ed|ing)? in|forward(?:ed|ing)?|includ(?:e|ed|ing))\b${EN_GAP(50)}\byour (?:${EN_THIRD})\b(?!'s)${EN_ASKED}`,
      String.raw`\badd(?:ed|ing)? your (?:${EN_THIRD}) to (?:the|this|our|a|every|all)\b${EN_GAP(12)}\b(?:group|thread|chat|email|emails|conversation|call|list|texts?|messages?)\b${EN_ASKED}`,
      String.raw`\byour (?:${EN_THIRD})\b${EN_GAP(20)}\b(?:will be|is being|are being|gets?|has been|have been|was|were) (?:b?cc'd|b?cc’d|cc-?ed|copied|looped in|added|included)\b(?! as (?:an? )?(?:authori[sz]ed|joint|additional))(?![^.!?\n]{0,40}\b(?:you requested|you asked|at your request|per your request))`,
    ),
  },
  {
    // A crime imputed to the person and told to others: "we let your landlord know you're being
    // prosecuted", "your coworkers were told you stole".
    id: 'defamation.criminal_label',
    lang: 'en',
    negatable: true,
    triggers: ['told', 'informed', 'notified', 'let', 'explained', 'advised', 'warned', 'knows', 'know'],
    patterns: en(
      String.raw`\b(?:we|i)(?:'ve| have)? (?:told|informed|notified|let|explained to|advised|warned)\b${EN_GAP(30)}\byour (?:${EN_THIRD})\b${EN_GAP(16)}\b(?:that )?you${EN_CRIME}`,
      String.raw`\byour (?:${EN_THIRD})\b (?:were|was|have been|has been|got|had been) (?:told|informed|notified)\b${EN_GAP(10)}\byou${EN_CRIME}`,
      String.raw`\byour (?:${EN_THIRD})\b (?:now |all |already )*knows?\b${EN_GAP(6)}\byou${EN_CRIME}`,
    ),
  },
];
