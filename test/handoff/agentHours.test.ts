import { describe, expect, it } from 'vitest';
import { AgentHoursError, agentsOnDuty, parseAgentHours } from '../../src/handoff/index.js';

describe('AGENT_HOURS', () => {
  it('is always open by default', () => {
    const hours = parseAgentHours('always');
    expect(agentsOnDuty(hours, new Date('2026-11-28T18:00:00Z'))).toBe(true);
    expect(parseAgentHours('')).toEqual({ kind: 'always' });
  });

  it('opens a daily window in its own time zone, end excluded', () => {
    const hours = parseAgentHours('09:00-18:00 Asia/Shanghai');
    expect(agentsOnDuty(hours, new Date('2026-11-28T00:59:00Z'))).toBe(false); // 08:59 Shanghai
    expect(agentsOnDuty(hours, new Date('2026-11-28T01:00:00Z'))).toBe(true); // 09:00
    expect(agentsOnDuty(hours, new Date('2026-11-28T09:59:00Z'))).toBe(true); // 17:59
    expect(agentsOnDuty(hours, new Date('2026-11-28T10:00:00Z'))).toBe(false); // 18:00
  });

  it('allows a window past midnight', () => {
    const hours = parseAgentHours('20:00-02:00 America/New_York');
    expect(agentsOnDuty(hours, new Date('2026-11-29T04:00:00Z'))).toBe(true); // 23:00 New York
    expect(agentsOnDuty(hours, new Date('2026-11-29T08:00:00Z'))).toBe(false); // 03:00
  });

  it('says how to fix a bad value', () => {
    expect(() => parseAgentHours('9-18')).toThrow(AgentHoursError);
    expect(() => parseAgentHours('09:00-18:00 Mars/Olympus')).toThrow(/unknown time zone Mars\/Olympus/);
    expect(() => parseAgentHours('25:00-18:00 Asia/Shanghai')).toThrow(/HH:MM/);
    expect(() => parseAgentHours('09:00-09:00 Asia/Shanghai')).toThrow(/empty/);
  });
});
