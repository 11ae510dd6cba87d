import type { ClassRule } from './distressRule.js';

/**
 * Rules by class, round 18: the classes of round S11 half b's misses (heldOutSetS11b.ts, seen, an
 * outside writer's round), written again by class in own set S11b (ownSetS11b.ts, tuned on by
 * class, never by item): my own death and an insurance payout to clear the card or leave something
 * for family; a means set up, said tersely (a rope up, a noose tied); no way out and a decision
 * made with nothing named. Read like the round-9 class rules: never negated away; `needs` /
 * `unless` say when the same words are everyday.
 */
export const ROUND18: readonly ClassRule[] = [
  // My own death and an insurance payout to clear the card or leave for family: "如果我人不在了…
  // 意外险能不能拿来还卡…给我老婆留点", "does the life cover pay out if I die … clear the debt".
  {
    family: 'farewell',
    cue: /保险|寿险|意外险|保单|理赔|赔|insur|cover|polic|payout|pay out/,
    pattern:
      /(?:我|人)(?:要是|如果|万一)?(?:哪天)?(?:不在了|没了|死了|走了)[^。！？]{0,40}(?:寿险|意外险|保险|保单|理赔|赔的钱|赔下来)|(?:寿险|意外险|保险|保单)[^。！？]{0,20}(?:我|人)(?:要是|如果|万一)?(?:不在了|没了|死了|走了)|\b(?:(?:if|when|once|after) (?:i'?m|i am|i) (?:gone|dead|die|died)|worth more dead)\b[^.?!]{0,60}\b(?:life (?:insurance|cover|policy)|insurance|the policy|payout|pay ?out)\b|\b(?:life (?:insurance|cover|policy)|insurance|the policy)\b[^.?!]{0,40}\b(?:if|when|once|after) (?:i'?m|i am|i) (?:gone|dead|die|died)\b/,
    needs:
      /留给|留点|留下|留些|留了|留一点|(?:多的|剩下的|剩的)(?:都)?给|这个月|月底|下个月|\b(?:leave (?:my |the )?(?:wife|husband|kids|children|family|partner|mum|mom|dad)(?: with)? (?:something|a bit|some(?:thing)? money|money)|leave (?:something|a bit|money) (?:for|to)|worth more dead|i need it to|(?:this|next) (?:week|month)|tonight|at least|how (?:long|soon) (?:does|would|will|do) (?:a |the )?pay ?outs?)\b/,
    unless:
      /推荐|产品|了解一下|买(?:份|个|一份)?(?:保险|寿险|意外险)|去世|过世|身故|家属|继承|住院|\b(?:payment protection|ppi|credit (?:protection|insurance)|thinking of (?:adding|getting|buying)|do you (?:sell|offer)|product|quote|executor|estate|solicitor|(?:my|our|his|her) (?:dad|mum|mom|father|mother|husband|wife|nan|gran\w*) (?:is gone|died|passed))\b/,
  },
  // A means set up, said tersely: "rope's up. what do I still owe", "noose is tied", "绳套打好了",
  // "绳圈挂在门框上了". A rope for a tent, the washing, a swing or a move is everyday.
  {
    family: 'method',
    cue: /绳|rope|noose/,
    pattern:
      /(?:绳套|绳圈|套索|上吊的绳子?)[^。！？]{0,8}(?:打好|系好|挂好|弄好|绑好|准备好|挂在|系在|套上)|绳子?[^。！？]{0,4}(?:挂在|系在)(?:门框|房梁|梁|横梁|吊扇|暖气管|门把手|衣柜杆)|(?:凳子|椅子)[^。！？]{0,6}绳子?[^。！？]{0,4}(?:都)?(?:弄好|准备好|摆好)|\b(?:the |my )?(?:rope|noose)(?:'s| is|s)? (?:up|tied|ready|hung|set up|in place)\b|\b(?:got|put|have|hung|tied|set) (?:up )?(?:the|a|my) (?:rope|noose)(?: up| ready| round| around| over)?\b/,
    unless:
      /晾|帐篷|露营|跳绳|搬家|捆|行李|秋千|攀岩|健身|拔河|船|货|\b(?:tent|washing|line|swing|climb\w*|gym|boat|camp\w*|fence|ring|boxing|tug|ladder|pulley|hammock|rigging|abseil\w*|van|roof rack|trailer|load|mov(?:e|ing)|halloween|decorations?|knot|fishing|lasso|skipping)\b/,
  },
  // No way out, and a decision made with nothing named: "no way out … ive decided", "走投无路了…
  // 我已经决定了". A decision with its object (a plan, closing the card) is everyday.
  {
    family: 'farewell',
    cue: /决定|想好了|决心|主意|decided|mind/,
    pattern:
      /(?:决定了|想好了|下定决心了|打定主意了)(?=[。！？，,.!\s]|$|别劝|不用劝)|\b(?:i'?ve|ive|i have|i) (?:decided|made up my mind|made my (?:mind up|decision|choice))(?: now)?(?=\s*(?:[.!…,;]|$))|\bmy mind(?:'s| is) made up\b|\bit'?s decided(?: now)?(?=\s*(?:[.!…,;]|$))/,
    needs:
      /走投无路|没有?出路|没希望了|没活路|撑不下去|熬不下去|绝望|别劝我?|活不下去|活着没意思|没有未来|\b(?:no way out|nothing left|trapped|hopeless|can'?t (?:see a way|see any way|go on|do this any ?more|take (?:it|this) any ?more|cope any ?more)|no (?:hope|future)|no point (?:anymore|any more|in (?:living|going on|trying))|done with (?:it all|everything|life)|talk me (?:round|out of it)|(?:don'?t|dont) try|goodbye|sorry everyone|lost everything)\b/,
    unless:
      /协商|分期|停息|挂账|还清|注销|借钱|还上|还款|销户|投诉|起诉|破产|先还|\b(?:pay(?:ing)? (?:it |this )?off|payment plan|switch\w*|clos(?:e|ing)|cancel\w*|bankrupt\w*|iva|debt relief|consolidat\w*|complain\w*|ombudsman|move banks)\b/,
  },
];

/**
 * Everyday talk in the words of a rule (read by `round9IsOrdinary`): no way out of a fee or a
 * contract, "走投无路只能协商了" said with the plan that follows, a rope tied for a swing, a tent
 * or the washing ("秋千的绳子系好了").
 */
export const ROUND18_IDIOMS: readonly (readonly [RegExp, RegExp])[] = [
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
];
