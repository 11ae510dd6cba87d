import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/guardrails/index.js';
import { rescan } from '../../src/review/rescan.js';
import { ReviewService, type ReviewTranscript } from '../../src/review/reviewService.js';
import { verifyAll } from '../../src/review/verify.js';
import { SqliteRevealLog } from '../../src/store/transcripts/revealLog.js';
import { SqliteTranscriptStore } from '../../src/store/transcripts/sqliteTranscriptStore.js';
import { TranscriptWriter, type WriteFailure } from '../../src/store/transcripts/writer.js';
import { Chat } from '../support/chat.js';
import { sqliteTranscriptsOf, createTestApp, type TestApp } from '../support/testApp.js';

/**
 * The transcript of a real conversation: the real bot, its guarded send path (which logs each
 * message and its trace) and the inbound transcript middleware, into SQLite.
 */
let app: TestApp;
let store: SqliteTranscriptStore;
let writer: TranscriptWriter;
const failures: WriteFailure[] = [];
let transcript: ReviewTranscript;

beforeAll(async () => {
  // The app's own transcript: its TranscriptWriter on SQLite, the inbound middleware and the
  // guarded send path, as createApp wires them.
  app = createTestApp();
  store = sqliteTranscriptsOf(app);
  writer = app.transcript as TranscriptWriter;
  const chat = new Chat(app, 'demo-zh');
  for (const text of ['你好', '我身份证后四位是1234', '我要投诉这笔费用有问题', '转人工'])
    await chat.say(text);
  await writer.flush();
  const review = new ReviewService(store, new SqliteRevealLog(app.db), app.clock);
  const found = await review.get(chat.conversationId);
  if (!found) throw new Error('no transcript was written');
  transcript = found;
});
afterAll(() => app.close());

describe('the transcript of a live conversation', () => {
  it('holds every inbound and outbound message, each bot message with its act and verdicts beside it', () => {
    expect(failures).toEqual([]);
    expect(writer.pending).toBe(0);
    const messages = transcript.steps.filter((s) => s.type === 'message');
    expect(messages.filter((s) => s.role === 'user').map((s) => s.text)).toEqual([
      '你好',
      '我身份证后四位是1234',
      '我要投诉这笔费用有问题',
      '转人工',
    ]);
    const bot = messages.filter((s) => s.role === 'bot');
    expect(bot.length).toBeGreaterThanOrEqual(4);
    for (const step of bot) {
      expect(step.trace?.act?.kind, `trace of "${step.text ?? ''}"`).toBeTruthy();
      expect(step.trace?.verdicts.at(-1)).toMatchObject({ source: 'send-path', allowed: true });
    }
    expect(bot.map((s) => s.trace?.act?.kind)).toEqual(
      expect.arrayContaining(['opening', 'verified', 'dispute_recorded']),
    );
    expect(transcript.steps.filter((s) => s.type === 'trace')).toEqual([]);
  });

  it('is filed under the account, flagged for the dispute and the escalation, and its chain holds', async () => {
    expect(transcript.account).toBe('A-1001');
    expect(transcript.flags).toEqual(expect.arrayContaining(['disputed', 'escalated']));
    expect(transcript.integrity.ok).toBe(true);
    expect((await verifyAll(store)).broken).toEqual([]);
  });

  it("passes today's guardrails again when re-scanned in the context it was sent in", async () => {
    const report = await rescan(store, check, { serviceNumbers: app.config.BANK_SERVICE_NUMBERS });
    expect(report.scanned).toBeGreaterThanOrEqual(4);
    expect(report.findings).toEqual([]);
  });
});
