import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.js';
import { ModelHealth } from '../../../src/language/model/modelHealth.js';

function logged() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

describe('ModelHealth', () => {
  it('reports ok until three calls in a row fail, then degraded with the reason and since when', () => {
    const clock = new ManualClock('2026-11-28T02:00:00Z');
    const health = new ModelHealth('gpt-4o-mini', undefined, clock);
    health.failed('timeout');
    clock.advance(1000);
    health.failed('timeout');
    expect(health.status()).toEqual({ mode: 'model', model: 'gpt-4o-mini', state: 'ok' });
    health.failed('server_error');
    expect(health.status()).toEqual({
      mode: 'model',
      model: 'gpt-4o-mini',
      state: 'degraded',
      reason: 'server_error',
      since: '2026-11-28T02:00:00.000Z',
    });
  });

  it('is ok again after one answer', () => {
    const health = new ModelHealth('m', undefined, new ManualClock(0), { failuresToDegrade: 1 });
    health.failed('rate_limited');
    expect(health.status()).toMatchObject({ state: 'degraded', reason: 'rate_limited' });
    health.succeeded();
    expect(health.status()).toEqual({ mode: 'model', model: 'm', state: 'ok' });
  });

  it('is degraded at once when the key is refused', () => {
    const health = new ModelHealth('m');
    health.failed('auth');
    expect(health.status()).toMatchObject({ state: 'degraded', reason: 'auth' });
  });

  it('logs the change to degraded and back once each, with the reason code', () => {
    const { logger, lines } = logged();
    const health = new ModelHealth('m', logger, new ManualClock(0), { failuresToDegrade: 2 });
    health.failed('timeout', 'AbortError: no answer within 6000 ms');
    health.failed('timeout', 'AbortError: no answer within 6000 ms');
    health.failed('timeout', 'AbortError: no answer within 6000 ms');
    health.succeeded();
    expect(lines.map((l) => [l.level, l.reason ?? null])).toEqual([
      [40, 'timeout'],
      [30, null],
    ]);
    expect(String(lines[0]?.msg)).toContain('degraded (timeout)');
  });
});
