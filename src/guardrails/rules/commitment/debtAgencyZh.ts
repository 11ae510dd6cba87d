import { GAP, type PatternRuleSpec, YOU, zh } from '../ruleTypes.js';
import { ALL_OFFERS } from '../shared/common.js';
import { NGAP, SLOGAN_NOT_DEBUNKED, SLOGAN_NOT_NAMED } from '../shared/zh.js';

/**
 * Unauthorised commitments (Chinese): what a debt agency, a credit-repair seller or a collector
 * promises to get from the bank (issue 16, guardzh20). Read as structure, not slogans: a helper
 * (帮你/替你/我们/团队) and a relief only the bank can grant (停息挂账, 只还本金, 减一半, 零利息分期,
 * a late mark removed, collection calls stopped), or an outcome guaranteed (不成功退款, 稳过, 保你谈下来,
 * 几个工作日就能撤, 当天见效). A warning that names the slogan ("打着…旗号", "所谓…", "…？骗局！",
 * "声称能…的都是诈骗") reports it; a bank that says what it will not do is negated.
 */

/** A relief the bank may grant after review ("具体以审核结果为准") is no promise. */
const NOT_REVIEWED = '(?![^。\\n]{0,30}(?:审核|审批|评估|为准))';
/** Soon: "三到五个工作日", "当天". */
const SOON = '(?:[一二两三四五六七八九十几\\d]+(?:到[一二两三四五六七八九十\\d]+)?个?(?:工作日|天)(?:内|之内)?|当天)';
/** What only the bank grants: relief, a plan, a late mark removed, collection stopped. */
const RELIEF =
  '(?:停息挂账|停息|挂账|只还本金|免(?:除)?(?:全部)?(?:利息|罚息|违约金)|免息|减(?:免|掉)?(?:一半|大半|[一二三四五六七八九\\d]+成|利息|罚息)|零利息|[一二三四五六七八九十\\d]+期(?:零利息|免息)|撤(?:销|掉)?(?:逾期|记录|征信)|恢复征信)';
/** What only agencies sell: banks name these words only to warn of them. */
const AGENCY_WORK = '(?:停息挂账|征信修复|修复征信|债务优化|债务重组|反催收)';
/** A collector's own word may also be a plan or a deferral. */
const PLAN = `(?:${RELIEF}|分[一二三四五六七八九十百\\d]+期|延期|缓还|不上征信)`;
/** A relief or outcome guaranteed: money back, "稳过", "包…下来". */
const GUARANTEE =
  '(?:不成功|协商不成|谈不下来|谈不成|办不下来|办不成|没成功|没办成|没谈成|失败)[^。!?\\n]{0,14}?(?:退款|退钱|退费|退还|不收费|不收钱|免费|一分钱不要|一分不要|分文不取|不要钱)|稳过|稳下|包(?:下来|谈下来|办下来|你满意)|(?:当天|当日|马上|立刻|立即|快速|包)见效';

export const COMMITMENT_DEBT_AGENCY_ZH: PatternRuleSpec[] = [
  {
    // "交299元，保你协商下来，协商不成退钱", "负债50万以内都能帮你谈到减一半，稳过", "上征信的记录三到五个工作日就能撤".
    id: 'unauthorized_commitment.credit_record',
    lang: 'zh',
    negatable: true,
    triggers: ['不成', '不下来', '没成功', '失败', '稳过', '稳下', '包', '保', '工作日', '天', '见效', '痕迹', '恢复', '变回', '还原'],
    patterns: zh(
      `(?:${GUARANTEE})${SLOGAN_NOT_NAMED}${SLOGAN_NOT_DEBUNKED}`,
      `(?:保|保证|包)${YOU}?(?:协商|谈|办|批|申请|下款|处理)(?:得)?(?:下来|成功|好|成)${SLOGAN_NOT_NAMED}${SLOGAN_NOT_DEBUNKED}`,
      `(?:征信|记录|逾期|不良)[^。!?\\n]{0,16}?${SOON}${NGAP(4)}(?:就能|就可以|即可|就会|可以|能)?(?:撤(?!回)|删|消除|消掉|下架|恢复|见效)${SLOGAN_NOT_NAMED}${SLOGAN_NOT_DEBUNKED}`,
      `${SOON}${NGAP(4)}(?:就能|就可以|即可|就会|可以|能)(?:撤(?:销|掉|下)?|删(?:除|掉)?|消除|消掉|下架|恢复)${GAP(4)}(?:征信|记录|逾期|不良)${SLOGAN_NOT_NAMED}${SLOGAN_NOT_DEBUNKED}`,
      `不会留(?:下)?(?:任何)?痕迹`,
      `(?:征信|信用记录|逾期记录)${NGAP(6)}(?:恢复|变回|还原)(?:成|到|为)?(?:正常|良好|干净|白户)${SLOGAN_NOT_NAMED}${SLOGAN_NOT_DEBUNKED}`,
    ),
  },
  {
    // "我们可以一对一帮您谈，停息挂账，只还本金，最长分60期", "有办法让银行同意只还本金", "帮你谈到减一半".
    id: 'unauthorized_commitment.credit_record',
    lang: 'zh',
    negatable: true,
    authorisedBy: ALL_OFFERS,
    triggers: ['帮', '替', '让银行', '有办法', '有渠道', '团队', '我们可以', '我们能'],
    patterns: zh(
      `(?:(?:帮|替)${YOU}|(?:我们|我|团队|本公司|我司)(?:都|也)?(?:可以|能|有办法|有渠道)(?:帮${YOU}|替${YOU}|让银行)?|有办法让银行|让银行(?:同意|答应))${NGAP(8)}(?:谈|协商|申请|争取|办理?|搞|做|处理)?(?:到|下|成|出)?${NGAP(6)}${RELIEF}${SLOGAN_NOT_NAMED}${SLOGAN_NOT_DEBUNKED}${NOT_REVIEWED}`,
    ),
  },
  {
    // An agency's advertisement: "停息挂账专业团队，全国办理", "已帮上万人上岸", "银行内部人员帮你申请".
    id: 'unauthorized_commitment.credit_record',
    lang: 'zh',
    negatable: true,
    triggers: ['上岸', '一身轻', '停息挂账', '征信修复', '修复征信', '债务优化', '债务重组', '反催收', '内部'],
    patterns: zh(
      `(?:帮|助|带)${GAP(12)}上岸${SLOGAN_NOT_NAMED}|(?:让|帮|助)${YOU}?${GAP(2)}无债一身轻${SLOGAN_NOT_NAMED}`,
      `(?:${AGENCY_WORK}${GAP(6)}(?:专业|团队|办理|代办|包办|一对一|咨询|加v|加微|私信|找我)|(?:专业|代办|包办|一对一|代理)${GAP(4)}${AGENCY_WORK})${SLOGAN_NOT_NAMED}${SLOGAN_NOT_DEBUNKED}`,
      `(?:有|认识|找|通过)(?:银行|我们的?|我的)?内部(?:人员|的人|员工|朋友|人)${SLOGAN_NOT_NAMED}`,
    ),
  },
  {
    // "后续的催收电话我们全部帮你拦截", "帮你屏蔽催收".
    id: 'unauthorized_commitment.credit_record',
    lang: 'zh',
    negatable: true,
    triggers: ['拦截', '屏蔽', '挡掉', '挡住'],
    patterns: zh(
      `(?:(?:催收|催款|催债)${GAP(16)}(?:拦截|屏蔽|挡掉|挡住)|(?:拦截|屏蔽|挡掉|挡住)${GAP(6)}(?:催收|催款|催债))${SLOGAN_NOT_NAMED}${SLOGAN_NOT_DEBUNKED}`,
    ),
  },
  {
    // A collector's own word: "剩余欠款我去跟领导申请，肯定给你办下来", "我已口头答应其余部分零利息分24期".
    id: 'unauthorized_commitment.waiver',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['waiver', 'deferral', 'extension', 'hardship_plan', 'discount', 'settlement'],
    triggers: ['肯定', '一定', '保证', '保准', '绝对', '百分百', '答应', '承诺'],
    patterns: zh(
      `(?:肯定|一定|保证|保准|绝对|百分百)(?:能|会|可以)?(?:给${YOU}|帮${YOU}|替${YOU})?(?:办|批|申请|谈|协商)(?:得)?下来`,
      `(?:我|已|已经)(?:已经?|都)?(?:口头)?(?:答应|承诺)(?:了)?(?:客户|${YOU}|他|她)?${NGAP(12)}${PLAN}`,
    ),
  },
  {
    // Pinyin: "zheng xin … bao cheng gong", "yu qi ji lu … chu li diao".
    id: 'unauthorized_commitment.credit_record',
    lang: 'zh',
    negatable: true,
    triggers: ['bao cheng gong', 'baochenggong', 'chu li diao', 'xiao chu', 'shan chu', 'xi bai', 'ting xi gua zhang'],
    patterns: zh(
      `(?<!\\b(?:bu|bie|mei|bu hui|bu neng|mei you|wu fa) )(?:bao ?cheng ?gong|ting ?xi ?gua ?zhang)|(?:zheng ?xin|yu ?qi ?ji ?lu|ji ?lu)[a-z ,]{0,40}?(?:chu ?li ?diao|xiao ?chu|shan ?chu|xi ?bai)`,
    ),
  },
];
