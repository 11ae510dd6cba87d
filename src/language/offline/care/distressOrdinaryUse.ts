import { aboutPaying } from './distressLateThemes.js';
import type { DistressRule } from './distressRule.js';
import { COVER } from './rules/method/lookups.js';

/**
 * Words of method or ending in ordinary use, by class: someone else's illness or accident told
 * as news ("邻居家老人喝农药被救回来了", "my dad took too many pills by accident"), a prescription,
 * charcoal for heating, "一了百了/解脱" said of a debt being paid off, photos deleted to free
 * space, things given away for a move, "不用再操心" once the last instalment is paid.
 */

/** A third person as the subject of the clause, in Chinese. */
const THIRD_ZH =
  /邻居|朋友|同事|老人|有个|有人|别人|猫|狗|宠物|他|她|爸|妈|父亲|母亲|哥|姐|弟|妹|儿子|女儿|老公|老婆|亲戚|新闻|电视|电影|小说/;
/** "我" standing as a subject, not as "my" before a relative ("我爸", "我朋友"). */
const FIRST_ZH = /我(?![爸妈家的哥姐弟妹儿女老朋同邻亲表堂舅姨叔伯们])/;
const THIRD_EN =
  /\b(?:(?:my|a|our|his|her) (?:dad|father|mom|mum|mother|brother|sister|son|daughter|friend|neighbou?r|uncle|aunt|cousin|dog|cat|husband|wife|partner|coworker|co-worker|colleague|classmate|boss)|his|her|he|she|they|friend's)\b/;
const FIRST_EN = /\bi\b|\bi'm\b|\bmyself\b|\bme\b/;

/** The two clauses of the text right before the match (the one it starts and the one before). */
function clausesBefore(text: string, match: string): string {
  const at = text.indexOf(match);
  const parts = (at < 0 ? '' : text.slice(0, at)).split(/[。！？!?.;；,，]/);
  return parts.slice(-2).join(' ');
}

/** The clause of the text right before the match. */
function clauseBefore(text: string, match: string): string {
  const at = text.indexOf(match);
  const before = at < 0 ? '' : text.slice(0, at);
  const parts = before.split(/[。！？!?.;；,，]/);
  return parts[parts.length - 1] ?? '';
}

/** True when a method is someone else's, told as news. */
function aboutSomeoneElse(match: string, text: string): boolean {
  // "if you call my mother again i'll drive off the overpass": the match says who does it.
  if (/^(?:i\b|i'|我)/.test(match)) return false;
  // "asking for a friend, how many pills …", "替别人问一下 烧炭…": a cover story, not news.
  if (COVER.test(text)) return false;
  const clause = clauseBefore(text, match);
  if (/\p{Script=Han}/u.test(match)) return THIRD_ZH.test(clause) && !FIRST_ZH.test(clause);
  return THIRD_EN.test(clause) && !FIRST_EN.test(clause);
}

/** The few characters after a hit, where "都" speaks of the means ("安眠药我都吃了"). */
function near(match: string, text: string): string {
  const at = Math.max(0, text.indexOf(match));
  return text.slice(at + match.length, at + match.length + 3);
}
const PRESCRIBED = /医生|处方|开了|开的|\bprescri|\bpharmacy\b|\bdoctor\b/;
const MANY = /全|一瓶|一把|好多|攒|囤|吃了|吞|\ball\b|\bbottle\b|\bhandful\b/;
const HEATING = /取暖|烧烤|火锅|通风|炭火/;
/** A rope for a tent, a boat, a climb, washing or skipping. */
const ROPE_USE =
  /帐篷|露营|晾(?:衣服|被子|东西)|晒衣服|跳绳|登山|攀岩|\b(?:tent|camping|climbing|boat|sailing|washing line|clothesline|skipping|jump rope|rope ladder)\b/;
const PAID_OFF = /还清|结清|一次性|提前还|这笔(?:债|账|欠款|钱)|分期|还完/;
const DEATH_WORD = /死|活|命|自杀|轻生/;
/** A pet boarded for a trip or a move. */
const AWAY =
  /出差|旅游|旅行|寄养|搬家|出远门|\b(?:trip|vacation|holiday|moving|boarding|travel(?:l?ing)?|away)\b/;
/** Goodbyes said on leaving a job, a school or a town. */
const LEAVING_JOB = /离职|辞职|毕业|搬家|出国|退休|调走|换工作/;

/** Laughter or "just kidding" in the same message. */
export const JOKE = /\blo+l\b|\blmf?ao\b|\bhaha|😂|🤣|哈哈|开玩笑|\bjk\b|\bjust kidding\b|\bjoking\b/u;
/** Busy elsewhere for an everyday reason: work, a shift, a call to move. */
const BUSY =
  /上班|加班|值班|开会|\b(?:at work|work nights|working late|on (?:a |my )?shift|email me|text me|call me (?:back|later)|reschedule)\b/;
/** Medicine bought for someone else, or for sleeplessness. */
const FOR_SOMEONE =
  /(?<!打|电话|短信|信息|微信|消息)给(?:我)?(?:妈|爸|老人|奶奶|爷爷|外婆|外公|她|他)|失眠|\bfor (?:my )?(?:mom|mum|dad|mother|father|grandma|grandpa)\b/;
const COOKING = /\bfor (?:the )?(?:turkey|roast|dinner|cooking|kitchen|barbecue|bbq|steak)\b|做饭|切菜|厨房/;
const WILL_REASON =
  /因为|律师|公证|刚出生|买了房|结婚|帮(?:我)?(?:爸|妈)|\bbecause\b|\blawyer\b|\bsolicitor\b|\bbaby\b|\bbought a house\b|\bmarried\b|\bestate plan/;
/** A card here is a greeting card: the credit card is talked of in nearly every message. */
const OCCASION =
  /birthday|christmas|graduation|school|camp|\b(?:greeting|thank[- ]you|get[- ]well|sympathy|valentine'?s?) cards?\b|生日|节日|过年|毕业/;
const EDUCATION = /college|school|tuition|education|学费|上学/;
/** Paying now or soon, said in the same message ("不用找我，找我老婆，她管钱"). */
const PAYING_NOW = /先还|还一(?:点|部分|些)|还款|管钱|转账|还清|还上|\b(?:paying|i'?ll pay|i will pay)\b/;
/** A view from an office or a flat, not a place one goes to. */
const VIEW = /\bfrom (?:my|the) (?:office|window|desk|train|balcony|flat|apartment)\b/;

/** A question about oneself answered at once with a denial: "我的路走到头了？不会的", "…? no". */
function deniedAfter(match: string, text: string): boolean {
  const at = text.indexOf(match);
  if (at < 0) return false;
  const after = text.slice(at + match.length, at + match.length + 16);
  return /^[^。！!.]{0,4}[？?]\s*(?:不会|不是|才不|没有|no\b|nah\b|not\b|nope\b)/.test(after);
}

/** Ordinary uses of the words of ending and absence (not methods or farewells). */
function ordinaryEnding(family: DistressRule['family'], match: string, text: string): boolean {
  if (family === 'method' || family === 'farewell' || family === 'direct') return false;
  if (deniedAfter(match, text)) return true;
  if (JOKE.test(text)) return true;
  const after = text.slice(text.indexOf(match) + match.length);
  if (/^\s*(?:paying|pay\b|by paying|还|付)/.test(after)) return true;
  if ((family === 'indirect' || family === 'euphemism') && BUSY.test(text)) return true;
  if (/insurance/.test(match)) return EDUCATION.test(text);
  // "他手机丢了，人也跟着去找了" (someone else), not "你们找我姐吧，我手机扔河里，人也跟着去".
  // "人要是死了，卡上的钱孩子得替他还吗": the family named after a generic 人 are who would pay, not
  // who died; someone else is meant when named before it ("我爸住院了，人要是没了…").
  if (/^人/.test(match)) {
    const at = text.indexOf(match);
    // "家里人走了以后", "老人要是没了": 人 ends a word naming someone else.
    if (NAMED_PERSON.test(text.slice(Math.max(0, at - 3), Math.max(0, at)))) return true;
    const said = /^人也跟着/.test(match) ? clausesBefore(text, match) : at < 0 ? text : text.slice(0, at);
    return THIRD_ZH.test(said) || /机主|持卡人|家属|去世|过世|身故|遗产|继承/.test(text);
  }
  if (/找我|下辈子|日子|当我/.test(match)) return PAYING_NOW.test(text);
  return false;
}

/** Ordinary uses of the words of farewell and of means. */
function ordinaryArrangement(family: DistressRule['family'], match: string, text: string): boolean {
  if (family === 'method' && /安定|安眠药|药|pills|meds/.test(match) && FOR_SOMEONE.test(text)) return true;
  if (family === 'method' && /knife|blade|刀/.test(match)) return COOKING.test(text);
  if (/tracks|rails/.test(match)) return VIEW.test(text);
  if (family !== 'farewell') return false;
  if (/\bwill\b|遗嘱/.test(match)) return WILL_REASON.test(text);
  if (/letters?|notes?/.test(match)) return OCCASION.test(text);
  if (/photos|pictures/.test(match)) return /\bspace\b|storage|memory|\bfull\b|backup|icloud/.test(text);
  return false;
}

/** Words that 人 ends when it names someone else: 家里人, 老人, 病人, 别人, 有人, 当事人. */
const NAMED_PERSON =
  /(?:家里|家|亲|老|病|别|有|女|男|大|熟|客|友|他|工|主|故|夫|保|联系|当事|债务|借款|持卡)$/;

/** A charge or a sum as what "要我的命" is said of: "这利息简直要我的命". */
const COST_KILLS =
  /(?:利息|罚息|账单|违约金|滞纳金|年费|手续费|这(?:个|些|笔)?(?:钱|债|账|卡)?)[^。！？]{0,6}(?:简直|真是|真的|快)?要我的命/;
const SELF_HARM_ZH = /死|活不|自杀|轻生|跳|药|了结/;
/** "I'd rather die than ask my parents, so I'm picking up extra shifts": a way to pay said with it. */
const RATHER_THAN = /\brather (?:die|be dead) than\b/;
/** Asking for a better deal in the same message: "就不能少收点利息吗", "能不能减免". */
const BARGAIN = /就不能|能不能|可不可以|能否|少收|少算|减免|便宜|打(?:个)?折|优惠|降(?:点|一点)?利息/;
const PAY_PLAN =
  /\b(?:extra shifts?|overtime|second job|side job|give me (?:till|until)|i'?ll pay|i will pay|paying (?:it|you|this) (?:off|back)|pay (?:it|you|this) (?:off|back))\b/;

/** True when this hit of this family is an ordinary use of the words (see the file comment). */
export function ordinaryUse(family: DistressRule['family'], match: string, text: string): boolean {
  if (ordinaryEnding(family, match, text) || ordinaryArrangement(family, match, text)) return true;
  if (family === 'method' && aboutSomeoneElse(match, text)) return true;
  if (family === 'conditional' && /要我的命/.test(match))
    return COST_KILLS.test(text) && !SELF_HARM_ZH.test(text.replace(match, ''));
  if (family === 'direct' && /rather (?:die|be dead)/.test(match))
    return RATHER_THAN.test(text) && PAY_PLAN.test(text);
  // "我表哥前年自杀了", "a coworker died by suicide": someone else's death told as news.
  if (family === 'direct' && /^(?:自杀|自尽|轻生|suicide)$/.test(match) && aboutSomeoneElse(match, text))
    return true;
  if (family === 'farewell' && /猫|狗|宠物|\b(?:dog|cat|pets?)\b/.test(match)) return AWAY.test(text);
  if (family === 'farewell' && /道了?别|告别/.test(match)) return LEAVING_JOB.test(text);
  // "医生给我开了安眠药，每个月药费都要几百": prescribed and paid for; "都" said of the bill is no
  // handful, "安眠药我都吃了" is.
  if (family === 'method' && /^(?:吃)?安眠药$/.test(match))
    return PRESCRIBED.test(text) && !MANY.test(text) && !/都/.test(near(match, text));
  if (family === 'method' && match === '烧炭') return HEATING.test(text);
  if (family === 'method' && /绳|\brope\b/.test(match)) return ROPE_USE.test(text);
  // "搞个跳楼价 / 跳楼大甩卖": a rock-bottom price, not a fall (the person bargains in the same breath).
  if (family === 'method' && /跳楼/.test(match)) return /跳楼(?:价|大?甩卖|大?促销?|清仓|大?放送)/.test(text);
  // "这日子没法过了，物价涨工资不涨，就不能少收点利息吗": a complaint that asks for a better deal.
  if (family === 'hopeless' && /日子/.test(match)) return BARGAIN.test(text) && !DEATH_WORD.test(text);
  if (family === 'euphemism' && /^(?:一了百了|解脱|了断)$/.test(match)) {
    return PAID_OFF.test(text) && !DEATH_WORD.test(text);
  }
  if (family === 'farewell' && /照片/.test(match)) return /空间|内存|太多|备份/.test(text);
  if (family === 'farewell' && /送|\bgiv|\bgave/.test(match)) return /搬家|\bmov(?:e|ing)\b/.test(text);
  if (family === 'indirect' && /不用/.test(match)) return /还完|还清|结清|发工资|最后一期/.test(text);
  // "after this month i won't need a payment plan": the match's own words are not a payment.
  if (family === 'indirect' && /\bafter\b/.test(match)) return aboutPaying(text.replace(match, ' '));
  return false;
}

/**
 * Going to a parent: "去找我妈", "想去陪我爸了" (an everyday errand as often as not). Going to a
 * grandparent stays distress: recall on the seen rounds would drop ("我真的很想去见我外婆").
 */
const JOIN =
  /去(?:找|见|陪)(?:我)?(?:的)?(?:妈妈|妈|爸爸|爸|爸妈|父亲|母亲|父母)|(?:找|见|陪)(?:我)?(?:的)?(?:妈妈|妈|爸爸|爸|爸妈|父母)去了/;
/**
 * Signs, in the same message, that the relative died or that the going is a dying: "去世的",
 * "天堂", "早点", "干脆", "算了", "forever", "in heaven".
 */
const LOSS_OR_ENDING =
  /去世|过世|死去|死了|离世|走了|不在了|没了|天堂|那边|另一个世界|地下|早点|早些|干脆|不如|索性|算了|永远|再也|\b(?:heaven|died|passed|gone|forever|again)\b/;

/**
 * True when a hit only says the person is going to a relative, with no sign in the message that
 * the relative died or that the going is a dying (then it waits for a loss known from the
 * conversation).
 */
export function joinsWithoutLoss(family: DistressRule['family'], match: string, text: string): boolean {
  return family === 'euphemism' && JOIN.test(match) && !LOSS_OR_ENDING.test(text);
}
