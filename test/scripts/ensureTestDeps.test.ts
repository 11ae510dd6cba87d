import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCRIPT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../scripts/ensure-test-deps.sh',
);

/** Runs the pretest script as a user who cannot install anything (nobody), so it only reports. */
function runUnprivileged(env: Record<string, string>): { status: number | null; stderr: string } {
  const vars = Object.entries(env).map(([k, v]) => `${k}=${v}`);
  const asRoot = os.userInfo().uid === 0;
  const [cmd, args] = asRoot
    ? ['runuser', ['-u', 'nobody', '--', 'env', ...vars, 'sh', SCRIPT]]
    : ['env', [...vars, 'sh', SCRIPT]];
  const run = spawnSync(cmd, args, { encoding: 'utf8', timeout: 20_000 });
  return { status: run.status, stderr: run.stderr };
}

describe('scripts/ensure-test-deps.sh and PostgreSQL', () => {
  it('names the postgresql package and the apt-get line when initdb/pg_ctl cannot be found', () => {
    const run = runUnprivileged({ PG_BIN: '/nonexistent', PATH: '/usr/bin:/bin' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/missing.* postgresql/);
    expect(run.stderr).toMatch(/sudo apt-get install.* postgresql/);
    expect(run.stderr).toMatch(/PG_BIN|TEST_DATABASE_URL/);
  });

  it('as any user, names a PG_BIN without initdb/pg_ctl instead of installing a package that would not help', () => {
    const run = spawnSync('env', ['PG_BIN=/nonexistent', 'PATH=/usr/bin:/bin', 'sh', SCRIPT], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(/installing/);
    expect(run.stderr).toMatch(/PG_BIN=\/nonexistent has no initdb and pg_ctl/);
  });

  it('asks for nothing about PostgreSQL when a server is given by TEST_DATABASE_URL', () => {
    const run = runUnprivileged({
      PG_BIN: '/nonexistent',
      PATH: '/usr/bin:/bin',
      TEST_DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/postgres',
    });
    expect(run.stderr).not.toMatch(/postgresql/);
  });
});
