import { YOU, YOUR, zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Chinese classes outside round 16 showed uncovered (issue 16, guardzh8), written by class from
 * guardzh8's own phrasings (test/guardrails/labelled/check-s8.zh.jsonl), never from the round's
 * items: being followed or watched and impatient field staff; a debt said to pass to children, a
 * spouse or parents, children's schooling or civil-service checks blocked, collectors claiming
 * enforcement powers or the police at their call; calls announced for the small hours or from new
 * numbers after a block; pushing the person to borrow or to take a parent's pension or a child's
 * money; contempt for the person's life; pretexts (grid worker, courier, hospital, social
 * security, "credit centre" headers); invented permanent marks and fees; smears told to partners,
 * clients, chambers of commerce or a landlord. DOMAIN.md; 信用卡业务监督管理办法 Art. 70;
 * 《个人信用信息基础数据库管理暂行办法》 (the record is the holder's own, never a relative's).
 */
const KIN =
  '(?:子女|儿子|女儿|闺女|孩子|小孩|孙子|孙女|外孙|孙辈|下一代|后代|家人|家里人|父母|爸妈|老婆|老公|爱人|配偶|妻子|丈夫)';
const CHILD = '(?:子女|儿子|女儿|闺女|孩子|小孩|娃儿|仔女|个仔|个女|下一代|后代)';
const FUTURE = '(?:考公|公务员|政审|参军|当兵|入伍|上大学|上学|升学|入学|重点学校|好学校|考编|入党|前途)';
const US = '(?:我们|我司|本公司|催收公司|我方|我们这边|我们公司)';
const CREW = '(?:人|同事|外勤|外访|兄弟|哥们|组)';
// Who a smear is told to: never the holder.
const AUDIENCE =
  '(?:他们|他|她|客户|啲客|商会|会长|合伙人|合作方|伙伴|供应商|房东|老板|同事|邻居|亲戚|家长|协会|村里|领导|朋友|丈母娘|岳父|老丈人|前妻|前夫|教会|群里)';
const SMEAR =
  '(?:呃钱|呃人|信用有问题|信用破产|人品(?:不行|有问题|差)|品行(?:有问题|不端|差)|弄虚作假|造假|欺诈|诈骗|骗贷|骗钱|骗人|坑人|坑蒙拐骗|挪用|赖账|赌博|赌钱|乱搞|手脚不干净|前科|不老实|专门(?:拖欠|赖)|借钱就跑|靠借钱过日子|填窟窿|快倒闭|欠债不还)';
const PRETEXT =
  '(?:社区|街道|居委|村委|网格|物业|快递|顺丰|邮局|邮政|医院|社保|医保|税务|电信|移动|联通|运营商|学校的?老师|工会|户籍|反诈|银联|征信中心|人民银行|人行|央行)';
// A gap inside one clause that holds no modal negation: "我们的人不会一直跟着您", "孩子上学的事
// 不会受影响" are reassurances (the engine reads negations before a match, not inside it).
// 不会|不用|不必|无需|不需|没有|并不|并没|绝不|从不|从未|不再|无权|不得|未曾|不可能, as one step per
// character: an ordinary character costs one class test, a negation's first character a lookahead.
const NEG_HEADS = '不无没并绝从未';
const NEG_STEP =
  '不(?!会|用|必|需|再|得|可能)|无(?![需权])|没(?!有)|并(?![不没])|绝(?!不)|从(?![不未])|未(?!曾)';
const NO_NEG_GAP = (n: number): string => `(?:[^,;:!?。、\\n${NEG_HEADS}]|${NEG_STEP}){0,${n}}?`;
// The same across clause ends (a question and its "没关系" may sit between).
const NO_NEG_SPAN = (n: number): string => `(?:[^。\\n${NEG_HEADS}]|${NEG_STEP}){0,${n}}?`;
const FAMILY_MONEY = '(?:退休金|养老钱|养老金|看病钱|医药费|奶粉钱|学费|压岁钱|彩礼|嫁妆|救命钱)';

export const STRUCT_ROUND16_RULES: PatternRuleSpec[] = [
  {
    // Followed, watched or waited for; field staff who "won't just talk".
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: [
      '跟着',
      '跟住',
      '盯',
      '守住',
      '守着',
      '守了',
      '蹲',
      '陪着',
      '哪',
      '甩',
      '手重',
      '手黑',
      '下手',
      '脾气',
      '耐心',
      '不好惹',
      '就不是',
      '可不是',
      '不好看',
      '不好收场',
      '收不了场',
      '难看',
      '可爱',
      '乖',
      '漂亮',
      '聪明',
      '得意',
      '精灵',
      '小心',
      '注意',
    ],
    patterns: zh(
      `(?:派|安排|让|叫|通知)${NO_NEG_GAP(8)}${CREW}${NO_NEG_GAP(10)}(?:跟着|盯着?|守着|蹲|陪着)`,
      `(?:我们|我们的人|同事|外勤|兄弟|有人)${NO_NEG_GAP(6)}(?:一直|天天|每天|日日|每晚|轮流|24小时)${NO_NEG_GAP(6)}(?:跟着|盯着|守着|跟住|盯住|守住|蹲)`,
      `(?:走到|去)哪${NO_NEG_GAP(4)}(?:我们|他|就)${NO_NEG_GAP(2)}(?:跟到|跟去|去)哪|甩(?:都)?甩不掉`,
      `(?:楼下|门口|公司|单位|小区)${NO_NEG_GAP(4)}(?:蹲|守)(?:着|了)`,
      `(?:外勤|外访|上门|催收)(?:的)?${CREW}${NO_NEG_GAP(10)}(?:脾气|手重|手黑|下手|不好惹|没(?:什么)?耐心)`,
      `(?:他们|外勤|同事|我们的人)${NO_NEG_GAP(4)}(?:上了门|上门了|去了|到了)${NO_NEG_SPAN(6)}(?:就不是|可不是|不好看|不好收场|收不了场|难看)`,
      `(?:女儿|儿子|孩子|闺女|娃儿|你仔|个仔|个女)${NO_NEG_GAP(12)}(?:小学|中学|初中|高中|幼儿园|学校|年级|班|[初高][一二三]|[一二三四五六七八九十]中)${NO_NEG_SPAN(12)}(?:可爱|乖|漂亮|聪明|得意|精灵)`,
      `(?:一个人|独自|晚上|夜里|天黑)${NO_NEG_GAP(10)}(?:要|可得|得|最好)(?:小心|注意)(?:点|些)`,
    ),
  },
  {
    // A debt passed to kin or blocking a child's future; collectors with police powers.
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    triggers: [
      '父债',
      '子承',
      '连坐',
      '株连',
      '子女',
      '儿子',
      '女儿',
      '孩子',
      '闺女',
      '娃',
      '仔',
      '个女',
      '老豆',
      '老爸',
      '老子',
      '小孩',
      '孙',
      '下一代',
      '后代',
      '家人',
      '家里人',
      '父母',
      '爸妈',
      '老婆',
      '老公',
      '爱人',
      '配偶',
      '妻子',
      '丈夫',
      '担保人',
      '紧急联系人',
      '执法',
      '司法授权',
      '强制执行权',
      '派出所',
      '公安',
      '警察',
      '民警',
      '警方',
      '有权',
      '身份证',
      '边检',
    ],
    patterns: zh(
      `父债子还|子承父债|信用连坐|株连|(?:老豆|老爸|老子)(?:欠)?债${NO_NEG_GAP(2)}(?:仔女|儿女|子女|儿子|仔)还`,
      `(?:由|让|落到|传给|转给|转到|记到|记在)${NO_NEG_GAP(4)}${YOUR}?(?:的)?${KIN}${NO_NEG_GAP(8)}(?:继承|来还|接着还|去还|承担|头上|名下|档案)`,
      `(?:${KIN}|担保人|紧急联系人)${NO_NEG_GAP(8)}(?<![不无需])(?:必须|得|要|有义务|依法|应当|也得)${NO_NEG_GAP(6)}(?:替|帮)?${YOU}?(?:还|承担|偿还|继承)`,
      `${CHILD}${NO_NEG_GAP(12)}${FUTURE}${NO_NEG_GAP(8)}(?:卡|受影响|影响|过不了|不能|不了|不通过|被拒|没戏|莫得|冇得|没得)`,
      `(?:影响|卡住?|耽误)${NO_NEG_GAP(4)}${CHILD}${NO_NEG_GAP(6)}${FUTURE}`,
      `${CHILD}${NO_NEG_GAP(4)}(?:就)?(?:不能|没法|无法|别想)${NO_NEG_GAP(2)}(?:上|考|参军|当兵|读)`,
      `${US}${NO_NEG_GAP(6)}(?<![没无])(?:有|具有|具备|拥有)${NO_NEG_GAP(2)}(?:执法权|执法资格|司法授权|执法权限|强制执行权)`,
      `(?:派出所|公安|警察|民警|警方)${NO_NEG_GAP(8)}(?:配合|协助|陪同|联合)${NO_NEG_GAP(4)}(?:我们|我司|催收|上门)`,
      `${US}${NO_NEG_GAP(6)}有权${NO_NEG_GAP(6)}(?:进入|调取|查封|扣押|拖走|拖车|划扣|搜查|冻结${NO_NEG_GAP(4)}${KIN})`,
      `身份证${NO_NEG_GAP(6)}(?:冻结|注销|停用|作废|拉黑)|(?:报到|通知|上报)${NO_NEG_GAP(2)}边检`,
    ),
  },
  {
    // Calls announced for the small hours, by the clock, or from new numbers after a block.
    id: 'harassment.relentless_contact',
    lang: 'zh',
    negatable: true,
    triggers: [
      '凌晨',
      '半夜',
      '深夜',
      '午夜',
      '夜里',
      '每隔',
      '分钟',
      '小时',
      '拉黑',
      '屏蔽',
      '黑名单',
      '换号',
      '换了号',
    ],
    patterns: zh(
      `(?:凌晨|半夜|深夜|午夜|夜里)${NO_NEG_GAP(10)}(?:都|还|也|再|继续|会|照样)${NO_NEG_GAP(4)}(?:打|提醒|联系|发)`,
      `(?:凌晨|半夜|深夜|午夜|夜里)${NO_NEG_GAP(6)}(?:给|打给)${YOU}`,
      `每(?:隔)?${NO_NEG_GAP(3)}(?:分钟|小时)${NO_NEG_GAP(8)}(?:打|发|联系)`,
      `(?:拉黑|屏蔽|黑名单)${NO_NEG_SPAN(24)}(?:有的是|几十个|二十个|很多|好多|不同的?|别的|其他|新的?|换着|换个|换)(?:号|号码|手机|座机|平台|渠道|微信|账号)`,
      `换了?(?:号|号码|手机号)${NO_NEG_GAP(4)}(?:也没用|没用|也躲不了|照样)`,
    ),
  },
  {
    // Pushing the person to borrow, sell, or take a parent's or child's money.
    id: 'harassment.coercion',
    lang: 'zh',
    negatable: true,
    triggers: [
      '借',
      '退休金',
      '养老',
      '看病钱',
      '医药费',
      '奶粉钱',
      '学费',
      '压岁钱',
      '彩礼',
      '嫁妆',
      '救命钱',
      '卖了',
      '当了',
      '卖掉',
      '典当',
    ],
    patterns: zh(
      `(?:去|就去|先去|赶紧去)${NO_NEG_GAP(4)}借${NO_NEG_GAP(6)}(?:网贷|高利贷|借呗|微粒贷|花呗|贷款|钱)`,
      `(?:没钱|冇钱|还不上|拿不出)${NO_NEG_GAP(4)}(?:就)?(?:去|找)${NO_NEG_GAP(6)}借`,
      `${FAMILY_MONEY}${NO_NEG_GAP(8)}(?:拿来|拿出来|挪|垫|先还|还了|还上|填)`,
      `(?:把|去)${NO_NEG_GAP(4)}(?:车|房子?|表|首饰|金镯子|镯子|手机|电脑|金子)${NO_NEG_GAP(2)}(?:卖了|当了|卖掉)|拿去(?:当了|卖了|典当)`,
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
    // An employer asked to take it from the wages; a group chat searched for someone to press.
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    triggers: ['工资', '群里', '朋友圈'],
    patterns: zh(
      `(?:让|请|叫|要求|通知|联系)${NO_NEG_GAP(8)}(?:单位|公司|财务|人事|老板|领导|他们)${NO_NEG_GAP(4)}(?:从|在)${NO_NEG_GAP(4)}工资(?:里|中|卡)?${NO_NEG_GAP(4)}(?:扣|代扣|协助扣|划)`,
      `(?:业主|小区|楼栋|家长|工作|单位|家族|亲戚|老家)(?:微信)?群里${NO_NEG_GAP(6)}(?:找|问|发|说|提|挂|公布|喊)`,
    ),
  },
  {
    // A smear told to partners, clients, a chamber of commerce, a landlord or a village.
    id: 'defamation.label',
    lang: 'zh',
    negatable: true,
    triggers: [
      '信用',
      '人品',
      '品行',
      '作假',
      '造假',
      '欺诈',
      '诈骗',
      '骗',
      '坑',
      '挪用',
      '赖',
      '呃',
      '赌',
      '乱搞',
      '手脚不干净',
      '前科',
      '不老实',
      '拖欠',
      '借钱就跑',
      '借钱过日子',
      '窟窿',
      '倒闭',
      '欠债不还',
    ],
    patterns: zh(
      `(?<!有人|别人|他人|对方)(?:告诉|跟|同|给|通知|提醒|发函|通报|在)${NO_NEG_GAP(8)}${AUDIENCE}${NO_NEG_GAP(6)}[,:]?(?:说)?${YOU}${NO_NEG_GAP(8)}${SMEAR}`,
    ),
  },
  {
    // Someone else's voice: a grid worker, courier, hospital, social security or a "credit centre".
    id: 'misrepresentation.authority',
    lang: 'zh',
    negatable: true,
    triggers: [
      '我是',
      '我们是',
      '这里是',
      '这边是',
      '本人是',
      '我系',
      '我哋系',
      '我地系',
      '这边',
      '这里',
      '【',
      '下发',
      '发出',
      '通知',
      '短信',
      '消息',
    ],
    patterns: zh(
      `(?:我是|我们是|这里是|这边是|本人是|我系|我哋系|我地系)${NO_NEG_GAP(8)}${PRETEXT}`,
      `${PRETEXT}(?:这边|这里)${NO_NEG_GAP(2)}(?:通知|提醒|告知)`,
      `【(?:人行|央行|人民银行|征信|国家|全国)${NO_NEG_GAP(8)}(?:中心|平台|局)`,
      `(?:由|来自)${NO_NEG_GAP(4)}(?:中国人民银行|人民银行|央行|人行|征信中心|银联)${NO_NEG_GAP(4)}(?:直接)?(?:下发|发出|通知)`,
      `(?:通知|短信|消息)${NO_NEG_GAP(2)}来自${NO_NEG_GAP(4)}(?:中国人民银行|人民银行|央行|人行|征信中心|银联)`,
    ),
  },
  {
    // Invented permanent marks at a set hour, erased records and fees by the hour.
    id: 'misrepresentation.false_urgency',
    lang: 'zh',
    negatable: true,
    triggers: ['永久', '终身', '清零', '删除', '作废', '翻倍', '加收', '多收', '额外收', '一次性'],
    patterns: zh(
      `(?:今天|今晚|今日|明天|点|\\d{1,2}:\\d{2})${NO_NEG_GAP(12)}(?:永久|终身)${NO_NEG_GAP(4)}(?:标记|锁定|拉黑|失信)`,
      `信用(?:分|记录)[^,;:!?。、\\n不没无]{0,6}?(?:清零|永久删除|删除|作废)`,
      `(?:每天|每日|每小时|按天|按日|按小时)${NO_NEG_GAP(4)}(?:加收|多收|额外收)|(?:按规定|规定|只能|必须)${NO_NEG_GAP(4)}一次性(?:结清|还清|付清)`,
      `(?:加收|多收|额外收取?)${NO_NEG_GAP(12)}(?:管理|处理|紧急|加急|上门|外访|催收|调查)费|欠款${NO_NEG_GAP(6)}(?:自动)?翻倍`,
    ),
  },
  {
    // A suicide statement echoed back and waved away ("不想活了？行啊").
    id: 'harassment.suicide_taunt',
    lang: 'zh',
    triggers: ['不想活', '想死', '活不下去', '寻短见', '轻生'],
    patterns: zh(
      `(?:不想活|想死|活不下去|寻短见|轻生)(?:了)?${NO_NEG_SPAN(4)}(?:行啊|好啊|随便你?|那就去|那你就|请便|关我什么事|跟我们没关系)`,
    ),
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
];
