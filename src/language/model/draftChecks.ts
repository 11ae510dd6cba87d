import type { Locale } from '../../core/locale.js';
import type { Category, Verdict, Violation } from '../../guardrails/types.js';

/**
 * Checks a model draft must pass before it is even shown to the guardrails: things only the
 * model path can get wrong (a dropped amount, the wrong language, the prompt's own text or
 * markers, an empty or rambling answer). Findings use the guardrail Verdict shape so the
 * transcript shows them like any other blocked draft; their rule ids start with "model.".
 */
export interface DraftExpectations {
  locale: Locale;
  /** Amounts, dates and reference numbers the draft must contain verbatim. */
  required: string[];
  maxChars: number;
  /** Internal text (system prompt, act guide) the draft must not echo. */
  internal: string[];
  /** Text the draft may share with the internal text (the reference template). */
  allowed: string;
}

interface Finding {
  rule: string;
  category?: Category;
  evidence: string;
}

const HAN = /\p{Script=Han}/u;

/**
 * Topics a reworded reply may not bring up unless the approved wording already does: relief
 * (waivers, discounts, settlements), authority roles, legal steps and the legal notices. The model only rewords the
 * reference; a reply that suddenly "waives", speaks "as the manager" or mentions a court has
 * followed someone's instructions, whatever the guardrails make of its phrasing.
 */
const TOPICS: readonly { category: Category; en: RegExp; zh: RegExp }[] = [
  {
    category: 'unauthorized_commitment',
    en: /\b(?:waiv\w*|forgiv\w*|discount\w*|settle\w*|write[- ]?off|written off|owe nothing|interest[- ]free|cleared|wiped)\b/gi,
    zh: /免除|减免|免息|停息|免掉|打折|折扣|优惠|和解|勾销|清零|不用还|无需再还|无需还款/g,
  },
  {
    category: 'misrepresentation',
    en: /\b(?:manager|supervisor|lawyer|attorney|officer|police|court|judge)\b/gi,
    zh: /经理|主管|律师|法务|法院|警察|公安|法官/g,
  },
  {
    category: 'false_legal',
    en: /\b(?:arrest\w*|jail|prison|lawsuit|sue|sued|criminal|blacklist\w*)\b/gi,
    zh: /起诉|报警|拘留|坐牢|刑事|黑名单|犯罪/g,
  },
  {
    // The debt-collector notice (DOMAIN.md "Fixed disclosures") is fixed text the opening and
    // reminder templates place for US accounts only; a model never writes it, in any reply.
    category: 'misrepresentation',
    en: /\battempt to collect a debt\b|\binformation obtained will be used for that purpose\b/gi,
    zh: /债务催收沟通|获取的任何信息都将用于/g,
  },
];

function newTopics(draft: string, e: DraftExpectations): Finding[] {
  const found: Finding[] = [];
  const reference = e.allowed.toLowerCase();
  for (const topic of TOPICS) {
    const pattern = e.locale === 'zh-CN' ? topic.zh : topic.en;
    for (const m of draft.matchAll(pattern)) {
      const word = m[0].toLowerCase();
      if (!reference.includes(word) && !found.some((f) => f.evidence === word))
        found.push({ rule: 'model.new_topic', category: topic.category, evidence: word });
    }
  }
  return found;
}
const MARKERS = /<<<|>>>|CUSTOMER_MESSAGE|REFERENCE>>>|<<<REFERENCE|CONVERSATION>>>/;

/** Strips what models wrap answers in: surrounding quotes, a code fence, blank edges. */
export function cleanDraft(text: string): string {
  let out = text.trim();
  out = out
    .replace(/^```[a-z]*\n?/i, '')
    .replace(/\n?```$/, '')
    .trim();
  const pairs: [string, string][] = [
    ['"', '"'],
    ['“', '”'],
    ['「', '」'],
    ["'", "'"],
  ];
  for (const [open, close] of pairs) {
    if (out.length > 2 && out.startsWith(open) && out.endsWith(close) && !out.slice(1, -1).includes(close)) {
      out = out.slice(1, -1).trim();
    }
  }
  return out;
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}]+/gu, '');
}

/** Windows of the internal text long enough that sharing one means copying, not coincidence. */
function echoes(draft: string, e: DraftExpectations): string | undefined {
  const size = e.locale === 'zh-CN' ? 14 : 36;
  const d = squash(draft);
  const allowed = squash(e.allowed);
  for (const source of e.internal) {
    const s = squash(source);
    for (let i = 0; i + size <= s.length; i += 2) {
      const window = s.slice(i, i + size);
      if (d.includes(window) && !allowed.includes(window)) return window;
    }
  }
  return undefined;
}

function findingsFor(draft: string, e: DraftExpectations): Finding[] {
  const found: Finding[] = [];
  if (draft.trim().length === 0) return [{ rule: 'model.empty', evidence: '' }];
  if (draft.length > e.maxChars * 1.5)
    found.push({ rule: 'model.too_long', evidence: `${draft.length} characters` });
  const hasHan = HAN.test(draft);
  if (e.locale === 'zh-CN' ? !hasHan : hasHan)
    found.push({ rule: 'model.language', evidence: `expected ${e.locale}` });
  if (MARKERS.test(draft))
    found.push({ rule: 'model.markers', category: 'prompt_leak', evidence: 'prompt markers' });
  const echo = echoes(draft, e);
  if (echo !== undefined)
    found.push({ rule: 'model.prompt_echo', category: 'prompt_leak', evidence: 'instructions repeated' });
  found.push(...newTopics(draft, e));
  for (const fact of e.required) {
    if (!draft.includes(fact))
      found.push({ rule: 'model.fact_missing', category: 'misrepresentation', evidence: fact });
  }
  return found;
}

/**
 * The draft's own verdict: allowed, or blocked (categorised findings) / unverified (empty,
 * too long, wrong language), never silently passed.
 *
 *   checkDraft('您好', { locale: 'en', required: [], maxChars: 200, internal: [], allowed: '' }).status // 'unverified'
 */
export function checkDraft(draft: string, e: DraftExpectations): Verdict {
  const findings = findingsFor(draft, e);
  if (findings.length === 0) return { allowed: true, status: 'allowed', violations: [] };
  const violations: Violation[] = findings
    .filter((f): f is Finding & { category: Category } => f.category !== undefined)
    .map((f) => ({
      category: f.category,
      rule: f.rule,
      severity: 'medium',
      span: { start: 0, end: draft.length },
      evidence: f.evidence,
    }));
  const reason = findings.map((f) => (f.evidence ? `${f.rule} (${f.evidence})` : f.rule)).join('; ');
  return { allowed: false, status: violations.length > 0 ? 'blocked' : 'unverified', violations, reason };
}

/** Feedback for the model: what was wrong, by rule, and which facts it must copy exactly. */
export function describeFindings(verdict: Verdict, locale: Locale): string {
  const parts = [verdict.reason ?? verdict.violations.map((v) => `${v.category}/${v.rule}`).join('; ')];
  const missing = verdict.violations.filter((v) => v.rule === 'model.fact_missing').map((v) => v.evidence);
  if (missing.length > 0)
    parts.push(
      locale === 'zh-CN'
        ? `必须原样包含：${missing.join('、')}`
        : `must include exactly: ${missing.join(', ')}`,
    );
  return parts.join('; ');
}
