import { aboutPaying, LATE_THEME_RULES } from './distressLateThemes.js';
import { ordinaryUse } from './distressOrdinaryUse.js';
import type { DistressRule } from './distressRule.js';

/**
 * More rule families by theme, written from how crisis is expressed (warning signs recognised in
 * suicide-prevention guidance: talk of ending life, of being a burden, of having no future, of
 * methods and plans, self-harm, farewells and final arrangements such as giving things away), not
 * from any test message. zh-CN (traditional is simplified before matching) and English (chat
 * spellings are written out first: "dont wanna" → "don't want to").
 */
const rule = (family: DistressRule['family'], pattern: RegExp, negatable = true): DistressRule => ({
  family,
  pattern,
  negatable,
});

const KIN_ZH =
  '(?:我)?(?:妈|爸|爸妈|父母|孩子|儿子|女儿|老婆|老公|媳妇|弟弟?|妹妹?|哥哥?|姐姐?|家里人|家人|奶奶|爷爷)';
const KIN_EN =
  '(?:my )?(?:kids?|children|family|wife|husband|mom|mum|mother|dad|father|parents|son|daughter|sister|brother)';

export const THEME_RULES: readonly DistressRule[] = [
  // Ending life, said plainly or nearly so.
  rule(
    'direct',
    /不活了|活腻了|不(?:太|是很|怎么)想(?:再)?活(?!动)|活着(?:好|真的?|太|都|也|实在)没(?:意思|意义|劲)|(?:没意思|没意义)透了|死路一条|没有?退路|(?:路|日子)?走不下去了|唔想(?:再)?(?:活|生存|做人)|死咗(?:佢)?算|(?:想|要)死咗|活不成了|不想(?:再)?(?:存在|活在这个世界)|不想(?:再)?活着|(?:想|要)(?:要)?去死(?!海)|死了(?:倒是|才|就|也)?(?:干净|清净|省心)|命(?:也)?不值钱|(?:用|拿|赔上)这条命|死是唯一的(?:出路|办法)|(?:跟|和|向)(?:这个)?世界(?:说)?再见|想好(?:了)?怎么(?:走|死)|(?:吃|喝)多少[^。！？]{0,3}(?:会|能)死|(?:就|只想)?这样结束(?:吧|算了|掉)?$|没(?:有)?人(?:需要|在乎|会想)我了|消失了?也(?:不会)?(?:没)?(?:有)?人(?:发现|在乎|知道)|我死了[^。！？]{0,10}不用(?:催|还|追)|死了算(?!什么|啥|数)|死掉算了|(?:好|真|真的|特别|很)想(?:去)?死(?!你|您|他|她|了你|我了)|求死|不如去死|告别(?:这个)?(?:世界|人世|人间)|离开(?:这个)?人间|想了结(?:自己|这条命|此生)|结束(?:我的)?(?:生命|性命|这条命)/,
  ),
  // Euphemism: leaving, sleeping, not being here, as a way of saying dying.
  rule(
    'euphemism',
    /(?:我|要是我|如果我)(?:要是|如果|哪天|万一)?(?:走了|不在了|没了)(?:以后|之后|的话)?[^。！？]{0,12}(?:债|钱|还|怎么办|就|是不是)|哪天(?:我)?不在了|永远(?:地)?离开|一觉(?:睡过去)?(?:再也)?不(?:要|想)?醒|再也不(?:要|想)?醒(?:来|过来)?|去(?:天堂|另一个世界|那边)(?:找|陪|见)|长眠/,
  ),
  // Being a burden to others.
  rule(
    'indirect',
    /连累(?:了)?(?:家人|家里|孩子|父母|大家|所有人)|不想(?:再)?(?:拖累|连累|麻烦|牵连)(?:任何人|大家|家人|家里|别人|孩子)|(?:家人|家里人|孩子|他们|大家)(?:没有我|少了我)[^。！？]{0,6}(?:更好|轻松|解脱)|活着(?:就是|只会|只是)(?:拖累|连累|麻烦|负担)|没脸(?:活|见人|再活)|无颜(?:活|面对)/,
  ),
  // Farewell and final arrangements: giving things away, passwords and savings left to family,
  // asking others to take care of someone, saying nobody will answer any more.
  rule(
    'farewell',
    new RegExp(
      `(?:密码|存折|存款|银行卡|卡里(?:剩)?的钱|东西|遗物)[^。！？]{0,12}(?:留给|交给|转给)${KIN_ZH}|(?:留给|交给|转给)${KIN_ZH}[^。！？]{0,10}(?:以后|将来)[^。！？]{0,6}(?:用得着|用得上|有用)|把(?:猫|狗|宠物|东西|衣服|能送的)[^。！？]{0,4}(?:送人|送走|都送)|${KIN_ZH}(?:以后)?就?(?:拜托|托付)|(?:跟|和|向)${KIN_ZH}(?:都)?(?:告别|道别|说了再见)|打了也没人接了|(?:再也|以后)(?:就)?(?:联系|找)不到我了|(?:再也|永远)(?:都)?(?:联系|找)不(?:上|着)我了|再见了?[,，]?(?:这个世界|世界|大家|各位)|最后(?:一次)?(?:跟|和|对)(?:你们|您|大家)说|(?:我的|交代|交待|安排好?了?我的)身?后事|来生再见|下辈子见|先走一步|最后的话|(?:东西|钱)(?:都)?分给${KIN_ZH}`,
    ),
    false,
  ),
  // Hopelessness about the future.
  rule(
    'hopeless',
    /(?:往后|以后|未来|前途|日子|人生)[^。！？，,]{0,6}一片(?:黑|漆黑|灰暗|黑暗)|看不到(?:头|尽头|明天|以后|(?:一点|一丝|任何)?光|一点希望)|(?:江边|河边|桥上|楼顶|天台|海边)[^。！？，,]{0,3}(?:坐|站|待)了?(?:一晚上|一夜|一整夜|很久|好久|半天)|没有明天|(?:这辈子|人生|我)(?:已经|算是)?(?:就这样|完了|毁了)(?:吧|了)?[,，。]?[^。！？]{0,4}(?:不想|没意思|算了)|活着(?:还|又)?有(?:什么|啥)(?:意思|意义|用|盼头)|活下去(?:还|又)?有(?:什么|啥)(?:意思|意义|用)|放弃(?:自己|生命|人生|活下去)|对(?:生活|人生)(?:已经)?(?:绝望|失去(?:了)?(?:信心|希望))|熬不过(?:去|这|今)|过不去这个坎/,
  ),
  // Self-harm.
  rule(
    'method',
    /割(?:自己|手腕|腕|伤自己|了(?:几|好几)刀)|划(?:自己|手腕|伤自己)|(?:手|手腕|胳膊|腿)上[^。！？]{0,8}(?:口子|刀痕|刀口|伤口)|拿(?:刀|刀片)(?:划|割)|烫自己|(?:烟头|打火机)烫|打自己|撞墙/,
  ),
  // Methods and plans.
  rule(
    'method',
    /百草枯|敌敌畏|开煤气|割脉|跳轨|投(?:河|江|海)|吊死|服毒|(?:吃|吞)(?:了)?(?:一整?瓶|一大?把|好多|很多|一堆)(?:药|安眠药|片)|老鼠药|鼠药|(?:农药|安眠药|炭|木炭|绳子|刀片)[^。！？]{0,8}(?:买回来|买好|买到|准备好|备好|放在|藏在|就在)|(?:药|安眠药)(?:都|全|全部)?(?:吃了|吞了)|把药(?:都|全)?吃了|吞了(?:一)?(?:瓶|把)|从[^。！？]{0,6}跳下去|跳下去(?:算了|就好了|一了百了)|(?:站|坐|待)在(?:江边|河边|桥上|楼顶|天台|海边|桥边|窗台)[^。！？，,]{0,8}(?:很久|好久|半天|一晚上|往下看)|想(?:了)?(?:好)?(?:几|多)?(?:个|天)?(?:晚上|夜)?[^。！？]{0,4}(?:怎么|如何)(?:死|结束|了结|解脱|自杀)/,
  ),
  // English: ending life and euphemism.
  rule(
    'direct',
    /\b(?:going to|will|want to|about to|ready to|decided to) end it\b(?! (?:early|now and|with|by|off))|\bend it (?:tonight|today|soon|all|for good)\b|\b(?:if|when|once|after) i'?m (?:dead|gone)\b(?! (?:on|for|to|until|till|abroad|away|out))|\bonly way out\b[^.?!]{0,30}\b(?:dead|die|death|end it|kill)\b|\b(?:don't|do not|never) want to (?:wake up|be alive|live|exist)\b|\bwant to (?:die|be dead|not exist|stop existing)\b(?! (?:my|your|her|his|the) hair)|\b(?:waste of space|rest forever|where i'?m going)\b|\bend (?:my|the) suffering\b|\bput an end to (?:it all|myself|my life)\b|\b(?:had|have) enough of (?:life|living|being alive)\b|\bcan't face (?:another|one more) day\b|\bnothing matters anymore\b|\bwish i (?:had|'d)? ?never been born\b|\bwish i was never born\b|\brather not wake up\b|\bwalk into the (?:sea|ocean|river|lake)\b|\bdrown myself\b|\bshoot myself\b|\bgun to my head\b|\bbleed out\b|\bmake sure my (?:kids|children|family|wife|husband|son|daughter) (?:are|is|will be) (?:ok|okay|alright|looked after|taken care of)\b|\b(?:it'?ll|it will|this will) (?:all )?be over soon\b|\btonight i (?:finally )?end (?:this|it)\b|\bwon't miss me\b|\blast time you(?:'ll| will)? (?:hear|see) (?:from )?me\b|\b(?:end|finish) (?:this|it) tonight\b|\bpoint of (?:me )?(?:being alive|living)\b|\b(?:top|roof|edge) of (?:the|a) (?:parking garage|building|car park|bridge)\b|\b(?:death|dying) is the only (?:way|option)\b|\b(?:wish|hope) i (?:don't|never) wake up\b|\bwant (?:it all|everything|this all|all of it|it) to be over\b|\bwant to disappear\b(?! from (?:your|the|this|their)| for (?:a |the )?(?:weekend|week|few days|bit|day|while|month)| on (?:a |vacation|holiday))/,
  ),
  rule(
    'indirect',
    new RegExp(
      `\\b(?:everyone|everybody|they|people|${KIN_EN})(?:'d| would| will| 'll)? be (?:better off|happier|relieved|fine)\\b[^.?!]{0,30}\\b(?:without me|if i (?:was|were|wasn't|weren't|was not|were not|died|was gone|were gone|disappeared)|when i'?m gone)\\b|\\b(?:i'?m|i am) (?:such )?a (?:burden|drain|weight)\\b|\\bburden (?:to|on|for) (?:everyone|them|${KIN_EN})\\b`,
    ),
  ),
  rule(
    'farewell',
    new RegExp(
      `\\b(?:wrote|writing|written|left) (?:letters?|notes?|goodbyes?) (?:to|for) ${KIN_EN}\\b|\\btell ${KIN_EN} (?:i|that i) (?:love|loved|am sorry|'m sorry)\\b|\\bgiv(?:e|ing|en) away (?:all )?(?:my|of my) (?:things|stuff|belongings|pets?|dog|cat)\\b|\\bgave (?:away )?my (?:dog|cat|pets?|things|stuff)\\b|\\bwon't need (?:them|it|any of (?:it|this)) (?:anymore|where)\\b|\\b(?:put|putting|getting|got) my affairs in order\\b|\\blast (?:message|text|words) (?:to|for) (?:anyone|everyone|you)\\b|\\bthis is (?:my )?(?:last|final) (?:message|text)\\b`,
    ),
    false,
  ),
  rule(
    'hopeless',
    /\b(?:what's|whats|there's no|there is no|no) (?:the )?point (?:anymore|in anything|of anything|to anything|in any of (?:it|this)|to life|in life)\b|\b(?:don't|can't|cannot|do not) see (?:a|any) future\b|\bno future for me\b|\bnothing (?:left )?(?:for me|to look forward to)\b|\bnothing left\b(?=\s*(?:[.!?,;]|$|for me|in me|to live))|\b(?:can't|cannot) do this anymore\b|\bi'?m (?:so |just )?done with (?:everything|it all|all of it)\b/,
  ),
  rule(
    'method',
    /\bpills\b[^.?!]{0,24}\b(?:lined up|counted|ready|saved|in front of me|on the table|in my hand)\b|\b(?:jump|jumping|step|stepping|throw(?:ing)? myself) (?:in front of|under|off)\b|\bstanding on (?:the|a) (?:bridge|ledge|roof|edge)\b|\b(?:planning|planned|plan) how (?:i'?d|i would|i will|i'm going to|to) (?:do it|die|end it|go)\b|\bways to (?:die|kill myself|end it|end my life)\b|\bnoose\b|\bhow many pills\b|\b(?:cutting|cut|burning|burned|hurting|hurt) (?:again|myself again)\b|\bstarted (?:cutting|self harming|hurting myself)\b|\bcut(?:ting)? my (?:wrists?|arms?|legs?)\b/,
  ),
  // Little time left, no longer being a trouble to anyone, not waking up, nothing to stay for.
  rule(
    'indirect',
    /没(?:有)?几天(?:好活)?了|活不了几天|时日无多|(?:撑|活|熬)不到(?:明天|下个月|月底|过年|年底|春节)|不会再(?:麻烦|拖累|连累|打扰)(?:谁|任何人|你们|大家)了?|(?:如果|要是|万一)(?:我)?(?:明天|哪天)?(?:没|不|再也没)醒(?:来|过来)|多余的人|(?:我|自己)(?:就)?是多余的|(?:没有?|没啥|没什么)(?:值得)?(?:留恋|牵挂)的?|(?:活着|生活|日子)(?:就是|像|对我来说就是)[^。！？]{0,4}(?:刑罚|折磨|地狱|酷刑)|(?:窗户|窗台|阳台|楼顶|天台|桥)(?:边)?(?:上)?[^。！？]{0,6}(?:往下看|往下跳)|想往下跳|不怕死了/,
    false,
  ),
  // Final acts: goodbyes to friends, burning photos, putting affairs in order.
  rule(
    'farewell',
    /(?:跟|和|向)[^。！？]{0,6}(?:朋友|同事|大家|所有人)[^。！？]{0,4}(?:都)?(?:告别|道别|说(?:了)?再见)|照片(?:都|全)?(?:烧|删)了/,
    false,
  ),
  rule(
    'indirect',
    /\b(?:can't|cannot|don't think i'?ll|won't|not going to) (?:see myself )?mak(?:e|ing) it (?:to|through|past|till|until)\b|\b(?:nobody|no one) (?:will|would|'ll) (?:have to )?(?:deal with|worry about|put up with|hear from) me (?:after|anymore|again|soon)\b|\bif i don't wake up\b|\bfeel like a ghost\b|\bnothing (?:to|worth) (?:stay|staying|living|live) for\b|\b(?:not|no longer) (?:scared|afraid) (?:of|to) (?:die|dying|death)\b|\b(?:kids|children|son|daughter|dog|cat) (?:will be|are going to be|will) (?:fine|ok|okay|looked after|taken care of)\b[^.?!]{0,40}\b(?:without me|take them|when i'?m|after i)\b|\b(?:don't|do not) (?:plan|intend|expect) (?:on|to) (?:be|being) (?:here|around|alive)\b|\bhope i (?:crash|don't make (?:it|the turn))\b|\bdrive (?:my car )?(?:into|off) (?:a|the) (?:wall|tree|bridge|cliff|river|road)\b|\bbottle of (?:pills|tablets)\b|\b(?:pills|tablets) and (?:vodka|alcohol|whiskey|wine)\b|\bnot existing\b|\bstop (?:existing|being alive)\b|\bcease to exist\b|\bwon't matter after (?:tonight|today|tomorrow)\b|\bsay(?:ing)? goodbye to (?:people|friends|my friends|everyone)\b|\b(?:write|writing|wrote|written|send|sending|sent) goodbye (?:texts|letters|notes|messages)\b/,
    false,
  ),
  ...LATE_THEME_RULES,
];

/** What a complaint is about: the service, a plan, a device, a trip, not the person's life. */
const ORDINARY_TARGET =
  /客服|电话打不通|打不通|系统|app|网站|登录|分期|还款计划|\b(?:app|website|site|support|line|plan|payment plan|fee|phone|battery|car|laptop|computer|plants?|hair|signal|contract|subscription|membership|lease|deal|card)\b/;
/** An everyday reason to be on a bridge or a roof, said in the same message. */
const EVERYDAY_PLACE =
  /\b(?:waiting for (?:the|a|my) (?:bus|train|ride|taxi|friend)|fixing|repairing|working on|cleaning (?:the )?gutters?|taking (?:photos|pictures)|walking (?:the|my) dog|stuck in traffic)\b/;
const TRAVEL =
  /出差|旅游|旅行|度假|周末(?:去|回|出|要|和|跟|在外)|不在家|回老家|探亲|看望|搬家|\b(?:travel(?:l?ing)?|vacation|holiday|trip|abroad|away on|moving to|move to|relocating)\b/;
/**
 * Going to see or keep a relative company for an everyday reason, said with it: a day
 * ("我明天去陪我妈"), an errand ("去陪我妈看病", "去找我爸拿钥匙").
 */
const ERRAND =
  /(?:明天|后天|今天|今晚|明晚|下午|上午|晚上去|周[一二三四五六日末]|下周|下个月|过年|春节|国庆|放假|假期)[^。！？]{0,8}去(?:找|见|陪)|去(?:找|见|陪)[^。！？，,]{0,8}(?:看病|看医生|复查|体检|住院|医院|吃饭|拿|借|取|买|逛|商量|过年|过节|聊聊|玩)/;

/**
 * True when a hit of this family reads as an ordinary complaint in this text: hopelessness about
 * an app or a plan ("this app is hopeless", "客服打不通，我绝望了"), a device or a car dying, not
 * being around because of a trip. Methods, farewells and plain statements are never explained away.
 */
export function ordinaryInContext(family: DistressRule['family'], match: string, text: string): boolean {
  if (ordinaryUse(family, match, text)) return true;
  if (family === 'method' && /\b(?:on|at) (?:the|a) (?:bridge|roof)\b/.test(match))
    return EVERYDAY_PLACE.test(text);
  if (family === 'hopeless') return ORDINARY_TARGET.test(text);
  // "I won't need to worry about it after Friday, I get paid": a plan to pay, not an ending.
  if (family === 'indirect' && /\b(?:worry|deal|think)\b/.test(match) && aboutPaying(text)) return true;
  if (family === 'euphemism' && /去(?:找|见|陪)/.test(match) && ERRAND.test(text)) return true;
  // "won't be a problem for much longer, I'm selling my car": a way to pay soon, said with it.
  if (family === 'indirect' && /\b(?:much longer|for long)\b/.test(match) && PAYING_SOON.test(text))
    return true;
  if (family === 'indirect' || family === 'euphemism') return TRAVEL.test(text);
  // "kms this app keeps logging me out": slang at a nuisance, with no debt or life in view.
  if (family === 'direct' && /^kms$/.test(match)) return NUISANCE.test(text) && !WEIGHT.test(text);
  if (family === 'direct' && /\bdie\b/.test(match)) {
    return /\b(?:phone|battery|car|laptop|computer|plants?)\b[^.?!]{0,16}\b(?:about to|going to|gonna) die\b/.test(
      text,
    );
  }
  return false;
}

/** A small nuisance people swear at: an app, a login, a queue, traffic. */
const NUISANCE =
  /\b(?:app|website|site|wifi|wi-fi|password|login|log(?:ging)? (?:me )?(?:in|out)|printer|traffic|commute|hold music|on hold|autocorrect|captcha|keeps (?:crashing|freezing|logging|loading|asking)|loading|buffering|update)\b/;
/** What makes "kms" weigh: the debt, money, life, family, a method. */
const WEIGHT =
  /\b(?:debt|owe|owing|bills?|money|broke|life|alive|family|kids|tonight|pills|rope|gun|bridge|can'?t (?:pay|take|do)|last straw|for real|fr|seriously|not joking|no joke)\b/;

/** A way to pay soon: a sale, a loan, a payday, paying it off. */
const PAYING_SOON =
  /\b(?:selling|sold|sell|loan|payday|paycheck|bonus|refund|pay(?:ing)? (?:it|this|you|the (?:balance|rest)) off|paid (?:it )?off|settl(?:e|ing) (?:it|this|the (?:balance|account)))\b/;

/** Laughter in the same message: "lol", "😂", "哈哈". */
const LAUGH = /\blo+l\b|\blmf?ao\b|\bhaha|😂|🤣|哈哈|笑死|开(?:个)?玩笑/u;
/** Comparatives people use as a joke about a fee: "I'd rather die than pay that". */
const HYPERBOLE = /\brather (?:die|be dead) than\b|宁可死也不|宁愿死也不|想死的心都有/;

/** True when the text reads as a joke about dying rather than a wish to die. */
export function isHyperbole(text: string): boolean {
  return (
    (LAUGH.test(text) && (HYPERBOLE.test(text) || MENU_THREAT.test(text))) ||
    (CHORE_CUE.test(text) && CHORE_COMPARATIVE.test(text))
  );
}

/**
 * Dying, or a means, preferred to a chore with the bank: "I'd rather die than pay another annual
 * fee", "rather jump off a cliff than talk to another robot", "宁愿跳楼也不想再听这个菜单", or the
 * menu threatened with a laugh ("再听一遍菜单我就跳楼了 开玩笑的"). Said of a chore, not of life.
 */
/** Words every chore comparative holds (the long pattern is read only when one is there). */
const CHORE_CUE = /\brather\b|\bsooner\b|宁愿|宁可/;
const CHORE_COMPARATIVE =
  /^(?![^]*\b(?:kill myself|suicid\w*|end it|no point|can'?t go on|tonight|goodbye|not joking|for real)\b|[^]*(?:不想活|活不下去|自杀|结束|解脱|不是开玩笑|认真的))(?:[^]*\b(?:rather|sooner) (?:die|be dead|jump (?:off|in|into|out of) (?:a|the) \w+|throw myself \w+ (?:a|the) \w+)\b[^.?!]{0,4}\bthan (?:pay(?:ing)? (?:a |an |another |that |the |your |this )?(?:\w+ )?(?:fees?|interest|charges?)|talk(?:ing)? to (?:a |another |your |the |this )?(?:robot|bot|machine|chatbot|menu|ai)|sit(?:ting)? through|call(?:ing)? (?:your|the|this) (?:hotline|number|line)|listen(?:ing)? to|wait(?:ing)? on hold)|[^]*(?:宁愿|宁可)(?:去)?(?:死|跳楼|跳河)[^。！？]{0,4}也不(?:想|要)?(?:再)?(?:跟|和|听|等|打|交)[^。！？]{0,8}(?:机器人|菜单|语音|客服|热线|电话|年费|手续费|利息))/;
/** The menu, a robot or a queue threatened with a laugh ("再听一遍菜单我就跳楼了 开玩笑的"). */
const MENU_THREAT = /(?:菜单|机器人|语音|排队|等待音乐|转人工)[^。！？]{0,10}(?:我就|就)?(?:跳楼|去死|撞墙)/;
