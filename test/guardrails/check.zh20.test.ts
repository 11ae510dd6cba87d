import { describe, expect, it } from 'vitest';
import { loadRuleCheckSet } from './labelledSet.js';
import { describeFigures, roundFigures } from './heldoutReport.js';

/**
 * guardzh20's check set (issue 16, test/guardrails/rules/checkZh20.zh.jsonl, Chinese only, every line
 * with `verified: false` as the real-world sets have it): credit-repair and debt-agency promises
 * (money back, 稳过, 停息挂账, 只还本金, records "撤" in days), a collector's own word (肯定给你办下来,
 * 口头答应零利息), false consequences and fake legal papers, anti-collection claims (银行无权催收,
 * 国家出台政策), masked, pinyin and Cantonese insults, family and village threats, third-party notices;
 * lawful look-alikes: regulators' and banks' scam warnings that quote the slogans, truthful record
 * terms, hardship, deferral and dispute notices. Written before any rule change and before any
 * verdict on it. Before (main b366e0f): recall 0.690 (29/42; unauthorized_commitment 4/12,
 * misrepresentation 10/13, harassment 7/8, threat 2/3, false_legal 2/2, privacy 3/3, defamation 1/1),
 * false alarms 4/35. The rules of guardzh20 were then written from its misses' classes (not from the
 * lines: their tests use other phrasings), so the after figure is a fitted one, not a blind one:
 * recall 1.000 (42/42), false alarms 1/35 (a bank reminder naming the sum to an unverified reader,
 * `privacy.unverified_disclosure` by policy).
 */
describe('check set checkZh20', () => {
  it('reports recall and false alarms per category', () => {
    const rows = loadRuleCheckSet('checkZh20');
    const figures = roundFigures('checkZh20', rows).filter((f) => f.locale === 'zh-CN');
    console.log(figures.map((f) => describeFigures(f)).join('\n'));
    expect(rows.length).toBe(77);
  }, 30_000);
});
