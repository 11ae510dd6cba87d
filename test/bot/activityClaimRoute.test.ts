import type { Response } from 'restify';
import { describe, expect, it } from 'vitest';
import { activityRefOf, answerOnce } from '../../src/bot/activityClaimRoute.js';
import { ManualClock } from '../../src/core/clock.js';
import { ActivityClaimGate } from '../../src/store/activityClaimGate.js';
import { SqliteActivityClaims } from '../../src/store/activityClaims.js';
import { StoreUnavailableError } from '../../src/store/storeErrors.js';
import { openMemoryDatabase } from '../../src/store/db.js';

/** A response that remembers what was written to it. */
function recorder() {
  const seen: { status?: number; body?: unknown; headers: Record<string, string> } = { headers: {} };
  const res = {
    status: (code: number) => ((seen.status = code), res),
    header: (name: string, value: string) => ((seen.headers[name] = value), res),
    send: (body?: unknown) => ((seen.body = body), res),
    json: (body?: unknown) => ((seen.body = body), res),
    end: () => res,
    headersSent: false,
  };
  return { seen, res: res as unknown as Response };
}

const gate = () =>
  new ActivityClaimGate({
    claims: new SqliteActivityClaims(openMemoryDatabase()),
    clock: new ManualClock('2026-12-05T01:00:00Z'),
    secret: 'secret-0123456789',
    leaseMs: 60_000,
    waitMs: 100,
    retentionMs: 3_600_000,
    pollMs: 10,
  });
const body = { id: 'a-1', channelId: 'msteams', conversation: { id: 'c-1' } };
const quiet = { onError: () => undefined };

describe('answering a posted activity once', () => {
  it('replays the reply body only to the caller that sent the first post when the endpoint authenticates', async () => {
    const g = gate();
    const opts = { ...quiet, authenticated: true };
    const first = recorder();
    await answerOnce(
      g,
      { body, headers: { authorization: 'Bearer first' } },
      first.res,
      opts,
      async (out) => {
        out.status(200);
        out.send({ activities: [{ text: 'your balance is 12,345.67' }] });
      },
    );
    const same = recorder();
    await answerOnce(g, { body, headers: { authorization: 'Bearer first' } }, same.res, opts, async () => {
      throw new Error('a repeat must not run the turn');
    });
    expect(same.seen).toEqual(first.seen);
    const other = recorder();
    await answerOnce(
      g,
      { body, headers: { authorization: 'Bearer someone-else' } },
      other.res,
      opts,
      async () => {
        throw new Error('a repeat must not run the turn');
      },
    );
    expect(other.seen).toEqual({ status: 200, headers: {} });
  });

  it('records no failed answer: a turn that answered 500 is run again by the retry', async () => {
    const g = gate();
    const opts = { ...quiet, authenticated: false };
    let turns = 0;
    const turn = async (out: Response) => {
      turns += 1;
      out.status(turns === 1 ? 500 : 200);
      out.send(turns === 1 ? 'boom' : { ok: true });
    };
    const failed = recorder();
    await answerOnce(g, { body, headers: {} }, failed.res, opts, turn);
    expect(failed.seen.status).toBe(500);
    await answerOnce(g, { body, headers: {} }, recorder().res, opts, turn);
    await answerOnce(g, { body, headers: {} }, recorder().res, opts, turn);
    expect(turns).toBe(2);
  });

  it('answers the house 503 when the database goes while the claim is settled, and a retry runs the turn (scalesec21)', async () => {
    const g = gate();
    const lost = recorder();
    const errors: string[] = [];
    await answerOnce(
      g,
      { body, headers: {} },
      lost.res,
      { authenticated: false, onError: (_e, m) => void errors.push(m) },
      async () => {
        throw new StoreUnavailableError('claim an inbound activity', '57P01: terminating connection');
      },
    );
    expect(lost.seen.status).toBe(503);
    expect(lost.seen.headers['Retry-After']).toBe('5');
    expect(lost.seen.body).toEqual({
      error: { code: 'store_unavailable', message: expect.stringContaining('database') },
    });
    expect(JSON.stringify(lost.seen.body)).not.toContain('57P01');
    expect(errors).toHaveLength(1);
    const retried = recorder();
    await answerOnce(
      g,
      { body, headers: {} },
      retried.res,
      { ...quiet, authenticated: false },
      async (out) => {
        out.status(200);
        out.send({ ok: true });
      },
    );
    expect(retried.seen.status).toBe(200);
  });

  it('finds no id in bodies that carry none, or not as a string', () => {
    for (const b of [
      null,
      'text',
      [],
      {},
      { id: '' },
      { id: 7, conversation: { id: 'c' } },
      { id: 'x' },
      { id: { $gt: '' }, conversation: { id: 'c' } },
    ])
      expect(activityRefOf(b), JSON.stringify(b)).toBeUndefined();
    expect(activityRefOf(body)).toEqual({ channelId: 'msteams', conversationId: 'c-1', activityId: 'a-1' });
  });
});
