import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { serviceHoursFrom } from '../../src/config/serviceHours.js';

describe('service hours told to people who ask for the hotline', () => {
  it('come from SERVICE_HOURS, in the same format as AGENT_HOURS', () => {
    expect(serviceHoursFrom('08:00-22:00 Asia/Shanghai', 'always')).toEqual({
      kind: 'window',
      start: '08:00',
      end: '22:00',
      timeZone: 'Asia/Shanghai',
    });
  });

  it('fall back to AGENT_HOURS when SERVICE_HOURS is empty', () => {
    expect(serviceHoursFrom('  ', '09:30-18:00 America/New_York')).toMatchObject({
      start: '09:30',
      end: '18:00',
      timeZone: 'America/New_York',
    });
    expect(serviceHoursFrom('', 'always')).toEqual({ kind: 'always' });
  });

  it('refuse a bad value at start-up, saying which key and how to fix it', () => {
    expect(() => loadConfig({ SERVICE_HOURS: '8am till late' })).toThrow(/SERVICE_HOURS[\s\S]*HH:MM-HH:MM/);
    expect(() => loadConfig({ SERVICE_HOURS: '08:00-22:00 Mars/Olympus' })).toThrow(/unknown time zone/);
  });
});
