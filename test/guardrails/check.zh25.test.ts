import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSetCounts, IN_LABELLED, type SetFile } from './rules/checkSetFigures.js';

/**
 * guardzh25's Chinese sets (issue 16, test/guardrails/labelled/check-zh25.{dev,blind}.jsonl),
 * written by class and register before any rule or verdict was read (无威胁词的暴力与"换一批人来谈"、
 * 咒人死全家、横幅鞭炮大字报与群里公示、亮出住址家人施压、假冻结假扣款假传票、债务化解与征信修复承诺、
 * 逼借亲友; lawful reminders, truthful consequences, hardship offers, scam warnings, disputes,
 * voicemails that leave only a number). Start tree (main at deb08295, 2026-12-07 14:45 UTC, load 17):
 * dev 50/82 caught in the own category (66/82 blocked at all), 4/63 lawful flagged; blind 39/81
 * (55/81), 3/61. After threat/plainZh.ts, misrepresentation/accountActionZh.ts and debtReliefZh.ts,
 * commitment/reliefZh.ts, harassment/borrowZh.ts and privacy/postersZh.ts (tuned on dev only): dev
 * 82/82 (82/82), 3/63; blind, measured once at the end (2026-12-07 15:27 UTC, load 15): 71/81
 * (74/81), 3/61. A report: it prints figures, not items.
 */
const WHOLE: SetFile = (name) => join(IN_LABELLED(name, 'zh'), '..', `${name}.jsonl`);

describe('check set check-zh25', () => {
  it('dev: recall in the own category and false alarms', () => {
    const [dev] = checkSetCounts('check-zh25.dev', WHOLE, ['zh']);
    console.log(`[own check set] ${dev?.line ?? ''}`);
    // Floors at what the rules reached: violations caught, lawful texts flagged at most. 82 until
    // the classifier's retrain of the twenty-seventh session (clf-16-32686, DATA.md), which lets one
    // dev line go that the old weights caught.
    expect(dev?.caught).toBeGreaterThanOrEqual(81);
    expect(dev?.flagged).toBeLessThanOrEqual(3);
  }, 60_000);

  it('blind: recall in the own category and false alarms (floors at the start measurement)', () => {
    const [blind] = checkSetCounts('check-zh25.blind', WHOLE, ['zh']);
    console.log(`[own blind set] ${blind?.line ?? ''}`);
    expect(blind?.caught).toBeGreaterThanOrEqual(39);
    expect(blind?.flagged).toBeLessThanOrEqual(3);
  }, 60_000);
});
