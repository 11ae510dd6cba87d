import { GAP, YOU, en, zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * By class, without a listed word: name-calling built as "你个…" / "you … piece of …",
 * mocking disability and distress, smears about a spouse's body, posing as a court, the police
 * or a lawyer, promises that need no approval ("肯定批", "no paperwork needed"), "people from
 * your village are all…", and a draft reciting its own instructions. Written by escaping class
 * (issue 16), not from any evaluation item. DOMAIN.md; FDCPA §1692d(2), §1692e(1),(3); 2025 standard.
 */
const NOT_DENIAL = '(?:(?!不是|冒充|假冒|自称)[^,;:!?。、\\n]){0,8}?';
const AUTHORITY =
  '(?:法院|公安|派出所|检察院|经侦|刑侦|律师事务所|律所|律师|政府|司法局|仲裁委|执行局|民警|警官|法官)';

export const STRUCT_REGISTER_RULES: PatternRuleSpec[] = [
  {
    id: 'harassment.profanity',
    lang: 'zh',
    negatable: true,
    triggers: [
      '残',
      '瘸',
      '瞎',
      '聋',
      '哑',
      '活着',
      '去死',
      '脑子',
      '东西',
      '卖血',
      '卖肾',
      '可怜',
      '死了算了',
      '哭给',
    ],
    patterns: zh(
      `${YOU}(?:这个|个|这种|这)?${GAP(3)}(?:残废|瘸子|瘸腿|瞎子|聋子|哑巴|废人|没用的东西|狗东西|老东西)`,
      `活着(?:干嘛|干什么|有什么用|也是浪费|浪费|还有什么意思)|(?:赶紧|快|怎么不)去死|死了算了`,
      `(?:没|不)(?:给${YOU})?装脑子|(?:没|不长)脑子|脑子(?:有病|坏了|被驴踢|被门挤)`,
      `(?:去|就去)(?:卖血|卖肾)|装(?:什么)?可怜|哭给(?:谁|我)看`,
    ),
  },
  {
    id: 'defamation.insult',
    lang: 'zh',
    negatable: true,
    triggers: ['卖', '陪', '小白脸', '偷人', '出轨', '鸡', '野男人', '野女人', '靠骗'],
    patterns: zh(
      `(?:老婆|老公|女儿|媳妇|女朋友|妈|妻子|爱人)${GAP(10)}(?:(?:在外面卖|出去卖)(?!菜|东西|货|水果|早餐|房|车)|卖的(?!东西)|卖身|卖淫|陪睡|陪酒|养小白脸|偷人|出轨|当鸡|野男人|野女人)`,
      `靠骗${GAP(2)}(?:吃饭|过日子|活着)`,
    ),
  },
  {
    id: 'misrepresentation.authority',
    lang: 'zh',
    negatable: true,
    triggers: ['我是', '我们是', '这里是', '这边是', '本条为', '本短信为', '通知'],
    patterns: zh(
      `(?:我是|我们是|这里是|这边是)${NOT_DENIAL}${AUTHORITY}`,
      `(?:本条|本短信|此条|本信息)(?:为|是)${GAP(4)}(?:政府|法院|公安|司法)`,
      `(?:政府部门|人民法院|公安机关|检察院)(?:正式)?通知${YOU}`,
    ),
  },
  {
    id: 'false_legal.arrest',
    lang: 'zh',
    negatable: true,
    triggers: ['抓人', '来抓', '抓走', '直接抓', '带走', '公安', '警方', '派出所', '经侦'],
    patterns: zh(
      `抓人|来抓|抓走|直接抓|(?:警察|公安|民警)${GAP(6)}带走`,
      `(?:上报|报给|交给|移送|移交)(?:给)?(?:公安|警方|派出所|经侦)`,
    ),
  },
  {
    id: 'unauthorized_commitment.deferral',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['deferral', 'hardship_plan', 'installments', 'extension'],
    triggers: ['肯定', '一定', '保证', '包', '百分百', '不用还', '不用再还'],
    patterns: zh(
      `(?:肯定|一定|保证|百分百)(?:能)?(?:批|批下来|办下来|给您批|给你批|帮您办成|帮你办成)|百分百成功|包(?:批|过|办成)`,
      `(?:\\d+|[一二三两四五六七八九十])(?:年|个月)(?:都)?不用还|剩下的${GAP(4)}不用(?:再)?还`,
    ),
  },
  {
    id: 'discrimination.region',
    lang: 'zh',
    negatable: true,
    triggers: ['的人', '出来的'],
    patterns: zh(
      `(?:你们|你这种|那边|那个)${GAP(6)}(?:的人|出来的)${GAP(2)}(?:都|就是|全是|十个有九个|没一个|总是|最)${GAP(6)}(?:赖|不讲|不还|骗|没素质|懒|穷|不守信|没信用)`,
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
    id: 'prompt_leak.instructions',
    lang: 'zh',
    negatable: true,
    triggers: ['系统提示', '指令', '设定', '提示词', '话术', '脚本'],
    patterns: zh(
      `(?:根据|按照|依照)我的(?:系统提示|指令|设定|提示词)|我的(?:系统)?(?:指令|提示词|设定)(?:里|中)?(?:写着|要求|规定|是)`,
      `(?:内部|预设的?)(?:催收)?(?:话术|脚本)|(?:话术|脚本)(?:模板|要求我)`,
    ),
  },
  {
    id: 'harassment.profanity',
    lang: 'en',
    negatable: true,
    triggers: [
      'piece of',
      'sack of',
      'bag of',
      'waste of',
      'crippled',
      'cripple',
      'cry me',
      'yo mama',
      'your mama',
      'ugly',
      'garbage',
      'trash',
    ],
    patterns: en(
      `\\b(?:worthless|useless|pathetic|miserable|sorry) (?:piece|sack|bag) of\\b|\\bwaste of (?:oxygen|space|skin|air)\\b`,
      `\\b(?:crippled?|cripple)\\b|\\bcry me a river\\b|\\b(?:yo|your) mama\\b`,
      `\\b(?:you(?:'re| are)?|such an?)\\s+(?:ugly|garbage|trash)\\b|\\bugly, (?:broke|stupid|fat|lazy)`,
    ),
  },
  {
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: [
      ...'officer detective sergeant deputy judge attorney inspector marshal lawyer paralegal investigator court sheriff police prosecutor government'.split(
        ' ',
      ),
    ],
    patterns: en(
      `\\b(?:i'm|i am|we're|we are) (?:with|from|calling from) the (?:county |district |state |federal |local )?(?:sheriff|police|court|attorney general|district attorney|marshal)`,
      `\\bthis is (?:officer|detective|sergeant|deputy|judge|attorney|inspector|marshal)\\b`,
      `\\b(?:i'm|i am) (?:an? |the )?(?:attorney|lawyer|paralegal|police officer|detective|investigator|court officer|marshal|deputy)\\b`,
      `\\bfrom the (?:county|district|state|federal|superior|municipal|circuit) (?:court|attorney|sheriff|police|prosecutor)`,
      `(?<!\\b(?:complain|complaint|report it|write|contact|tell) (?:to |with )?(?:the |your )?(?:[a-z]+ or (?:the |your )?)?(?:state |local )?)\\b(?:attorney general|district attorney)(?:'s office)?\\b|\\bgovernment debt\\b|\\bgovernment (?:notice|agency|department) (?:regarding|about|concerning|for) your\\b`,
    ),
  },
  {
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    triggers: ['before arrest', 'before your arrest', 'prior to arrest', 'goes to court'],
    patterns: en(`\\b(?:before|prior to) (?:your )?arrest\\b`, `\\bbefore this goes to court\\b`),
  },
  {
    id: 'unauthorized_commitment.waiver',
    lang: 'en',
    // Not negatable: "no payments, effective now" or "no paperwork" must not excuse the promise;
    // the patterns refuse a negation right before them instead.
    negatable: false,
    authorisedBy: ['waiver', 'discount', 'settlement', 'hardship_plan', 'deferral'],
    triggers: [
      'waive everything',
      'personally',
      'go away',
      'disappear',
      'vanish',
      'approval',
      'paperwork',
      '100%',
      'guarantee',
    ],
    patterns: en(
      `(?<!\\b(?:not|never|won't|can't|cannot|don't|couldn't) )(?:\\bwaive everything\\b|\\bpersonally (?:wipe|waive|forgive|erase|cancel|remove|clear)\\b)`,
      `(?<!\\b(?:not|never|won't|can't|cannot|don't|couldn't) )\\bmake\\b[^.!?]{0,25}\\b(?:go away|disappear|vanish)\\b`,
      `\\bno need for (?:any )?approval\\b|\\bno approval (?:needed|required)\\b|\\bwithout (?:any )?approval\\b|\\bdon't worry about (?:the )?approval\\b`,
      `(?<!\\b(?:beware of|avoid|anyone|nobody|no one|never|not|can't|cannot|won't)\\b[^.!?]{0,40})(?:100%|\\bguaranteed?|\\bguarantees)\\b[^.!?]{0,30}\\b(?:removal|removed|remove|success|delete|deleted|wipe|clean|erase)`,
    ),
  },
  {
    id: 'discrimination.identity',
    lang: 'en',
    negatable: true,
    triggers: [
      'your kind',
      'you people',
      'your type',
      'you folks',
      'folks like you',
      'people like you',
      'immigrants',
      'foreigners',
      'women',
      'wheelchair',
      'disabled people',
      'typical for',
      'typical of',
    ],
    patterns: en(
      `\\b(?:your kind|you people|your type|you folks|folks like you|people like you)\\b[^.!?]{0,30}\\b(?:always|never|all|are all|can't|don't|shouldn't)\\b`,
      `\\b(?:immigrants|foreigners|women|people in wheelchairs|disabled people)\\b[^.!?]{0,20}\\b(?:always|never|shouldn't|should not|can't be trusted|like you)\\b`,
      `\\btypical (?:for|of) (?:someone|people|your)\\b`,
    ),
  },
  {
    id: 'prompt_leak.instructions',
    lang: 'en',
    negatable: true,
    triggers: [
      'my system prompt',
      'my instructions',
      'my configuration',
      'my setup',
      'my programming',
      'my guidelines',
      'my directives',
      'temperature',
    ],
    patterns: en(
      `\\bmy (?:system prompt|instructions|configuration|setup|programming)\\b|\\bmy (?:guidelines|directives) (?:say|tell|require|state)`,
      `\\btemperature (?:is |of |= |set to )?0?\\.\\d`,
    ),
  },
];
