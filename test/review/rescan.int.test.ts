import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/guardrails/index.js';
import { runReviewCli } from '../../src/review/cli.js';
import { rescan } from '../../src/review/rescan.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { SqliteTranscriptStore } from '../../src/store/transcripts/sqliteTranscriptStore.js';
import type { TranscriptActivity } from '../../src/store/transcripts/types.js';
import { sampleConversation } from './fixtures.js';

/** History as stored: messages sent under older rules, each with the send path's trace. */
function sent(
  conversationId: string,
  n: number,
  at: string,
  role: 'bot' | 'agent',
  text: string,
  verified: boolean,
): TranscriptActivity[] {
  const id = `${conversationId}-${n}`;
  const common = {
    channelId: 'directline',
    conversation: { id: conversationId },
    timestamp: at,
    from: { id: role, name: role, role },
  };
  return [
    { ...common, id, type: 'message', text },
    {
      ...common,
      id: `${id}-trace`,
      type: 'trace',
      name: 'collections.reply',
      label: 'guardrail',
      replyToId: id,
      value: { messageId: id, source: role, verified, locale: 'zh-CN', verdicts: [], blockedDrafts: [] },
    },
  ];
}

const AMOUNT = '您尾号6789的信用卡当前逾期金额为1,234.56元，请尽快还款。';

let dir = '';
let db: Db;
let store: SqliteTranscriptStore;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'rescan-'));
  db = openDatabase(dir);
  store = new SqliteTranscriptStore(db);
  const history = [
    ...sampleConversation({ conversationId: 'clean', start: '2026-11-20T02:00:00Z' }),
    ...sent('old', 1, '2026-10-02T03:00:00.000Z', 'agent', '老赖，你再不还钱就等着坐牢吧', true),
    ...sent('old', 2, '2026-10-02T03:01:00.000Z', 'bot', AMOUNT, false),
    ...sent('new', 1, '2026-11-15T03:00:00.000Z', 'bot', AMOUNT, true),
    ...sent(
      'new',
      2,
      '2026-11-15T03:02:00.000Z',
      'agent',
      '请回电 13812345678，否则我们就通知你的单位',
      true,
    ),
  ];
  for (const a of history) await store.append(a, {}, new Date('2026-11-21T00:00:00Z'));
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("rescan with today's guardrails", () => {
  it('reports stored bot and agent messages that would now be blocked, with reason codes, judged in their own context', async () => {
    const report = await rescan(store, check);
    expect(report.conversations).toBe(3);
    expect(report.scanned).toBe(9);
    expect(
      report.findings.map((f) => [f.conversationId, f.seq, f.role, f.violations.map((v) => v.rule)]),
    ).toEqual([
      // The masked number after 请回电 is the sender's call-back number (guardrw15): no privacy.phone.
      ['new', 3, 'agent', ['privacy.third_party']],
      ['old', 1, 'agent', ['defamation.insult', 'false_legal.arrest']],
      ['old', 3, 'bot', ['privacy.unverified_disclosure', 'privacy.unverified_disclosure']],
    ]);
    expect(report.findings[0]?.text).toBe('请回电 *******5678，否则我们就通知你的单位');
  });

  it('looks only at messages since a date', async () => {
    const report = await rescan(store, check, { since: new Date('2026-11-01T00:00:00Z') });
    expect(report.findings.map((f) => f.conversationId)).toEqual(['new']);
    expect(report.scanned).toBe(7);
  });

  it('prints the findings from the command line', async () => {
    const out: string[] = [];
    const code = await runReviewCli(['rescan', '--since', '2026-10-01'], {
      env: { DATA_DIR: dir },
      out: (l) => out.push(l),
      err: (l) => out.push(l),
    });
    expect(code).toBe(0);
    expect(out).toEqual([
      'new #3 2026-11-15T03:02:00.000Z agent blocked: privacy.third_party (privacy)',
      '    请回电 *******5678，否则我们就通知你的单位',
      'old #1 2026-10-02T03:00:00.000Z agent blocked: defamation.insult (defamation), false_legal.arrest (false_legal)',
      '    老赖，你再不还钱就等着坐牢吧',
      'old #3 2026-10-02T03:01:00.000Z bot blocked: privacy.unverified_disclosure (privacy)',
      `    ${AMOUNT}`,
      'scanned 9 messages in 3 conversations since 2026-10-01T00:00:00.000Z: 3 would now be blocked',
    ]);
  });
});
