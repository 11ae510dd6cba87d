/**
 * The phrase rules behind each intent, zh-CN and English side by side, matched against normalised
 * (simplified, lower-case, NFKC) text. Rules favour recall where a miss is costly (distress, stop,
 * dispute, human) and precision where a false hit would put words in the person's mouth (accept).
 */

export const DISTRESS: readonly RegExp[] = [
  // care8 (issue 14): "想死你们了" (missing someone) and 跳楼价 (a rock-bottom price) are idioms.
  /不想活|活着没(?:意思|意义|劲)|活不下去|没法活|活够了|不如死|想死(?!你|您|我了)|想去死|寻死|死了算了|一了百了|生无可恋|想不开/,
  // conv19: "还不上钱 我宁可去死", "宁愿死": death preferred to the debt; never "宁可死也不交这个年费哈哈"
  // (rather die than do a small thing) nor said laughing.
  /宁(?:可|愿|肯)(?:去)?死(?![也都还]不)(?![^。！？!?]{0,8}(?:哈|呵|😂|🤣|lol))/,
  /自杀|轻生|跳楼(?!价|甩卖|大甩卖|促销|清仓|大?放送)|跳河|割腕|结束(?:自己的?)?生命|结束自己|撑不下去|熬不下去|扛不下去|坚持不下去|走投无路|没有?活路|绝望|没有希望了/,
  // "phone's about to die" is a device, not a person: plainDistress.ts reads the thing before the
  // phrase (and "…and so am I" after it).
  /\b(?:want|wanna|going|gonna|about|ready) to die\b|\bwish i (?:was|were) dead\b|\bbetter off dead\b|\bkill(?:ing)? myself\b/,
  /\bend (?:my|it) (?:life|all)\b|\bend it all\b|\btake my (?:own )?life\b|\bsuicid(?:e|al)\b|\bno reason to live\b/,
  /\bnothing (?:left )?to live for\b|\b(?:don'?t|do not) want to (?:live|be alive|exist)\b|\bcan'?t go on\b|\bcannot go on\b/,
  /\bcan'?t take (?:it|this) any ?more\b|\bhurt(?:ing)? myself\b|\bself[- ]harm\b|\bhopeless\b|\bno way out\b|\bnot worth living\b/,
];

export const STOP_CONTACT: readonly RegExp[] = [
  /(?:是|这是|这叫|属于)骚扰|\bharass(?:ing|ment)\b/,
  /(?:别|不要|不许|请勿|勿|不准|(?<![多至最不])少)\s*(?:再|在)?\s*(?:给我|跟我|和我|向我|对我)?\s*(?:联系|联络|打扰|骚扰|打电话|打来|打给我|来电话?|找我|烦我|发(?:消息|信息|短信|了))/,
  /退订|取消订阅|拒收|不要再发|别再发|别发了|别打了|停止(?:联系|发送|催收)|不想再收到|^td$/,
  /^[\s\p{P}]*(?:please\s+)?stop(?:\s+(?:it|now|please))?[\s\p{P}]*$/u,
  /\bstop (?:contacting|messaging|texting|calling|emailing|sending|bothering|harassing|writing|reaching out)\b/,
  /\b(?:don'?t|do not|never) (?:contact|message|text|call|email|bother) me\b|\bunsubscribe\b|\bopt[- ]?out\b/,
  /\bleave me alone\b|\bremove me from\b|\bcease (?:all )?(?:contact|communication)s?\b|\bno more (?:messages|texts|calls|contact)\b/,
  // conv15: the same asked in other words: "quit texting me", "no more msgs", "enough with the
  // texts", "stop hitting me up"; "少来烦我", "甭给我发了", "别再给我发这些了", "以后不用再发了".
  /\b(?:quit|stop) (?:hitting me up|hittin me up|blowing up my phone|spamming me|pestering me|hounding me)\b|\bquit (?:contacting|messaging|texting|calling|emailing|sending|bothering|harassing|writing)\b|\bno more (?:msgs?|txts?|texts?|messages?|calls?|emails?)\b|\benough (?:with )?(?:the|these|your|ur) (?:msgs?|txts?|texts?|messages|calls|emails)\b/,
  // "不用再打了，我下个月全部结清": no need to call because they will pay, not a stop.
  /^[\s\p{P}]*(?:(?:pls|please|plz|just|ok|now|u guys|you guys|omg)[\s,]+)*stop(?:[\s,]+(?:it|now|please|pls|plz|already|this|that))*[\s\p{P}]*$|\b(?:you|u|y'?all)(?: guys| people| all)? (?:need to|have to|gotta|got to|must) stop\b|\b(?:don'?t|dont|do not|never) (?:text|message|msg|call|contact|email) (?:me|this number|this phone|here)\b|\btake me off (?:your|ur|the|this|all) (?:\w+ )?list\b|\bwant (?:these|the|your|ur|all (?:these|the|your)) (?:messages|texts|msgs|calls|emails) to stop\b/u,
  // conv18: a number taken off the list, whoever asks (a wrong number, a relative's phone):
  // "pls take this number off ur list", "delete my number", "dont ever message this number again",
  // "以后别往这个号发了", "把我这个号码从你们系统里删掉", "移出你们的名单".
  /\b(?:take|remove|delete|drop|erase|scrub|wipe|get) (?:this|my|the|that|our) (?:phone )?(?:number|no\.?|#|phone|cell|mobile|contact)(?: number)? (?:off|from|out of)\b|\b(?:delete|remove|erase|forget|lose) (?:my|this) (?:phone )?(?:number|#|contact(?: info| details)?)\b|\b(?:take|remove|delete|get) (?:me|us) (?:off|from|out of) (?:your|ur|the|this|all|every) (?:\w+ )?(?:list|system|database|records?|contacts)\b|\b(?:don'?t|dont|do not|never|stop)(?: ever)?(?: again)? (?:text|message|msg|call|contact|email|texting|messaging|calling|contacting|sending (?:\w+ )?(?:msgs?|messages|texts?|stuff|these|this) to) (?:this|my) (?:number|phone|#|cell)\b/,
  /(?:别|不要|不用|甭|请勿|勿|不许|不准)(?:再|在)?(?:往|给|朝|向|对|打)?(?:我)?(?:的)?(?:这个|这|我的|我这个|此)(?:号|号码|手机号?|电话号码?|微信号?)(?:上|里)?(?:再)?(?:发|打|联系|推送)|(?:号码?|手机号|电话号码?|联系方式)[^。？?!！,，]{0,12}(?:删掉|删除|删了|移出|移除|拿掉|去掉|撤掉|注销)|(?:移出|删出|剔除|拿掉|去掉)(?:你们)?(?:的)?(?:名单|系统|列表|通讯录|催收名单|号码库)|从(?:你们)?(?:的)?(?:名单|系统|列表|通讯录|号码库)[^。？?!！]{0,6}(?:删|移|去掉|拿掉|除名)/,
  /(?:少|别|甭|不要|不用)(?:再|在)?(?:来)?烦我|(?:甭|不用|用不着|没必要)(?:再|在)?(?:给我)?(?:发|打)(?:了|这些|这种|这个|这玩意|消息|短信|信息|电话)(?![^。！？!?]*(?:还|结清|付|交|转))|(?:别|不要|甭)(?:再|在)?给我(?:发|打)(?:这些|这种|这个|这玩意|了)/,
];

export const DISPUTE: readonly RegExp[] = [
  /(?:这笔|这个(?!号|手机|微信|电话)|账单|金额|欠款|数额|钱数|账)[^,.!?。！？]{0,6}(?:不对|有误|有问题|错了|搞错|算错|不是我的|对不上|不符)/,
  /没(?:有)?(?:消费|刷|买)过|没(?:有)?(?:用|借)过|不是我(?:消费|刷|买|花|借|欠)的|你们?(?:搞|弄|算)错了|(?:我)?不认(?:这些|这个|这笔)?(?:利息|违约金|罚息|费用|手续费|账)|我(?:不|唔)认(?![识得])|唔承认|销(?:户|卡)了?[^。？?]{0,10}(?:怎么|为什么|咋)还有(?:欠款|账单|欠费|钱)|我没(?:有)?(?:消费|刷卡|买过|借过)/,
  /盗刷|被盗|冒用|冒名|不认(?:这笔|这个账|账)|我不承认|从来?没(?:办|申请|开)过|不是我办的|我不欠|不欠你们|有争议|异议|申诉/,
  /\bnever (?:made|authori[sz]ed|bought|purchased|used|opened|applied for|had|signed up)\b/,
  /\b(?:didn'?t|did not) (?:make|authori[sz]e|buy|purchase|open|apply for|spend)\b/,
  // "this phone is not mine": a wrong number, not a dispute.
  /(?<!\b(?:phone|number|cell|mobile|line)\b[^.?!,]{0,12})\bnot mine\b|\bnot my (?:charge|purchase|debt|account|card|transaction)s?\b/,
  // One transaction named by date, amount or merchant and disowned: "10月3号那笔1580元的消费不是我",
  // "that $80 charge at Target on the 9th isn't mine" (never "那笔钱不是我还的吗").
  /(?:那笔|这笔|一笔|有笔)[^。！？?!]{0,30}不是我(?:本人)?(?:消费|刷|买|花|点|订|下单|用)?的?(?![还借欠])(?=$|[\s,，。.!！?？、~]|消费|刷|买|花|点|订|下单|用)/,
  /\b(?:charge|purchase|transaction|debit)s?\b[^.?!]{0,60}\b(?:isn'?t|is not|wasn'?t|was not|aren'?t|are not|ain'?t) mine\b/,
  /\b(?:this|that|the) (?:charge|bill|amount|balance|debt|transaction|purchase) (?:is|was|seems|looks) (?:wrong|incorrect|not right|a mistake|fraudulent|an error)\b/,
  /\bwrong (?:amount|charge|balance|bill)\b|\bfraud(?:ulent)?\b|\bidentity theft\b|\bdispute\b|\bi (?:don'?t|do not) owe\b/,
  /\b(?:don'?t|do not) recogni[sz]e\b|\bbilling error\b|\b(?:isn'?t|is not) my (?:debt|charge|account|card)\b/,
  // A charge after cancelling, goods never delivered, a foreign charge by someone never abroad.
  /\b(?:that|this|the|it)\b[^.?!]{0,40}\b(?:isn'?t|wasn'?t|is not|was not|ain'?t|aint) me\b|\bi (?:already )?cancell?ed (?:it|that|this|the (?:subscription|membership|order|service|account))\b|\bnever (?:got|received) (?:it|the (?:item|order|goods|package|couch|product))\b|\bnever (?:got |been )?(?:delivered|shipped|arrived|showed up)\b/,
  // conv15: a card never received, stolen or used by someone else: "i never got the card",
  // "someone stole my card and used it", "我卡丢了 被人刷了".
  /\bnever (?:got|received|had|activated) (?:the|this|that|a|my|any|your) card\b|\b(?:someone|somebody|some ?one) (?:stole|took|used|hacked|cloned|skimmed|opened)\b[^.?!]{0,30}\b(?:card|account|identity|info|details|name)\b|\bmy (?:card|wallet|identity|info) (?:was|got|has been) (?:stolen|hacked|cloned|skimmed|used)\b|被(?:人|别人|坏人|小偷)(?:刷|用|盗刷|盗用|冒用|拿去刷)|卡(?:丢了|掉了|被偷了?)[^。？?！!]{0,10}(?:刷|用)/,
  /\bcharged (?:me )?(?:twice|double|two times)\b|\bdouble[- ]?(?:charged|billed)\b|\bduplicate (?:charge|transaction)s?\b|重复(?:扣款|扣费|收费|入账)|(?:扣|收|刷)了(?:我)?两次|(?:退款|退货|退了)[^。？?!！]{0,16}(?:还|又|却|怎么还)(?:把它?)?(?:算|扣|收|计|记|要)/,
  /(?:没|没有|从来没|从没)(?:出过国|出国|去过国外)|(?:没|没有)收到(?:货|东西|商品)|(?:货|东西|商品)(?:一直)?(?:没|没有)(?:收到|到)|(?:退货|退款|取消|退订)了?[^。？?!！]{0,8}(?:还|又|怎么还)(?:扣|收|算)/,
  // conv16: a return or refund the bill does not show ("早就退货了 商家说钱原路退回了 可账单上还挂着",
  // "退款到现在都没到账 你们还让我还", "returned the tv … it's still on my balance", "the merchant
  // refunded it, so why am i still paying for it"); never a tax refund awaited to pay with.
  /(?:退货|退款|退钱|退票|退订|退掉|退回|原路返回|(?:订单|单子|这单|那单)[^。！？?!]{0,6}取消|取消了?(?:订单|这单|那单))[^。！？?!]{0,40}(?:账单|账上|账里|还挂着|还在(?:催|算|扣|收)|还有这笔|还(?:给我|要我|让我|叫我)?(?:算|还|扣|收)|催我|(?:没|没有|一直没|还没)(?:到账|退回|退到|冲|抵|销|显示|入账)|还显示)/,
  /\b(?:returned|sent back|took back)\b[^?!]{0,100}\b(?:still (?:on|showing|there|charging|being charged|paying|owe|have to pay|in)\b|why am i (?:still )?(?:paying|being charged|charged|billed)\b)|(?:(?<!\b(?:tax|irs|stimulus|state|federal) )\brefund(?:ed)?|\b(?:issued|gave me|sent me|posted) (?:a |the |me a )?credit)\b[^?!]{0,100}\b(?:still (?:on|showing|there|being charged|charging|billing|paying|billed|in)\b|never (?:showed up|came through|posted|hit|appeared|got applied)\b|(?:hasn'?t|has not|didn'?t|did not) (?:been )?(?:posted|show(?:n|ed)? up|appeared|credited|applied|come through|hit)\b|why am i (?:still )?(?:paying|being charged|charged|billed)\b)/,
  // A charge the person cannot place: "不知道是什么消费", "没去过那家店", "never even been to ohio".
  /(?:消费|交易|扣款|扣费|一笔|那笔|这笔|嗰笔|𠮶笔|呢笔)[^。！？?!]{0,24}(?:不知道|不清楚|唔知|冇印象|没印象|莫名其妙)(?!怎|如何|咋|点|什么时候|几时|哪|能不能|可不可以|要不要|够不够|还不还|多久)|(?:不知道|唔知|不清楚)(?:是|系)?(?:什么|啥|咩)(?:嚟嘅|的)?(?:消费|扣款|交易|钱)|(?:没|冇|未)(?:有)?(?:去过|去過)(?:那|这|嗰|𠮶|呢|那个|這)?(?:家|间|間|个|個)?(?:店|商场|商户|地方|酒店|超市|网站)|莫名其妙(?:的|多了)?(?:消费|扣款|一笔)/,
  // conv16b: billed on after a subscription or membership was ended ("cancelled my gym membership in
  // july … theyve been charging me 49.99 every month since", "健身房的会员七月份就退了 … 每个月还在扣我").
  /\b(?:cancell?ed|canceled|ended|closed|quit|stopped)\b[^.?!]{0,30}\b(?:subscription|membership|plan|service|contract|order)\b[^?!]{0,120}\b(?:charg|bill)(?:ing|ed|es|e)\b|\b(?:kept|keep|keeps|still|been) (?:on )?(?:charging|billing)\b[^?!]{0,80}\b(?:after|since) (?:i|we) (?:cancell?ed|canceled|ended|closed|quit|stopped)\b|(?:会员|会籍|订阅|包月|套餐|自动续费|续费|健身卡|年卡|月卡)[^。？?!！]{0,10}(?:退了|退掉了|取消了?|停了|注销了?|解约了?|不续了)[^。？?!！]{0,30}(?:还|又|照样|继续|一直)(?:在)?(?:扣|收|算|划)/,
  /\b(?:charge|purchase|transaction|payment)s?\b[^?]{0,80}\b(?:never (?:even )?been (?:to|in|inside)|(?:no idea|(?:don'?t|do not) know) what (?:it|that|this) (?:is|was))\b|\b(?:never (?:even )?been (?:to|in|inside)|(?:no idea|(?:don'?t|do not) know) what (?:it|that|this) (?:is|was))\b[^?]{0,80}\b(?:charge|purchase|transaction)s?\b/,
];

/** Asks for a person outright; these win even when the message also asks whether it is a bot. */
export const HUMAN_STRONG: readonly RegExp[] = [
  /投诉|\bcomplain(?:t)?\b|^[\s\p{P}]*(?:人工)+[\s\p{P}]*$/u,
  // conv15: a person asked for in one or two words: "human pls", "real person plz", "有人吗 真人".
  /^[\s\p{P}]*(?:(?:a|an|get me a|need a|want a)\s+)?(?:real |live |actual )?(?:human|person|agent|rep|representative)(?:\s+(?:pls|plz|please|now|asap))?[\s\p{P}]*$|^[\s\p{P}]*(?:有人吗?[\s\p{P}]*)?(?:要|找)?(?:真人|人工|活人)(?:呢|吗|吧|啊|呀|来)?[\s\p{P}]*$/u,
  /转人工|人工(?:客服|服务|坐席|座席)|找(?:个)?(?:真人|人工|客服|活人)|(?:要|换|接|有没有|有)(?:个)?(?:人工|真人|客服)(?!智能|电话|热线|号码|在(?:看|读|回|打字|操作))|真人客服/,
  /(?:跟|和|同)(?:真|活)?人(?:说|聊|谈|沟通)|叫(?:你们)?(?:经理|主管|领导|负责人|人工|客服)/,
  // "有没有喘气的", "给我整个人来", "帮我接一下你们的工作人员": a person asked for in other words.
  /喘气的|(?:整|找|来|叫|派|换)(?:个|一个)(?:人|真人|活人)(?:来|过来|跟我|和我)|(?:找|要|来|换|叫)(?:个|一个)[^。？?！!，,]{1,8}的(?:真人|活人|人工|客服)|(?:接|转|找|叫|联系)(?:一下)?(?:你们的?)?(?:工作人员|业务员|专员|人工坐席|柜员)/,
  /\b(?:agent|representative|operator|supervisor|manager|customer service(?! (?:number|line|hours))|live (?:agent|person|chat))\b|\bhuman please\b/,
  /\b(?:talk|speak|chat)\s+(?:to|with)\s+(?:a |an |some )?(?:real |live |actual )?(?:human|person|people|someone|somebody)\b/,
  /\b(?:get|give|put|transfer|connect)(?: me)?(?: through)? (?:to |with )?(?:a |an )?(?:real |live )?(?:human|person|someone)\b/,
  /\bi (?:want|need|would like|'d like) (?:a |an |to (?:talk|speak) to (?:a |an )?)?(?:real |live )?(?:human|person)\b/,
  /\bsomeone who (?:actually )?works (?:there|here|for (?:you|the bank))\b|\b(?:speak|talk) (?:to|with) (?:one of )?(?:your|the) (?:staff|team|people|employees|colleagues)\b|\bcan (?:someone|somebody|a (?:real |live |actual )?(?:person|human)) (?:call|ring|phone) me\b/,
  /(?:让|叫|找|换)(?:你们)?(?:的)?(?:管事的|能做主的|说了算的|负责的)/,
  // conv15b: a person asked to call, or named in a few words: "你叫个真人给我打电话", "让你们客服人员给我回个电话",
  // "我要跟人工说", "听到没有 人工 快点"; "have somebody from your team call me", "hello?? a human. now".
  /(?:叫|让|找|派|安排)(?:个|一个)?(?:你们的?)?(?:真人|活人|人工|客服(?:人员)?|工作人员|专员)(?:给我|跟我)?(?:打|回|来)(?:个|一个)?电话|(?:叫|让|找|派|安排)(?:你们)?(?:个|一个)人给我(?:打|回)(?:个|一个)?电话|(?:跟|和|同|找)(?:人工|真人|客服)(?:说|聊|谈|讲|沟通)|^(?=.{0,24}$)[^。？?]*(?:^|[\s\p{P}])人工(?:[\s\p{P}]|$)/u,
  /\b(?:have|get|ask) (?:somebody|someone|a person|one of (?:you|your (?:people|team|staff)))(?: from (?:your|the) (?:team|bank|office))? (?:to )?(?:call|ring|phone) me\b|^(?=.{0,30}$)(?!.*\b(?:is (?:this|it|that|there)|are (?:you|u)|am i|r u|talking to|reading|typing|behind)\b).*\b(?:a|an) (?:real |live |actual )?human\b(?! (?:being|error|rights|nature|resources))/,
];

export const NOT_HOLDER: readonly RegExp[] = [
  /我是(?:他|她|\p{Script=Han}{2,4}的|\p{Script=Han}{2,4}[他她])?的?(?:老婆|妻子|爱人|老公|丈夫|先生|太太|媳妇|妈妈|母亲|爸爸|父亲|儿子|女儿|哥哥|弟弟|姐姐|妹妹|同事|朋友|领导|老板|室友|家人|亲戚|家属|邻居|男朋友|女朋友|对象|孩子)/u,
  /(?:他|她)是我的?(?:老婆|妻子|爱人|老公|丈夫|妈妈|母亲|爸爸|父亲|儿子|女儿|哥哥|弟弟|姐姐|妹妹|同事|朋友|员工|室友|家人|亲戚|男朋友|女朋友)/,
  /我不是(?:本人|他本人|她本人|持卡人|卡主|户主|机主|你们?要找的人?)|^(?:不是我|我不是|不是本人)[\s\p{P}]*$|^[\s\p{P}]*not me[\s\p{P}]*$/u,
  /我不是(?![不没故想要说在很太有会能是都也就还那这])\p{Script=Han}{2,3}(?=$|[,.!?。！？ ]|本人)/u,
  /打错(?:了|电话)|找错人|认错人|发错(?:人|了)|(?:他|她)不在|这不是(?:他|她)的(?:电话|号码|手机|微信)|不认识(?:这个人|他|她)/,
  /\b(?:i'?m|i am|this is|it'?s)\s+(?:his|her|their)\s+(?:wife|husband|mother|mom|mum|father|dad|son|daughter|brother|sister|colleague|co-?worker|friend|boss|roommate|partner|girlfriend|boyfriend|neighbou?r|relative|parent|kid|child|cousin|aunt|uncle|caregiver|assistant|secretary)\b/,
  /\bwrong (?:number|person)\b|\b(?:he|she)(?:'?s| is) not (?:here|home|available|around|in)\b|\bno one (?:here )?by that name\b/,
  /\b(?:i'?m|i am) not (?:the )?(?:card ?holder|account ?holder|holder|owner)\b|\bnot the (?:card ?holder|account ?holder)\b|\b(?:don'?t|do not) know (?:him|her|this person)\b/,
];

/** Matched against the case-kept text: a capitalised name after a denial ("this isn't John"). */
export const NOT_HOLDER_NAMED =
  /\b(?:I'?m not|I am not|[Tt]his (?:isn'?t|is not)|[Ii]t'?s not|[Tt]his ain'?t)\s+(?:Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?[A-Z][a-z]+\b/;

export const WAIVER: readonly RegExp[] = [
  /免(?:掉|除|了|息|利息|罚息|滞纳金|违约金|手续费|费|还)|减免|打(?:个)?(?:[一二三四五六七八九\d])?折|折扣|优惠/,
  /少还(?:一)?点|少还些|少(?:收|算|要)(?:一)?点|少(?:一)?点(?:吧|行|可以|呗)|便宜(?:一)?点|抹零|只还本金|停息挂账|停息|一笔勾销/,
  /(?:去掉|免去|取消|抹掉|不收|不算)(?:利息|罚息|滞纳金|违约金|手续费|零头)|(?:全部|欠款|余款)(?:都)?(?:免|不用还)|不用还了?(?:吧|行不行|可以吗)|能不能不还/,
  /\bwaive[ds]?\b|\bwaiver\b|\bdiscount(?:ed|s)?\b|\bsettle(?:ment)? for less\b|\bsettlement\b|\bforgive(?:n|ness)?\b|\b(?:take|accept)\b[^.?!]{0,25}\bto (?:settle|close|clear)\b|\bsettle (?:it|this|the whole thing|everything|the debt|the account) for\b/,
  /\b(?:reduce|lower|cut|drop|remove|cancel|erase|wipe out|write off)\b[^.?!]{0,25}\b(?:balance|debt|amount|fees?|interest|charges?|penalt(?:y|ies)|what i owe)\b/,
  /\bwrite[- ]off\b|\binterest[- ]free\b|\bno interest\b|\bpay less\b|\bless than (?:the full|what i owe|the balance)\b/,
];

export const ALREADY_PAID: readonly RegExp[] = [
  /(?:已经|早就|刚刚?|昨天|前天|上周|上个?月|今天|刚才)(?:已经)?(?:还|付|交|缴|转|打(?=款|钱|过去))(?:了|过|完|清|款了)/,
  /已经[^,.!?。！？没不无]{0,10}?(?:还|付|交|缴|转)(?:了|过|完|清)|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[号日](?:那天)?[^,.!?。！？没不无]{0,10}?(?:还|付|交|缴|转)了(?:\d|[一二三四五六七八九十两]|款|钱)/,
  /已(?:经)?还(?:款|清|上)|已(?:经)?(?:付|交|缴)(?:款|清)|还清了|还过了|还完了|我还了(?!解)|转(?:账)?过去了|打(?:款|钱)过去了/,
  /(?:上周|上个?月|昨天|前天|前几天|今天|刚才|刚刚)[^,.!?。！？没不无]{0,10}?(?:还|付|交|缴|转|汇)了(?:\d|[一二三四五六七八九十两]|款|钱)|(?:转|汇|打)了[^,.!?。！？没不无]{0,10}过去/,
  /\b(?:mailed|sent|posted|dropped off|wired|transferred) (?:you |in |off )?(?:a |the |my |that )?(?:check|cheque|payment|money order|transfer|money|\$?\d)/,
  /\b(?:already|just) (?:paid|made (?:the|a|my|that) payment|sent (?:the|a|my|it|you)|settled|transferred|wired)\b/,
  /\bi(?:'ve| have)? (?:already )?paid\b|\bpaid (?:it|this|that|the bill|in full|off)\b/,
  /\bpayment (?:was|has been|went) (?:sent|made|through)\b|\bi (?:sent|made) (?:the|a|my) payment\b/,
];

export const ASK_IF_BOT: readonly RegExp[] = [
  /你们是(?:谁|哪)|哪个银行|(?:有)?什么事(?:情)?(?:吗)?[\s\p{P}]*$/u,
  /\bwhat(?:'s| is) this (?:about|regarding)\b|\bwho(?:'s| is) (?:calling|writing|texting)\b|\bhow did you get my\b/,
  /你是(?:不是)?(?:一个)?(?:机器人|机器|真人|人工智能|ai|人工|自动回复|程序|人)(?:吗|么|吧|啊|呢|\?|$)|你是谁/,
  /(?:机器人|机器|ai|人工智能)还是(?:真人|人工|活人|人)|(?:真人|活人|人工)还是(?:机器人|机器|ai|人工智能|自动回复|程序)|(?:是|是不是)(?:机器人|机器|ai|真人|人工智能|自动回复)(?:吗|么|啊|呢|\?)|在(?:和|跟)(?:机器|机器人|真人|人|ai)(?:说话|聊天|对话)/,
  /\b(?:are|r) (?:you|u|ya) (?:a |an )?(?:real |actual )?(?:bot|robot|machine|ai|human|person|computer|program|automated|real)\b/,
  /\b(?:you|u|ya) (?:a |an )(?:bot|robot)\b|\b(?:bot|robot|machine|ai|computer) or (?:a |an )?(?:real |actual )?(?:human|person|people)\b|\b(?:real )?(?:human|person) or (?:a |an )?(?:bot|robot|machine|ai|computer)\b/,
  /\bis this (?:a |an )?(?:bot|robot|machine|real person|human|automated|computer|ai)\b|\bwho (?:am i talking to|is this|are you)\b/,
  /\bam i (?:talking|speaking|chatting) (?:to|with) (?:a |an )?(?:real |actual )?(?:bot|robot|machine|human|person|computer|ai)\b/,
  // conv16: a named assistant or automated replies asked about ("is this chatgpt lol or a real person",
  // "am i texting siri", "are these replies automated", "这是自动回复的吧 有没有真人在看",
  // "你这是chatgpt在回我吧 还是真人在打字").
  /\b(?:is (?:this|it|that)|am i (?:talking|texting|chatting|speaking|messaging)(?: to| with)?|are (?:you|u)|r u|is that)\b[^.?!]{0,12}\b(?:chat ?gpt|gpt|siri|alexa|copilot|gemini|(?:an? )?ai|an? chat ?bot|chat ?bot|a script)\b|\b(?:are|r) (?:these|the|your|ur) (?:replies|messages|texts|responses|answers) (?:automated|auto(?:matic)?|generated|a bot|ai|from a bot)\b|\blike an? ai (?:thing|bot|chat)\b|\b(?:is|are) (?:there )?(?:a|an|any|some) (?:real |live |actual )?(?:human|person|people|one|body)s? (?:actually )?(?:reading|typing|writing|answering|behind) (?:this|these|that|the|my)\b|\bwho am i (?:even |actually |really )?(?:talking|texting|chatting|speaking) (?:to|with)\b|\b(?:an? )?automated (?:msg|message|text|reply|response)s?\b[^.!]{0,20}\?|^[\s.,!?~]*(?:bot|robot|ai|chat ?gpt)[\s.,!~]*\?[\s.,!?~]*$|\bauto(?:mated)?[- ](?:reply|replies|response|responses|message|messages)\?/,
  /(?:是|是不是)(?:机器人|机器|ai|人工智能|自动回复|程序|chat ?gpt|gpt)(?:在)?(?:回复?|发送?)?(?:我)?的?(?:吗|么|啊|呢|吧|\?)|(?:机器人|智能|ai|自动)客服(?:吧|吗|么|啊|呢|\?)|(?:机器|机器人|程序|ai|电脑|系统)?自动(?:发|回复?|发送|生成)的(?:吧|吗|么|啊|呢|\?)|(?:是不是|是)自动(?:发|回复?|发送)|群发的?(?:吧|吗|么|啊|\?)|(?:机器|机器人|程序|ai|电脑)(?:发|回|回复|打)的(?:吧|吗|么|啊|\?)|你是(?:不是)?(?:豆包|文心一言|通义千问|kimi|deepseek|小爱同学|siri|chat ?gpt|gpt)|(?:chat ?gpt|gpt|ai|机器人|机器|程序|自动回复)[^。！？?!]{0,10}还是(?:真人|活人|人工|人)|有没有(?:个)?(?:真人|活人|人)在(?:看|读|回|打字|操作)|(?:真人|活人)在(?:看|回|打字)吗/,
];

/**
 * A rhetorical "how could I ever pay this" (conv15): the amount is too much, not a question about
 * channels. "这么多钱我怎么还啊", "一万多 我拿什么还", "how am I supposed to pay all that back??",
 * "how will I ever pay this off". Never "怎么还款" or "how do I pay" alone (a how-to question).
 */
export const CANT_SEE_HOW =
  /(?:这么多|那么多|这么些|这么大一笔|一万多|几万|好几万|好几千)(?:的)?(?:钱|债|欠款)?[^。？?！!]{0,6}(?:我|让我|叫我)?(?:怎么|咋|拿什么|用什么|上哪|去哪)(?:去)?(?:还|凑)|(?:我)?拿(?:什么|啥)(?:去)?还|(?:我)?哪(?:有|来的?|儿有)钱(?:去)?还|(?:让|叫)我(?:怎么|咋|拿什么)还|(?:这辈子|猴年马月)[^。？?！!]{0,4}(?:都)?还不(?:完|清|起|上)|怎么(?:可能)?还得(?:起|清|完|上)|\bhow (?:am|are) (?:i|we) (?:supposed|meant|expected|gonna|going) to (?:pay|afford|repay|cover)\b[^.?!]{0,30}\b(?:all|that|this|so much|that much|this much|back|off)\b|\bhow (?:can|could|would|will|do) (?:i|anyone) (?:ever|possibly) (?:pay|afford|repay|cover)\b|\bwith what money\b|\bno way (?:i|i'?ll|i can|i could) (?:ever )?(?:pay|afford)\b/;

/** Words that correct an earlier answer; with ID digits in the message they are a new answer. */
export const CORRECTION =
  /打错|输错|写错|发错|说错|记错|搞错|搞反|弄反|反了|按错|手滑|手抖|手误|记混|不好意思|抱歉|更正|应该是|才对|刚才(?:那个)?不对|\bfat[- ]?finger|\bwrong card\b|\bsorry\b|\boops\b|\bwrong (?:digits?|number|one)\b|\btypo\b|\bi meant?\b|\bactually\b|\bcorrection\b|\bshould be\b|\bmy bad\b|\bbutter ?fingers\b|\btyped (?:it )?(?:too )?fast\b/;

/** Doubts that the bank is writing: answered with how to check independently. */
export const VERIFY_BANK: readonly RegExp[] = [
  /诈骗|骗子|是不是骗|骗人的?吧|(?:怎么|如何)(?:证明|确认|知道|核实)(?:你们|你|这)(?:真的|真)?是|真的是(?:银行|你们银行|官方)吗|是官方的?吗|钓鱼(?:短信|链接|信息)/,
  /\bscam(?:mer)?s?\b|\bphishing\b|\bhow (?:do|can|would) i (?:know|verify|check|be sure|tell)\b[^.?!]{0,30}\b(?:you|this|bank|real|legit)\b|(?<!\b(?:to|i can|i could|i'?ll|i will|we can|can prove) )\bprove (?:it|you(?:'re| are)|that)\b|\bis this (?:legit|real|really (?:the|from|you))\b|\bare you (?:legit|really (?:the|from))\b|\bfake\b/,
];

export const CONSEQUENCES: readonly RegExp[] = [
  /不还(?:的话|钱)?(?:到底|究竟|真的)?(?:会|有|咋|怎)|(?:会|要)(?:不会)?(?:坐牢|被抓|抓我|起诉|告我|上门|被告|判刑|上征信|影响征信|上黑名单|冻结)/,
  /坐牢|判刑|征信|信用记录|黑名单|后果|逾期(?:了)?(?:会|有)(?:什么|啥|怎样)|(?:有|会有)什么(?:影响|后果)|滞纳金|罚息|利息(?:是)?(?:怎么|多少)/,
  /\bwhat (?:happens|will happen|would happen)\b|\bconsequences?\b|\b(?:go|goes|going|sent) to (?:jail|prison)\b|\bjail\b|\bprison\b/,
  /\barrest(?:ed)?\b|\bsue me\b|\bsued\b|\blawsuit\b|\bcourt\b|\bcredit (?:score|report|rating|record|history|bureau)\b/,
  /\blate fees?\b|\bpenalt(?:y|ies)\b|\bhow much interest\b|\bgarnish/,
  // The short menu's own word, said back alone (conv15): "影响".
  /^[\s\p{P}]*(?:影响|逾期影响|有啥影响|有什么影响)[\s\p{P}]*$/u,
];

export const ASK_BALANCE: readonly RegExp[] = [
  /(?:欠|还要还|要还|该还|应还|需要还|还差|一共|总共|到底)[^,.!?。！？]{0,6}多少|多少钱|余额|账单(?:金额|是多少|多少)|最低还款(?:额)?(?:是)?多少|最低(?:要|得|需要)?还多少|^最低还款(?:额)?[\s\p{P}]*$/u,
  /(?:查|看)(?:一下)?(?:账|欠款|账单|余额)|欠款(?:是|有)?多少|还款日|哪天到期|什么时候(?:到期|还款)|逾期(?:了)?(?:多少|几)天|明细/,
  /\bhow much (?:do i|i) owe\b|\bhow much (?:is|was) (?:it|my|the)\b|\bwhat do i owe\b|\bamount (?:due|owed)\b|\bdue date\b/,
  /\bwhat(?:'?s| is) (?:my|the) (?:current |outstanding |total )?(?:balance|minimum|amount|total|bill)\b|\bminimum (?:payment|due)\b/,
  /\b(?:check|tell me|show(?: me)?|know) (?:my |the )?(?:current |outstanding |total )?(?:balance|amount due)\b|^[\s\p{P}]*(?:my )?balance[\s\p{P}]*$/u,
  /\bhow much (?:do i|should i|must i|i need to) pay\b|\bwhen is (?:it|the payment|my payment) due\b|\bhow (?:late|overdue) am i\b/,
  /\bhow (?:many days|long)\b[^.?!]{0,24}\b(?:late|overdue|past due|behind)\b/,
  // conv19b: the minimum asked tersely: "min payment?", "minimum due?", "whats the min i gotta pay",
  // "least i can pay?", "最少要还多少", "最低还款额?" (a choice, "i'll pay the min", stays the negotiation's).
  /^[\s\p{P}]*(?:(?:and|so|ok|okay|k|hey|um+)[\s,]+)*(?:what(?:'?s| is| about)? |how much is )?(?:the |my |ur |your )?(?:min|minimum|lowest|least)(?: monthly| required)? (?:payment|pmt|pymt|due|amount|amt|pay|i (?:can|could|gotta|have to|need to|must) pay)(?: (?:this|for this|per) month| then| again| pls| please)?[\s\p{P}]*$|\bwhat(?:'?s|s| is) (?:the |my )?(?:min|least|lowest)\b[^.?!]{0,16}\b(?:i|u|you|we) (?:gotta|have to|need to|must|got to|can|should|hafta) pay\b|\bhow much is (?:the |my )?min(?:imum)?\b/u,
  /最少(?:要|得|需要|该|应该)?还(?:多少|几多)|最低(?:还款?)?(?:额|金额)?(?:是)?(?:几多|多少)/,
  // The short menu's own word, said back alone (conv15): "欠款".
  /^[\s\p{P}]*(?:欠款|账单|我的欠款|账户情况)[\s\p{P}]*$/u,
];

/** Plan words with no number yet: the dialog asks how much or how long. */
export const PAYMENT_WORDS: readonly RegExp[] = [
  /(?:什么|哪些|有啥|啥)(?:样的)?(?:还款)?(?:方案|办法|选择)|还款方案|(?:就|再|才)还(?![不是有没])/,
  /\bwhat (?:are )?(?:my|the) options\b|\bwhat can i do\b|\bpayment options\b/,
  /\bhardship (?:plan|program(?:me)?|option|arrangement)s?\b|困难帮扶|帮扶(?:分期|计划|方案)|困难(?:分期|方案|计划)/,
  /分期|分几期|先还|一次性(?:还清|还|付清)?|全部还清|全额还|还清|延期|晚(?:几|两|一)天|宽限|缓(?:几|两|一)天|推迟|(?:会|一定|尽快|马上|争取)还/,
  /\bextension\b|\b(?:more|extra) time\b|\bpostpone\b|\bdelay (?:the )?payment\b|\bi(?:'ll| will) (?:pay|make a payment)\b/,
  /\binstall?ments?\b|\bpayment plan\b|\bpay (?:it )?(?:in|over) (?:parts|time)\b|\bmonthly payments\b|\bpartial payment\b/,
  // conv19: "i need to spread this out", "can i split it up".
  /\b(?:spread|split|break) (?:it|this|that|the (?:balance|payments?|debt)|my (?:balance|payments?|debt))(?: up| out)\b|\bspread (?:it|this|the payments?) over\b/,
  /\bpay (?:it |the balance |everything )?(?:in full|all at once|off)\b|\bpay (?:part|some) of it\b/,
  // The short menu's own word, said back alone (conv15): "方案", "options".
  /^[\s\p{P}]*(?:方案|还款方案|看看方案|options?|(?:my |the |payment |plan )?options|plans?)[\s\p{P}]*$/u,
];

/** Paying part of it, no amount named: "先还一部分", "先还点", "pay some of it now". Never the full balance. */
export const PART_WORDS =
  /(?:还|付|交)(?:一)?(?:部分|点儿?|些)|部分还款|先还(?:一)?点|\b(?:some|part|a bit|a little|a portion) of (?:it|this|that|the (?:balance|debt|amount))\b|\bpartial(?:ly)?\b|\bpay (?:a bit|a little|something)\b/;

export const ONCE_WORDS =
  /一次性|全部还|全还|全额|还清|都还上|先还|这次|本次|\b(?:pay|clear|settle) (?:it |this |that |the (?:whole |full )?(?:thing|balance|lot|debt|amount) )?(?:all )?off\b|\ball of it\b|\b(?:pay|clear|settle) (?:it all|everything|the (?:whole|full) (?:thing|balance|amount|lot))\b|\bin full\b|\bthe whole (?:thing|lot|amount|balance|debt)\b|\b(?:pay|clear|settle) (?:off )?(?:the lot|it all|all of it|everything)\b|\ball at once\b|\blump[- ]sum\b|\bone[- ]time\b|\bonce\b|\bpay (?:it )?off\b/;
/** Paying the minimum due as the plan: "我先把最低还款还上", "I'll just pay the minimum" (not "what is the minimum?"). */
export const PAY_MINIMUM =
  /(?:还|付|交|缴)(?:个|一下|上|掉)?(?:本期|这期|这个月)?(?:的)?最低|最低(?:还款)?(?:额)?(?:先)?(?:还上|还了|还掉|还一下)|先把最低|只还最低|\b(?:pay|do|make|send|cover|manage|afford)\b[^.?!]{0,24}\bminimum\b(?! wage)|\bjust the minimum\b|\bminimum (?:for now|this (?:month|time))\b/;

/** Pay day named as an event: "发工资", "on payday", "when I get paid". With a date, the date is the payday. */
export const PAYDAY =
  /发工资|发薪|工资(?:下来|到账|发了|到了|一到|出来|发下来)|(?:领|开|等|拿到)工资|\bpay ?day\b|\bpay ?(?:check|cheque)\b|\bget(?:ting)? paid\b|\bi'?m paid\b|\bsalary\b|\bwages?\b/;

/**
 * When a payment depends on an event or a month, not a date: payday, a bonus, a refund, "next
 * month", "in March", "明年三月份". Paying in full "then" needs a date before it is recorded.
 */
export const WHEN_VAGUE =
  /年终奖|奖金|退税|(?:等|有)钱(?:了|到)|过段时间|过几天|过阵子|下个?月|年后|过完?年|明年|(?:[一二三四五六七八九十]{1,2}|\d{1,2})月份|\btax refund\b|\bbonus\b|\bnext (?:month|year)\b|\bin a (?:few|couple(?: of)?) (?:days|weeks)\b|\bin (?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/;

export const MONTHLY_WORDS =
  /每(?:个)?月|月供|月付|(?:^|[\s,，])月还(?=\d|[一二两三四五六七八九十几])|每期|一个月|\b(?:a|per|each|every) month\b|\bmonthly\b|\/\s*mo(?:nth)?\b/;

export const HESITATION =
  /考虑|想想|再说吧?|不确定|不知道|看看吧|说不好|不一定|让我想|\blet me think\b|\bthink about it\b|\bnot sure\b|\bi (?:don'?t|do not) know\b|\bdunno\b|\bmaybe\b|\bperhaps\b|\bi'?ll see\b/;

export const GOODBYE: readonly RegExp[] = [
  /再见|拜拜|回头(?:聊|见|再说)|先这样吧?|挂了|没事了|不聊了|下次再说/,
  /\bbye\b|\bgoodbye\b|\bsee you\b|\bthat'?s all\b|\bgotta go\b|\btalk (?:to you )?later\b|\bhave a (?:good|nice) (?:day|one)\b/,
  /^[\s\p{P}]*(?:谢谢|感谢|多谢)(?:你|您|了)?(?:啦|哈)?[\s\p{P}]*$/u,
  /^[\s\p{P}]*(?:thanks|thank you|thx|ty)(?: very much| so much| a lot)?[\s\p{P}]*$/u,
];

export const GREETING: readonly RegExp[] = [
  /你好|您好|哈喽|哈啰|嗨|喂|在吗|在不在|早上好|上午好|中午好|下午好|晚上好|^[\s\p{P}]*早[\s\p{P}]*$/u,
  /\b(?:hello|hi|hey|hiya|howdy|greetings)\b|\bgood (?:morning|afternoon|evening)\b/,
];

/**
 * Refusal anywhere in the message. A question asked A-not-A ("分16个月行不行", "可不可以", "好不好",
 * "要不要") is no refusal (conv16).
 */
export const DECLINE: readonly RegExp[] = [
  /(?<!不是)不想还|不还了|不会还|失业|没(?:有)?工作|生病|住院|破产|\b(?:don'?t|do not) want to pay\b|\b(?:lost my job|unemployed|laid off|bankrupt)\b/,
  /(?<!行)不行|(?<!可|可以)不可以|不能接受|(?<!接)不接受|(?<!同)不同意|(?<!要)不要了?|(?<!用)不用了?|(?<!好)不好(?!意思)|(?<!愿)不愿意|算了吧?|太多了?|太高了?|太贵|太长|太久|还不起|还不上|还不了|付不起|付不了|拿不出|没(?:那么多|这么多)钱|没钱|拒绝|做不到|办不到/,
  /(?:^|[,.!?;:]\s*)no\b(?!\s+(?:reason|more|interest|one|rules))|\bno money\b|\bnope\b|\bnah\b|\bnot really\b|\btoo (?:much|high|expensive|steep|many|long)\b|\bcan'?t afford\b|\bcannot afford\b|\bno way\b/,
  /\bcan'?t (?:pay|do) (?:that|this|it)\b|\bnot possible\b|\b(?:don'?t|do not) agree\b|\bdisagree\b|\brefuse\b|\breject\b|\bdecline\b/,
  /\bi can'?t\b|\bi cannot\b|\bunable to pay\b|\bnot enough\b|\bcan'?t pay\b|\bcannot pay\b/,
];

/** Agreement anywhere in the message, unless negated just before ("不同意", "not ok"). */
export const ACCEPT_PHRASE =
  /同意|接受|没问题|就这个|就这样|就这么(?:办|定)|成交|确认|可以的|行的|好的|好吧|好啊|嗯嗯|对的|是的|\b(?:ok|okay|sure|yes|yeah|yep|yup|agreed?|deal|fine|alright|all right|perfect|great|confirm(?:ed)?)\b|\bsounds good\b|\bthat works\b|\blet'?s do (?:it|that)\b|\bgo ahead\b|\bi accept\b/g;
/** Agreement words that count only as a whole clause ("好", "行"), never inside others ("不行"). */
export const ACCEPT_CLAUSE =
  /^(?:好|行|可以|嗯|对|是|中|成|要|ok|k|y|是我|本人|是我本人|我是本人|就是我|我就是|我就是本人|speaking)$/;
/** Confirming who they are when asked ("我就是张伟", "yes, it's me"): agreement too. */
export const SELF_CONFIRM =
  /^[\s\p{P}]*我就是\p{Script=Han}{2,3}[\s\p{P}]*$|\bit'?s me\b|\bthat'?s me\b|\bthis is (?:he|she|me)\b/u;

/** Words that make a number an offer despite a refusal: "不行，每个月只能还2000". */
export const AFFORD_WORDS =
  /只能|还是|改成|改为|换成|\bmake it\b|\brather\b|能还|可以还|最多|能付|可以付|我还|先还|只有|能给|\bcan (?:pay|do|afford|manage)\b|\bcould (?:pay|do)\b|\bable to pay\b|\bi'?ll pay\b|\bi will pay\b|\bonly\b|\bat most\b|\bup to\b|\bhow about\b|\bwhat about\b|\binstead\b/;

/** Paying verbs that make a date a promise: "明天还", "I'll send it Friday". */
export const PAY_VERBS =
  /还(?![是有在没不会得挺行好可])|付|交|缴|转|打款|打钱|凑|\bpay\b|\bpaying\b|\bsend\b|\btransfer\b|\bwire\b|\bpayment\b|\bsettle\b/;

const FILLER =
  /[\s\p{P}|]+|吧|可以|行|好|吗|么|呢|啊|之前|以前|前|我|的|时候|那天|\b(?:by|on|before|until|maybe|probably|works?|ok|okay|is|that|fine|how|what|about|i|think|then)\b/gu;

/** True when nothing but filler is left once the found slot is masked: "下周五吧", "by next Friday?". */
export function isOnlyFiller(masked: string): boolean {
  return masked.replace(FILLER, '') === '';
}

/**
 * The whole message asks what happens next ("那现在怎么办", "so what happens now?", "now what"):
 * after a hardship it asks for the way forward, not for the consequences of not paying.
 */
export const WHAT_NOW: readonly RegExp[] = [
  // conv17: behind an interjection or two ("哎 那我现在该怎么办", "额 那咋办呢", "ugh ok so what do i do now").
  /^[\s\p{P}]*(?:(?:那|那么|所以|可是|但是|唉|哎|哎呀|哎哟|嗯|额|呃|哦|啊)[\s\p{P}]*){0,3}(?:我)?(?:现在|接下来|以后|之后|这样)?(?:该|要|应该|能)?(?:怎么办|怎么弄|怎么做|咋办)(?:呢|啊|吧|呀)?[\s\p{P}]*$/u,
  /^[\s\p{P}]*(?:那|那么)?(?:接下来|下一步|然后)(?:呢|怎么办|怎么做|要做什么)?[\s\p{P}]*$/u,
  /^[\s\p{P}]*(?:(?:so|ok|okay|k|well|and|alright|ugh|um|uh|hmm|sigh|oh|then)[\s,.]*){0,3}(?:what (?:happens|do i do|should i do|can i do|do we do)(?: now| next| then| from here)?|what now|now what|what(?:'s| is) next|where do (?:i|we) go from here)[\s\p{P}]*$/u,
];
