import { addressesNoOne, plainNotice } from './negationNotice.js';
import { statesTerms } from './negationTermsZh.js';
import { maskPii } from '../core/pii.js';
import { runLexicon, runPatterns } from './engine.js';
import { checkChannels } from './channels.js';
import { classifierFinding } from './classifier/opinion.js';
import { checkFacts, type Finding } from './facts.js';
import { findIdentifiers, type IdentifierKind } from './identifiers.js';
import { compact, normalise, normaliseShared, originalSpan, type NormalisedText } from './normalise.js';
import { maskedFindings } from './masks.js';
import { disguisedFindings } from './disguiseZh.js';
import { findMentions } from './numbers.js';
import { declared } from './rules/index.js';
import { findLeaks } from './secrets.js';
import { structureFindings } from './structure.js';
import type { DetectorTiming, GuardContext, GuardrailCheck, Verdict, Violation } from './types.js';

/** Bumped whenever a rule, word list or threshold changes; recorded in every audit event. */
export const POLICY_VERSION = '2026.12.24';

const EVIDENCE_MAX = 80;

const IDENTIFIER_RULE: Readonly<Record<IdentifierKind, string>> = {
  id_number: 'privacy.id_number',
  card_number: 'privacy.card_number',
  ssn: 'privacy.ssn',
  phone: 'privacy.phone',
};

/** Every digit but the last four masked: evidence never carries a full identifier. */
export function maskDigits(text: string): string {
  const total = (text.match(/\d/g) ?? []).length;
  let seen = 0;
  return text.replace(/\d/g, (d) => (++seen > total - 4 ? d : '*'));
}

const DIGIT = /\d/;

function evidenceOf(text: string, start: number, end: number, identifier: boolean): string {
  const slice = text.slice(start, Math.min(end, start + EVIDENCE_MAX));
  // Every identifier maskPii masks is made of digits: without one, it would return the slice.
  if (!DIGIT.test(slice)) return slice;
  return identifier ? maskDigits(slice) : maskPii(slice);
}

/**
 * Amounts, dates and days named in the reply, read only when checkFacts needs them: it reads
 * every mention of an unverified person's account, and a verified person's only against facts.
 */
function factFindings(text: string, context: GuardContext): Finding[] {
  if (context.verified && !context.facts) return [];
  return checkFacts(findMentions(text), context);
}

function toViolations(text: string, norm: NormalisedText, findings: Finding[]): Violation[] {
  const seen: Violation[] = [];
  // The violations kept so far, by rule: a finding is a duplicate of an overlapping one of its rule.
  const byRule = new Map<string, Violation[]>();
  for (const f of findings) {
    const span = originalSpan(norm, f.start, f.end);
    const same = byRule.get(f.rule);
    if (same?.some((v) => v.span.start < span.end && span.start < v.span.end)) continue;
    const identifier =
      f.rule === 'privacy.id_number' ||
      f.rule === 'privacy.card_number' ||
      f.rule === 'privacy.ssn' ||
      f.rule === 'privacy.phone';
    const { category, severity } = declared(f.rule);
    const violation: Violation = {
      category,
      rule: f.rule,
      severity,
      span,
      evidence: evidenceOf(text, span.start, span.end, identifier),
    };
    seen.push(violation);
    if (same) same.push(violation);
    else byRule.set(f.rule, [violation]);
  }
  return seen;
}

/** Masked Chinese profanity, read on the original text (offsets are already original; timed with the word lists). */
function maskedViolations(text: string, masked: Finding[], found: readonly Violation[]): Violation[] {
  return masked
    .filter((f) => !found.some((v) => v.rule === f.rule && v.span.start < f.end && f.start < v.span.end))
    .map((f) => ({
      category: f.category,
      rule: f.rule,
      severity: f.severity,
      span: { start: f.start, end: f.end },
      evidence: evidenceOf(text, f.start, f.end, false),
    }));
}

/** Whether the text is mostly in a script the rules do not cover (not Chinese or Latin). */
function uncovered(norm: NormalisedText): boolean {
  const { han, latin, other } = norm.letters;
  return other >= 4 && other > 0.3 * (han + latin + other);
}

class Stopwatch {
  readonly timings: DetectorTiming[] = [];
  private last = performance.now();
  lap(detector: string): void {
    const now = performance.now();
    this.timings.push({ detector, latencyUs: Math.round((now - this.last) * 1000) });
    this.last = now;
  }
}

function identifierFindings(norm: NormalisedText, context: GuardContext): Finding[] {
  return findIdentifiers(norm.text, context.serviceNumbers).map((h) => ({
    rule: IDENTIFIER_RULE[h.kind],
    category: 'privacy',
    severity: 'critical',
    start: h.start,
    end: h.end,
  }));
}

const secretCache = new Map<string, string>();

/** Secrets in compact form, cached: normalised before the reply (the reply uses shared buffers). */
function compactSecrets(context: GuardContext): string[] {
  return (context.secrets ?? []).map((secret) => {
    let c = secretCache.get(secret);
    if (c === undefined) {
      c = compact(normalise(secret)).text;
      if (secretCache.size > 64) secretCache.clear();
      secretCache.set(secret, c);
    }
    return c;
  });
}

function leakFindings(norm: NormalisedText, secrets: string[]): Finding[] {
  if (secrets.length === 0) return [];
  const view = compact(norm);
  return findLeaks(view.text, secrets).map(([s, e]) => ({
    rule: 'prompt_leak.secret',
    category: 'prompt_leak',
    severity: 'high',
    start: view.index[s] ?? 0,
    end: (view.index[e - 1] ?? 0) + 1,
  }));
}

/**
 * The classifier's violation unless a binding judge cleared this text (GuardContext.judged).
 * The send path checks the text plus its suggested-action labels: the cleared text may be
 * followed by a line break and more, which the classifier then judges on its own.
 */
function judgedViolation(text: string, context: GuardContext, violation: Violation): Violation | undefined {
  const cleared = context.judged?.text;
  if (cleared === undefined || cleared === '') return violation;
  if (text === cleared) return undefined;
  if (!text.startsWith(`${cleared}\n`)) return violation;
  const rest = text.slice(cleared.length + 1);
  const restOpinion = classifierFinding(rest, normalise(rest).text);
  if (!restOpinion?.violation) return undefined;
  const offset = cleared.length + 1;
  const span = {
    start: restOpinion.violation.span.start + offset,
    end: restOpinion.violation.span.end + offset,
  };
  return { ...restOpinion.violation, span };
}

/**
 * Checks one outbound reply against every rule. Synchronous, no I/O; patterns are compiled once.
 *
 *   check('我们不会联系您的家人。', { locale: 'zh-CN', verified: true }).allowed  // true
 *   check('再不还钱就通知你单位', { locale: 'zh-CN', verified: true }).violations[0].rule
 *   // 'privacy.third_party'
 */
export function check(text: string, context: GuardContext): Verdict {
  const last = recent.get(context);
  if (last && last.text === text && sameFields(last.fields, context)) return copyOf(last.verdict);
  const verdict = checkNow(text, context);
  recent.set(context, { text, fields: Object.entries(context), verdict: copyOf(verdict) });
  return verdict;
}

/**
 * The last text checked under each context object and its verdict: a bot reply is checked when
 * it is worded and again, unchanged, on the send path (the last line of defence); the rules are
 * pure, so the second check of the same text under the same, unchanged context gives the same
 * verdict (its timings are the first check's). Any change of text or of a context field checks again.
 */
const recent = new WeakMap<GuardContext, { text: string; fields: [string, unknown][]; verdict: Verdict }>();

function sameFields(fields: [string, unknown][], context: GuardContext): boolean {
  const now = context as unknown as Record<string, unknown>;
  if (Object.keys(now).length !== fields.length) return false;
  return fields.every(([key, value]) => Object.is(now[key], value));
}

function copyOf(verdict: Verdict): Verdict {
  return { ...verdict, violations: [...verdict.violations] };
}

function checkNow(text: string, context: GuardContext): Verdict {
  const watch = new Stopwatch();
  const secrets = compactSecrets(context);
  const norm = normaliseShared(text);
  watch.lap('normalise');
  const findings = runLexicon(norm);
  const masked = [...maskedFindings(text), ...disguisedFindings(text)];
  watch.lap('lexicon');
  findings.push(...runPatterns(norm, context));
  // Structural checks (addressee + act + object) are regex work too: timed with the patterns.
  findings.push(...structureFindings(norm.text, context));
  watch.lap('patterns');
  findings.push(...identifierFindings(norm, context));
  watch.lap('identifiers');
  findings.push(...factFindings(norm.text, context));
  watch.lap('facts');
  findings.push(...checkChannels(norm.text, context));
  watch.lap('channels');
  findings.push(...leakFindings(norm, secrets));
  watch.lap('secrets');
  // A general notice addressed to no one discloses nothing about anyone (guardrw14c).
  const general = addressesNoOne(norm.text);
  // So does a fee schedule quoted from the contract, whose sums are terms (guard17zh).
  const terms =
    !general && findings.some((f) => f.rule === 'privacy.unverified_disclosure') && statesTerms(norm.text);
  const kept =
    general || terms ? findings.filter((f) => f.rule !== 'privacy.unverified_disclosure') : findings;
  const violations = toViolations(text, norm, kept);
  violations.push(...maskedViolations(text, masked, violations));
  const outside = uncovered(norm);
  // The classifier runs after the rules, only on what they let through (a reply the rules
  // block is blocked whatever it scores, so scoring it again is wasted work), and never judges a
  // script it was not trained on. Its opinion is recorded whenever it runs.
  const opinion = outside || violations.length > 0 ? undefined : classifierFinding(text, norm.text);
  // A general notice addressed to no one (a statute or a regulator's rule explained, guard15)
  // is no reply to a person: the classifier's opinion of it is recorded, not enforced.
  // So is a wrong-number check or a placement notice and nothing else (guardrw15b).
  const plain = opinion?.violation !== undefined && plainNotice(norm.text, context.verified === true);
  const blocking =
    opinion?.violation && !general && !plain && judgedViolation(text, context, opinion.violation);
  watch.lap('classifier');
  if (blocking && violations.length === 0) violations.push(blocking);
  const overruled =
    opinion?.violation && !blocking && context.judged ? { overruledBy: context.judged.by } : {};
  const extra = opinion ? { classifier: { ...opinion.opinion, ...overruled } } : {};
  if (violations.length > 0)
    return { allowed: false, status: 'blocked', violations, timings: watch.timings, ...extra };
  if (outside) {
    const reason = 'the reply is mostly in a language the guardrails do not cover (only zh-CN and en)';
    return { allowed: false, status: 'unverified', violations, reason, timings: watch.timings, ...extra };
  }
  return { allowed: true, status: 'allowed', violations, timings: watch.timings, ...extra };
}

/** The rule checker behind the pluggable interface (the default, and required, checker). */
export const ruleChecker: GuardrailCheck = { name: 'rules', check };
