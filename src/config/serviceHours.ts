import type { ServiceHours } from '../core/act.js';
import { parseAgentHours } from './agentHours.js';

const hhmm = (minute: number): string =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/**
 * The service line's hours as told to people: SERVICE_HOURS when set, else AGENT_HOURS (the same
 * team answers the phone and the chat handoff). Same format, "always" or "08:00-22:00 Asia/Shanghai";
 * throws AgentHoursError (code AGENT_HOURS_INVALID) saying how to fix a bad value.
 *
 *   serviceHoursFrom('', '09:00-18:00 Asia/Shanghai'); // { kind: 'window', start: '09:00', end: '18:00', ... }
 */
export function serviceHoursFrom(serviceHours: string, agentHours: string): ServiceHours {
  const parsed = parseAgentHours(serviceHours.trim() === '' ? agentHours : serviceHours);
  if (parsed.kind === 'always') return { kind: 'always' };
  return {
    kind: 'window',
    start: hhmm(parsed.startMinute),
    end: hhmm(parsed.endMinute),
    timeZone: parsed.timeZone,
  };
}
