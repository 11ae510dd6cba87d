import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError, configSchema, loadConfig } from '../../src/config/config.js';

const execFileAsync = promisify(execFile);
const tmp = (): string => mkdtempSync(path.join(os.tmpdir(), 'cfg-'));

describe('config', () => {
  it('documents every setting in .env.example and nothing else', () => {
    const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
    const documented = example
      .split('\n')
      .filter((l) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(l))
      .map((l) => l.slice(0, l.indexOf('=')))
      .sort();
    expect(documented).toEqual(Object.keys(configSchema.shape).sort());
  });

  it('starts with embedded defaults and no environment at all', () => {
    const config = loadConfig({ DATA_DIR: tmp() });
    expect(config.PORT).toBe(3978);
    expect(config.modelEnabled).toBe(false);
    expect(config.wechatEnabled).toBe(false);
    expect(config.linkSecret).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps the generated link secret across starts so the CLI and the service agree', () => {
    const dir = tmp();
    expect(loadConfig({ DATA_DIR: dir }).linkSecret).toBe(loadConfig({ DATA_DIR: dir }).linkSecret);
  });

  it('on PostgreSQL without LINK_SECRET leaves the secret to the database and writes none into DATA_DIR (scalesec22)', () => {
    const dir = tmp();
    const url = 'postgresql://u@127.0.0.1:5432/db';
    const onPg = loadConfig({ DATA_DIR: dir, DATABASE_URL: url });
    expect(onPg.linkSecret).toBe('');
    expect(onPg.linkSecretFrom).toBe('database');
    expect(existsSync(path.join(dir, 'link-secret'))).toBe(false);
    const given = loadConfig({
      DATA_DIR: dir,
      DATABASE_URL: url,
      LINK_SECRET: 'configured-secret-0123456789abcdef01',
    });
    expect([given.linkSecret, given.linkSecretFrom]).toEqual([
      'configured-secret-0123456789abcdef01',
      'LINK_SECRET',
    ]);
    expect(loadConfig({ DATA_DIR: dir }).linkSecretFrom).toBe('DATA_DIR');
  });

  it('refuses a link secret shorter than 32 characters, and a short one left in DATA_DIR', () => {
    expect(() => loadConfig({ DATA_DIR: tmp(), LINK_SECRET: 'abc' })).toThrow(
      /LINK_SECRET: is 3 characters; it must be at least 32/,
    );
    expect(loadConfig({ DATA_DIR: tmp(), LINK_SECRET: 'k'.repeat(32) }).linkSecret).toBe('k'.repeat(32));
    const dir = tmp();
    writeFileSync(path.join(dir, 'link-secret'), 'short\n');
    expect(() => loadConfig({ DATA_DIR: dir })).toThrow(/link-secret: the secret there is 5 characters/);
  });

  it('a DATA_DIR secret made by several processes at once is one whole value, with no stray files', async () => {
    const dir = tmp();
    const script = `import { readOrCreateSecret } from ${JSON.stringify(path.resolve('src/config/dataDirSecret.ts'))};
process.stdout.write(readOrCreateSecret(process.argv[1], 'link-secret'));`;
    const runs = Array.from({ length: 6 }, () =>
      execFileAsync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, dir]),
    );
    const got = new Set((await Promise.all(runs)).map((r) => r.stdout));
    expect(got.size).toBe(1);
    expect([...got][0]).toMatch(/^[0-9a-f]{64}$/);
    expect(readdirSync(dir)).toEqual(['link-secret']);
  }, 30_000);

  it('names the variable when a value is bad', () => {
    expect(() => loadConfig({ DATA_DIR: tmp(), PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: tmp(), PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATA_DIR: tmp(), OPENAI_BASE_URL: 'not a url' })).toThrow(/OPENAI_BASE_URL/);
    expect(() => loadConfig({ DATA_DIR: tmp(), REVIEWER_USERS: 'alice' })).toThrow(/REVIEWER_USERS/);
    expect(() => loadConfig({ DATA_DIR: tmp(), WECHAT_TOKEN: 't' })).toThrow(/WECHAT_APP_ID/);
    expect(() => loadConfig({ DATA_DIR: tmp(), AGENT_HOURS: '9 to 5' })).toThrow(/AGENT_HOURS/);
    expect(() => loadConfig({ DATA_DIR: tmp(), REMINDER_SCHEDULE: 'due,tomorrow' })).toThrow(
      /REMINDER_SCHEDULE/,
    );
    expect(() => loadConfig({ DATA_DIR: tmp(), MAX_REMINDERS_PER_DAY: 'two' })).toThrow(
      /MAX_REMINDERS_PER_DAY/,
    );
  });

  it('checks HTTP_BODY_DEADLINE_MS: a number of ms, and long enough for MAX_BODY_BYTES on a slow link', () => {
    expect(loadConfig({ DATA_DIR: tmp() }).HTTP_BODY_DEADLINE_MS).toBe(15_000);
    for (const bad of ['soon', '500', '-1', '600001'])
      expect(() => loadConfig({ DATA_DIR: tmp(), HTTP_BODY_DEADLINE_MS: bad })).toThrow(
        /HTTP_BODY_DEADLINE_MS/,
      );
    // 1 MiB needs ~21.8 s at 384 kbit/s: the default 15 s is refused with the figure to set
    expect(() => loadConfig({ DATA_DIR: tmp(), MAX_BODY_BYTES: String(1024 * 1024) })).toThrow(
      /HTTP_BODY_DEADLINE_MS: 15000 ms is too short for MAX_BODY_BYTES=1048576 .*at least 21846/,
    );
    const raised = { DATA_DIR: tmp(), MAX_BODY_BYTES: String(1024 * 1024), HTTP_BODY_DEADLINE_MS: '25000' };
    expect(loadConfig(raised).HTTP_BODY_DEADLINE_MS).toBe(25_000);
  });

  it('parses people as name:password pairs', () => {
    const config = loadConfig({ DATA_DIR: tmp(), AGENT_USERS: 'amy:pw1, bob:p:w2' });
    expect(config.AGENT_USERS).toEqual([
      { name: 'amy', password: 'pw1' },
      { name: 'bob', password: 'p:w2' },
    ]);
  });
});
