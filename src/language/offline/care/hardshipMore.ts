import type { HardshipKind } from './hardshipKinds.js';

/**
 * More ways people tell each kind of hardship, written from the kinds themselves (how a stay in
 * hospital, a relative in custody, a flood or a lay-off is said in zh-CN and English), not from any
 * test message. Read with the rules in hardship.ts.
 */
const KIN_ZH =
  '(?:父亲|母亲|爸爸|妈妈|爸|妈|丈夫|老公|妻子|老婆|媳妇|爱人|孩子|儿子|女儿|家人|哥哥|姐姐|弟弟|妹妹|哥|弟|他|她)';
const KIN_EN =
  '(?:mom|mum|mother|dad|father|husband|wife|partner|son|daughter|kid|child|brother|sister|boyfriend|girlfriend|he|she)';

export const MORE_RULES: Record<HardshipKind, readonly RegExp[]> = {
  illness: [
    /住了?[^,.!?。！？]{0,6}院|出院|进了?(?:医院|icu|重症)|(?:躺|住|治)在医院|在医院(?:躺|住|治)|病倒|病重|得了[^,.!?。！？]{0,6}(?:病|癌)|查出(?:来)?(?:了)?[^,.!?。！？]{0,6}(?:病|癌|瘤)|慢性病|肾衰|搭桥|心脏病|支架|移植|开颅|做完(?:了)?[^,.!?。！？]{0,6}(?:手术|化疗|放疗)|肝硬化|做了?(?:个)?(?:大)?手术|开刀|康复中|在恢复|长了(?:个|一个)?(?:东西|肿块|结节|瘤子)|(?:要|做了?|做个)(?:穿刺|活检)/,
    /\b(?:in|into|out of) (?:the )?(?:hospital|icu|intensive care)\b|\b(?:on |in )?hospice\b|\b(?:heart|bypass|kidney) (?:surgery|failure|attack)\b|\bhospital (?:stay|bills?)\b|\bdischarged\b|\b(?:had|having|need) (?:an |a )?(?:operation|surgery|transplant)\b|\bchronic (?:illness|pain|condition)\b|\b(?:mental health|depression|breakdown)\b|\brecovering from\b/,
  ],
  job_loss: [
    /被(?:公司|单位|厂里|老板)?(?:优化|毕业)(?:了|掉)|把(?:我|我们)[^,.!?。！？]{0,10}(?:都|全)?裁(?:了|掉)|(?:公司|厂子?|单位|店)(?:也)?(?:倒了|黄了|没了)|老板跑路|工作(?:丢了|黄了)|(?:厂里|公司|单位|老板)不要我了|找不到活|丢了饭碗|被炒(?:鱿鱼)?|把我炒了|没活(?:儿)?干|生意做不下去|关门了|被[^,.!?。！？]{0,4}(?:辞退|开除|裁掉?|炒)|合同到期(?:了)?没续|待业|找不着工作/,
    /\b(?:let go(?! of)|sacked|jobless|out of a job|lost (?:my|our) (?:work|business|livelihood)|contract (?:ended|wasn't renewed|was not renewed)|(?:can't|cannot) find (?:a )?(?:job|work)|job (?:ended|is gone))\b/,
    /\b(?:factory|plant|company|shop|store|restaurant|business|firm|mill|mine|warehouse)(?: (?:i|we|he|she|they|my (?:husband|wife|partner)) (?:worked|work|was working) (?:at|in|for))? (?:closed down|shut down|went (?:bust|under)|folded|closed for good|closed and (?:nobody|no one|we|i|they))\b|\bno (?:paycheck|pay ?check|pay packet|wages?|salary) (?:since|for (?:weeks|months)|coming in)\b/,
  ],
  bereavement: [
    new RegExp(
      `办(?:完|了)?(?:${KIN_ZH}的)?后事|白事|病逝|(?<!带着?|领着|抱着)${KIN_ZH}(?:(?![搬跑带逃])[^,.!?。！？]){0,4}(?:去世|过世|(?<![搬跑出逃溜开拿带])走了|没了|离世|不在了)`,
    ),
    new RegExp(`\\b(?:death in the family|${KIN_EN} (?:died|passed)|lost my ${KIN_EN})\\b`),
    // A death told after the person was named: "…我想去找我妈，她前年走的", "他走了三年了".
    /(?:她|他)(?:是)?(?:前年|去年|前些年|几年前|早就|那年|\d+年前|上个?月)(?:就)?(?:走的|走了|去世的?|过世的?|没的)|(?:她|他)(?:已经)?(?:走了|去世|过世|不在)(?:\d+|[一二两三四五六七八九十几半]+)(?:个)?(?:年|月)(?:了|多)/,
    // A partner or parent who "just went" ("我老公刚走"), not one who just left the room or for work.
    new RegExp(
      `(?:老公|丈夫|老婆|妻子|爱人|老伴|爸爸|妈妈|老爸|老妈|爸|妈|父亲|母亲|儿子|女儿|孩子)(?:刚刚|刚|才)(?:走|没)(?:了|的|不久|没多久)?(?![^。！？]{0,6}(?:去|出门|上班|回|到|下楼|开车|坐车|出发|离开家|的时候|就|你|电话))`,
    ),
    /\b(?:stillborn|still-born|miscarri(?:age|ed)|lost (?:the|our|my) baby)\b/,
    // Died despite treatment: said of a person ("my dad didn't make it"), never "I didn't make it" (a
    // charge the person did not make, a bus they missed).
    new RegExp(
      `没(?:能)?抢救过来|抢救无效|没救过来|\\b(?:${KIN_EN}|baby|grandma|grandpa|grandmother|grandfather|they)\\b[^.?!]{0,20}\\b(?:didn'?t|did not) (?:make it|survive)\\b`,
    ),
  ],
  divorce: [
    /^离了[,，。]|(?:孩子|娃)(?:归我|判给我|跟我)|(?:我们|我跟[^,.!?。！？]{0,4}|和[^,.!?。！？]{0,4})离了(?!职)|离了婚|闹离婚|婚姻破裂|(?:老公|老婆|媳妇)(?:跟人)?跑了|(?:老公|老婆|媳妇)(?:搬走了|不要(?:我|我们|这个家)了|离家出走)|(?:老公|老婆|媳妇|丈夫|妻子)(?:带着?|领着)(?:孩子|娃)(?:搬)?(?:走了|离开了|回娘家)/,
    /\b(?:we split|we broke up|(?:husband|wife|partner) (?:left me|walked out)|marriage (?:ended|broke down|is over))\b/,
    // A partner who left the household, as people tell it ("my husband left and took the car"),
    // not one who left for work or the shop.
    /\b(?:my|our) (?:husband|wife|partner|boyfriend|girlfriend) (?:left|moved out|ran off|took off)(?! (?:for|to|the|at|on|in|early|late|already|home)\b)/,
  ],
  disaster: [
    /发大水|(?:房子|家|屋)(?:里)?(?:被水)?泡(?:了|水)|被淹|淹了|冲走|冲垮|房子塌|塌了|雪灾|旱灾|冰雹|灾区|安置点|避难所|着火|失火|烧没了|被偷(?!刷)|被盗(?!刷|用|办|开)|被抢/,
    /\b(?:burn(?:ed|t) down|fire destroyed|flood(?:s|water)?|storm (?:damage|destroyed)|evacuated|(?:emergency )?shelter|natural disaster|typhoon|cyclone|landslide|was robbed|got robbed)\b/,
  ],
  caring: [
    new RegExp(
      `陪床|伺候${KIN_ZH}?|(?:陪|照料)${KIN_ZH}(?:看病|治病|住院)|(?:要|得)(?:在家)?(?:带孩子|照顾)`,
    ),
    new RegExp(
      `\\bcar(?:ing|e|er) (?:full[- ]time )?(?:for|of) (?:my |our )?${KIN_EN}\\b|\\b(?:look|looking) after (?:my |our )?(?:[a-z]+ )?(?:${KIN_EN}|him|her|them)\\b|\\b(?:${KIN_EN}) (?:has|with) (?:dementia|alzheimer'?s)\\b|\\braising (?:my|our|his|her) (?:grandkids|grandchildren|grandsons?|granddaughters?|nephews?|nieces?|siblings|(?:kids|children) (?:on my own|alone|by myself))\\b`,
    ),
  ],
  imprisonment: [
    new RegExp(
      `${KIN_ZH}[^,.!?。！？]{0,4}(?:在|进了?|关在|关进)(?:看守所|拘留所|监狱|牢里)|${KIN_ZH}(?:被抓|被关)?进去了|(?:被抓|被关)(?:进去)?了|判了[^,.!?。！？]{0,4}(?:年|个月)|坐牢(?:了|呢|中)|在坐牢|蹲(?:了)?(?:监狱|大牢)|劳改`,
    ),
    new RegExp(
      `\\b(?:my )?${KIN_EN}(?:'s| is| was| has been| got)? (?:in|sent to|locked up in) (?:jail|prison|custody|detention)\\b|\\b(?:just )?(?:got|been|was|am|i'?m) (?:out of|released from) (?:jail|prison)\\b|\\b(?:in|at) (?:county|state|federal|the county|the state) (?:jail|prison|pen)\\b|\\b(?:locked up|behind bars|incarcerated|serving (?:a |[a-z]+ )?(?:sentence|time|years?|months?)|doing time|on remand|detained|(?:husband|wife|son|daughter|brother|sister|partner|dad|father) (?:got|was given|is serving) (?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?)(?! (?:to|of|for) (?:pay|interest|credit|free|warranty))|sentenced to (?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several) (?:years?|months?))\\b`,
    ),
  ],
  disability: [
    /(?:轧|压|砸|切|绞|摔)断(?:了)?|工地[^,.!?。！？]{0,4}(?:摔|伤|出事)|(?:摔|砸|压|撞)伤(?:了)?|残废|行动不便|(?:眼睛)?看不见了|听不见了|走不了路|下不了床|坐轮椅|失聪|耳聋|眼睛瞎了|盲人|智力障碍|精神残疾|致残|落下残疾|下半身瘫/,
    /\b(?:handicapped|amputat(?:ed|ion)|(?:can't|cannot) walk|lost the use of|blind|deaf|on disability|disability (?:benefits?|pension|allowance))\b/,
  ],
};

/**
 * Everyday talk in a kind's words, blanked before that kind is read: work in a hospital or a
 * prison, a check-up, someone else's lay-off or relative, a new job taken, a film about a flood.
 */
export const EVERYDAY_SPANS: Partial<Record<HardshipKind, RegExp>> = {
  illness:
    /(?:在|去)医院(?:上班|工作|体检)|(?:我是|当|做)(?:护士|医生|护工)|体检|\b(?:work(?:s|ing)? (?:at|in) (?:the |a )?hospital|(?:i'?m|i am|as) an? (?:nurse|doctor|paramedic|porter)|hospital\b[^.?!]{0,30}\b(?:check-?up|physical)|(?:check-?up|physical)\b[^.?!]{0,30}\bhospital)\b/g,
  job_loss:
    /(?:同事|朋友|邻居|别人|我哥|我姐|我弟|我妹)[^。！？，,]{0,4}(?:被裁|失业)(?:员)?(?:了)?|(?:要|在|准备)裁员[^。！？]{0,14}(?:轮不到我|不会是我|没有我|没我的事|没事|不影响我)|(?:辞职|离职|跳槽)了?[^。！？]{0,14}(?:换了|新工作|新公司|工资更高|报到|入职)|\b(?:my |a |our )?(?:coworkers?|co-workers?|colleagues?|friends?|neighbou?rs?|boss|brother|sister)(?:'s)? (?:got |was |were |just got )?(?:laid off|let go|fired)\b|\b(?:coworkers?|co-workers?|colleagues?|friends?|neighbou?rs?|boss|brother|sister) lost (?:his|her|their) (?:job|jobs|work)\b/g,
  bereavement:
    /(?:朋友|同事|邻居|同学|客户)(?:的|他|她|家)(?:[^。！？]{0,8})(?:去世|过世|走了|没了)[^。！？]*|(?:朋友|同事|邻居|同学|客户)[^。！？]{0,6}的?葬礼|\b(?:friend|coworker|colleague|neighbou?r|client)'?s (?:mom|mum|dad|mother|father|grandma|grandpa|husband|wife)\b[^.?!]*|\bfuneral home\b/g,
  divorce:
    /离(?:婚|了)(?:已经)?(?:很多|好多|好几|十几|几|多|\d+)年(?:了)?|\bdivorced (?:years|ages|a long time|\d+ years) ago\b|(?:朋友|同事|邻居|同学|闺蜜|哥们|表姐|表哥)[^。！？，,]{0,4}(?:离婚|离了婚|闹离婚)了?|\b(?:my |a |our )?(?:friends?|coworkers?|colleagues?|neighbou?rs?|cousins?)(?:'s)? (?:is |are |just |got |getting |going through (?:a )?)*divorc\w*/g,
  disaster:
    /(?:电影|电视剧|纪录片|新闻|演习|演练|游戏)[^。！？]{0,8}(?:地震|洪水|火灾|台风|水灾)|(?:地震|火灾|消防)(?:演习|演练)|\b(?:movie|film|documentary|show|news|video|book|game)\b[^.?!]{0,20}\b(?:flood|earthquake|fire|hurricane|tornado|wildfire)\b|\b(?:evacuat\w+ (?:for|during) (?:a |the )?)?(?:fire|earthquake|tornado) drill\b/g,
  imprisonment:
    /(?:在)?(?:监狱|看守所)(?:上班|工作)|狱警|\b(?:work(?:s|ing)? (?:at|in) (?:the |a )?(?:jail|prison)|prison (?:guard|officer)|corrections officer)\b/g,
};

/** Questions about consequences ("会坐牢吗", "will I go to jail?") are not hardship. */
export const CONSEQUENCE_QUESTION =
  /会(?:不会)?(?:坐牢|被抓|被判|进监狱)|(?:坐牢|被抓|判刑)(?:吗|么|嘛)|要坐牢|\b(?:will|would|can|could) (?:i|you|they) (?:go|be sent|end up|put me|send me) (?:to|in) (?:jail|prison)\b|\b(?:go|going) to jail\?/;

/**
 * Order of reading when one message tells of more than one kind: the more specific first
 * (a relative in prison is imprisonment; caring for a sick parent is caring, not illness).
 */
export const READING_ORDER: readonly HardshipKind[] = [
  'imprisonment',
  'bereavement',
  'divorce',
  'caring',
  'disability',
  'illness',
  'disaster',
  'job_loss',
];
