import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FileTranscriptStore, type Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTranscript, parseTranscriptFile } from '../../src/review/export.js';
import type { TranscriptActivity } from '../../src/store/transcripts/types.js';
import { Chat } from '../support/chat.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
let exported: TranscriptActivity[];
let conversationId: string;

beforeAll(async () => {
  app = createTestApp();
  const chat = new Chat(app, 'demo-zh');
  conversationId = chat.conversationId;
  for (const text of ['你好', '我身份证后四位是1234', '转人工']) await chat.say(text);
  await app.transcriptWriter.flush();
  exported = parseTranscriptFile((await exportTranscript(app.transcriptStore, conversationId)) ?? '[]');
});
afterAll(async () => void (await app.close()));

describe('transcript export that real tools load', () => {
  it('gives every activity (traces and events included) an id and a recipient, and no non-standard role', () => {
    expect(exported.length).toBeGreaterThan(5);
    expect(exported.filter((a) => typeof a.id !== 'string' || a.id === '')).toEqual([]);
    expect(exported.filter((a) => typeof a.recipient?.id !== 'string')).toEqual([]);
    expect(new Set(exported.map((a) => a.from?.role))).toEqual(new Set(['user', 'bot']));
    expect(exported.some((a) => a.type === 'trace')).toBe(true);
  });

  it("keeps the ids the bot's messages were sent with", async () => {
    const sentIds = (await app.transcriptStore.getRecords(conversationId))
      .filter((r) => r.type === 'message' && r.role === 'bot')
      .map((r) => r.activity.id);
    const exportedIds = exported
      .filter((a) => a.type === 'message' && a.from?.role === 'bot')
      .map((a) => a.id);
    expect(exportedIds).toEqual(sentIds);
  });

  it("loads into botbuilder's FileTranscriptStore and reads every activity back", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'file-transcripts-'));
    const files = new FileTranscriptStore(folder);
    // As the Emulator does when it opens a .transcript: timestamps become Dates.
    for (const activity of exported)
      await files.logActivity({
        ...activity,
        timestamp: new Date(activity.timestamp ?? 0),
      } as unknown as Activity);
    const read: Partial<Activity>[] = [];
    let token: string | undefined;
    do {
      const page = await files.getTranscriptActivities('test', conversationId, token);
      read.push(...page.items);
      token = page.continuationToken || undefined;
    } while (token);
    // It orders by timestamp, then id (the test clock gives every activity the same instant).
    expect(read.map((a) => a.id).sort()).toEqual(exported.map((a) => a.id).sort());
  });
});
