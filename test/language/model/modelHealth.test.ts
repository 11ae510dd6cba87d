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
  it('tells its observers of every call by purpose and result (the metrics count them)', () => {
    const health = new ModelHealth('m', undefined, new ManualClock('2026-11-28T02:00:00Z'));
    const seen: string[] = [];
    health.observe((purpose, result) => seen.push(`${purpose}:${result}`));
    health.succeeded('understanding');
    health.failed('judge', 'timeout');
    expect(seen).toEqual(['understanding:ok', 'judge:timeout']);
  });

  it('reports ok until three calls of a purpose in a row fail, then degraded with the reason and since when', () => {
    const clock = new ManualClock('2026-11-28T02:00:00Z');
    const health = new ModelHealth('gpt-4o-mini', undefined, clock);
    health.failed('wording', 'timeout');
    clock.advance(1000);
    health.failed('wording', 'timeout');
    expect(health.status()).toMatchObject({ mode: 'model', model: 'gpt-4o-mini', state: 'ok' });
    health.failed('wording', 'server_error');
    expect(health.status()).toMatchObject({
      mode: 'model',
      model: 'gpt-4o-mini',
      state: 'degraded',
      reason: 'server_error',
      purpose: 'wording',
      since: '2026-11-28T02:00:00.000Z',
    });
  });

  it('does not let one purpose answering hide another that fails every time', () => {
    const health = new ModelHealth('m');
    for (let turn = 0; turn < 4; turn++) {
      health.failed('understanding', 'malformed');
      health.succeeded('wording');
    }
    const status = health.status();
    expect(status).toMatchObject({ state: 'degraded', reason: 'malformed', purpose: 'understanding' });
    expect(status.mode === 'model' && status.purposes.wording).toMatchObject({ state: 'ok' });
    expect(status.mode === 'model' && status.purposes.judge).toEqual({ state: 'unused' });
  });

  it('is degraded at once when the key is refused or the tool call never comes', () => {
    const health = new ModelHealth('m');
    health.failed('wording', 'auth');
    expect(health.status()).toMatchObject({ state: 'degraded', reason: 'auth' });
    const tools = new ModelHealth('m');
    tools.failed('understanding', 'no_tools');
    expect(tools.status()).toMatchObject({ state: 'degraded', reason: 'no_tools', purpose: 'understanding' });
  });

  it('is ok again after an answer, and degraded when more than half of the last calls fail even if never three in a row', () => {
    const health = new ModelHealth('m', undefined, new ManualClock(0), { failuresToDegrade: 1, window: 4 });
    health.failed('wording', 'rate_limited');
    expect(health.status()).toMatchObject({ state: 'degraded', reason: 'rate_limited' });
    health.succeeded('wording');
    expect(health.status()).toMatchObject({ state: 'ok' });
    const flaky = new ModelHealth('m', undefined, new ManualClock(0), { failuresToDegrade: 3, window: 4 });
    for (const ok of [false, true, false, false, true]) {
      if (ok) flaky.succeeded('wording');
      else flaky.failed('wording', 'timeout');
    }
    // Last four: ok, fail, fail, ok: half, not more than half.
    expect(flaky.status()).toMatchObject({ state: 'ok' });
    flaky.failed('wording', 'timeout');
    expect(flaky.status()).toMatchObject({ state: 'degraded', reason: 'timeout' });
  });

  it('logs the change to degraded and back once each, with the purpose and reason code', () => {
    const { logger, lines } = logged();
    const health = new ModelHealth('m', logger, new ManualClock(0), { failuresToDegrade: 2 });
    for (let i = 0; i < 3; i++) health.failed('wording', 'timeout', 'AbortError: no answer within 6000 ms');
    health.succeeded('wording');
    expect(lines.map((l) => [l.level, l.reason ?? null, l.purpose])).toEqual([
      [40, 'timeout', 'wording'],
      [30, null, 'wording'],
    ]);
    expect(String(lines[0]?.msg)).toContain('degraded for wording (timeout)');
  });
});
