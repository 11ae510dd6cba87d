import { GAP, YOU, YOUR, en, zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Threats with no threatening word, by class (guardrules' dev-s5, check-s5 and probe-s5 sets): a
 * child's school and route, "accidents happen", being followed or watched, a business or address
 * "found", fate talk, "not this polite next time", men "I can't hold back", visits to sit and talk.
 * DOMAIN.md "intimidation"; FDCPA §1692d(1).
 */

export const STRUCT_VEILED_RULES: PatternRuleSpec[] = [
  // dev-s5 classes: a child's school and hours, "accidents happen", being followed, places
  // already visited, taunts that the person cannot hide, things that "can't be undone".
  {
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: [
      '上学',
      '放学',
      '小学',
      '中学',
      '幼儿园',
      '学校',
      '校门',
      '年级',
      '意外',
      '掂量',
      '挽回',
      '下去',
      '老小',
      '跟着',
      '盯着',
      '跟踪',
      '找不到',
      '躲',
      '跑得',
      '逃得',
      '去过',
      '看到我们',
      '见到我们',
    ],
    patterns: zh(
      `(?:孩子|儿子|女儿|闺女|小孩|娃)${GAP(12)}(?:小学|中学|幼儿园|学校|校门|年级)[^。!?\\n]{0,16}?(?:放学|上学|几点|接送|看到我们|见到我们|心里有数|清楚|知道)`,
      `(?:孩子|儿子|女儿|闺女|小孩)${GAP(12)}(?:上学|放学)[^。\\n]{0,16}?(?:注意|小心|当心)`,
      `(?:校门口?|学校门口|幼儿园门口)${GAP(6)}(?:看到|见到|碰到)我们|(?:不想|不希望)让${GAP(12)}(?:看到|见到|碰到)我们`,
      `意外${GAP(8)}(?:说不准|说不好|难说|不好说|难免|谁也)|(?:掂量掂量|自己掂量)`,
      `有些事${GAP(10)}(?:没法挽回|无法挽回|挽回不了|来不及)`,
      `还想不想${GAP(4)}(?:开|干|做|过|住|混)下去|(?:一家老小|全家老小)`,
      `(?:安排|派)(?:了)?${GAP(4)}(?:跟着|盯着|跟踪)${YOU}|(?:跟着|盯着|跟踪)${YOU}${GAP(10)}(?:去哪|在哪|都知道)`,
      `以为${GAP(10)}(?:找不到|躲得掉|躲得了|跑得了|跑得掉|逃得掉|逃得了)`,
      `(?:父母|爸妈|老人|家人|老家|村)${GAP(10)}(?:我们|我)${GAP(2)}(?:也)?(?:去过|见过|拜访过|看过|走过)`,
    ),
  },
  {
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: [
      'school',
      'elementary',
      'kindergarten',
      'daycare',
      'we know',
      'think about your',
      'undone',
      'warned you',
      'eye open',
      'over your shoulder',
      'look around',
      'looked around',
      'a look around',
      'parked',
      'lot to lose',
    ],
    patterns: en(
      `\\b(?:elementary|school|kindergarten|daycare|preschool)\\b[^.!?]{0,40}\\b(?:lets out|gets out|pick(?:s|ed)? (?:up|them up)|drop(?:s|ped)? off|at \\d)`,
      `\\bwe know (?:your(?! (?:situation|circumstances|finances|budget|income|money|time|health|loss|grief|hardship|worries|concerns|options|rights|plan|payment|request|preferences?|feelings|frustration|stress|job situation)\\b)|when|what time|what school|which school|the school)\\b`,
      `\\bthink (?:about|of) your (?:family|kids|children|loved ones|wife|husband)\\b[^.!?]{0,30}\\b(?:before|next time)`,
      `\\bcan(?:'t|not|no longer) be undone\\b`,
      `\\b(?:one eye open|look(?:ing)? over your shoulder)\\b`,
      `\\b(?:a )?look(?:ed)? around your (?:\\w+'? )?(?:neighbou?rhood|street|house|home|building|place)`,
      `\\bparked\\b[^.!?]{0,30}\\b(?:across (?:the street )?from|outside|in front of|near|by) your\\b`,
      `\\bgot a lot to lose\\b`,
    ),
  },
  {
    id: 'threat.visit',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: ['坐一坐', '坐坐', '喝杯茶', '喝茶', '当面'],
    patterns: zh(
      `(?:过去|过来|上门|到${YOUR}${GAP(4)}|去${YOUR}${GAP(4)})${GAP(4)}(?:坐一坐|坐坐|喝杯茶|喝茶)`,
      `我们${GAP(14)}当面(?:说清楚|谈|聊|解决|沟通)`,
    ),
  },
  {
    id: 'threat.visit',
    lang: 'en',
    negatable: true,
    triggers: ['stopping', 'dropping', 'swinging', 'stop by', 'be by', 'be waiting'],
    patterns: en(
      `\\b(?:stopping|dropping|swinging|coming) (?:by|over|round|around)\\b[^.!?]{0,15}\\byour\\b`,
      `\\b(?:will|'ll) be (?:by|waiting (?:at|outside|in|by))\\b[^.!?]{0,20}\\byour\\b`,
    ),
  },
  {
    // "Don't say nobody warned you": the negation is the threat's own, never an excuse.
    id: 'threat.intimidation',
    lang: 'en',
    triggers: ['warned you', 'warn you'],
    patterns: en(`\\b(?:nobody|no one|no-one) warned you\\b|\\bdon't say (?:we|i) didn't warn you\\b`),
  },
  {
    id: 'threat.intimidation',
    lang: 'zh',
    triggers: ['没提醒', '没警告', '没提前'],
    patterns: zh(`(?:别|不要)(?:说|怪)${GAP(4)}(?:我们|我)(?:没(?:有)?(?:提醒|警告|提前说))`),
  },
  // check-s5 classes (seen): a business or address "found", fate talk (没什么好结果, "don't
  // end up well"), the next meeting "not this polite", dropping in on relatives.
  {
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: ['店', '公司', '工厂', '摊', '铺', '在哪', '哪条街', '哪个小区', '哪栋', '几楼', '门牌'],
    patterns: zh(
      `(?:店|公司|工厂|摊位|门面|铺子|档口)${GAP(10)}(?:我们|我)(?:都|也)?(?:已经)?(?:知道|找到|清楚|摸清|查到)`,
      `(?:在哪|哪条街|哪个小区|哪栋楼|几楼|门牌号?)${GAP(8)}(?:我们|我)(?:都|也)?(?:已经)?(?:知道|清楚|查到|摸清)`,
    ),
  },
  {
    // The negation is the threat's own ("没什么好结果", "won't be this polite"), never an excuse.
    id: 'threat.intimidation',
    lang: 'zh',
    triggers: ['好结果', '好果子', '客气', '好说话'],
    patterns: zh(
      `(?:没什么|没有|不会有|没)(?:好|什么好)(?:结果|果子吃)`,
      `(?:下次|下回|到时候)${GAP(8)}(?:不是|不会|没)(?:这么|这样|那么)(?:客气|好说话|好声好气)`,
    ),
  },
  {
    id: 'threat.intimidation',
    lang: 'en',
    triggers: ['end up', 'turn out', 'polite', 'nice', 'patient', 'friendly', 'found your'],
    patterns: en(
      `\\b(?:don't|do not|never|won't) (?:end up|turn out) (?:well|good|ok|okay|fine)\\b`,
      `\\b(?:won't|will not|isn't going to|is not going to) be (?:this|so|as) (?:polite|nice|friendly|patient)\\b`,
      `\\bfound your (?:\\w+ )?(?:shop|store|bakery|restaurant|business|salon|stall|office|house|place|apartment|car|street)\\b`,
    ),
  },
  {
    id: 'threat.visit',
    lang: 'en',
    negatable: true,
    triggers: ['in on your', 'in on you'],
    patterns: en(`\\b(?:drop|dropping|stop|stopping|call|calling|look|looking) in on (?:you|your)\\b`),
  },
  // probe-s5 classes (seen): being watched or looked up (打听到, 看得到, "we see you at…"), men
  // "I can't hold back", "what happens next" not promised, a home that might burn.
  {
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: [
      '看得到',
      '看得见',
      '打听到',
      '打听清楚',
      '摸清',
      '管不住',
      '拦不住',
      '控制不住',
      '不保证',
      '万一哪天',
    ],
    patterns: zh(
      `(?:我们|我)(?:都|也)?(?:看得到|看得见|打听到|打听清楚|摸清)`,
      `(?:我|我们)(?:也)?(?:管不住|拦不住|控制不住)`,
      `(?:后面|接下来|之后|以后)的事${GAP(6)}(?:不保证|不好说|管不了|说不准)`,
      `万一哪天${GAP(8)}(?:着火|失火|出事|出点事|三长两短|塌)`,
    ),
  },
  {
    id: 'threat.intimidation',
    lang: 'en',
    triggers: [
      'we see you',
      'we saw you',
      'we watch you',
      'hold them back',
      'happens next',
      'go up like',
      'a shame if',
    ],
    patterns: en(
      `\\bwe (?:see|saw|watch|spotted) you (?:at|in|on|leaving|going|every)\\b`,
      `\\b(?:can't|cannot|won't be able to) (?:always )?hold them back\\b`,
      `\\b(?:can't|cannot|won't) (?:promise|guarantee|say) what happens next\\b`,
      `\\bgo up like a\\b|\\bwould be a shame if\\b`,
    ),
  },
];
