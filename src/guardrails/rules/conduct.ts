import { GAP, YOU, YOUR, en, zh, type PatternRule } from './ruleTypes.js';

/** Relentless contact, discrimination, false identity claims, leaked instructions. */
const ZH_CONTACT = '(?:打电话|打给你|打给您|打|轰炸|催收|催|发短信|发消息|联系你|联系您|骚扰|找你|找您|打到)';

export const CONDUCT_RULES: PatternRule[] = [
  {
    id: 'harassment.relentless_contact', category: 'harassment', severity: 'high', lang: 'zh', negatable: true,
    triggers: ['早中晚', '一天', '每小时', '每个小时', '每隔', '每天', '天天', '每时每刻', '二十四小时', '24小时', '日日夜夜', '日夜', '白天黑夜', '没日没夜', '半夜', '深夜', '凌晨', '一直', '不停', '反复', '轮番', '持续', '无休止', '打爆', '轰炸', '打到', '直到', '为止', '不得安宁', '睡不好', '不得安生'],
    patterns: zh(
      `(?:每(?:个)?小时|每隔\\d+分钟|每天|天天|每时每刻|二十四小时|24小时|日日夜夜|日夜|白天黑夜|没日没夜|半夜|深夜|凌晨|大半夜|一直|不停(?:地)?|反复|轮番|持续|连续不断(?:地)?|无休止(?:地)?)(?:都|也|就|会|地)?(?:会)?(?:给${YOU}|对${YOU}|找${YOU})?${ZH_CONTACT}`,
      `打爆${YOUR}?(?:的)?(?:电话|手机)|(?:电话|短信|信息)轰炸|打到${YOU}(?:还钱|还清|接(?:为止)?|崩溃|受不了)`,
      `(?:直到|一直到|打到)${YOU}?(?:还|接|回)${GAP(4)}为止|让${YOU}(?:不得安宁|睡不好觉|没法睡觉|不得安生)`,
      `(?:打|联系|找|催)${GAP(12)}(?:直到|一直到)${YOU}?(?:接听|接|还|回)|早中晚|一天(?:打)?(?:[四五六七八九十]|[4-9]|\\d{2,})(?:次|遍|个电话)|每天(?:打)?(?:[四五六七八九十]|[4-9]|\\d{2,})(?:次|遍|个电话)`,
    ),
  },
  {
    id: 'harassment.relentless_contact', category: 'harassment', severity: 'high', lang: 'en', negatable: true,
    triggers: ['every hour', 'every day', 'every night', 'every minute', 'every single', 'day and night', 'night and day', 'all day', 'all night', 'around the clock', '24/7', 'nonstop', 'non-stop', 'constantly', 'repeatedly', 'over and over', 'all hours', 'middle of the night', 'at night', 'until', 'till', 'noon', 'morning and night', 'day out', 'all the time', 'stop calling', 'stop texting', 'stop contacting', 'stop messaging', 'stop chasing', 'keep calling', 'keep texting', 'keep contacting', 'keep messaging', 'keep hounding', 'blow up', 'flood', 'bombard', 'spam', 'leave you alone'],
    patterns: en(
      `\\b(?:call|text|message|contact|ring|phone|email|hound|bother|chase|harass)(?:ing)?\\s+you\\s+(?:every (?:hour|day|night|minute|single day)|day and night|night and day|all day(?: and night)?|all night|around the clock|24/7|nonstop|non-stop|constantly|repeatedly|over and over|at all hours|in the middle of the night|at night|until you pay|till you pay|until (?:you|this is) (?:settle|pay|paid)|morning,? noon,? and night|morning and night|day in,? day out|all the time)`,
      `\\b(?:call|calls|calling|text|texts|texting|message|messages|contact|ring|ringing)\\b[^.!?\\n]{0,40}\\b(?:until|till) (?:we get paid|you pay|you've paid|you answer|you pick up|you respond|it's paid|this is paid)\\b`,
      `\\b(?:won't|will not|never) stop (?:calling|texting|contacting|messaging|chasing)\\b|\\bkeep (?:calling|texting|contacting|messaging|hounding) you\\b|\\bblow up your phone\\b`,
      `\\b(?:flood|bombard|spam) (?:you|your (?:phone|inbox))\\b|\\bnever leave you alone\\b|\\b(?:expect|you'll get|you will get) (?:calls|messages|texts) (?:day and night|every hour|around the clock|all day)`,
    ),
  },
  {
    id: 'discrimination.region', category: 'discrimination', severity: 'high', lang: 'zh',
    triggers: ['你们', '您们', '河南', '河北', '东北', '安徽', '江西', '湖南', '湖北', '四川', '广西', '贵州', '甘肃', '新疆', '西藏', '云南', '山东', '福建', '广东', '温州', '潮汕', '农村', '乡下', '外地', '山里', '穷地方', '小地方', '乡巴佬', '土包子', '山炮', '土鳖', '穷山恶水'],
    patterns: zh(
      `(?:你们|您们)(?:那|那儿|那边|那里|那个地方|那地方|那种地方|那种小地方|当地|老家)(?:出来)?(?:的人|人|的)?(?:就|都|总|总是|果然|全是|一个个|从来|信用)`,
      `你们这(?:些|种|帮|群)[^。!?\\n]{0,12}?(?:没一个|都是|全是|就是|一个个|没有一个)`,
      `(?:河南|河北|东北|安徽|江西|湖南|湖北|四川|广西|贵州|甘肃|新疆|西藏|云南|山东|福建|广东|温州|潮汕|农村|乡下|外地|山里|穷地方|小地方)(?:人|佬|来的人|的人|出来的)(?:就|都|果然|总|总是|就是|一个样|素质|没)`,
      `乡巴佬|土包子|外地佬|山炮|土鳖|穷山恶水|(?:你们|您们)那种(?:小)?地方(?:出来)?的人`,
    ),
  },
  {
    id: 'discrimination.identity', category: 'discrimination', severity: 'high', lang: 'zh',
    triggers: ['少数民族', '回族', '维吾尔', '维族', '藏族', '黑人', '白人', '外国人', '老外', '穆斯林', '黑鬼', '女人', '女的', '娘们', '婆娘', '男人', '老爷们'],
    patterns: zh(
      `(?:少数民族|回族|维吾尔族|维族|藏族|黑人|白人|外国人|老外|穆斯林)(?:就|都|果然|总|总是|就是|没一个)|黑鬼`,
      `(?:女人|女的|娘们|娘儿们|婆娘|男人|大老爷们)(?:家)?(?:就是|就|都|果然|懂什么|没一个|哪懂|天生)|(?:一个|个)(?:女的|女人|女孩子|男的)(?:家)?(?:还|居然|竟然|也)`,
    ),
  },
  {
    id: 'discrimination.age', category: 'discrimination', severity: 'high', lang: 'zh',
    triggers: ['老不死', '老东西', '老糊涂', '老头子', '老太婆', '年纪', '岁数', '老年人', '老人', '年轻人', '90后', '00后', '80后'],
    patterns: zh(
      `老不死|老东西|老糊涂|老头子|老太婆|${YOU}(?:这个|这把|这么大)(?:年纪|岁数)`,
      `(?:老年人|老人|年轻人|你们年轻人|你们这些年轻人|你们老年人|90后|00后|80后)(?:就|都|果然|总|总是|就是|一个个|没一个)`,
    ),
  },
  {
    id: 'discrimination.disability', category: 'discrimination', severity: 'high', lang: 'zh',
    triggers: ['残废', '瘸子', '瞎子', '聋子', '哑巴', '傻子', '疯子', '神经病', '精神病', '有病', '弱智', '智障', '低能', '残疾人'],
    patterns: zh(
      `残废|瘸子|瞎子|聋子|哑巴|傻子|疯子|神经病|精神病(?![院医科])|脑子有病|有病吧|弱智|智障|低能儿|残疾人(?:就|都|果然)`,
    ),
  },
  {
    id: 'discrimination.region', category: 'discrimination', severity: 'high', lang: 'en',
    triggers: ['people from', 'folks from', 'from your', 'from that', 'where you come from'],
    patterns: en(
      `\\b(?:people|folks|everyone|they|those) from (?:your|that|where you|around) (?:\\w+ )?(?:neighbou?rhood|area|part of town|town|village|region|side of town|country|background|come from|parts?)\\b[^.!?\\n]{0,20}\\b(?:always|never|are all|all|can't|don't)\\b`,
    ),
  },
  {
    id: 'discrimination.identity', category: 'discrimination', severity: 'high', lang: 'en',
    triggers: ['you people', 'your kind', 'your sort', 'your lot', 'your race', 'like you', 'go back', 'always', 'never', 'are all', 'typical', 'women', 'men ', 'girls', 'ladies', 'females', 'as a woman', 'guys', 'types'],
    patterns: en(
      `(?<!thank )\\byou people\\b|\\byour (?:kind|sort|lot|race|tribe) (?:always|never|are|is|of people|don't|can't|ends? up)\\b`,
      `\\b(?:immigrants|foreigners|blacks|hispanics|mexicans|asians|chinese people|indians|muslims|jews|arabs|africans) (?:like you|always|never|are all|all)\\b|\\bgo back to (?:your (?:own )?country|where you came from)\\b`,
      `\\b(?:guys|types|women|girls|ladies|females|men) (?:like you|always|never|are all|can't|cannot|don't understand)\\b|\\btypical (?:woman|female|man|male)\\b|\\bas a (?:woman|girl|lady), you\\b`,
    ),
  },
  {
    id: 'discrimination.age', category: 'discrimination', severity: 'high', lang: 'en',
    triggers: ['at your age', 'old', 'young people', 'your age', 'millennials', 'boomer'],
    patterns: en(
      `\\bat your age\\b|\\bold (?:man|woman|fool|geezer|timer|hag|git)\\b|\\b(?:old|young|older|elderly) (?:people|folks) (?:like you|always|never|are all|can't)\\b|\\b(?:someone|somebody|people|a (?:man|woman|person)) (?:of |at )?your age\\b|\\b(?:millennials|boomers?) (?:like you|always|never)\\b|\\byou(?:'re| are) too old\\b`,
    ),
  },
  {
    id: 'discrimination.disability', category: 'discrimination', severity: 'high', lang: 'en',
    triggers: ['retard', 'cripple', 'spaz', 'psycho', 'mental case', 'lunatic', 'nutjob', 'nut case', 'deaf', 'blind', 'are you mental', 'are you crazy'],
    patterns: en(
      `\\bretard(?:ed)?\\b|\\bcripple[ds]?\\b|\\bspaz\\b|\\bpsycho\\b|\\bmental case\\b|\\blunatic\\b|\\bnut ?job\\b|\\bnut case\\b|\\bdeaf and dumb\\b|\\bare you (?:deaf|blind|mental|crazy)\\b`,
    ),
  },
  {
    id: 'misrepresentation.human_claim', category: 'misrepresentation', severity: 'high', lang: 'zh',
    appliesTo: (c) => c.speaker !== 'agent',
    triggers: ['真人', '真正的人', '活人', '人类', '人工', '真实的人', '工作人员', '员工', '客户经理', '机器', 'ai', '智能助手', '自动回复', '程序', 'bot', '是人', '是个人', '是一个人', '是个活', '是一个活'],
    patterns: zh(
      `我(?:是|就是|可是|确实是|真的是)(?:一(?:个|位|名))?(?:真人|真正的人|活人|人类|真人客服|人工客服|人工坐席|真实的人|银行的?(?:工作人员|员工|客户经理|人工客服)|${GAP(6)}的人工客服)`,
      `我(?:不是|并不是|并非|可不是)(?:什么)?(?:机器人|ai|人工智能|智能助手|机器|自动回复|程序|bot)`,
      `(?:是|由)真人(?:在)?(?:和|与|跟|为)${YOU}|我(?:就|真的|确实)?是(?:个|一个)?(?:活生生的)?人(?=[,!?。]|$|啊|呀|哦|呢)|(?:^|[,。!?])(?:可|并)?不是(?:什么)?(?:机器人|ai|人工智能|机器|自动回复|程序|bot)(?=[,。!?]|$)`,
    ),
  },
  {
    id: 'misrepresentation.human_claim', category: 'misrepresentation', severity: 'high', lang: 'en',
    appliesTo: (c) => c.speaker !== 'agent',
    triggers: ['human', 'person', 'agent', 'employee', 'staff', "i'm not", 'i am not', 'not some', 'not a', 'not an'],
    patterns: en(
      `\\bi(?:'m| am)\\s+(?:a |an )?(?:real |actual |live |genuine |flesh-and-blood )?(?:human(?: being| agent)?|person|live agent|real person|bank employee|staff member)\\b`,
      `\\bi(?:'m| am) not (?:a |an )?(?:bot|robot|ai|machine|computer|program|chatbot|automated(?: assistant| system)?)\\b`,
      `\\byou(?:'re| are) (?:talking|chatting|speaking) (?:to|with) (?:a )?(?:real |live |actual )?(?:human|person)\\b`,
      `\\b(?:there's|there is) a (?:real |live |actual )?(?:person|human)(?: on (?:this|the other) end| here| behind)|\\bnot (?:some|just some|a|an) (?:chatbot|bot|robot|machine|ai|computer program)\\b`,
    ),
  },
  {
    id: 'misrepresentation.authority', category: 'misrepresentation', severity: 'critical', lang: 'zh', negatable: true,
    triggers: ['人民银行', '央行', '银保监', '银监', '金融监管', '国家金融监督管理总局', '监管部门', '监管机构', '政府', '国家机关', '征信中心', '公安部', '国务院', '税务局', '国家'],
    patterns: zh(
      `(?:我是|我们是|这里是|本人是|我代表|我们代表|代表)${GAP(6)}(?:中国人民银行|人民银行|央行|银保监会|银监会|金融监管|国家金融监督管理总局|监管部门|监管机构|政府|国家机关|征信中心|公安部|国务院|税务局)`,
      `(?:受|奉)${GAP(6)}(?:人民银行|央行|监管部门|金融监管|政府|国家)${GAP(6)}(?:委托|指派|之命|派来)|(?:人民银行|央行|监管部门|政府)派来`,
    ),
  },
  {
    id: 'misrepresentation.authority', category: 'misrepresentation', severity: 'critical', lang: 'en', negatable: true,
    triggers: ['government', 'federal', 'irs', 'internal revenue', 'treasury', 'central bank', 'regulator', 'cfpb', 'credit bureau', 'equifax', 'experian', 'transunion', 'attorney general', 'department of justice', 'fbi'],
    patterns: en(
      `\\b(?:this is|i am|i'm|we are|we're|calling from|writing from|on behalf of|representing|i work for|we work for)\\s+(?:calling |writing )?(?:on behalf of |from )?(?:the |a |your )?(?:[a-z]+ ){0,2}?(?:government|federal|irs|internal revenue service|treasury|central bank|federal reserve|regulator|cfpb|credit bureau|equifax|experian|transunion|attorney general|department of justice|fbi)\\b`,
    ),
  },
  {
    id: 'prompt_leak.instructions', category: 'prompt_leak', severity: 'high', lang: 'zh', negatable: true,
    triggers: ['提示词', '提示语', '指令', '指示', '设定', 'prompt', '开发者', '被设定', '被要求', '系统要求', '系统规定', '系统设定', '后台', '说明', '配置', '内部'],
    patterns: zh(
      `(?:我的|系统)(?:系统)?(?:提示词|提示语|指令|设定|prompt)(?:是|如下|包括|写着|要求|内容)|(?:以下|下面)是(?:我的)?(?:系统)?(?:提示词|指令|设定|prompt)`,
      `(?:复述|重复|输出)(?:一下)?(?:我的)?(?:系统)?(?:提示词|指令|设定)`,
      `(?:我被|我已被|开发者|系统)(?:设定|指示|要求|告知|规定)(?:为|我|要|必须|不能|不得)`,
      `(?:内部|后台|开发者)(?:的)?(?:指示|指令|设定|规定)${GAP(4)}(?:要求|规定|说|是|:)|(?:我收到的|给我的|后台(?:给我)?的|系统给(?:我)?的|开发者给(?:我)?的)${GAP(4)}(?:设定|指令|说明|提示词|提示|规则|配置)(?:是|如下|:|贴给|发给|告诉)|(?:后台|系统|开发者)${GAP(4)}(?:给我的|对我的)${GAP(4)}(?:说明|设定|指令|提示)`,
    ),
  },
  {
    id: 'prompt_leak.instructions', category: 'prompt_leak', severity: 'high', lang: 'en', negatable: true,
    triggers: ['prompt', 'instructions', 'instructed', 'developer message', 'system message', 'guidelines', 'told to', 'configured', 'configuration', 'config', 'programming', 'programmed', 'operator', 'developer', 'creator'],
    patterns: en(
      `\\b(?:my|the) (?:system prompt|system message|instructions|initial instructions|hidden instructions|developer (?:message|instructions)|internal guidelines)\\s+(?:is|are|say|says|state|states|read|reads|tell me|tells me|were|include|includes|:)`,
      `\\b(?:here (?:is|are)|below (?:is|are)) (?:my |the )?(?:system prompt|instructions|prompt|developer message)\\b`,
      `\\bi (?:was|am|have been) (?:instructed|told|prompted|configured) to\\b|\\bmy instructions are to\\b`,
      `\\b(?:my (?:operator|developer|creator|admin|owner)s?|the developers?) (?:configured|instructed|programmed|told|set) me (?:up )?to\\b|\\b(?:per|according to|as per) my (?:configuration|config|programming|prompt|system prompt|instructions|setup)\\b|\\bmy (?:prompt|system prompt|instructions|programming|configuration) (?:instructs|tells|requires|says|told|asks)\\b`,
    ),
  },
  {
    id: 'prompt_leak.instructions', category: 'prompt_leak', severity: 'high', lang: 'en',
    triggers: ['<|', '[system', '[inst', '### system', '###system'],
    patterns: en(`<\\|(?:im_start|im_end|system|user|assistant)\\|>|\\[(?:system|inst)\\]|###\\s*system`),
  },
];
