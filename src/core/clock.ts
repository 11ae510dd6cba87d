/**
 * Time is injected: quiet hours, reminders, token expiry and lockouts take a Clock so tests
 * control time.
 *
 *   const clock = new ManualClock('2026-11-28T10:00:00Z');
 *   clock.advance(30 * 60_000);
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export class ManualClock implements Clock {
  private current: number;

  constructor(start: Date | string | number = Date.now()) {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(to: Date | string | number): void {
    this.current = new Date(to).getTime();
  }

  advance(ms: number): void {
    this.current += ms;
  }
}
