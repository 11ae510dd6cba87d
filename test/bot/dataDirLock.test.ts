import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { claimDataDir, LOCK_FILE } from '../../src/bot/dataDirLock.js';

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'datadir-lock-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A process id that is surely not running: a child that has already exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid ?? 0;
}

describe('one service per DATA_DIR on SQLite', () => {
  it('claims a fresh folder and releases it on the way out', () => {
    const dir = dataDir();
    const claim = claimDataDir(dir);
    expect(claim.status).toBe('claimed');
    expect(readFileSync(path.join(dir, LOCK_FILE), 'utf8').trim()).toBe(String(process.pid));
    if (claim.status === 'claimed') claim.release();
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses a second service while the first one runs, naming it', () => {
    const dir = dataDir();
    // The first service is this test's parent process: alive for as long as the test runs.
    writeFileSync(path.join(dir, LOCK_FILE), `${process.ppid}\n`);
    const second = claimDataDir(dir);
    expect(second).toMatchObject({ status: 'taken', pid: process.ppid });
  });

  it('takes over a folder whose service is gone (killed, the file left behind)', async () => {
    const dir = dataDir();
    writeFileSync(path.join(dir, LOCK_FILE), `${await deadPid()}\n`);
    const claim = claimDataDir(dir);
    expect(claim.status).toBe('claimed');
    expect(readFileSync(path.join(dir, LOCK_FILE), 'utf8').trim()).toBe(String(process.pid));
  });

  it('takes over a file that names no process (empty, garbage)', () => {
    for (const junk of ['', 'not a pid', '-1', '99999999999999999999']) {
      const dir = dataDir();
      writeFileSync(path.join(dir, LOCK_FILE), junk);
      expect(claimDataDir(dir).status).toBe('claimed');
    }
  });

  it('leaves a file another process now holds when releasing', () => {
    const dir = dataDir();
    const claim = claimDataDir(dir);
    writeFileSync(path.join(dir, LOCK_FILE), `${process.ppid}\n`);
    if (claim.status === 'claimed') claim.release();
    expect(readFileSync(path.join(dir, LOCK_FILE), 'utf8').trim()).toBe(String(process.ppid));
  });
});
