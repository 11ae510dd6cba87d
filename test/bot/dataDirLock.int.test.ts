import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SERVICE_ARGS, SERVICE_START_MS, spawnService, type SpawnedService } from '../support/service.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('a second service on the same DATA_DIR (SQLite)', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'second-service-'));
  let first: SpawnedService | undefined;
  afterAll(async () => {
    first?.child.kill('SIGTERM');
    await first?.exited;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'is refused in one line naming the folder and the running one; the first keeps serving',
    async () => {
      first = await spawnService({ DATA_DIR: dataDir });
      const second = spawn(process.execPath, SERVICE_ARGS, {
        cwd: ROOT,
        env: { ...process.env, DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn' },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stderr = '';
      second.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const timer = setTimeout(() => second.kill('SIGKILL'), 25_000);
      const code = await new Promise<number | null>((resolve) => second.once('exit', (c) => resolve(c)));
      clearTimeout(timer);
      expect(code).toBe(2);
      const ours = stderr.split('\n').filter((l) => l.startsWith('DATA_DIR'));
      expect(ours).toHaveLength(1);
      expect(ours[0]).toContain(`pid ${first.child.pid}`);
      expect(ours[0]).toContain('DATABASE_URL');
      expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
    },
    SERVICE_START_MS + 40_000,
  );
});
