/**
 * Everyday talk that changes how the learned scorer is read (index.ts), not a rule: asking for a
 * person or about a device or the offers, a plan asked for, annoyance at calls, plain sleep, noise
 * asked to stop (the scorer alone must then be surer), and a joke said to be undone.
 */

/**
 * Everyday asks where the words of dying or living are about a device or an agent, not a person:
 * a human agent ("给我找个真人 活人", "a real live person"), a phone, battery or laptop that dies.
 * The learned scorer alone must be surer after these (rules still judge as before).
 */
export const EVERYDAY_ASK =
  /活人|真人|人工(?:客服|服务)?|转人工|\b(?:real|live|living|actual) (?:person|human|agent|people)\b|\bhuman (?:agent|being)\b|(?:手机|电池|电脑|平板|充电宝)[^。！？]{0,6}(?:没电|死机|要死|快死|死了|挂了|坏了)|\b(?:phone|battery|laptop|computer|tablet|charger|car)(?:'s| is)?\b[^.?!]{0,12}\b(?:dying|died|dead|about to die|gonna die|going to die)\b/;

/**
 * A question comparing the offers ("how r they different tho", "方案1和方案3有什么不一样"): asking,
 * like a person or a device above, so the scorer alone must be surer before it checks in.
 */
export const OPTIONS_ASK =
  /区别|不一样|不同|哪个(?:更)?(?:划算|便宜|合适|好)|\b(?:differen(?:t|ce)|compare|comparison)\b|\bwhich (?:one|option|plan)\b/;

/** A retraction undone: the laugh no longer explains the words away ("也可以当真", "jk… or not"). */
export const UNDONE_JOKE =
  /也可以当真|其实可以当真|(?:也)?不全是(?:开)?玩笑|(?:不过|但是?)(?:我)?认真想过|说真的也(?:不是不行|行)|也许不是|\bor not\b|\bkind of not (?:kidding|joking)\b|\b(?:joking|kidding|jk)\W+(?:mostly|kind of|sort of|or not)\b|\bhalf (?:joking|kidding)\b/;

/**
 * Someone else's death told as news, or a plan being confirmed: the learned scorer alone must be
 * surer ("Saw on the news someone took their own life … can I freeze the interest?", "最后问一句，
 * 分期办好了吗？").
 */
export const OTHERS_OR_PLAN =
  // conv19b: a plan asked faster ("make it 400, want it done faster", "早点还完").
  /\b(?:done|paid(?: off)?|over|finished|cleared) (?:faster|quicker|sooner)\b|\bmake it \$?\d|(?:快点|早点|早些|尽快)(?:还完|还清|结清)|(?:看(?:到)?(?:了)?新闻|新闻(?:上|里)|网上看到|听说)[^。！？]{0,10}(?:有人|一个人|某人|一个男的|一个女的|一家)|分期办好|办好了(?:吗|没)|\b(?:saw|read|heard) (?:it )?(?:on|in) the news\b|\bread (?:about|an article about) (?:a|an|someone|some)\b|\bsaw (?:a|an) (?:article|story|report|post) (?:about|on)\b/;

/**
 * Annoyance said in words of the mind ("i'm going to lose my mind if i get one more robocall",
 * "再收到一个推销电话我就要疯了"): about a call, a queue or an app, not a check-in by itself.
 */
export const ANNOYANCE =
  /^(?![^]*(?:死|活|跳|药|结束|自杀|\b(?:die|dead|kill|end it|suicid\w*|pills|note|bridge|roof|miss me|gone)\b))(?=[^]*(?:疯|瘋|癲|崩溃|\b(?:lose my mind|losing my mind|lose it|going (?:insane|crazy)|driving me (?:crazy|insane|nuts|up the wall)|scream)\b))[^]*(?:电话|電話|客服|人工|app|网站|推销|营销|短信|\b(?:robocall\w*|calls?|texts?|on hold|hold music|app|website|spam|emails?|button)\b)/;

/**
 * Going to bed, said plainly ("gonna sleep now", "going to sleep early tonight", "今晚早点睡"): the
 * scorer read these as distress (3.0–3.6 against the bar 2.8). Without a word of not waking, for
 * good, farewell, pills or death, the scorer alone must be twice as sure and does not check in;
 * the rules still judge ("sleep forever", "睡了就不想醒").
 */
export const PLAIN_SLEEP =
  /^(?![^]*(?:永远|不醒|醒不来|不想醒|长眠|长睡|再也|一睡不起|永别|再见|对不起|药|死|结束|解脱|走了|告别|一直睡|\b(?:forever|for good|never|wake|waking|stay|anymore|peace|peaceful|eternal|long sleep|last|goodbye|bye|farewell|sorry|pills?|die|dead|death|end|over|gone|miss me|note)\b))(?=[^]*(?:睡|\b(?:sleep|asleep|bed|nap)\b))/;

/**
 * A phone or the calls asked to stop ("i just want it to stop ringing every morning", "want the
 * calls to stop"): the scorer alone read the first as distress (3.4 against the bar 2.8); without a
 * word of death or harm it must be twice as sure, as with going to bed said plainly.
 */
export const STOP_NOISE =
  /^(?![^]*(?:死|自杀|药|\b(?:die|dead|kill|suicid\w*|pills|end it|hurt myself|goodbye)\b))[^]*(?:\bwant (?:it|them|the (?:calls?|texts?|messages?|phone))(?: all)? to stop(?: (?:ringing|buzzing|calling|texting|beeping))?\b(?<=\b(?:calls?|texts?|messages?|phone)\b[^]{0,12}stop|stop (?:ringing|buzzing|calling|texting|beeping))|电话(?:别|不要)再?响)/;
