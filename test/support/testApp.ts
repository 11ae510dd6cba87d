import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach } from 'vitest';
import { createApp, type App, type AppOptions } from '../../src/bot/app.js';
import { loadConfig, type Config } from '../../src/config/config.js';
import { ManualClock } from '../../src/core/clock.js';
import { SqliteTranscriptStore } from '../../src/store/transcripts/index.js';
import { DEMO_ACCOUNTS } from '../../src/store/demoAccounts.js';
import { migratedDataDir } from './sqlite.js';

export function tempDir(prefix = 'collections-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** The service's configuration for a test, on a fresh data directory with the schema already migrated. */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ DATA_DIR: migratedDataDir(), LOG_LEVEL: 'silent', REMINDERS_ENABLED: 'false', ...env });
}

export interface TestApp extends App {
  clock: ManualClock;
}

/** A real app on a fresh SQLite file, offline, with a manual clock at 2026-11-28 10:00 Shanghai. */
export function createTestApp(env: Record<string, string> = {}, options: AppOptions = {}): TestApp {
  const clock = new ManualClock('2026-11-28T02:00:00Z');
  const app = createApp(testConfig(env), { clock, logger: pino({ level: 'silent' }), ...options });
  return Object.assign(app, { clock });
}

/** A fresh test app for each test of the file (`env` as for createTestApp), closed after it; read `.app` inside tests. */
export function appPerTest(env: Record<string, string> = {}): { readonly app: TestApp } {
  let app: TestApp | undefined;
  beforeEach(() => {
    app = createTestApp(env);
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });
  return {
    get app() {
      if (!app) throw new Error('the app is made in beforeEach; use it inside tests');
      return app;
    },
  };
}

/** The SQLite transcript store under a test app (the default backend), for tests that break its writes. */
export function sqliteTranscriptsOf(app: App): SqliteTranscriptStore {
  const store = app.backend.transcripts;
  if (!(store instanceof SqliteTranscriptStore)) throw new Error('this test needs the SQLite backend');
  return store;
}

/**
 * Binds the demo accounts on the channel the test's Bot Framework client names (`test`, see
 * `sendActivity`): accounts are bound by channel and user id (sec19), and the demo accounts are
 * Direct Line accounts. This service's own Direct Line still opens them (its chat links vouch
 * for the user id on any channel).
 */
export async function bindDemoAccountsOnTestChannel(app: App): Promise<void> {
  await app.stores.accounts.upsertMany(
    DEMO_ACCOUNTS.map((a) => ({ ...a, channel: 'test' })),
    app.clock.now(),
  );
}

/** The demo accounts in `dataDir`, bound on the `test` channel, for a service spawned on it later. */
export async function seedTestChannelAccounts(dataDir: string): Promise<void> {
  const app = createTestApp({ DATA_DIR: dataDir });
  try {
    await bindDemoAccountsOnTestChannel(app);
  } finally {
    await app.close();
  }
}
