import type { ClassRule } from '../../distressRule.js';

/**
 * Past attempts: one stopped and told as past, a past attempt and "this time", a past crisis and
 * the same feeling back.
 */

export const PAST_ATTEMPTS_RULES: readonly ClassRule[] = [
  // An attempt stopped, told as past: "昨晚在江边站了一个多小时 脚都踩进水里了 … 又回来了", "sat on
  // the roof ledge with my legs over the side. came back in", "药都倒在手心了 … 又放回去了".
  {
    id: 'attemptStopped',
    family: 'method',
    cue: /江|河|湖|海|水|桥|天台|楼顶|阳台|窗台|栏杆|药|ledge|railing|edge|roof|bridge|river|lake|sea|water|canal|pills/,
    pattern:
      /(?:江|河|湖|海|水库|桥|天台|楼顶|阳台|窗台|栏杆)[^。！？!?]{0,30}(?:(?:脚|腿|鞋|膝盖|腰)[^。！？!?]{0,6}(?:踩进水|悬在外|没过|湿了|跨出去|伸出去)|水(?:都)?没过(?:了)?(?:膝盖|腰|脚踝|胸口)|(?:手|脚)(?:都)?松开(?:了)?栏杆|翻过(?:了)?栏杆)|(?:药|安眠药|药片)(?:都)?(?:倒在|攥在|握在|拿在)手(?:心|里)|\blegs? (?:over|dangling over) the (?:side|edge)\b|\bwrong side of the (?:\w+ )?(?:railing|barrier|fence|rail)\b|\b(?:walked|waded|went|stood) (?:into|in) the (?:lake|sea|river|water|canal|reservoir)\b[^.?!]{0,30}\bup to my (?:waist|chest|neck|shoulders)\b|\bhad the pills in my hand\b/,
    needs:
      /又?(?:回来|下来|回家|走回来|放回去|爬回来|退回来)|被(?:人)?(?:叫住|拉住|拉回来)|最后还是|\b(?:came (?:back|down|in)|climbed (?:back|down)|turned (?:around|back)|put (?:them|it) (?:back|down)|stepped back|walked back|someone (?:walked past|stopped me|called))\b/,
    unless:
      /游泳|钓鱼|散步|晒|(?<!开)玩|度假|旅游|赶海|\b(?:swim(?:ming)?|fishing|paddl\w+|surf\w*|holiday|photos?|beach|playing)\b/,
  },
  // A past attempt and "this time": "我去年吞过一次药没死成…这次想干脆点", "tried once before and
  // it didn't work. this time i won't mess it up".
  {
    id: 'pastAttemptThisTime',
    family: 'method',
    cue: /这次|这回|下次|this time|next time/,
    pattern:
      /(?:吞过|割过|跳过|喝过|烧过|试过|上过吊|自杀过)[^]{0,40}(?:这次|这回|下次)[^。！？]{0,8}(?:干脆|彻底|不会再失手|不想再失手|不再失手|一定成|做对|狠一点|不会再被救)|\b(?:took an overdose|overdosed|tried (?:once )?before|tried to (?:kill myself|end it)|attempted)\b[^]{0,80}\b(?:this|next) time\b[^.?!]{0,20}\b(?:get it right|won'?t (?:mess|screw|fail)|make (?:sure|it count)|do it properly|no mistakes|for real)\b/,
    needs:
      /没死成|没成|救回来|救了回来|抢救|洗胃|没死|\b(?:survived|didn'?t work|woke up in|pumped|saved me|found me)\b/,
    unless:
      /\b(?:autopay|payment|app|log ?in|transfer|direct debit|form|website|password|exam|test|interview|recipe|diet|pay|phone|meds|medication|dose|prescription|scare)\b|自动还款|转账|考试|面试/,
  },
  // A past crisis and the same feeling back: "上次有这种感觉的时候…洗胃，现在又是这样", "the last
  // time things got this bad i was sectioned", "ended up in a&e … i feel like that again".
  {
    id: 'pastCrisisBack',
    family: 'method',
    cue: /洗胃|精神|急诊|抢救|医院|icu|last time|sectioned|psych|ended up in|nearly/,
    pattern:
      /(?:上次|上回|之前|以前|那次|去年|前年|[一两三几]年前)[^。！？]{0,24}(?:洗胃|精神科|精神病院|急诊|抢救|住进了?医院|送(?:进|去|到)?(?:了)?(?:医院|急诊)|ICU)|\blast time\b[^.?!]{0,50}\b(?:sectioned|psych(?:iatric)? (?:ward|unit|hospital)|a&e|a and e|er|emergency|hospital|icu|stomach pumped|ambulance|did not survive|didn'?t survive|nearly died)\b|\b(?:sectioned|psych(?:iatric)? ward|ended up in (?:a&e|er|hospital))\b[^.?!]{0,50}\b(?:last time|last debt|after the last)\b|\bnearly (?:did not|didn'?t) (?:survive|make it)\b/,
    needs:
      /又|还糟|回来了|一样|\b(?:again|same (?:right now|feeling|way|as then)|feel(?:s|ing)? (?:like|exactly (?:the same|like)) (?:that|this|then)|exactly the same|back there|feels like then|like that again)\b/,
    unless:
      /过敏|海鲜|手术|胃出血|骨折|发烧|感冒|生孩子|车祸|滞纳金|身体好|膝|腰|心脏|肾|阑尾|胆|结石|中风|癌|化疗|受伤|扭伤|缝针|维修|\b(?:knee|back|hip|heart|chest|kidney|appendix|gallbladder|migraine|diabet\w*|stroke|cancer|chemo|injur\w*|sprain\w*|stitches|physio|ate|allerg\w*|shellfish|nuts|broken|fracture|wrist|pneumonia|flu|asthma|fee|missed a payment|surgery|operation|pregnan\w*|baby|covid|infection)\b/,
  },
];
