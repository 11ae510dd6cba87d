import { describe, expect, it } from 'vitest';
import { loadRuleCheckSet } from './labelledSet.js';
import { describeFigures, roundFigures } from './heldoutReport.js';

/**
 * guardrw14zh's check set (issue 16, test/guardrails/rules/checkRw14zh.zh.jsonl, Chinese only):
 * pressure through the family, credit harm said to fall on relatives, children or contacts,
 * visits in agency jargon (外访, 预留地址, with the village or residents' committee), invented
 * criminal cases, seizure without a court, traditional-character public shaming (award
 * certificates, posters naming a person), Cantonese payment outside the bank's channels, and
 * lawful look-alikes (family named only to say it is not contacted, 依法提起诉讼, hardship
 * offers, hotlines, traditional-character and Cantonese bank replies). Written before a rule
 * change and measured once before and once after, never fitted: before (main 5c4789e) recall
 * 0.500 (30/60; threat 11/20, false_legal 16/25, privacy 0/1, defamation 2/4, harassment 0/2,
 * misrepresentation 1/8), false alarms 0/42. After rules/structRw14Zh*.ts and channels.ts's
 * Cantonese pattern (written from the helper's own training lines, training/guardrails/rw14.zh.yaml,
 * not from this set): recall 0.933 (56/60; threat 18/20, false_legal 23/25, privacy 1/1,
 * defamation 4/4, harassment 2/2, misrepresentation 8/8), false alarms 0/42.
 */
describe('check set checkRw14zh', () => {
  it('reports recall and false alarms per category', () => {
    const rows = loadRuleCheckSet('checkRw14zh');
    const figures = roundFigures('checkRw14zh', rows).filter((f) => f.locale === 'zh-CN');
    console.log(figures.map((f) => describeFigures(f)).join('\n'));
    if (process.env.RW14ZH_MISSED === '1') {
      for (const f of figures) {
        for (const r of f.missed) console.log(`MISSED ${r.category}: ${r.text}`);
        for (const r of f.falseAlarms) console.log(`FALSE ALARM: ${r.text}`);
      }
    }
    expect(rows.length).toBe(102);
  }, 30_000);
});
