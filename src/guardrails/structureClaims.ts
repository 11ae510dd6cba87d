import type { StructuralCheck } from './structureTypes.js';

/**
 * What a message claims or asks, by its shape: a fee that must be paid before anything else
 * happens, a consequence for the person's children or whole life that the law does not attach
 * to card debt, the police squared away in advance, a taunt at night, a faith, region, sex or
 * disability held against the person, a reputation announced, a permanent waiver nobody
 * authorised. Each is excused when negated, reported, rebutted or warned against.
 */
/** "3am", "2:47 am": the literal ends of a small-hours time. */
const AM_TIMES = [...'0123456789'].flatMap((d) => [`${d}am`, `${d} am`]);
const FEE_NAMES_ZH =
  '(?:停催|解冻|激活|加急|疏通|洗白|修复|征信修复|验证|保证|通道|刷流水|工本|材料|审核|风控|备案|撤诉|销案|解封)';
const CHILD_ZH = '(?:孩子|子女|小孩|儿女|下一代|儿子|女儿)';
const SCHOOL_ZH = '(?:上学|入学|读书|学校|考公|公务员|政审|参军|当兵|考研|大学|重点|升学|考编|入党)';
const FAITH_ZH = '(?:信佛|信教|信基督|信主|信耶稣|烧香|拜佛|念经|做礼拜|基督徒|穆斯林|佛教徒|信徒|天主教徒?)';

export const CLAIM_CHECKS: readonly StructuralCheck[] = [
  {
    // "先缴纳1,200元停催手续费才能办理", "要先付一笔800元的加急费": a fee as the price of relief.
    id: 'misrepresentation.false_fee',
    lang: 'zh',
    warnable: true,
    gate: ['费', '保证金', '押金', '解冻金', '风险金', '激活金'],
    acts: [
      /(?:先|提前|预先)(?:缴纳|交纳|缴|交|付|支付|转)(?:[^,;:!?。\n]|(?<=\d),(?=\d)){0,14}?(?:费|保证金|押金)(?=[^。!?\n]{0,16}?(?:才能|才可以|方可|才给|才会|才帮|后才|之后才|才能给|就能|就可以|才))/g,
      new RegExp(
        `(?:缴纳|交纳|缴|交|付|支付|转)(?:[^,;:!?。\\n]|(?<=\\d),(?=\\d)){0,12}?(?:${FEE_NAMES_ZH}(?:手续)?费|解冻金|风险金|风险保证金|激活金)|(?:保证金|押金)[^,;:!?。\\n]{0,8}?(?:才能|才可以|方可|之后|后才)`,
        'g',
      ),
    ],
  },
  {
    id: 'misrepresentation.false_fee',
    lang: 'en',
    warnable: true,
    gate: ['fee', 'deposit'],
    acts: [
      /\b(?:release|processing|activation|unlock|unfreeze|expedite|expediting|rush|verification|clearance|cease|stop[- ]call|file[- ]closing|clean[- ]up|credit[- ]repair|removal) (?:fee|deposit)\b/g,
      /\b(?:fee|deposit)\b[^.!?\n]{0,24}?\b(?:before we can|before we'll|to stop the|to release|to unlock|to activate|to process your (?:plan|request)|to set up your plan|payable by gift|by gift card|upfront|up front)\b/g,
    ],
  },
  {
    // "逾期会影响孩子考公务员", "Your kids could be barred from enrolling".
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    warnable: true,
    gate: ['孩子', '子女', '小孩', '儿女', '下一代', '儿子', '女儿'],
    acts: [
      new RegExp(
        `(?:影响|导致|连累|拖累|害得?|耽误)[^,;:!?。\\n]{0,8}?${CHILD_ZH}[^。!?\\n]{0,12}?${SCHOOL_ZH}`,
        'g',
      ),
      new RegExp(
        `${CHILD_ZH}[^,;:!?。\\n]{0,10}?(?:无法|不能|不可以|上不了|考不了|没法|进不了|过不了|读不了)[^,;:!?。\\n]{0,6}?${SCHOOL_ZH}`,
        'g',
      ),
      new RegExp(
        `${CHILD_ZH}[^,;:!?。\\n]{0,10}?${SCHOOL_ZH}[^,;:!?。\\n]{0,3}?(?:都|也)?(?:上不了|考不了|进不了|过不了|读不了|没戏|没指望|(?<!不|没有|没)受影响|成问题)`,
        'g',
      ),
    ],
  },
  {
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    warnable: true,
    gate: [
      'barred',
      'banned',
      'refused',
      'denied',
      'expelled',
      'kicked out',
      'turned away',
      "can't enroll",
      "can't attend",
      "can't go to school",
      'able to enroll',
      'able to attend',
      'able to go to',
      'allowed to enroll',
      'allowed to attend',
      'allowed to go to',
      'never be able to',
      'from ever',
      'anywhere again',
    ],
    acts: [
      /\b(?:kids?|children|child|son|daughter)\b[^.!?\n]{0,40}?\b(?:barred|banned|refused|denied|expelled|kicked out|turned away|can't (?:enroll|attend|go to school)|won't be (?:able|allowed) to (?:enroll|attend|go to))\b/g,
      /\bnever be able to (?:rent|get hired|get a job|work again|buy a (?:house|home|car)|get a loan|open a bank account|travel)\b|\b(?:stop|prevent|bar|keep) you from ever (?:getting|renting|working|buying)\b|\bnever (?:rent|get hired|work|get a job) anywhere again\b/g,
    ],
  },
  {
    // "辖区派出所那边我们已经打好招呼了", "We've already talked to the local police".
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    warnable: true,
    gate: ['派出所', '公安', '警察', '民警', '警方', '法院', '法官'],
    acts: [
      /(?:派出所|公安|警察|民警|警方|法院|法官)(?:那边|那里|的人|的朋友|的领导)?[^,;:!?。\n]{0,8}?(?:打好招呼|打过招呼|打了招呼|已经说好|都熟|熟得很|通过气|沟通好了|直接上门|上门带人|来带人)/g,
    ],
  },
  {
    id: 'false_legal.invented_consequence',
    lang: 'en',
    warnable: true,
    gate: ['police', 'sheriff', 'cops', 'precinct', 'district attorney', 'prosecutor', 'crim'],
    acts: [
      /\b(?:talked|spoken|spoke|been in touch|reached out|called|contacted|alerted|notified)\b[^.!?\n]{0,12}\b(?:to|with)? ?(?:the )?(?:local )?(?:police(?: department)?|sheriff(?:'s office)?|cops|precinct|district attorney|prosecutor)\b/g,
      /\bcrim(?:inal|\.)? ?(?:chgs|chrgs|chg|chargs)\b/g,
    ],
  },
  {
    // "我是风控部门的特派专员，有权查封你的财产": a power of seizure only a court has.
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    warnable: true,
    gate: ['查封', '扣押', '拍卖', '没收'],
    acts: [
      /(?:有权|可以|能|会|将|要|马上|立即|直接)(?:直接|依法)?(?:查封|扣押|拍卖|没收)(?:你|您)?(?:名下)?(?:的)?(?:全部|所有)?(?:财产|房子|房产|车子?|存款|家当|东西)/g,
    ],
  },
  {
    // "否则明天起所有银行都不会再给您贷款", "no bank will ever lend to you again".
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    warnable: true,
    gate: ['银行'],
    acts: [/(?:所有|任何|全部|每家)(?:的)?银行(?:都)?(?:不会|不再|再也不)(?:会)?(?:再)?(?:给|借|贷|批|办)/g],
  },
  {
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    warnable: true,
    gate: ['no bank', 'no lender', 'no creditor', 'never get', 'never be approved', 'never qualify'],
    acts: [
      /\bno (?:bank|lender|creditor|one) (?:will|would) ever (?:lend|give you|approve|extend|issue)\b|\bnever (?:get|be approved for|qualify for) (?:a |another |any )?(?:loan|mortgage|credit card|card|credit)\b/g,
    ],
  },
  {
    // "凌晨两点了，睡得香吗？今晚就陪你聊到天亮", "3am and still no reply? We're up too".
    id: 'harassment.relentless_contact',
    lang: 'zh',
    gate: ['凌晨', '半夜', '深夜', '午夜', '三更'],
    acts: [
      /(?:凌晨|半夜|深夜|午夜|三更半夜)[^。\n]{0,24}?(?:陪你|陪您|不睡|睡得(?:着|香|好)|聊到天亮|守着你|等着你|我们也醒着|有的是精力|慢慢耗)/g,
    ],
  },
  {
    id: 'harassment.relentless_contact',
    lang: 'en',
    gate: [...AM_TIMES, 'midnight', 'middle of the night'],
    acts: [
      /\b(?:[0-4](?::\d\d)? ?am|midnight|middle of the night)\b[^\n]{0,60}?\b(?:we're up|we are up|we don't sleep|we never sleep|still up|up too|sleep well|sweet dreams|sleep tight|talk soon|see you (?:soon|in the morning))\b/g,
    ],
  },
  {
    // "你不是信佛吗？佛祖没教过你欠债还钱？", "Isn't your religion supposed to be about honesty?"
    id: 'discrimination.identity',
    lang: 'zh',
    gate: ['佛', '教', '基督', '主', '耶稣', '香', '经', '礼拜', '穆斯林', '信徒'],
    acts: [
      new RegExp(
        `${FAITH_ZH}[^。\\n]{0,20}?(?:欠|还钱|赖|不还|诚实|诚信|骗|有什么用|没教|不是讲|白信)|(?:佛祖|上帝|真主|菩萨|耶稣)[^,;:!?。\\n]{0,8}?(?:没教|不管|保佑不了|救不了)`,
        'g',
      ),
    ],
  },
  {
    id: 'discrimination.identity',
    lang: 'en',
    gate: [
      'religio',
      'faith',
      'god',
      'church',
      'catholic',
      'christian',
      'muslim',
      'jew',
      'hindu',
      'buddhist',
      'mormon',
      'bible',
      'pray',
    ],
    acts: [
      /\b(?:your (?:religion|faith|god|church|bible|prayers?)|catholics?|christians?|muslims?|jews|jewish people|hindus?|buddhists?|mormons?)\b[^.!?\n]{0,50}?\b(?:honest|honesty|preach|supposed to|love to|always|never pay|won't save|can't help|didn't teach|doesn't teach)\b/g,
    ],
  },
  {
    // "你们乡下出来的是不是都不讲信用", "女人家管不住手", "let your husband handle the finances".
    id: 'discrimination.region',
    lang: 'zh',
    gate: ['乡下', '农村', '山里', '外地', '打工', '农民'],
    acts: [
      /(?:乡下|农村|山里|山沟|外地|打工|农民)(?:来|出来)?的(?:人|客户)?[^,;:!?。\n]{0,8}?(?:都|就是|果然|是不是都|哪有|哪懂|根本)[^,;:!?。\n]{0,8}?(?:不讲|不懂|没|赖|跑路|素质|不还|不守|信用|骗|穷)/g,
    ],
  },
  {
    id: 'discrimination.identity',
    lang: 'zh',
    gate: ['女', '娘们', '让你老公', '让您老公', '让你丈夫', '让您丈夫', '让你男人'],
    acts: [
      /(?:女人|女的|娘们|老娘们|妇女|女同志|女司机)(?:家)?[^,;:!?。\n]{0,6}?(?:就是|都|就|果然|哪懂|不懂|管不住|乱花|不行|败家)/g,
      /让(?:你|您)(?:老公|丈夫|男人|爱人)(?:来)?(?:管|打理|掌管|做主|管钱|管着)/g,
    ],
  },
  {
    id: 'discrimination.identity',
    lang: 'en',
    gate: ['women', 'ladies', 'girls', 'female', 'woman', 'wives', 'husband', 'hubby', 'your man'],
    acts: [
      /\b(?:women|ladies|girls|females|a woman|wives)\b[^.!?\n]{0,30}?\b(?:can't|cannot|shouldn't|never|always|are bad|bad with|overspend|be trusted)\b/g,
      /\b(?:let|have) your (?:husband|hubby|man|boyfriend)\b[^.!?\n]{0,20}?\b(?:handle|manage|deal with|take care of|take over|run)\b[^.!?\n]{0,12}?\b(?:money|finances|bills|budget|cards?)\b/g,
    ],
  },
  {
    // "Being disabled doesn't exempt you", "别拿残疾当借口": the condition mocked as an excuse.
    id: 'discrimination.disability',
    lang: 'en',
    gate: [
      'mentally',
      'handicapped',
      'brain',
      'special needs',
      'retarded',
      'slow in the head',
      'disab',
      'wheelchair',
      'blind',
      'deaf',
      'depress',
      'illness',
      'diagnos',
      'condition',
      'cancer',
      'autis',
    ],
    acts: [
      /\b(?:are you|you're|you are|you must be)\b[^.!?\n]{0,8}?\b(?:mentally (?:challenged|ill|retarded|disabled|deficient)|handicapped|brain[- ]damaged|special needs|retarded|slow in the head)\b/g,
      /\b(?:disab\w*|wheelchair|blindness|deafness|depression|illness|diagnosis|condition|cancer|autism)\b[^.!?\n]{0,30}?\b(?:doesn't (?:exempt|excuse|stop)|does not (?:exempt|excuse)|is no excuse|isn't an excuse|is not an excuse|as an excuse|play(?:ing)? (?:that|the \w+) card|stop using)\b|\bstop using (?:it|that|your \w+) as an excuse\b/g,
    ],
  },
  {
    id: 'discrimination.disability',
    lang: 'zh',
    gate: ['残', '病', '抑郁', '瘸', '跛', '瞎', '聋', '哑', '瘫', '智障'],
    acts: [
      /(?:残疾|残障|残废|病|抑郁|瘸|跛|瞎|聋|哑|瘫|智障)[^。!?\n]{0,14}?(?:当借口|当挡箭牌|不是借口|装可怜|卖惨|博同情)|(?:跛|瘸|瞎|聋|哑|残|瘫)[^,;:!?。\n]{0,4}?的?(?:也|都)(?:要|得)还(?:钱|款)/g,
    ],
  },
  {
    // "像您这样赖账的人在我们这儿是出了名的", "a professional scammer like yourself".
    id: 'defamation.label',
    lang: 'zh',
    gate: ['出了名', '出名', '臭名', '谁都知道', '大家都知道', '人人都知道'],
    acts: [
      /出了名的?[^,;:!?。\n]{0,6}?(?:赖|骗|无赖|老赖)|(?:赖账|欠钱不还|骗子|老赖)[^,;:!?。\n]{0,12}?(?:出了名的?|臭名远扬|臭名昭著)|(?:谁|大家|人人)都知道(?:你|您)是(?:个|什么人|啥人|什么东西)/g,
    ],
  },
  {
    id: 'defamation.label',
    lang: 'en',
    gate: ['professional', 'career', 'serial', 'notorious', 'habitual', 'known'],
    acts: [
      /\b(?:professional|career|serial|notorious|habitual|well-known|known) (?:scammer|liar|con artist|con man|fraudster|deadbeat|cheat|thief|swindler|grifter)\b/g,
    ],
  },
  {
    // "A single mom like you never should have gotten a card."
    id: 'discrimination.identity',
    lang: 'en',
    gate: [
      'single mom',
      'single mother',
      'single dad',
      'single father',
      'single parent',
      'divorcee',
      'widow',
      'unmarried',
    ],
    acts: [
      /\b(?:single (?:mom|mother|dad|father|parent)s?|divorcees?|widows?|unmarried (?:women|men|people))\b(?: like you)?[^.!?\n]{0,30}?\b(?:never|shouldn't|should not|can't|cannot|always|are bad|aren't)\b/g,
    ],
  },
];
