import { maskTextFields } from '../../src/core/pii.js';
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { runReviewCli } from '../../src/review/cli.js';
import { parseTranscriptFile } from '../../src/review/export.js';
import { openDatabase } from '../../src/store/db.js';
import { SqliteTranscriptStore } from '../../src/store/transcripts/sqliteTranscriptStore.js';
import { sampleConversation } from './fixtures.js';

let dir = '';
const original = sampleConversation({ conversationId: 'conv-a', accountId: 'ACC-1001' });

async function seed(into: string, conversations: ReturnType<typeof sampleConversation>[]): Promise<void> {
  const db = openDatabase(into);
  const store = new SqliteTranscriptStore(db);
  for (const activities of conversations)
    for (const a of activities) await store.append(a, {}, new Date('2026-11-20T03:00:00Z'));
  db.close();
}

async function cli(
  args: string[],
  dataDir = dir,
  clock?: ManualClock,
): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runReviewCli(args, {
    env: { DATA_DIR: dataDir },
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    clock,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The real entry point, as outside tools run it (npm run --silent review -- …). */
function npmReview(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npm', ['run', '--silent', 'review', '--', ...args], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: { ...process.env, DATA_DIR: dir },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'review-cli-'));
  await seed(dir, [original, sampleConversation({ conversationId: 'conv-b', channelId: 'wechat' })]);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run review -- verify', () => {
  it('exits 0 when every chain holds, and non-zero naming the conversation and record when one was altered', () => {
    const clean = npmReview(['verify']);
    expect(clean).toMatchObject({
      status: 0,
      stdout: 'verified 2 conversations, 30 records: every chain holds\n',
    });
    const raw = new Database(path.join(dir, 'collections.db'));
    raw.exec(`DROP TRIGGER transcript_records_no_delete;
      DELETE FROM transcript_records WHERE conversation_id = 'conv-b' AND seq = 3;`);
    raw.close();
    const broken = npmReview(['verify']);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toBe(
      'BROKEN conv-b: record 3 missing: record 3 is missing (the next stored is 4)\n' +
        '1 of 2 conversations broken (29 records checked)\n',
    );
  });
});

describe('npm run review -- export', () => {
  it('prints an Emulator .transcript that round-trips: the same activities, traces included', async () => {
    const first = await cli(['export', 'conv-a']);
    expect(first.code).toBe(0);
    const activities = parseTranscriptFile(first.out);
    // The same activities (completed with ids and recipients, agents under the standard role 'bot'),
    // with what the person typed stored with ID and phone numbers masked (issue 12).
    const gist = (a: (typeof activities)[number]) => [a.type, a.text, a.timestamp, a.from?.id, a.value];
    expect(activities.map(gist)).toEqual(
      original.map((a) => (a.from?.role === 'user' ? maskTextFields(a) : a)).map(gist),
    );
    expect(activities.filter((a) => a.type === 'trace')).toHaveLength(5);
    const other = mkdtempSync(path.join(tmpdir(), 'review-cli-import-'));
    try {
      await seed(other, [activities]);
      const again = await cli(['export', 'conv-a'], other);
      expect(again.out).toBe(first.out);
      expect((await cli(['verify'], other)).code).toBe(0);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('says so when there is no such conversation', async () => {
    expect(await cli(['export', 'nope'])).toEqual({
      code: 1,
      out: '',
      err: 'no transcript for conversation nope',
    });
  });
});

describe('npm run review -- purge and usage', () => {
  it('deletes only conversations past TRANSCRIPT_RETENTION_DAYS, and verify still holds after', async () => {
    const early = await cli(['purge'], dir, new ManualClock('2027-11-20T00:00:00Z'));
    expect(early.out).toBe('0 conversations older than 730 days deleted');
    const late = await cli(['purge'], dir, new ManualClock('2028-11-20T00:00:00Z'));
    expect(late.out).toBe(
      'deleted conv-a (15 records, last activity 2026-11-20T02:00:28.000Z)\n' +
        'deleted conv-b (15 records, last activity 2026-11-20T02:00:28.000Z)\n' +
        '2 conversations older than 730 days deleted',
    );
    expect((await cli(['verify'])).out).toBe(
      'verified 0 conversations, 0 records: every chain holds; 2 deleted by the retention policy (recorded)',
    );
  });

  it('explains its commands on a wrong one', async () => {
    const result = await cli(['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('unknown command: frobnicate');
    expect(result.err).toContain('rescan [--since DATE]');
    expect((await cli(['rescan', '--since', 'last week'])).err).toContain('--since expects a date');
  });
});
