import type { ClassRule } from '../../distressRule.js';
import { EVERYDAY } from '../everyday/reasons.js';
import { DECIDED, PAYING_OR_NEW_CARD } from '../sharedWords.js';

/**
 * Veiled farewells by putting affairs in order: arrangements made quietly (a beneficiary, a will,
 * ashes or a grave), passwords, keys or the card left for family, the room cleaned, who gets what.
 */

/** Family, as the person names them. */
const FAMILY_ZH = '(?:我)?(?:爸妈|父母|家里人?|家人|妈|爸|老婆|老公|妻子|丈夫|孩子|女儿|儿子|哥|姐|弟|妹)';

const FAMILY_EN =
  '(?:my )?(?:parents|mum|mom|dad|family|wife|husband|kids|children|son|daughter|sister|brother)';

export const AFFAIRS_IN_ORDER_RULES: readonly ClassRule[] = [
  // Arrangements: insurance, passwords, rent, a will done quietly, affairs in order.
  {
    id: 'arrangementsQuietlyDone',
    family: 'farewell',
    cue: /受益人|密码|房租|身后事|insurance|worth more|funeral|passwords|will be empty|made (?:a|my) will|in order/,
    pattern:
      /受益人[^。！？]{0,12}(?:改|写|换)[^。！？]{0,20}(?:以后|找不到我|别(?:去)?(?:烦|找)|够还|赔)|(?:所有|全部|都)[^。！？]{0,6}密码[^。！？]{0,12}(?:交给|留给|告诉|给了)[^。！？]{0,12}以后|房租[^。！？]{0,6}交到[^。！？]{0,8}(?:之后|以后)[^。！？]{0,10}(?:空了|没人)|\binsurance\b[^?]{0,70}\b(?:cover|pay(?: off)?) (?:what i owe|the debt|you|it)\b|\bworth more (?:dead|than (?:i am|me))\b|\bmy funeral (?:can|will|could) pay\b|\b(?:wrote down|left|gave)\b[^.?!]{0,20}\bmy passwords\b[^?]{0,100}\b(?:after|sort (?:things|it) out|someone knows)\b|\b(?:apartment|place|room|house) will be empty\b|\bmade (?:a|my) will\b[^?]{0,40}\b(?:didn'?t tell anyone|just wanted it done|no one knows)\b|\b(?:my affairs|everything)(?:'s| is| are)? in order\b[^?]{0,60}\b(?:last (?:part|step|thing)|at peace|new owner|goodbye|ready)\b|身后事[^。！？]{0,8}就差最后一步/,
  },
  {
    id: 'phoneGonePapersLeft',
    family: 'farewell',
    cue: /掰了|扔|找到|保单|保险|怎么办|know what to do|for good|insurance|no one can|throw my phone|take me|收走|带走|不想过了/,
    pattern:
      /(?:手机卡|电话卡|手机)[^。！？]{0,4}(?:掰了|扔了|扔河里|砸了)[^。！？]{0,16}(?:再也不|不让任何人|找不到)|再也不让(?:任何人|人|你们)找到|(?:保单|保险)[^。！？]{0,12}够还|(?:存折|银行卡|身份证|密码)[^。！？]{0,16}(?:放在|交给|留给)[^。！？]{0,16}(?:她|他)(?:知道|会)(?:怎么办|怎么处理)|(?:求|请)(?:老天|菩萨|佛祖|上帝)(?:把我)?(?:收走|带走)|这辈子(?:我)?不想(?:再)?过了|\b(?:pin|cards|passwords|papers|documents|keys)\b[^?]{0,60}\b(?:she|he|they)(?:'ll| will) know what to do\b|\b(?:it'?s|they'?re) (?:his|hers|theirs|yours) now\b[^.?!]{0,10}\bfor good\b|\binsurance\b[^?]{0,40}\bif i (?:go|die|were gone|was gone)\b|\bno one can (?:follow|find me)\b|\bthrow my phone in the (?:lake|river|sea)\b|\b(?:asked|begging|begged|praying for|prayed for) (?:god|the lord|jesus) to take me\b/,
    unless: EVERYDAY,
  },
  // Clothes folded and the room cleaned, said alone: putting things in order.
  {
    id: 'clothesFoldedRoomCleaned',
    family: 'farewell',
    cue: /收拾/,
    pattern:
      /(?:衣服|东西)(?:都|也)?(?:叠好|收拾好|整理好)了[^。！？]{0,4}(?:屋子|房间|家里)(?:也|都)?收拾(?:干净|好)了/,
    unless: /搬家|退租|客人|过年|大扫除|出差|旅游|回老家|房东|检查|卖房|相亲|上门/,
  },
  // A beneficiary changed without telling the family.
  {
    id: 'beneficiaryChangedSecretly',
    family: 'farewell',
    cue: /受益人|beneficiary/,
    pattern:
      /(?:偷偷|悄悄|没告诉|瞒着|都不知道)[^。！？]{0,16}受益人[^。！？]{0,6}(?:改|换|写)|\b(?:changed|updated|made)\b[^.?!]{0,20}\bbeneficiary\b[^.?!]{0,40}\b(?:without telling|no one knows|didn'?t tell|secretly)\b/,
    unless: /结婚|离婚|生了|出生|律师|\b(?:married|divorce|baby|lawyer)\b/,
  },
  // One's own ashes or grave arranged: "我的骨灰撒海里就好", "墓地我自己选好了".
  {
    id: 'ashesOrGraveArranged',
    family: 'farewell',
    cue: /骨灰|墓|坟|ashes|grave|plot/,
    pattern:
      /我(?:的)?骨灰[^。！？]{0,8}(?:撒|扬|埋|放|就)|(?:墓地|坟地|墓碑)[^。！？]{0,6}(?:我)?(?:自己)?(?:都)?(?:选好|买好|定好|刻好)了|\b(?:scatter|spread) my ashes\b|\bmy ashes\b[^.?!]{0,20}\b(?:in|at|over|into)\b/,
    unless:
      /遗嘱|保险|律师|以后老了|等我老了|几十年后|\b(?:when i'?m old|someday|one day|estate plan\w*|lawyer)\b/,
  },
  // A will made and "the rest is just timing": arrangements done, the act ahead.
  {
    id: 'willAndTiming',
    family: 'farewell',
    cue: /\bmy will\b|遗嘱/,
    pattern:
      /\bmy will\b[^.?!]{0,40}\b(?:signed|done|ready|written|sorted|notari[sz]ed|finished)\b[^?]{0,40}\b(?:the rest is (?:just )?(?:timing|details|easy)|(?:just|only) a matter of (?:time|when)|all that'?s left|nothing left (?:to do|but))\b|遗嘱[^。！？]{0,8}(?:写好|立好|公证)了[^。！？]{0,12}(?:就差|只差|剩下的|没什么)/,
  },
  // The house key left under the mat and the calls told to stop: "房子钥匙放门口地毯下面了 你们别再打电话了".
  {
    id: 'keyUnderTheMat',
    family: 'farewell',
    cue: /钥匙|\bkeys?\b/,
    pattern:
      /钥匙[^。！？]{0,6}(?:放|留|压)(?:在)?(?:了)?(?:门口|地毯|门垫|脚垫|花盆|信箱)[^。！？]{0,6}(?:下面|底下|里)?|\b(?:left|put) (?:the |my )?(?:house |door |spare )?keys? (?:under the (?:mat|doormat|plant pot)|in the (?:mailbox|letterbox))\b/,
    needs:
      /别再打|不用再打|不用(?:再)?联系|别找我|别再联系|以后不用|\b(?:stop calling|don'?t call|no need to call|won'?t need)\b/,
    unless:
      /快递|保洁|阿姨|装修|朋友来|出差|旅游|回来|\b(?:cleaner|courier|delivery|dog ?sitter|holiday|vacation|back on)\b/,
  },
  // Everything arranged and the card the last thing left: "your card is the last thing on the list",
  // "身后事都交代好了…就剩你们这张卡".
  {
    id: 'cardLastOnTheList',
    family: 'farewell',
    cue: /last|only thing|loose end|就剩|只剩|最后/,
    pattern:
      /\b(?:(?:the|my) )?(?:last (?:loose end|thing (?:on (?:the|my) list|to (?:sort|do|tidy|settle|take care of)|i(?:'m| am) sorting)|item on (?:the|my) list)|only loose end)\b|(?:就剩|只剩|最后就剩|最后只剩)(?:下)?(?:你们)?(?:这张|这个|这笔)?(?:卡|债|账)/,
    needs:
      /遗嘱|遗书|身后事|后事|交代好|送人|送给|过户|\b(?:(?:my|the|a) will|wills? (?:is |are )?(?:done|sorted|signed|written)|goodbye (?:notes?|letters?)|note (?:is )?(?:written|done)|written a note|(?:cats?|dogs?|pets?) (?:is |are )?going to (?:my|a|the)|(?:given|gave) (?:it all |everything )?away|accounts? (?:are )?closed|house papers|rope|pills|noose)\b|绳|安眠药|农药|炭/,
    unless:
      /\b(?:moving|move|relocat\w+|emigrat\w+|trip|holiday|vacation|wedding|paid off)\b|搬家|出国|移民|结婚/,
  },
  // Not needing things where one is going; a try that failed and "this time it won't";
  // passwords handed on and "everything is settled"; "人生就到这了".
  {
    id: 'notNeededWhereImGoing',
    family: 'farewell',
    cue: /where i'?m going|没(?:走|死|跳)成|交代清楚|交代好|以后你就知道|安排好|到这|到此/,
    pattern:
      /\bwon'?t (?:be )?need(?:ing)? (?:a|any|the|my) \w+ where i'?m going\b|没(?:走|死|跳)成[^。！？]{0,10}这次(?:不会|一定|肯定|就)|(?:密码|账号|存折|房子|车子|车)[^。！？]{0,10}(?:都)?(?:发给|交给|告诉|过户给|留给)(?:了)?(?:我)?(?:弟|哥|姐|妹|老婆|老公|妈|爸|儿子|女儿|朋友)[^]{0,20}(?:交代清楚|交代好|以后你就知道|都安排好)|人生(?:就)?(?:到这|到此)(?:了|儿了|为止了?)/,
    unless:
      /帮我还|代还|住院|出差|出国|\b(?:trip|holiday|vacation|hot|cold|beach|weather|coat|jacket|sunscreen|abroad|moving)\b/,
  },
  // Who gets what, and the debt from whatever is left: "made a list of who gets what".
  {
    id: 'whoGetsWhat',
    family: 'farewell',
    cue: /who gets what|谁拿什么|留给谁/,
    pattern: /\bwho gets what\b|什么东西留给谁|谁拿什么/,
    needs:
      /剩下|以后|不在|\b(?:whatever'?s left|what'?s left|after i'?m gone|when i'?m gone|before i go|goodbye|letters?|funeral)\b/,
    unless:
      /律师|公证|\b(?:solicitor|lawyer|notary|estate plan\w*|my (?:parents|grandparents|mum|mom|dad)'?s?)\b/,
  },
  // Where the password is, told to family, with an apology: "Tell my mum the password is in the
  // blue notebook. I'm sorry.", "跟我妈说密码在抽屉里的本子上 对不起".
  {
    id: 'passwordToldToFamily',
    family: 'farewell',
    cue: /跟|告诉|转告|tell|let/,
    pattern: new RegExp(
      `(?:跟|告诉|转告)${FAMILY_ZH}(?:说)?[^。！？]{0,6}(?:密码|钥匙|保险单|存折|银行卡|遗嘱)[^。！？]{0,6}(?:在|放在|写在)|\\b(?:tell|let) ${FAMILY_EN}(?: know)?\\b[^.?!]{0,20}\\b(?:passwords?|pin|key|keys|policy|will|documents?)\\b[^.?!]{0,10}\\b(?:is|are)\\b[^.?!]{0,6}\\b(?:in|under|behind|on)\\b`,
    ),
    needs: /对不起|抱歉|\bsorry\b/,
    unless: /\bsorry (?:for|about) the (?:hassle|trouble|delay|wait|confusion)\b|麻烦(?:你们)?了/,
  },
  // The mind made up and what the family must not be asked afterwards: "ive made up my mind its ok
  // now. pls dont call my parents abt the card after", "想通了 之后别去找我家里人要钱".
  {
    id: 'mindMadeUpFamilyNotAsked',
    family: 'farewell',
    cue: /以后|之后|到时候|往后|after|later|done/,
    pattern: new RegExp(
      `(?:以后|之后|到时候|往后)(?:也)?(?:别|不要|不用)(?:再)?[^。！？]{0,6}${FAMILY_ZH}|\\b(?:don'?t|dont|do not)\\b[^.?!]{0,10}\\b(?:ring|call|contact|bother|go after|chase|text)\\b[^.?!]{0,4}${FAMILY_EN}\\b[^.?!]{0,30}(?:\\bafter\\b|\\bafterwards\\b|\\bonce it'?s done\\b|\\bwhen it'?s done\\b|\\blater\\b)`,
    ),
    needs: DECIDED,
    unless: PAYING_OR_NEW_CARD,
  },
  // The card and its details left for family to handle afterwards: "我把卡和身份证都放抽屉里了，
  // 到时候你们联系我老婆就行", "left the card details in one so they can cancel it after".
  {
    id: 'cardLeftForFamily',
    family: 'farewell',
    cue: /到时候|以后|之后|往后|after|later/,
    pattern: new RegExp(
      `(?:卡|身份证|密码|存折|房产证|证件)[^。！？]{0,24}(?:放|写|压|装|锁|留)[^。！？]{0,16}(?:到时候|以后|之后|往后)(?:你们)?(?:联系|找|让|叫|问)${FAMILY_ZH}|\\b(?:card|cards|pin|account numbers?|card details|passwords?|details)\\b[^.?!]{0,60}\\bso (?:she|he|they) can (?:cancel|close|sort|deal with|handle|settle|shut)\\b[^.?!]{0,20}\\b(?:after|afterwards|later|when i'?m gone)\\b`,
    ),
    unless:
      /找不到|出差|住院|旅游|\b(?:while i(?:'m| am) (?:away|travel\w*|abroad|on (?:holiday|a trip|vacation)|in hospital)|after (?:my|the) (?:trip|surgery|operation)|move out|moving)\b/,
  },
];
