import { NOT_HOLDER, NOT_HOLDER_NAMED } from './intentPatterns.js';

/**
 * Who is writing when it is not the holder (issue 15): someone writing for the holder (family,
 * a colleague, a friend), someone whose number or chat this is not (a wrong number, a new owner
 * of the number), or someone telling us the holder has died. Matched on normalised text (and the
 * case-kept text for names), before verification; none of them learns anything about the debt.
 */
export type ThirdPartyKind = 'relative' | 'not_this_number' | 'deceased';

const DEATH_ZH = /去世|过世|离世|身故|病逝|不在了|走了|死了|没了|遇难|已故/;
const DEATH_EN = /\b(?:died|passed(?: away| on)?|deceased|dead|no longer with us)\b/;
/** The dead person is the holder: "他的卡", "this was his phone", 家属, the executor. */
const HOLDERS_THINGS =
  /(?:他|她)的(?:卡|手机|号|电话|账户|微信|信用卡)|这是(?:他|她)的|家属|\b(?:his|her) (?:phone|number|card|account|cell)\b|\bthis (?:was|is) (?:his|hers?)\b|\b[a-z]+'s phone\b|\b(?:his|her) widow(?:er)?\b/;

const DECEASED: readonly RegExp[] = [
  /(?:持卡人|机主|卡主|户主|账户本人)[^。，,.!！]{0,8}(?:去世|过世|离世|身故|病逝|不在了|走了|死了|没了)/,
  // "他已经去世了", "张伟半年前过世了": he, she or a name as the subject, at the start.
  // Never "烦死了 / 累死了 / 气死了" (annoyed, tired, angry: conv15).
  /^(?:他|她|(?!我)\p{Script=Han}{2,3})[^。，,!！?？]{0,8}?(?:去世|过世|离世|身故|病逝|不在了|(?<![烦累气吓笑忙饿热冷困急愁穷吵疼痛闷])死了)/u,
  /\b(?:the )?(?:card ?holder|account ?holder|owner of (?:the|this) (?:card|account|number))\b[^.!?]{0,20}\b(?:died|passed|deceased|dead)\b/,
  /^(?:he|she)(?:'s| is| has| had)?\s+(?:sadly |recently )?(?:passed away|passed|died|dead|deceased|no longer with us)\b/,
  /\bexecutor\b|\b(?:his|her) estate\b|\bnext of kin\b|\bdeath certificate\b|遗产|继承人|死亡证明|后事/,
];
/** "John passed away", not "Mom passed away" (a holder's own loss): a capitalised name first. */
const NAME_DIED =
  /^(?!(?:Mom|Mum|Dad|Mother|Father|My|Our|The|I|We)\b)[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:has |had |is |was )?(?:sadly )?(?:passed away|passed|died|dead|deceased)\b/;

const NOT_THIS_NUMBER: readonly RegExp[] = [
  /(?:号码?|手机号|电话|微信号?|这个号)[^。，,!！]{0,4}(?:是我)?(?:刚|新|才|最近|上个?月)[^。，,!！]{0,3}(?:办|换|买|申请|注册|开|分配)|(?:刚|新|才)(?:办|换|买|申请|注册)的?(?:号|号码|手机号|卡|微信)|新号|运营商[^。，,]{0,6}分配/,
  /(?:之前|以前|原来)不是我的|打错(?:了|电话)?|找错人|认错人|发错(?:人|了)|不认识(?:你们说的|这个|什么)?(?:这个)?(?:人|\p{Script=Han}{2,3})/u,
  /\b(?:just|recently) got (?:this|a new) (?:number|phone|sim)\b|\bgot this number\b|\b(?:this|it)(?:'s| is) a new number\b|\bnew number\b|\b(?:had|have had|i'?ve had) this number (?:for|since)\b/,
  /\bwrong (?:number|person|guy|girl|man|lady|account|chat)\b|\bnever heard of (?:him|her|them)\b|\bno idea who\b/,
  /\bno ?(?:one|body) (?:called|named|by (?:that|the) name)\b|\b(?:don'?t|do not) know (?:any|anyone|anybody|him|her|this person|who)\b/,
  // conv15: the number is not theirs: "this number isn't mine", "that's not my number", "这不是我的号".
  /\b(?:this|that|the|it)(?:'s| is|s)? (?:number|phone|cell|mobile|line|#) (?:is not|isn'?t|isnt|ain'?t|was not|wasn'?t) mine\b|\b(?:this|that|it)(?:'s| is|s)? not my (?:number|phone|cell|#)\b|\b(?:this|that|it) (?:isn'?t|isnt|ain'?t) my (?:number|phone|cell|#)\b|\bwrong #/,
  /(?:这|这个|此)(?:手机)?(?:号|号码|电话|手机号?)(?:码)?(?:不是我的|不是我)|(?:这|这个)不是我的(?:号|号码|电话|手机号?)/,
];
/** "Who is John?" (case kept: not "who is this?"). */
const WHO_IS_NAME = /\b[Ww]ho(?:'s| is) (?!This\b|That\b|It\b)[A-Z][a-z]+\b/;

/**
 * conv17: a relative who claims standing to be told: an authorised user or the secondary card, a
 * power of attorney, "他欠的就是我欠的" (never the holder: only the holder's own answer verifies).
 */
const STANDING: readonly RegExp[] = [
  /\b(?:i'?m|im|i am)\s+(?:an?|the|just an?|only an?|just the|only the)\s+(?:authori[sz]ed|additional|secondary|second|supplementary|extra)\s+(?:user|card ?holder|card ?member|name)\b|\bi (?:have|hold|got|'ve got)\s+(?:(?:his|her|their|the|a|durable) )?(?:power of attorney|poa)\b|\b(?:my (?:husband|wife|partner|dad|father|mom|mum|mother|son|daughter|hubby|spouse|boyfriend|girlfriend)|he|she)(?:'s| is) the (?:primary|main)(?: (?:card ?holder|account ?holder|user)\b|(?=\s*(?:$|[,.;!?])))/,
  /我是(?:他|她|\p{Script=Han}{2,3}的)?的?(?:附属卡|副卡)(?:的)?(?:持卡人|持有人|用户)?|我用的是(?:他|她)的?(?:附属卡|副卡)|主卡(?:是|在)(?:我)?(?:他|她|老公|老婆|爱人|丈夫|妻子|爸|妈|儿子|女儿)|(?:我有|我拿着|我手上有)(?:他|她)的?(?:授权委托书|委托书|授权书)|(?:他|她)(?:授权|委托)(?:给)?我(?:来)?(?:处理|查|办|管)|(?:他|她)(?!们)欠的(?:钱|债)?(?:就是|也是|等于|算)我(?:欠的|的)|夫妻共同(?:债务|财产)/u,
];

/** The holder cannot act for themselves: in hospital, a stroke, a coma, dementia ("我爸中风住院了 说不了话"). */
const UNWELL =
  /中风|脑梗|住院|昏迷|病危|重症|icu|插管|植物人|失智|痴呆|说不了话|动不了|\b(?:in (?:the )?hospital|hospitali[sz]ed|hospice|icu|coma|stroke|dementia|alzheimer'?s|incapacitated|can'?t (?:talk|speak))\b/;

const RELATIVE: readonly RegExp[] = [
  /(?:替|帮|代)(?:我的?)?(?:老公|老婆|丈夫|妻子|爱人|爸爸?|妈妈?|父亲|母亲|儿子|女儿|哥哥?|弟弟?|姐姐?|妹妹?|朋友|同事|家人|他|她)(?:问|查|看|回|处理|联系)/,
  /我的?(?:老公|老婆|丈夫|妻子|爱人|爸爸?|妈妈?|父亲|母亲|儿子|女儿|哥哥?|弟弟?|姐姐?|妹妹?|朋友|同事)的(?:信用)?(?:卡|账户?|欠款|手机|号码?|电话|微信)/,
  /(?:他|她)(?!们)(?:是不是|有没有|是否|到底)?欠(?:了)?(?:你们|银行)?(?:钱|多少|款)|(?:他|她)(?!们)的(?:信用)?卡(?:怎么|出|有|是不是)|(?:他|她)(?:让|叫)我(?:问|回|帮|处理|联系)|(?:他|她)(?!们)(?:这|那)张(?:信用)?卡[^。？?！!，,]{0,6}(?:欠|逾期|还差|拖)/,
  /我是(?:他|她)的?(?:哥|姐|弟|妹|爸|妈|媳妇|爱人|前夫|前妻|男人|女人|老板|领导|上司)|我是\p{Script=Han}{2,3}?(?:的)?(?:同事|朋友|室友|邻居|领导|老板|家属)|\p{Script=Han}{2,3}是我的?(?:前夫|前妻|老公|老婆|丈夫|妻子|爸爸|妈妈|儿子|女儿|同事|朋友|员工|室友)/u,
  // conv17: the possessive typed without its apostrophe ("hi im johns wife", "its johns gf").
  /\b(?:i'?m|im|i am|this is|it'?s)\s+(?:[a-z]+'?s|his|her|their)\s+(?:wife|husband|mother|mom|mum|father|dad|son|daughter|brother|sister|colleague|co-?worker|friend|boss|roommate|partner|girlfriend|boyfriend|gf|bf|hubby|wifey|spouse|fianc[eé]e?|neighbou?r|relative|parent|kid|child|cousin|aunt|uncle|niece|nephew|grandson|granddaughter|caregiver|carer|assistant|secretary|ex|manager|employer)\b/,
  /\b(?:asking|writing|texting|messaging|calling|here) (?:for|on behalf of) (?:my|his|her) [a-z]+\b|\bmy (?:son|daughter|husband|wife|dad|father|mom|mum|mother|brother|sister|partner|boyfriend|girlfriend|friend)'?s (?:card|account|debt|phone|bill|number)\b/,
  /\b(?:does|did|is|has) (?:he|she) (?:owe|have (?:a )?debt|in debt|behind)\b|\bhow much (?:does|did) (?:he|she|my [a-z]+) owe\b|\bwhat does (?:he|she|my [a-z]+) owe\b|\bwhat(?:'s| is) going on with (?:his|her) (?:card|account)\b/,
  // conv16b: a name given before the holder's ("this is linda, john's mother", "maria here, john's
  // sister", "i'm john smith's father", "我是张伟姐姐", "我叫王芳 是张伟的爱人") and what he owes asked of him
  // ("how much he owes and how far behind he is", "他还差多少钱").
  /(?:\b(?:i'?m|i am|this is|it'?s)|\bhere)[\s,]+(?:(?!(?:my|our|your|the|a|an)\b)[a-z]+[\s,]+){0,2}(?!(?:my|our|your|its|this)\b)[a-z]+'?s\s+(?:wife|husband|mother|mom|mum|father|dad|son|daughter|brother|sister|colleague|co-?worker|friend|roommate|partner|girlfriend|boyfriend|gf|bf|hubby|wifey|spouse|neighbou?r|relative|parent|cousin|aunt|uncle|niece|nephew|caregiver|carer|fianc[eé]e?)\b/,
  /\bhow much (?:he|she) owes\b|\bhow (?:far )?behind (?:he|she) is\b|\bhow (?:late|overdue|far behind) is (?:he|she)\b|\b(?:balance|amount|debt) on (?:his|her) (?:card|account)\b/,
  /我是(?!单亲|全职|独生|新手|家庭|二胎|三胎|留守|职场|年轻|孩子|一个|一名|个|他|她|你)\p{Script=Han}{2,3}?的?(?:姐姐|哥哥|弟弟|妹妹|爱人|老婆|老公|妻子|丈夫|儿子|女儿|妈妈|爸爸|母亲|父亲|媳妇|家属|亲戚|侄子|外甥)|(?:^|[\s,，。])是(?!我|他|她|你)\p{Script=Han}{2,3}的(?:姐姐|哥哥|弟弟|妹妹|爱人|老婆|老公|妻子|丈夫|儿子|女儿|妈妈|爸爸|母亲|父亲|媳妇|家属|亲戚|同事|朋友)|(?:他|她)(?!们)(?:还|一共|总共|现在)?(?:差|欠)(?:你们|银行)?(?:多少|几)/u,
  /\bhelping (?:him|her)(?: out)?\b|\b(?:he|she) (?:left|forgot) (?:his|her) phone\b/,
  ...STANDING,
];

/**
 * What a relative brings beside the relation (conv17): a claim to be told ('authority'), or the
 * holder unable to act for themselves ('unwell'; said first when both are).
 */
export function standingOf(norm: string): 'authority' | 'unwell' | undefined {
  if (UNWELL.test(norm)) return 'unwell';
  return STANDING.some((re) => re.test(norm)) ? 'authority' : undefined;
}

/** What kind of third party a message shows, if any. `cased` is the text with its case kept. */
export function thirdPartyOf(norm: string, cased: string): ThirdPartyKind | undefined {
  const died = DEATH_ZH.test(norm) || DEATH_EN.test(norm);
  if (DECEASED.some((re) => re.test(norm)) || NAME_DIED.test(cased.trim())) return 'deceased';
  if (died && HOLDERS_THINGS.test(norm)) return 'deceased';
  if (NOT_THIS_NUMBER.some((re) => re.test(norm)) || WHO_IS_NAME.test(cased)) return 'not_this_number';
  if (RELATIVE.some((re) => re.test(norm))) return 'relative';
  if (NOT_HOLDER.some((re) => re.test(norm)) || NOT_HOLDER_NAMED.test(cased)) return 'relative';
  return undefined;
}
