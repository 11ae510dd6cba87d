import { localClock, parseMinute } from '../core/localClock.js';

/**
 * When human agents are on duty: always, or a daily window in a time zone. Outside it the
 * conversation is still queued, and the person is offered a callback straight away.
 */
export type AgentHours =
  { kind: 'always' } | { kind: 'window'; startMinute: number; endMinute: number; timeZone: string };

export class AgentHoursError extends Error {
  readonly code = 'AGENT_HOURS_INVALID';
  constructor(value: string, why: string) {
    super(
      `AGENT_HOURS "${value}": ${why}; expected "always" or "HH:MM-HH:MM Area/City", e.g. "09:00-18:00 Asia/Shanghai"`,
    );
    this.name = 'AgentHoursError';
  }
}

/**
 * Parses AGENT_HOURS: "always", or "09:00-18:00 Asia/Shanghai" (a window past midnight such
 * as "20:00-02:00 Asia/Shanghai" is allowed). Throws AgentHoursError saying how to fix it.
 *
 *   parseAgentHours('09:00-18:00 Asia/Shanghai'); // { kind: 'window', startMinute: 540, endMinute: 1080, ... }
 */
export function parseAgentHours(value: string): AgentHours {
  const text = value.trim();
  if (text === '' || text.toLowerCase() === 'always') return { kind: 'always' };
  const m = /^(\d{2}:\d{2})\s*-\s*(\d{2}:\d{2})\s+(\S+)$/.exec(text);
  if (!m?.[1] || !m[2] || !m[3]) throw new AgentHoursError(value, 'not a window with a time zone');
  let startMinute: number;
  let endMinute: number;
  try {
    startMinute = parseMinute(m[1]);
    endMinute = parseMinute(m[2]);
  } catch (err) {
    throw new AgentHoursError(value, (err as Error).message);
  }
  if (startMinute === endMinute) throw new AgentHoursError(value, 'the window is empty');
  try {
    localClock(new Date(0), m[3]);
  } catch {
    throw new AgentHoursError(value, `unknown time zone ${m[3]}`);
  }
  return { kind: 'window', startMinute, endMinute, timeZone: m[3] };
}
