import { localClock } from '../core/localClock.js';
import type { AgentHours } from '../config/agentHours.js';

export { AgentHoursError, parseAgentHours, type AgentHours } from '../config/agentHours.js';

/** Whether agents are on duty at `now` (the window is half-open: [start, end)). */
export function agentsOnDuty(hours: AgentHours, now: Date): boolean {
  switch (hours.kind) {
    case 'always':
      return true;
    case 'window': {
      const { minute } = localClock(now, hours.timeZone);
      return hours.startMinute < hours.endMinute
        ? minute >= hours.startMinute && minute < hours.endMinute
        : minute >= hours.startMinute || minute < hours.endMinute;
    }
  }
}
