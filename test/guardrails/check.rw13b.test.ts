import { describe, expect, it } from 'vitest';
import { loadRuleCheckSet } from './labelledSet.js';
import { describeFigures, roundFigures } from './heldoutReport.js';

/**
 * guardrw13b's check set (issue 16): false legal process (warrants, papers served at work, case
 * numbers, affidavits, pre-legal and legal-team signatures), voicemails that hide or dress up who
 * calls (law-firm and processing-office names, "personal business matter", "urgent message"),
 * collection revealed to an unverified recipient, and lawful look-alikes (truthful referral and
 * court wording, hardship notices, Reg F validation text, name-and-number voicemails,
 * identity-theft advice). Written before any rule change and measured once before and once after:
 * before (1e5b7ec) zh-CN recall 0.360 (9/25), false alarms 2/20; en 0.433 (26/60), 5/50. After
 * the rules of 7fe4778 (structLegal13, structVoice13, structRw13bZh, written from the helper's own
 * training lines, not from this set): zh-CN 0.920 (23/25), 2/20; en 0.950 (57/60), 4/50.
 */

describe('check set checkRw13b', () => {
  it('reports recall and false alarms per language and category', () => {
    const rows = loadRuleCheckSet('checkRw13b');
    const figures = roundFigures('checkRw13b', rows);
    console.log(figures.map((f) => describeFigures(f)).join('\n'));
    if (process.env.RW13B_MISSED === '1') {
      for (const f of figures) {
        for (const r of f.missed) console.log(`MISSED ${r.category}: ${r.text}`);
        for (const r of f.falseAlarms) console.log(`FALSE ALARM: ${r.text}`);
      }
    }
    expect(rows.length).toBe(155);
  }, 30_000);
});
