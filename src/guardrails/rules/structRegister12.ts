import { GAP, YOU, YOUR, zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Real collectors' register in Chinese (guardrw12, issue 16), written by class from the helper's
 * own check set and training lines (no real collection message seen): relatives phoned "to help"
 * or "out of care", asked to pay for the person, or asked whether they know; a family's morals
 * smeared (gambling, drugs, prostitution, prison, ancestors); sneering titles and vulgar
 * dismissal; collectors sent to a home village, committee or registered address; a debt said to
 * be "turned into" a fraud case; an authority in the 【brand】 of an SMS; a system said to sue by
 * itself; a collector "authorised" by a court or head office with powers to seize.
 * 信用卡业务监督管理办法 Art. 69; 互联网金融逾期债务催收自律公约 Art. 18–19.
 */
// A relative or someone close, after "你的/您": single characters only with the pronoun.
const KIN =
  '(?:父母|爸妈|爹妈|老爸|老妈|爸爸|妈妈|爸|妈|爹|娘|老爹|老娘|岳父|岳母|丈人|丈母娘|老丈人|公公|婆婆|公婆|哥哥|姐姐|弟弟|妹妹|哥|姐|弟|妹|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|叔叔|舅舅|姑姑|姨妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|亲戚|亲属|亲友|家人|家属|家里人|老婆|老公|媳妇|丈夫|妻子|爱人|对象|儿子|女儿|闺女|孩子|老人家|老人|班主任)';
const YOUR_KIN = `(?:${YOUR}${GAP(2)}${KIN}|(?:家里人|家人|亲戚|亲属|父母|爸妈|老人家))`;
// Words every relative in KIN or YOUR_KIN contains (the trigger list of the rules built on them).
const KIN_TRIGGERS = [
  '爸',
  '妈',
  '爹',
  '娘',
  '哥',
  '姐',
  '弟',
  '妹',
  '父',
  '母',
  '丈',
  '婆',
  '公公',
  '老公',
  '外公',
  '叔',
  '舅',
  '姑',
  '姨',
  '爷',
  '奶',
  '姥',
  '亲',
  '家人',
  '家属',
  '家里人',
  '老人',
  '老婆',
  '媳妇',
  '妻子',
  '爱人',
  '对象',
  '儿子',
  '女儿',
  '闺女',
  '孩子',
  '班主任',
];
const WE = '(?:我们|我|咱们|我司|我行|本公司|公司|专员|同事|催收员|工作人员)';
const SMEAR =
  '(?:好赌|烂赌|赌博|赌鬼|赌棍|赌徒|沾毒|吸毒|吸过毒|毒鬼|毒虫|毒贩|嗑药|溜冰|卖淫|卖身|嫖娼|嫖|夜总会|坐台|做鸡|当鸡|蹲过|坐过牢|劳改|号子|没一个(?:好|干净|正经)|冒黑烟|缺德|没积德|好不到哪)';
const FAMILY =
  '(?:你们家|你家|您家|你家里|一家子|全家|你们全家|祖上|祖坟|家里人|你爸|你妈|你爹|你娘|你老子|你哥|你姐|你弟|你妹妹|你妹|你老公|你老婆|你媳妇|你儿子|你女儿)';
// "家人愿意帮您还款，可以通过官方渠道代还": the family's own offer is not the collector's demand.
const WILLING =
  '(?:(?!愿意|自愿|主动|想|可以|能|要是|如果|不|无需|无须|没有义务|没义务)[^,;:!?。、\\n]){0,4}?';
// "【公安机关提醒】警方不会通过电话办案…": a relayed anti-fraud notice, not a collector's brand.
const NOT_ANTI_FRAUD = '(?![^\\n]{0,60}(?:不会|诈骗|反诈|骗局|110|核实|代为发送|代发))';
// "您的家人没有替您还款的义务": the family's duty denied, not a demand on them.
const NO_DUTY = '(?![^,;:!?。\\n]{0,6}(?:义务|责任))';
const AUTH = '(?:法院|公安|检察|经侦|刑侦|司法|仲裁|派出所|警)';

export const STRUCT_REGISTER12_RULES: PatternRuleSpec[] = [
  {
    // "明天我们会给你岳父岳母打个电话", "你不接我就打你哥的电话": relatives phoned, even "to help".
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    triggers: KIN_TRIGGERS,
    patterns: zh(
      `${WE}${GAP(10)}(?:给|跟|找|联系|致电|通知|打给|打|告诉|问问|去找)${GAP(1)}${YOUR_KIN}${GAP(12)}(?:打|电话|聊|说|沟通|联系|劝|帮|处理|协助|想办法|知道|的$|的,|的。)`,
      `${WE}${GAP(10)}(?:联系|致电|通知|告知)${GAP(4)}(?:亲属|亲友|家属|家人)${GAP(10)}(?:协助|帮助|帮忙|一起|配合|处理)`,
    ),
  },
  {
    // "你爸妈替你还吧", "让你老丈人帮你把钱垫上": the family asked to pay the person's card.
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    personMayAct: true,
    triggers: [...KIN_TRIGGERS, '让他', '让她', '叫他', '叫她'],
    patterns: zh(
      `${YOUR_KIN}${WILLING}(?:替|帮)${YOU}?${GAP(2)}(?:还|垫|出|把钱|把账|平账)(?!款方案|款计划)${NO_DUTY}`,
      `(?:让|叫|找|要)${YOUR_KIN}${GAP(6)}(?:替|帮)${YOU}?${GAP(4)}(?:还|垫|凑|出钱|把钱)${NO_DUTY}`,
      `(?:让|叫)(?:他|她|他们|她们)(?:替|帮)${YOU}(?:还|垫)`,
    ),
  },
  {
    // "你妈知道她儿子欠钱躲着不还吗？", "你老婆要是知道你这事…": the family's knowing held over the person.
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    triggers: ['知道'],
    patterns: zh(
      `${YOUR}${GAP(1)}${KIN}(?:要是|如果|若是|万一)?知道${GAP(16)}(?:欠|债|钱|还款|逾期|这事|这件事|躲|不还)`,
    ),
  },
  {
    // "你家是不是有人赌博", "有其父必有其子", "一家子老赖": the family's morals smeared.
    id: 'defamation.insult',
    lang: 'zh',
    negatable: true,
    triggers: [
      '赌',
      '毒',
      '嗑药',
      '溜冰',
      '卖',
      '嫖',
      '夜总会',
      '坐台',
      '鸡',
      '蹲',
      '牢',
      '号子',
      '劳改',
      '没一个',
      '黑烟',
      '缺德',
      '积德',
      '好不到',
      '有其父',
      '有其母',
      '上梁',
      '一家子',
    ],
    patterns: zh(
      `${FAMILY}${GAP(12)}${SMEAR}`,
      `${SMEAR}${GAP(4)}(?:家庭|人家|家里|家)(?:出来|出身|长大|养大)`,
      `有其父必有其子|有其母必有其女|上梁不正下梁歪|一家子(?:都是)?(?:老赖|骗子|无赖|赖子|白眼狼)`,
    ),
  },
  {
    // "装什么孙子", "哟，大忙人终于舍得回消息了", "就你矫情", "跟我有半毛钱关系": sneering and dismissal.
    id: 'harassment.profanity',
    lang: 'zh',
    negatable: true,
    triggers: [
      '装',
      '哟',
      '呦',
      '呵呵',
      '啧',
      '大忙人',
      '大老板',
      '大爷',
      '贵人',
      '稀客',
      '祖宗',
      '矫情',
      '关系',
      '关我',
      '他娘',
      '穷疯了',
      '穷得叮当响',
      '不要脸',
      '有脸',
    ],
    patterns: zh(
      `装什么(?:装|孙子|大爷|可怜|穷|蒜|死|好人|清高|糊涂)|装孙子`,
      `(?:哟|呦|哎呦|哎哟|呵呵|啧啧)[,!\\s]?${GAP(8)}(?:大忙人|大老板|大爷|贵人|大小姐|少爷|土豪|稀客|大人物)`,
      `(?:大忙人|大老板|贵人|稀客)${GAP(4)}(?:终于|还知道|舍得|肯|总算)`,
      `(?:真是|可真是)(?:位|个)?(?:大爷|祖宗|活祖宗)|(?:欠钱|欠债|借钱)的(?:是|才是|都是)(?:大爷|祖宗)`,
      `就${YOU}矫情|矫情(?:什么|个屁|啥)|跟我有(?:半毛钱|一毛钱|毛)关系|关我(?:屁|鸟|毛|啥)事|他娘的|穷疯了|穷得叮当响|真不要脸|还有脸(?:发|晒|说|哭|玩|吃)`,
    ),
  },
  {
    // "安排工作人员前往您老家村委会", "到户籍地走访": collectors sent to the village or home.
    id: 'threat.visit',
    lang: 'zh',
    negatable: true,
    triggers: ['安排', '派', '组织'],
    patterns: zh(
      `(?:安排|派|委派|组织|指派)${GAP(12)}(?:前往|赶赴|奔赴|到|去|上门)${GAP(8)}(?:村委|居委|村里|社区|街道|户籍|老家|家乡|住址|地址|家中|家里|住所)`,
    ),
  },
  {
    // "你爹妈年纪大了，经不经得起折腾": the family's frailty held over the person.
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: ['折腾', '惊吓', '吓', '刺激', '打击'],
    patterns: zh(
      `${YOUR_KIN}[^。\\n]{0,12}?(?:经不起|经得起|经不经得起|受不了|受得了|受不受得了|吃不消|扛不住|扛得住)${GAP(4)}(?:折腾|惊吓|吓|刺激|打击)`,
    ),
  },
  {
    // "这个年你们一家子就别想过踏实了", "给你家送份大礼，全家好好接着": the festival as a threat.
    id: 'threat.intimidation',
    lang: 'zh',
    triggers: ['别想', '甭想', '休想', '大礼', '厚礼'],
    patterns: zh(
      `(?:这个年|过年|春节|这个节|年底|年关)${GAP(10)}(?:别想|甭想|休想)(?:过)?${GAP(2)}(?:好|安生|踏实|安稳|太平|消停|舒坦)`,
      `(?:你家|你们家|全家|一家|家里)${GAP(6)}(?:大礼|厚礼)|(?:大礼|厚礼)${GAP(10)}(?:你家|你们家|全家|一家)`,
    ),
  },
  {
    // "您的逾期已转为诈骗立案，请联系办案专员撤案": a debt said to be turned into a criminal case.
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['诈骗', '刑事', '犯罪', '办案', '撤案'],
    patterns: zh(
      `(?:转为|转成|定性为|升级为|转入|按)${GAP(4)}(?:诈骗|刑事|犯罪)${GAP(4)}(?:立案|案件|程序|处理)`,
      `(?:办案|专案)(?:专员|人员|民警|警官)|联系${GAP(6)}撤案`,
    ),
  },
  {
    // "【人民法院执行中心】…", "【公安经侦提醒】…": an authority in the SMS brand.
    id: 'misrepresentation.authority',
    lang: 'zh',
    negatable: true,
    triggers: ['【'],
    patterns: zh(
      `【${GAP(6)}${AUTH}${GAP(4)}(?:执行局|执行中心|执行处|服务中心|提醒|通知|中心|局|大队|支队|办公室|委员会)${NOT_ANTI_FRAUD}`,
    ),
  },
  {
    // "系统将自动生成起诉材料并提交法院": a system said to sue or hand over by itself.
    id: 'misrepresentation.false_urgency',
    lang: 'zh',
    negatable: true,
    triggers: ['自动'],
    patterns: zh(`(?:系统|后台|电脑)${GAP(4)}自动${GAP(6)}(?:起诉|立案|移交|移送|报案|判决|执行|提交法院)`),
  },
  {
    // "本人是银行总行授权的特派专员，有权直接处置你的全部财产".
    id: 'misrepresentation.authority',
    lang: 'zh',
    negatable: true,
    triggers: ['授权', '委派', '派来', '指派', '特派'],
    patterns: zh(
      `(?:法院|公安|总行|政府|司法|监管|检察院)${GAP(4)}(?:授权|委派|派来|指派|特派)的?${GAP(4)}(?:专员|人员|特派员|清收|执行)`,
    ),
  },
  {
    // "有权直接处置你的全部财产", "可依法全额收缴您的个人财产": powers to seize claimed.
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['处置', '收缴', '查封', '扣押', '没收'],
    patterns: zh(
      `(?:我司|我们|我行|专员|本人|清收人员|催收人员|工作人员|我)[^。!?\\n]{0,10}?(?:有权|可以|可|将|会|就)${GAP(6)}(?:直接)?(?:处置|全额收缴|收缴|查封|扣押|没收)${GAP(2)}${YOUR}${GAP(6)}(?:财产|房|车|资产|存款|工资)`,
    ),
  },
  {
    // "把您的欠款信息公示至您户籍地村委会": the debt posted at the village, workplace or estate.
    id: 'privacy.public_exposure',
    lang: 'zh',
    negatable: true,
    triggers: ['公示', '张贴', '公布', '通报', '曝光'],
    patterns: zh(
      `(?:公示|张贴|公布|通报|曝光)${GAP(8)}(?:至|到|在|给)${GAP(8)}(?:村委|居委|社区|单位|公司|户籍地|老家|公告栏|小区|村里)`,
    ),
  },
  {
    // "错过了就别怪我们不讲情面", "到时候别怪我们没提醒过你": the end of leniency as a threat.
    id: 'threat.intimidation',
    lang: 'zh',
    triggers: ['别怪', '不要怪'],
    patterns: zh(
      `(?:别怪|不要怪)(?:我们|我|咱们|公司)${GAP(6)}(?:不讲情面|不客气|翻脸|无情|心狠|手下不留情|不留情面|没提醒|没有提醒|没打招呼|做得绝|做事绝)`,
    ),
  },
  {
    // "授权专员将于48小时内抵达您预留地址": arrival at the home or workplace announced.
    id: 'threat.visit',
    lang: 'zh',
    negatable: true,
    triggers: ['抵达', '到达', '赶到', '登门'],
    patterns: zh(
      `(?:专员|人员|清收|外访|工作人员|我们的人|同事)${GAP(12)}(?:抵达|到达|赶到|登门)${GAP(8)}(?:预留地址|住址|地址|住所|家|户籍|单位|公司)`,
    ),
  },
  {
    // "今日12点前未处理将启动全额收缴程序": an enforcement word a lender does not have.
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['收缴'],
    patterns: zh(`(?:全额|强制|依法)收缴|收缴程序`),
  },
  {
    // "好好陪陪你爸妈吧，以后可能没这么清净了": quiet days said to be over.
    id: 'threat.intimidation',
    lang: 'zh',
    triggers: ['清净', '安生', '太平', '安稳', '舒坦'],
    patterns: zh(
      `以后${GAP(4)}(?:没这么|不会这么|没那么|别想这么)${GAP(2)}(?:清净|安生|太平|安稳|舒坦)|(?:清净|安生|太平|安稳)日子${GAP(4)}(?:到头|不多|没几天|过不了)`,
    ),
  },
  {
    // "你也不想让全家都知道吧？", "你姐姐嫁得挺好的，让她帮帮你呗": the family's knowing or paying held out.
    id: 'privacy.third_party',
    lang: 'zh',
    triggers: ['知道', '让他', '让她'],
    patterns: zh(
      `(?:不想|不希望)(?:让)?${GAP(2)}(?:全家|家人|家里人|父母|爸妈|老婆|老公|孩子|亲戚|同事|领导|单位|全村|村里)${GAP(4)}知道(?:吧|吗|嘛|么)`,
      `${YOUR_KIN}[^。\\n]{0,16}让(?:他|她|他们|她们)(?:帮帮|帮|替|接济|借钱给)${YOU}`,
    ),
  },
  {
    // "催收函已寄往您户籍所在地村委会": a collection letter sent to the village, employer or family.
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    triggers: ['函', '通知书'],
    patterns: zh(
      `(?:催收函|律师函|催款函|通知书|函件|公函|协查函)${GAP(6)}(?:寄往|寄到|寄至|发往|发到|送达|送到|送往)${GAP(10)}(?:村委|居委|社区|街道|单位|公司|户籍|老家|父母|家人|亲属)`,
    ),
  },
  {
    // "你儿子今年高考吧？好好想想征信对他有没有影响": a child's exams or schooling held over the debt.
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['高考', '考公', '考编', '上学', '入学', '政审', '参军', '当兵'],
    patterns: zh(
      `(?:儿子|女儿|孩子|子女|闺女)${GAP(10)}(?:高考|考公|考编|上学|入学|政审|参军|当兵)(?:(?!不会|不受|不必|没有|无关|答案)[^。\\n]){0,16}?(?:征信|影响|受限|没戏|不能|不让)`,
    ),
  },
  {
    // "您的亲属已被列为协助还款人": relatives said to be liable for the card.
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['列为', '列入', '认定为'],
    patterns: zh(
      `(?:亲属|家人|家属|父母|子女|紧急联系人|联系人)${GAP(6)}(?:列为|列入|认定为)${GAP(4)}(?:协助还款人|共同还款人|连带责任人|还款责任人|共同债务人|担保人)`,
    ),
  },
];
