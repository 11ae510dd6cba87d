import type { Intent } from '../understanding.js';

/**
 * Questions people ask in a collections chat (issue 15), zh-CN and English side by side, matched
 * against normalised text. Checked in this order after the care, stop, dispute, human and
 * third-party rules, before consequences and balance: the first that matches names the question.
 * "万一有一期没还上会上征信吗" is about a missed instalment, not the credit record in general.
 */
export const QUESTIONS: readonly (readonly [Intent, readonly RegExp[]])[] = [
  [
    'ask_missed_payment',
    [
      /(?:如果|万一|要是|假如|假设)[^。？?!！]{0,12}(?:没|没有|不能|无法|来不及|晚了?|忘了?)(?:按时)?(?:还|还上|还款|付|交)|(?:漏还|晚还|断供|少还)(?:了)?(?:一期|一个月|某期)?(?:会|怎么)|(?:某|一|哪)期(?:没|没有)(?:还|按时还)|一期没还/,
      /\bmiss(?:ed|ing)? (?:a|an|one|the|my) (?:payment|instal?lment|month)\b|\bif i (?:can'?t|cannot|don'?t|do not) (?:pay|make) (?:one|a|an|the next|some|this) (?:month|payment|instal?lment)\b|\bfall behind\b|\bif i skip\b|\bskip (?:a|one|the|this|next) (?:month|payment|instal?lment)\b|\blate (?:on|with) (?:a|one) (?:payment|instal?lment)\b/,
    ],
  ],
  [
    'ask_third_parties',
    [
      /(?:联系|打电话给|通知|告诉|找|打给|骚扰|告知)(?:我的?)?(?:家人|家里|父母|爸妈|爸爸|妈妈|老婆|老公|妻子|丈夫|单位|公司|领导|老板|同事|朋友|通讯录|亲戚|紧急联系人|孩子)|(?:家人|家里人?|单位|公司|领导|同事|朋友|亲戚|父母|爸妈|老板)[^。？?]{0,4}(?:会|能)?(?:知道|收到|被联系|接到)|爆通讯录|通讯录|(?:会不会|会|要)?上门|(?:来|到)(?:我)?(?:家|单位|公司)(?:里)?(?:找|催|要)|(?:你们|银行|催收|会不会|是不是|能不能|别|不要)[^。！？?，,]{0,6}给(?:我的?)?(?:家里人|家人|家里|父母|爸妈|爸爸|妈妈|老婆|老公|媳妇|单位|公司|领导|老板|同事|朋友|亲戚|紧急联系人|孩子)(?:[和跟、或]|还有|或者)?(?:我的?)?(?:家里人|家人|父母|单位|公司|领导|同事|朋友|亲戚)?(?:打(?:电话)?|发(?:短信|信息|消息)|寄)|打(?:电话)?(?:到|去)(?:我的?)?(?:家里|老家|单位|公司)/,
      /\b(?:call|contact|tell|inform|message|text|email|reach|bother|notify|ring) (?:my )?(?:family|wife|husband|partner|parents?|mom|mum|dad|kids|boss|employer|work|job|colleagues?|co-?workers?|friends|relatives|references|neighbou?rs)\b|\bwill my (?:family|boss|employer|wife|husband|parents|partner|work) (?:know|find out|be told|hear)\b|\b(?:family|employer|boss|colleagues|friends) (?:find out|will know)\b|\bmy contacts\b|\bcontact list\b|\b(?:show|turn) up at my (?:house|home|door|work|job|office)\b|\bcome to my (?:house|home|door|work|job|office)\b|\bhome visit\b/,
    ],
  ],
  [
    'ask_legal',
    [
      /起诉|告我|法院|打官司|诉讼|坐牢|判刑|抓我|拘留|报警|警察|犯法|违法吗|刑事|律师函|(?:银行|你们)(?:会|能|可以)(?:对我)?(?:怎么样|怎样|采取什么)/,
      /\bsue\b|\bsued\b|\blawsuit\b|\bcourt\b|\blegal action\b|\bjail\b|\bprison\b|\barrest(?:ed)?\b|\bpolice\b|\bcriminal\b|\bgarnish|\bbailiffs?\b|\bwhat can (?:you|the bank) (?:legally )?do\b/,
    ],
  ],
  [
    'ask_credit_record',
    [
      /征信|信用记录|信用报告|信用分|(?:影响|上)(?:我的)?信用|黑名单|(?:以后|今后)(?:还能|能不能)(?:贷款|买房|办卡)/,
      /\bcredit (?:score|report|rating|record|history|file|bureau)s?\b|\bmy credit\b|\bblacklist/,
    ],
  ],
  [
    'ask_fees',
    [
      /利息(?:是)?(?:怎么|如何)(?:算|计算|收)|(?:怎么|如何)(?:算|计算|收)(?:的)?利息|利率|(?:手续费|违约金|罚息|滞纳金)(?:是)?(?:怎么|如何|多少|怎么算)?|(?:收|有)(?:哪些|什么)费|费用(?:是)?(?:怎么|多少)|利息(?:是)?(?:多少|有多少|高吗|怎么)/,
      /\binterest\b|\bhow (?:is|are|do you) (?:the )?(?:interest|fees?) (?:calculated|worked out|charged|computed)\b|\bwhat fees\b|\blate fees?\b|\bany (?:extra |other )?fees\b|\bfees?\b|\bpenalt(?:y|ies)\b/,
    ],
  ],
  [
    'ask_why_owed',
    [
      /为什么[^。？?!！]{0,8}(?:欠|这么多|这么高|是这个数|多了|金额|是\d|是[一二两三四五六七八九十百千万])|我记得(?:我)?(?:只|就|才)?欠|怎么(?:会这么|会|这么)(?:多|高|欠)|哪来的|怎么来的|(?:欠款|金额)?明细|(?:欠款|金额)构成|我以为(?:只)?(?:欠|是)|不是才|怎么算(?:出来)?的|是怎么来的/,
      /\bwhy (?:is it|is that|is the|is my|do i owe|so much|has it|did it go|that much|it'?s)\b|\bhow come\b|\bi thought i (?:only )?owed?\b|\bbreak ?down\b|\bwhere (?:does|did) (?:it|that|this|the \w+) come from\b|\bwhat is (?:it|this) made (?:up )?of\b/,
    ],
  ],
  [
    'ask_plan',
    [
      /(?:我的|这个)?(?:还款)?(?:计划|方案)(?:是)?(?:什么|怎样|怎么样|再说|重复|发我)|(?:再说|重复|再讲|复述)(?:一)?(?:遍|下)(?:计划|方案)?|(?:把|将)(?:方案|计划)[^。？?]{0,6}(?:说|讲|发|重复)(?:一)?遍|下(?:一)?(?:期|次)(?:还款|要还|该还|什么时候|是哪天|多少|哪天)|(?:什么时候|哪天)(?:还|交)下一期|还剩(?:几期|多少期)|我(?:选|定)的(?:是)?(?:哪个|什么)|(?:刚才|之前)(?:定|选|说|谈)的(?:方案|计划)?(?:是)?(?:啥|什么)/,
      /(?:约好|说好|定好|谈好|商量好|定下|约定)的[^,.!?。！？]{0,6}(?:多少|哪天|什么时候|几号|来着)|每(?:期|个月|月)(?:是|要还|还|该还)?多少来着|(?:计划|分期)里?(?:每期|每月|每个月)[^,.!?。！？]{0,4}多少/,
      /\b(?:repeat|say|tell me|remind me of|go over) (?:my |the |that )?plan\b|\bwhat(?:'?s| is| was) (?:my|the) plan\b|\bnext (?:payment|instal?lment)\b|\bwhen(?:'?s| is) (?:my|the) next\b|\bwhat did i (?:agree|sign up) (?:to|for)\b|\bsay (?:that|it) again\b|\bremind me what\b|\bwhat (?:did )?i agreed? to\b/,
      /\bremind me (?:how much|when|what)\b[^.?!]{0,30}\b(?:payment|instal?lment|plan|due)\b|\bhow much (?:is|was) my (?:monthly|next) (?:payment|instal?lment)\b(?![^.?!]{0,30}\b(?:if|for|with|over)\b)|\bwhen (?:is|are) my (?:payments?|instal?lments?) due\b/,
    ],
  ],
  [
    'ask_how_to_pay',
    [
      /咋(?:还款|还钱|付款|交钱)|咋还(?=$|[呢啊呀嘛吗?,.!\s])|怎么(?:样)?(?:还款|还钱|付款|缴费|转账|付钱|交钱|还(?![得不有是要没会能在好]))|如何(?:还款|还钱|付款|还)|(?:在哪|哪里|哪儿|什么渠道|什么方式|哪个渠道|哪些渠道|用什么)(?:里)?(?:还款|还钱|还|付|缴|交)|还款(?:方式|渠道|账号|账户|途径|方法)|(?:打|转)(?:钱)?到哪|往哪(?:个账户|里)?(?:转|打|还)|支付宝|微信(?:能|可以)?还|能(?:不能)?(?:网上|手机)还|(?:用|拿)?啥(?:方式|渠道|办法|途径)(?:还|付|交|缴)|还款(?:的话)?[^。？?!！]{0,4}(?:用|走)?(?:啥|什么|哪个|哪些)(?:渠道|方式|途径|办法)|(?:还|付|交|缴)(?:款|钱)?[^。？?!！]{0,12}(?:怎么|咋|如何)(?:弄|操作|办|搞)|(?:手机|网上|线上|app)上?(?:能|可以)?(?:咋|怎么|如何|能|可以)(?:操作|弄|办|搞|还)|(?:去|到)?(?:柜台|网点|银行)(?:能|可以)?还(?:吗|么|不)/,
      /\bhow (?:do|can|should|would|will) i (?:actually |even )?(?:pay|make (?:a|the) payment|send (?:the |you )?(?:money|payment)|repay)\b|\bwhere (?:do|can|should) i (?:pay|send)\b|\bways? to pay\b|\bpayment (?:methods?|details|channels?)\b|\b(?:bank|account) details\b|\bhow to pay\b|\bhow (?:i|we) (?:should |can |could |would |am supposed to )?(?:pay|repay|make (?:a|the) payment)\b|\bcan i (?:just |also |even )?pay (?:by|with|via|through|online|in the app|on the app|in your app|at a branch|on (?:my|the) phone|by phone)\b|\bpay (?:in|on|through|with) (?:the|your|ur) app\b|\bpay\b[^.!]{0,40}\bhow (?:do|can|would|should) i (?:do|go about) (?:that|it|this)\b|\b(?:an?|the|your|ur) app\b[^.?!]{0,20}\bpay\b[^.!?]{0,20}\?/,
    ],
  ],
  [
    'ask_hotline',
    [
      /客服(?:电话|热线|号码)|(?:热线|电话|号码)(?:是)?多少|(?:有没有|有)(?:什么)?(?:电话|热线)|打(?:什么|哪个)电话|(?:上班|营业|服务|工作|人工服务)时间|几点(?:上班|下班|开门|关门)|电话打不通|(?:别的|其他|另外的?)(?:号码?|电话)|几点到几点|(?:周末|周六|周日|星期[六天日]|节假日|放假|晚上|夜里|半夜)[^。？?]{0,6}(?:有人|上班|能打|打得通|接电话|营业|有客服)|24小时|(?:电话|热线|客服)[^。？?]{0,4}(?:几点|什么时候)(?:上班|有人|能打|开|接)|(?:给|发|告诉)我(?:一)?个(?:电话|号码|电话号码|热线)|(?:留|给)(?:个|一个)(?:电话|联系电话|号码)(?:给我|吧|呗)/,
      /\bphone number\b|\bnumber (?:to|i can|should i) call\b|\bhotline\b|\bcall (?:you|someone|the bank)\b|\bcustomer service (?:number|line|hours)\b|\b(?:opening|office|business|service) hours\b|\bwhat hours\b|\bwhen are you open\b|\bis there a number\b|\bwhat time\b[^.?!]{0,30}\b(?:open|work|agents?|staff|available|close|shut)\b|\bwhat are (?:your|the) hours\b|\byour (?:opening )?hours\b|\bopen (?:on )?(?:the )?(?:weekends?|saturdays?|sundays?|holidays|24\/7|late|at night)\b|\b(?:call|phone|ring|reach) (?:you )?(?:on|at) (?:a |the )?(?:weekends?|saturday|sunday|night|evenings?)\b|\bcall cent(?:er|re)\b|\b24\/7\b|\b(?:give|send|text) me (?:a|the|your|ur) (?:phone |contact )?number\b(?![^.?!]{0,20}\b(?:to pay|i owe|a month|per month|for the plan|settle|payoff|pay ?off)\b)/,
    ],
  ],
];

/** The question a message asks, if any of the above. */
export function questionIntent(norm: string): Intent | undefined {
  for (const [intent, patterns] of QUESTIONS) if (patterns.some((re) => re.test(norm))) return intent;
  return undefined;
}

/** The worries people ask together ("will you sue me, and will my boss find out?"). */
const WORRIES: ReadonlySet<Intent> = new Set<Intent>(['ask_legal', 'ask_third_parties', 'ask_credit_record']);

/** Where in the message a question of this intent is first asked, or -1. */
function firstAsked(norm: string, intent: Intent): number {
  const patterns = QUESTIONS.find(([i]) => i === intent)?.[1] ?? [];
  const at = patterns.map((re) => norm.search(re)).filter((i) => i >= 0);
  return at.length > 0 ? Math.min(...at) : -1;
}

/**
 * The worries a message asks, in the order it asks them, when `intent` (the question it was read
 * as) is one of them and another is asked beside it (conv15): "r u gonna sue me?? can you show up
 * at my job" is answered about a lawsuit first, then about the employer. Otherwise just `intent`.
 */
export function worriesAsked(norm: string, intent: Intent): Intent[] {
  if (!WORRIES.has(intent)) return [intent];
  const asked = [...WORRIES]
    .map((i) => [i, firstAsked(norm, i)] as const)
    .filter(([, at]) => at >= 0)
    .sort((a, b) => a[1] - b[1])
    .map(([i]) => i);
  return asked.includes(intent) ? asked.slice(0, 2) : [intent];
}
