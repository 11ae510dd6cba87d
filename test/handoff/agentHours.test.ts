import { describe, expect, it } from 'vitest';
import {
  AgentHoursError,
  agentsOnDuty,
  callbackAnswer,
  formatCursor,
  handoffSummary,
  parseAgentHours,
  parseCursor,
} from '../../src/handoff/index.js';

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

describe('the answer to the callback offer', () => {
  it.each(['确认', '确认。', '好的', '是的，请回电', 'Confirm', 'yes please', 'Please call me back'])(
    '"%s" asks for a callback',
    (text) => {
      expect(callbackAnswer(text)).toBe('callback');
    },
  );

  it.each(['不需要回电', '我这周五发工资后可以先还一部分', 'no thanks', "don't call me", ''])(
    '"%s" is a message left for the team',
    (text) => {
      expect(callbackAnswer(text)).toBe('message');
    },
  );
});

describe('the summary an agent sees', () => {
  it('names the account, whether verified, why, what was offered and what the person said, with numbers masked', () => {
    const summary = handoffSummary({
      accountId: 'A-1001',
      verified: true,
      reason: 'impasse',
      note: 'no allowed plan fits what the person can pay',
      offers: [
        { kind: 'installments', months: 6 },
        { kind: 'extension', months: 1 },
      ],
      agreedPlanId: undefined,
      lastMessage: '我只能还500，我的卡号是6222020200112233445',
    });
    expect(summary).toBe(
      'A-1001 · verified · impasse: no allowed plan fits what the person can pay · offered: installments 6m, extension · said: "我只能还500，我的卡号是***************3445"',
    );
  });

  it('warns that an unverified person must not hear about the account', () => {
    const summary = handoffSummary({
      accountId: 'A-1001',
      verified: false,
      reason: 'verification_failed',
      note: '3 failed attempts',
      offers: [],
      agreedPlanId: undefined,
      lastMessage: undefined,
    });
    expect(summary).toBe(
      'A-1001 · NOT verified (do not discuss the account) · verification_failed: 3 failed attempts',
    );
  });
});

describe('the message cursor', () => {
  it('starts from the beginning without one and rejects anything it did not hand out', () => {
    expect(parseCursor(undefined)).toEqual({ status: 'ok', afterSeq: 0 });
    expect(parseCursor(formatCursor(42))).toEqual({ status: 'ok', afterSeq: 42 });
    expect(parseCursor('abc')).toEqual({ status: 'invalid' });
    expect(parseCursor('-1')).toEqual({ status: 'invalid' });
  });
});
