// Console wording, Chinese first. Keys are used by data-t (text) and data-tp (placeholder).
export const TEXT = {
  'zh-CN': {
    title: '合规审核台', logout: '退出登录', signIn: '审核员登录', name: '用户名', password: '密码', signInButton: '登录',
    badLogin: '用户名或密码不正确，请重试。', notReviewer: '该账号没有审核权限。', from: '开始日期', to: '结束日期',
    account: '账户', channel: '渠道', outcome: '结果', any: '全部', search: '查询', startedAt: '开始时间',
    conversation: '会话', flags: '标记', noResults: '没有符合条件的会话。', more: '加载更多', back: '返回列表',
    reveal: '显示原文（留痕）', revealReason: '查看原文的原因（将被记录）', revealLog: '原文查看记录',
    prev: '上一步', next: '下一步', play: '按原始节奏回放', pause: '暂停', speed: '速度', showAll: '显示全部',
    masked: '个人信息已遮盖', unmasked: '正在显示原文，本次查看已记录', chainOk: '完整性校验通过：共 {n} 条记录，未被篡改',
    chainBroken: '完整性校验失败：第 {seq} 条记录（{problem}）', position: '第 {i} / {n} 步', records: '{n} 条记录',
    revealedBy: '{who} 于 {at} 查看了原文', act: '行为', wording: '措辞来源', verdicts: '审核结论', blockedDraft: '被拦截的草稿',
    model: '模型', template: '模板', none: '无', allowed: '通过', blocked: '拦截',
    o_open: '进行中', o_plan_agreed: '已达成还款计划', o_no_agreement: '未达成', o_dispute: '异议', o_opted_out: '已退订',
    o_handoff: '转人工', o_distress: '情绪危机', o_third_party: '非本人', o_verification_locked: '核身锁定',
    f_blocked: '拦截', f_escalated: '升级', f_disputed: '异议', f_optedOut: '退订',
    r_user: '客户', r_bot: '机器人', r_agent: '人工客服', r_system: '系统', colon: '：',
  },
  en: {
    title: 'Compliance review', logout: 'Sign out', signIn: 'Reviewer sign-in', name: 'Name', password: 'Password', signInButton: 'Sign in',
    badLogin: 'Wrong name or password. Please try again.', notReviewer: 'This account has no reviewer role.', from: 'From',
    to: 'To', account: 'Account', channel: 'Channel', outcome: 'Outcome', any: 'Any', search: 'Search', startedAt: 'Started',
    conversation: 'Conversation', flags: 'Flags', noResults: 'No conversations match.', more: 'Load more', back: 'Back to list',
    reveal: 'Reveal personal data (recorded)', revealReason: 'Why you need the unmasked text (recorded)', revealLog: 'Reveal audit',
    prev: 'Previous', next: 'Next', play: 'Replay with original timing', pause: 'Pause', speed: 'Speed', showAll: 'Show all',
    masked: 'Personal data masked', unmasked: 'Showing unmasked text; this reveal was recorded',
    chainOk: 'Integrity verified: {n} records, unaltered', chainBroken: 'Integrity check FAILED at record {seq} ({problem})',
    position: 'Step {i} of {n}', records: '{n} records', revealedBy: '{who} revealed this at {at}', act: 'Act', wording: 'Wording',
    verdicts: 'Verdicts', blockedDraft: 'Blocked draft', model: 'Model', template: 'Template', none: 'none', allowed: 'allowed',
    blocked: 'blocked', o_open: 'Open', o_plan_agreed: 'Plan agreed', o_no_agreement: 'No agreement', o_dispute: 'Dispute',
    o_opted_out: 'Opted out', o_handoff: 'Handed over', o_distress: 'Distress', o_third_party: 'Third party',
    o_verification_locked: 'Verification locked', f_blocked: 'Blocked', f_escalated: 'Escalated', f_disputed: 'Disputed',
    f_optedOut: 'Opted out', r_user: 'Customer', r_bot: 'Bot', r_agent: 'Agent', r_system: 'System', colon: ': ',
  },
};

let current = 'zh-CN';

export function setLocale(locale) {
  current = TEXT[locale] ? locale : 'zh-CN';
  document.documentElement.lang = current;
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = t(el.dataset.t);
  for (const el of document.querySelectorAll('[data-tp]')) el.placeholder = t(el.dataset.tp);
}

export function t(key, values = {}) {
  const template = TEXT[current][key] ?? TEXT.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
}
