import { GAP, YOU, YOUR, en, zh, type PatternRule } from './ruleTypes.js';

/** Violence, intimidation and visits to make trouble. DOMAIN.md "What may never be said". */
const FAMILY = '(?:全家|家人|家里人|孩子|老婆|老公|父母|爸妈|小孩|女儿|儿子|爱人)';
const EN_BODY = '(?:legs?|arms?|kneecaps?|knees|fingers|neck|face|teeth|house|home|car|windows?|family|kids|children|wife|husband)';

export const THREAT_RULES: PatternRule[] = [
  {
    id: 'threat.violence', category: 'threat', severity: 'critical', lang: 'zh',
    triggers: ['走夜路', '哪天', '打断', '打折', '打残', '打瘸', '打死', '弄死', '整死', '搞死', '宰了', '杀了', '砍', '捅', '废了', '剁', '揍', '收拾', '教训', '泼', '砸', '烧了', '放火', '让你', '让您', '全家', '家人', '家里人', '孩子', '老婆', '老公', '父母', '爸妈', '小孩', '女儿', '儿子', '爱人', '出门', '小心', '人身安全', '血光', '断手', '颜色'],
    patterns: zh(
      `(?:打断|打折|打残|打瘸|打死|弄死|整死|搞死|宰了|杀了|砍死|捅死|废了|剁了|砍|捅|揍|收拾|教训)(?:一下|一顿)?${YOUR}(?:${FAMILY}|腿|手|胳膊|狗命)?`,
      `泼(?:了)?(?:油漆|红漆|粪|汽油|硫酸)|(?:砸|烧)(?:了|烂|坏)?${YOUR}(?:家|门|车|房子|店|玻璃)|放火`,
      `让${YOU}(?:好看|生不如死|见不到明天|付出代价|吃苦头|断手断脚|横着出去|后悔一辈子|混不下去|吃不了兜着走)`,
      `${YOUR}${FAMILY}(?:最好|可要|都)?(?:小心|当心|注意安全|会出事|出事|不得安宁|等着瞧)`,
      `${FAMILY}${GAP(6)}出(?:点|了|什么)?(?:事|意外)`,
      `出门(?:小心|注意点|当心|注意安全)|小心(?:点)?${YOUR}?(?:${FAMILY}|腿|命|小命|脑袋|狗命)|小心点(?![击开])`,
      `人身安全${GAP(4)}(?:难以|不能|无法|没法)保(?:证|障)|血光之灾|断手断脚`,
      `给${YOU}?(?:点)?颜色(?:看看|瞧瞧)`,
      `${FAMILY}(?:跟着|一起|也)?(?:受罪|遭殃|受牵连|倒霉|吃苦头|不得安宁)`,
      `走夜路|(?:小心|哪天)${GAP(10)}出(?:点|了)?(?:什么)?(?:事|意外)`,
    ),
  },
  {
    id: 'threat.intimidation', category: 'threat', severity: 'high', lang: 'zh', negatable: true,
    triggers: ['门牌', '住址', '地址', '那栋楼', '去过', '摸清', '踩过点', '知道', '清楚', '查到', '找到', '一清二楚'],
    patterns: zh(
      `(?:知道|清楚|查到|找到)(?:了)?${YOUR}?(?:住(?:在)?哪|家(?:在|住)哪|${FAMILY}(?:在)?哪|单位在哪|在哪(?:上班|工作|上学)|住址|家庭住址)`,
      `(?:住址|住哪|家在哪)(?:我们)?(?:都)?(?:一清二楚|清清楚楚|知道得很清楚)`,
      `(?:门牌号?|住址|地址|你家(?:那栋楼|楼|小区))${GAP(8)}(?:记着|记下|知道|清楚|去过|摸清|有了)|(?:去过|摸清|踩过点)${GAP(4)}${YOU}家|你家(?:那栋楼|楼下|小区)我们`,
    ),
  },
  {
    // Idioms that threaten whatever their grammar: "别不识抬举" is not a negation.
    id: 'threat.intimidation', category: 'threat', severity: 'high', lang: 'zh',
    triggers: ['好下场', '抬举', '给脸', '识相', '好自为之', '掂量', '想清楚', '后果自负', '别怪', '不客气', '等着瞧', '好看', '好果子', '兜着走', '后悔', '跑不了', '躲不了', '躲不掉', '跑不掉', '跑得了', '躲得过', '有的是', '警告', '敬酒', '别逼'],
    patterns: zh(
      `后果自负|别怪我们(?:不客气|没提醒|翻脸|心狠)|(?:对你|就|可就|那就|我们就)不客气|等着瞧|有${YOU}?好看|(?:有|没)${YOU}?好果子吃|吃不了兜着走`,
      `后悔莫及|后悔都来不及|${YOU}(?:会|将会|一定会)后悔|(?:跑|躲)不(?:了|掉)|跑得了和尚跑不了庙|躲得过初一`,
      `有的是(?:办法|手段)|最后(?:一次)?警告|敬酒不吃吃罚酒|别逼我们|(?:没|不会)(?:一个)?有好下场|没好下场`,
      `不识抬举|给脸不要脸|识相(?:点|的话)|好自为之|(?:掂量|想清楚)(?:一下)?后果`,
    ),
  },
  {
    id: 'threat.visit', category: 'threat', severity: 'high', lang: 'zh', negatable: true,
    triggers: ['走一趟', '家访', '实地', '我们的人', '外访', '同事', '催收员', '上门', '登门', '派人', '找人', '安排人', '亲自去', '亲自到', '亲自来', '亲自过去', '直接去', '直接到', '直接来', '直接过去', '找你', '找您', '闹', '要钱', '讨债', '催收', '坐坐', '拜访', '看看', '堵', '等你', '等您', '当面', '楼下', '门口'],
    patterns: zh(
      `上门|登门`,
      `(?:派人|找人|安排人|亲自|直接)(?:去|到|来|过去)(?:${YOUR}(?:家|单位|公司|老家|学校)|找${YOU})?`,
      `(?:去|到|来)${YOUR}(?:家|家里|家门口|楼下|小区|单位|公司|工作单位|办公室|店里|老家|村里)(?:去|来)?(?:找${YOU}|闹|要钱|讨债|催收|坐坐|拜访|看看|堵${YOU}|等${YOU}|当面)`,
      `(?:在|到)${YOUR}(?:家|单位|公司)(?:楼下|门口)`,
      `堵(?:在)?${YOUR}(?:家|单位|公司|门口|楼下)`,
      `(?:我们的人|外访人员|外访|同事|催收员)${GAP(10)}(?:到|在|去)${YOUR}${GAP(4)}(?:家|小区|楼下|公司|单位|门口)`,
      `外访|走一趟|实地(?:走访|拜访)|家访`,
    ),
  },
  {
    id: 'threat.violence', category: 'threat', severity: 'critical', lang: 'en',
    triggers: ['accident', 'kill', 'stab', 'shoot', 'punch', 'beat', 'rough', 'hurt', 'harm', 'break', 'burn', 'smash', 'wreck', 'torch', 'something', 'shame', 'safe', 'happens to', 'what happens', 'nice', 'drag'],
    patterns: en(
      `\\b(?:kill|stab|shoot|punch|beat up|rough up|beat)\\s+(?:you|your \\w+)\\b`,
      `\\b(?:hurt|harm|break|burn(?: down)?|smash|wreck|torch)\\s+(?:your|you and your)\\s+${EN_BODY}\\b`,
      `\\bsomething (?:bad |terrible |unfortunate |nasty )?(?:might|could|will|may|would|is going to)\\s+happen to (?:you|your)\\b`,
      `\\bit would be a (?:real )?shame if\\b`,
      `\\b(?:you|your \\w+) (?:won't|will not|wouldn't) be safe\\b`,
      `\\bsee what happens to (?:you|your)\\b`,
      `\\baccidents? (?:happen|can happen|have a way of happening|do happen)\\b`,
      `\\bnice (?:family|house|home|car|kids|place|job) you(?:'ve)? (?:have|got)\\b|\\b(?:be|would be|it'd be) a (?:real )?shame (?:if|to)\\b|\\bdrag (?:them|your (?:family|kids|wife|husband|parents)) into (?:this|it)\\b`,
    ),
  },
  {
    id: 'threat.intimidation', category: 'threat', severity: 'high', lang: 'en', negatable: true,
    triggers: ['your address', 'know where', 'think carefully', 'regret', 'sorry', 'pay for', 'warned', 'or else', 'warning', 'ways', 'hide', 'consequences', 'your life', 'watch', 'test us', 'push us', 'make us'],
    patterns: en(
      `\\bwe know where (?:you|your \\w+) (?:live|lives|work|works|go to school|goes to school|are|stay)\\b`,
      `\\b(?:i've|i have|we've|we have|i've got|we've got|i got|we got|we know) your (?:home |home's |work )?address\\b`,
      `\\b(?:you'll|you will|you're going to|you are going to|you'd) (?:regret|be sorry|pay for (?:this|it|that))\\b`,
      `\\b(?:you've|you have) been warned\\b|\\bconsider (?:this|yourself) (?:your )?(?:final |last )?warn(?:ed|ing)\\b|\\b(?:final|last) warning\\b`,
      `\\bor else(?=\\s*(?:[.!?]|$))`,
      `\\bwe have (?:our )?ways\\b|\\byou can(?:'t|not) hide\\b`,
      `\\bthere(?:'ll| will| are going to) be consequences\\b|\\bmake your life (?:a )?(?:living )?(?:hell|miserable|difficult)\\b`,
      `\\bwatch your (?:back|step)\\b|\\bwe(?:'re| are) watching you\\b|\\bdon't (?:test|push) us\\b|\\bdon't make us\\b`,
    ),
  },
  {
    id: 'threat.visit', category: 'threat', severity: 'high', lang: 'en', negatable: true,
    triggers: ['house call', 'home visit', 'doorstep', 'door-step', 'field visit', 'visit', 'come', 'stop by', 'show up', 'turn up', 'drop by', 'knock', 'send', 'outside', 'coming', 'on our way', 'agent', 'collector', 'our people', 'our guys', 'our team', 'representative'],
    patterns: en(
      `\\b(?:visit|come (?:over )?to|come by|come round to|stop by|show up at|turn up at|drop by|knock on|send (?:someone|somebody|people|an agent|a collector|our (?:team|agents?|people|collectors?|guys)|a team) (?:to|round to|over to))\\s+(?:your|you at your)\\s+(?:home|house|place|door|workplace|office|work|job|business)\\b`,
      `\\b(?:show up|turn up|come) at (?:your )?(?:home|house|door|office|workplace)\\b`,
      `\\b(?:house calls?|home visits?|door-?step visits?|field visits?)\\b|\\bpay you a (?:little )?visit\\b|\\bmake us come (?:over|round|to you)\\b`,
      `\\b(?:outside|at) your (?:door|house|home|office) (?:right )?now\\b|\\bwe(?:'re| are) (?:coming|on our way) (?:to|for) you\\b`,
      `\\b(?:field agent|collector|our (?:agent|representative|people|guys|team|field team)) (?:will be|is going to be|are going to be|is|are|'ll be) (?:in|at|near|around|outside) your (?:neighbou?rhood|area|street|building|home|house|office|workplace|door)\\b`,
    ),
  },
];
