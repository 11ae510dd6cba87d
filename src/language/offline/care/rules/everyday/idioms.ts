/**
 * Everyday talk in the words of distress rules: each pair is the words (any rule's hit) and the
 * context that makes them ordinary, read by `classHitIsOrdinary` (classReading.ts). A hit whose words
 * and context are both in the message is set aside: "活腻了是吧" taunts someone, "我走了，明天再说"
 * leaves a chat. Any pair may set a hit aside, so their order is not behaviour.
 */
export const IDIOMS: readonly (readonly [RegExp, RegExp])[] = [
  // Leaving work or a chat ("我先走一步了，下班了"), "tired of living paycheck to paycheck".
  [/先走/, /下班|明天再?(?:聊|说)|回头(?:聊|说)|改天(?:聊|说)|先下了|开会|吃饭/],
  [/\btired of living\b/, /\btired of living (?:paycheck to paycheck|in debt|on (?:credit|ramen))\b/],
  // Everyday talk in the words of distress rules (any rule's hit, read by `classHitIsOrdinary`): words
  // and the context that makes them ordinary. "活腻了是吧" taunts someone; "我走了，明天再说" leaves a
  // chat; "make it to the branch"; "does the debt die with me? for my will"; a phone dropped at a platform's edge.
  // "河边钓鱼 今晚不回来了": a night out fishing or camping by the water, said in the same words.
  [
    /(?:江|河|海|湖)边(?:钓鱼|露营|野营|游泳|跑步|烧烤|散步)/,
    /(?:江|河|海|湖)边(?:钓鱼|露营|野营|游泳|跑步|烧烤|散步)/,
  ],
  [/活(?:腻|够)/, /活(?:腻|够)(?:了|歪了)?(?:是吧|是不是|吧你|啊你)|活够了(?:这种|这样|被)/],
  [/我(?:先)?走了/, /先这样|明天再说|回头(?:聊|说)|发我短信|改天再|下次再|一会儿?再|晚点再|下班/],
  [
    /make it/,
    /\bmake it to (?:the )?(?:branch|bank|office|meeting|appointment|call|post office|shop|store|hearing)\b/,
  ],
  [
    /with me/,
    /\b(?:does|do|will|would) (?:the |my |this )?(?:debt|balance|it) die with me\?[^]*\b(?:will|estate|curious|wondering|solicitor|lawyer|insurance|planning ahead)\b/,
  ],
  [
    /\b(?:gave|giving|given) my (?:dog|cat|pets?)\b/,
    /\bwhile i (?:was|am|'m) (?:in (?:the )?hospital|away|abroad|working)|\bback (?:home )?now\b|\buntil i'?m back\b/,
  ],
  [/\bedge\b/, /\b(?:nearly|almost) dropped|\bdropped my (?:phone|keys|bag|wallet|card)\b/],
  // Everyday talk in the words of any rule (read by `classHitIsOrdinary`): a death of someone else told
  // as news ("我一个同事上周自杀了"), a last message from an old number, hopeless about a debt and
  // asking for options.
  [
    /自杀|suicide|took (?:his|her|their) own life/,
    /^(?![^]*(?:我也|跟着|跟(?:他|她)(?:去|走)|\bme too\b|\bjoin (?:him|her)\b))[^]*(?:(?:同事|朋友|同学|邻居|亲戚|舅舅|叔叔|表哥|表姐|堂哥|老乡)[^。！？]{0,6}自杀(?:了|身亡)|\b(?:friend|colleague|coworker|neighbou?r|cousin|uncle|brother|classmate)\b[^.?!]{0,12}\b(?:took (?:his|her|their) own life|died by suicide|committed suicide)\b)/,
  ],
  [
    /最后一条|last message/,
    /换(?:了)?(?:手机)?号|新号|旧号|\b(?:changing|new|old) (?:numbers?|phones?)\b|\bfrom this (?:one|number)\b/,
  ],
  [
    /\bhopeless\b/,
    /\bhopeless about (?:this|the|my) (?:debt|balance|situation)\b[^]*\b(?:options|plan|what can i do)\b/,
  ],
  // Everyday talk in the words of any rule (read by `classHitIsOrdinary`): "你们要逼死我啊" said of the
  // calls by someone who says when they will pay.
  [
    /逼死/,
    /^(?![^]*(?:去死|想死|不想活|跳|还不上|还不起))[^]*(?:(?:又)?不是不还|没说不还|发了?(?:工资|薪)就还|工资[^。！？]{0,6}(?:发|到)|(?:月底|下周|明天|\d+号)(?:就|一定|会)?还|会还的?|说了[^。！？]{0,4}还)/,
  ],
  // Everyday talk in the words of a rule (read by `classHitIsOrdinary`): a phone thrown in a river
  // in anger at an app, a note left for a spouse while travelling.
  [
    /\bthrow my phone in the (?:lake|river|sea)\b/,
    /^(?![^]*(?:no one|nobody|never|disappear|gone|for good))[^]*\b(?:app|website|log ?in|password|login|signal|update|bot|hold)\b/,
  ],
  [
    /\bleft (?:a )?notes? for\b/,
    /\bwhile i(?:'m| am) (?:away|travel\w*|abroad|on (?:holiday|a trip|vacation))\b/,
  ],
  // Everyday talk in the words of a rule (read by `classHitIsOrdinary`): a wall hit by a car or
  // said in anger ("倒车撞墙了", "被你们逼得想撞墙"), "I'd rather die than call your team again", a
  // phone thrown in a river at one more reminder.
  [
    /撞墙/,
    /^(?![^]*(?:头|自己|不想活|死))[^]*(?:(?:倒车|停车|开车|车子?|车头|车尾)[^。！？]{0,4}撞(?:了|到|上)?墙|(?:逼|气|急|烦|搞)得?(?:我)?(?:都|真|真的)?想撞墙)/,
  ],
  [
    /\brather (?:die|be dead)\b/,
    /^(?![^]*\b(?:kill|suicid\w*|end it|pills|rope|alive|live like this|go on|wake up|face|tell|my (?:kids|family|wife|husband|children))\b|[^]*\b(?:rather|sooner) (?:die|be dead) th[ae]n (?:\w+ ){0,3}?(?:this |the |my |all (?:of )?th(?:is|e) )?(?:debts?|loans?|bills|mess|what i owe|owing)\b(?! collect))[^]*\brather (?:die|be dead) than (?:call|ring|phone|speak|talk|deal|use|bank|go back|wait|sit|set foot|queue|listen|pay (?:that|your|this|the|a|another) (?:fee|charge|interest|penalty))\b/,
  ],
  [
    /\b(?:left|leave) (?:a )?notes? for\b/,
    /\bnotes? for (?:my )?\w+ to (?:pay|remind|call|sort|check|feed|pick|walk|take)\b/,
  ],
  [/\bthe river\b/, /\briver (?:cruise|boat|trip|view|walk|tour|side restaurant)\b/],
  [
    /\bthrow my phone in the (?:lake|river|sea)\b/,
    /^(?![^]*\b(?:no one|nobody|never|disappear|gone|for good|find me|myself)\b)[^]*\b(?:one more|another|texts?|reminders?|notifications?|calls?|ringing|buzzing|lmao|lol|haha)\b/,
  ],
  // Everyday talk in the words of a rule (read by `classHitIsOrdinary`): no way out of a fee or a
  // contract, "走投无路只能协商了" said with the plan that follows, a rope tied for a swing, a tent
  // or the washing ("秋千的绳子系好了").
  [
    /\bno way out\b/,
    /^(?![^]*\b(?:kill|die|dead|suicid\w*|end it|alive|pills|rope|goodbye|decided\.)\b)[^]*\bno way out of (?:the|this|these|my|that|your) (?:fees?|charges?|contract|agreement|interest|penalt\w*|plan|deal|subscription|fine)\b/,
  ],
  [
    /走投无路/,
    /^(?![^]*(?:不想活|死|跳|药|绳|结束|解脱|了结))[^]*走投无路[^。！？]{0,4}(?:只能|只好|才来)(?:找你们)?(?:申请)?(?:协商|分期|停息|延期|个性化)/,
  ],
  [
    /(?:绳子|麻绳)(?:都|已经|也)?(?:挂|系|绑)好/,
    /^(?![^]*(?:不想活|死|上吊|脖子|最后|房梁|凳子|遗书|结束|解脱|不用还|别催))[^]*(?:秋千|晾衣|晾被|帐篷|露营|跳绳|搬家|行李|船|货车|吊床|攀岩|狗绳)/,
  ],
  // Everyday talk in the words of a rule (read by `classHitIsOrdinary`): a means in its ordinary use
  // with a time ("刀磨好了 明天切肉", "got the rope ready for the move", charcoal for a barbecue), a
  // fee that "要我的命", being a burden said with a plan to pay, a card's insurance asked about.
  [
    /刀/,
    /^(?![^]*(?:手腕|割|自己|死|结束|最后|血|不想活|解脱|了断|别劝|脖子))[^]*(?:切肉|切菜|做饭|做菜|下厨|排骨|炖|剁|杀鱼|杀鸡|厨房|烧烤|烤肉|牛排|包饺子|片鱼|磨刀石|刀具|菜刀|水果刀)/,
  ],
  [
    /绳子?[^]{0,4}(?:买|准备|备|到)|(?:买|备|准备)[^]{0,6}绳/,
    /^(?![^]*(?:不想活|死|上吊|脖子|最后|房梁|凳子|遗书|结束|解脱|不用还|别催|了断|不是|问我|以为|假装|说是))[^]*(?:搬家|家具|打包|捆(?:箱|东西|行李|货)|行李|帐篷|露营|攀岩|钓鱼|船|货车|晾衣|秋千|跳绳|吊床|狗绳|登山)/,
  ],
  [
    /炭/,
    /^(?![^]*(?:门窗|封|密闭|胶带|车里|房间里|卧室|最后|死|不想活|结束|解脱|了断|睡过去))[^]*(?:烧烤|烤肉|烤串|火锅|露营|野炊|院子|阳台烤|bbq|碳烤)/,
  ],
  [
    /\brope|\bknives\b|\bknife\b|\bblades?\b|\bcharcoal\b/,
    /^(?![^]*\b(?:noose|neck|beam|stool|chair|goodbye|end it|die|dead|kill|suicid\w*|no point|last time|decided|don'?t try|alive|wrists?|taped|windows|sealed|garage|asked|wondered|thought|pretend\w*|told (?:him|her|them)|said it was)\b)[^]*\b(?:move|moving|movers|furniture|van|truck|trailer|tent|camp\w*|climb\w*|boat|fishing|washing|tie[ -]?down|straps?|load|gym|swing|hammock|cook\w*|brisket|steak|roast|carv\w*|chop\w*|kitchen|dinner|bbq|barbecue|grill\w*)\b/,
  ],
  [
    /要(?:了)?我的(?:老)?命/,
    /^(?![^]*(?:不想活|活不下去|死了算|一死|跳|药|绳|结束|解脱|还不上|还不起|还不了|撑不))[^]*(?:利息|手续费|年费|罚息|违约金|滞纳金|账单|费用|催收电话)/,
  ],
  [
    /\bburden\b/,
    /^(?![^]*\b(?:better off|without me|gone|die|dead|disappear\w*|kill|end it|no point|alive|anymore|any more)\b)[^]*\b(?:so i|that'?s why i|which is why i)\b[^.?!]{0,20}\b(?:picked up|took (?:on|up)|got|found|started|work\w*|pay\w*|set up|shifts?|second job|overtime)\b/,
  ],
  [
    /insurance|\bif i die\b/,
    /^(?![^]*\b(?:decided|tonight|goodbye|end it|kill|no point|won'?t be (?:here|around)|not be around|before i)\b)[^]*\b(?:is there|does (?:this|the|my) card (?:have|come with)|do you (?:offer|have|sell)|credit life|payment protection)\b[^?]{0,60}\binsurance\b/,
  ],
  // /** Everyday talk in the words of a rule: a roof door left open on a windy day, shut by the writer. */
  [
    /楼顶|顶楼|天台|\broof|\bhatch\b|\brailing\b/,
    /^(?![^]*(?:跳|站|坐|边上|最后|不想活|结束|\b(?:jump|edge|sitting|standing|last|end it|goodbye)\b))[^]*(?:关一下|去关|翻新|绕路|\b(?:shut it|close it|redone|detour)\b)/,
  ],
  // Everyday talk in the words of a rule: going downstairs to talk face to face ("我就从楼上下去跟
  // 你们当面说"), stepping off a bus or a train at a stop.
  [
    /从[^。！？]{0,10}楼[^。！？]{0,6}下去/,
    /^(?![^]*(?:跳|翻|不想活|死|收尸|最后|一了百了))[^]*(?:当面|下楼|拿快递|取快递|开门|接人|见你们|找你们(?:说|谈|理论))/,
  ],
  [
    /\bstep(?:ping)? off\b/,
    /^(?![^]*\b(?:edge|ledge|roof|bridge|overpass|flyover|cliff|balcony|for good|end it|goodbye)\b)[^]*\bstep(?:ping)? off (?:the |a )?(?:bus|train|tram|plane|ferry|boat|kerb|curb)\b/,
  ],
  // Everyday talk in the words of a rule: waiting for a repair with the car in the garage, looking
  // up what dose is safe.
  [/去(?:找|见|陪)(?:他|她)/, /去(?:找|见|陪)(?:他|她)(?:们)?(?:商量|聊聊|拿|借|吃饭|看病|玩|办)/],
  // Everyday talk in the words of any rule: "这罚息简直要逼死人，我要投诉" (a fee complained of),
  // "我走了以后卡还能用吗？我下周移民" (leaving the country).
  [
    /逼死/,
    /^(?![^]*(?:去死|想死|不想活|活不|活到|活着|跳|楼顶|天台|药|绝路|結束|结束|了结|遗书|自杀))[^]*(?:投诉|投訴|12378|银保监|金融监管|消协|退回|退还|凭什么|罚息|罰息|手续费|手續費|年费|年費|利息)/,
  ],
  [/wake/, /\b(?:till|until) (?:noon|lunch|\d+)|\bcall me (?:on )?\w*day\b/],
  [/走了/, /^(?![^]*(?:不想活|撑不|扛不|死))[^]*(?:移民|出国|出國|留学|搬家|回国|出差|调去|去外地)/],
  // Everyday talk in the words of a rule: a cut while cooking or shaving ("cut myself in the
  // kitchen"), an engine in a closed garage at a mechanic's work, a poison kept out of a child's
  // reach.
  [
    /\bcut myself\b/,
    /^(?![^]*\b(?:on purpose|again|deep(?:er|ly)?|wrists?|arms?|thighs?|blade|razor|relief|numb|punish\w*|deserve|feel something|want(?:ed)? to)\b)[^]*\bcut myself (?:\w+ ){0,3}?(?:in the kitchen|cooking|chopping|slicing|shaving|on (?:a|the|some) \w+|by accident|accidentally|gardening|at work|opening)/,
  ],
  [
    /\bgarage\b[^]*\b(?:engine|car|motor)\b|\b(?:engine|car|motor)\b[^]*\bgarage\b/,
    /^(?![^]*\b(?:goodbye|bye|end it|end this|die|dead|death|kill\w*|sorry|last|left|someone (?:to )?know|no more|can'?t|anymore|note|kids|family|rope|pills|plan|hose|tape|tonight)\b)[^]*\b(?:mechanic|repair\w*|fix(?:ing)?|customers?|extractor|at work|i work)\b/,
  ],
  [
    /老鼠药|鼠药|杀虫剂|农药|敌敌畏|百草枯|除草剂/,
    /^(?![^]*(?:死|不想活|撑不|喝了|吃了|吞|结束|了结|解脱|最后))[^]*(?:(?:怕|防|免得|以免)(?:孩子|小孩|宝宝|狗|猫)|高处|灭鼠|老鼠多|闹老鼠|有老鼠|除虫|打药|果园|地里)/,
  ],
];
