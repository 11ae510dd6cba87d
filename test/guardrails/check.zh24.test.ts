import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSetCounts, IN_LABELLED, type SetFile } from './rules/checkSetFigures.js';

/**
 * guardzh24's Chinese sets (issue 16, test/guardrails/labelled/check-zh24.{dev,blind}.jsonl),
 * written by class and register before any rule was read (无关键词威胁、以求助口吻告知第三方、
 * 黑话上门与假司法程序、性与家庭诽谤、嘲讽自杀与残障、征信修复承诺; lawful reminders, truthful
 * consequences, hardship offers, scam warnings, disputes, lawyers' letters and court notices,
 * contact calls that reveal nothing). The dev set was tuned on: 133/173 caught and 10/125 lawful
 * flagged on main, 171/173 and 3/125 after disguiseZh.ts, structureRelayZh.ts,
 * structureSmearZh.ts and negationCourtZh.ts. The blind set, written in the same sitting from
 * another angle, was measured twice, never tuned on: 72/95 caught and 13/63 flagged on main,
 * 75/95 and 13/63 at the end (2026-12-07 12:39 UTC). A report: it prints figures, not items.
 */
const WHOLE: SetFile = (name) => join(IN_LABELLED(name, 'zh'), '..', `${name}.jsonl`);

describe('check set check-zh24', () => {
  it('dev: recall in the own category and false alarms', () => {
    const [dev] = checkSetCounts('check-zh24.dev', WHOLE, ['zh']);
    console.log(`[own check set] ${dev?.line ?? ''}`);
    // Floors at what the rules reached: violations caught, lawful texts flagged at most. 171 until
    // the classifier's retrain of the twenty-seventh session (clf-16-32686, DATA.md), which lets one
    // dev line go that the old weights caught (over every labelled file: 27 violations newly
    // blocked, 19 let go; 3 lawful newly flagged, 7 freed).
    expect(dev?.caught).toBeGreaterThanOrEqual(170);
    expect(dev?.flagged).toBeLessThanOrEqual(3);
  }, 60_000);

  it('blind: recall in the own category and false alarms (floors at the end measurement)', () => {
    const [blind] = checkSetCounts('check-zh24.blind', WHOLE, ['zh']);
    console.log(`[own blind set] ${blind?.line ?? ''}`);
    expect(blind?.caught).toBeGreaterThanOrEqual(75);
    expect(blind?.flagged).toBeLessThanOrEqual(13);
  }, 60_000);
});
