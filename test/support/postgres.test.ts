import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStaleRunDir } from './postgres.js';

const dir = (): string => mkdtempSync(path.join(os.tmpdir(), 'pg-run-test-'));

describe('the test PostgreSQL run folder', () => {
  it('is stale when the watchdog that owned its cluster is gone (a reused pid after a restart)', () => {
    const d = dir();
    writeFileSync(
      path.join(d, 'ready.json'),
      JSON.stringify({ adminUrl: 'x', watchdogPid: 2 ** 22 + 12345 }),
    );
    expect(isStaleRunDir(d)).toBe(true);
  });

  it('is live while its watchdog runs', () => {
    const d = dir();
    writeFileSync(path.join(d, 'ready.json'), JSON.stringify({ adminUrl: 'x', watchdogPid: process.pid }));
    expect(isStaleRunDir(d)).toBe(false);
  });

  it('is stale when a start never finished long ago, live while one may still be starting', () => {
    const d = dir();
    expect(isStaleRunDir(d, 60_000)).toBe(false);
    const old = new Date(Date.now() - 10 * 60_000);
    utimesSync(d, old, old);
    expect(isStaleRunDir(d, 60_000)).toBe(true);
  });
});
