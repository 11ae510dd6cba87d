import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describePg } from '../support/postgres.js';
import { SERVICE_ARGS, spawnService, type Health } from '../support/service.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Runs `npm start`'s entry with DATABASE_URL; resolves with its exit code and output. */
async function start(databaseUrl: string): Promise<{ code: number | null; stderr: string; stdout: string }> {
  const child = spawn(process.execPath, SERVICE_ARGS, {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'dburl-')),
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  clearTimeout(timer);
  // Node's own deprecation warnings (restify at import) are not the service's lines.
  const ours = stderr
    .split('\n')
    .filter((l) => l.trim() !== '' && !/^\(node:\d+\)|^\(Use `node/.test(l))
    .join('\n');
  return { code, stderr: ours, stdout };
}

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe.concurrent('starting the service with DATABASE_URL', () => {
  it('stops with one line naming DATABASE_URL (password masked) when nothing listens there', async () => {
    const run = await start(`postgresql://app:hunter2@127.0.0.1:${await closedPort()}/collections`);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^DATABASE_URL: cannot reach PostgreSQL at postgresql:\/\/app:\*\*\*@127\.0\.0\.1:\d+\/collections \(ECONNREFUSED/,
    );
    expect(run.stderr + run.stdout).not.toContain('hunter2');
  });

  it('stops with one line naming DATABASE_URL when it is not a PostgreSQL URL', async () => {
    const run = await start('mysql://app:hunter2@db/collections');
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toMatch(
      /^Invalid configuration: DATABASE_URL: expected a URL like postgresql:/,
    );
    expect(run.stderr).not.toContain('hunter2');
  });
});

describePg('starting the service with a reachable DATABASE_URL', (pg) => {
  it('starts on it, reports the database on /healthz, and never shows the password', async () => {
    const url = new URL(pg.url);
    url.password = 'hunter2';
    const service = await spawnService({
      DATABASE_URL: url.toString(),
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'dburl-')),
      LOG_LEVEL: 'info',
    });
    try {
      const health = (await (await fetch(`${service.url}/healthz`)).json()) as Health;
      expect(health.status).toBe('ok');
      expect(health.database).toEqual({ backend: 'postgres', status: 'ok' });
      expect(service.output()).toMatch(/state kept in PostgreSQL at postgresql:\/\/postgres:\*\*\*@/);
      expect(service.output()).not.toContain('hunter2');
    } finally {
      service.child.kill('SIGTERM');
      await service.exited;
    }
  });
});
