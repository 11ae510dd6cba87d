import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { processPosted } from '../../src/bot/postedActivity.js';

/** What a response was told: its status, what was sent, and whether it ended. */
function recorder(): {
  status: number;
  sent: unknown[];
  ended: boolean;
  res: Parameters<typeof processPosted>[3];
} {
  const out = { status: 0, sent: [] as unknown[], ended: false };
  const res = {
    status(code: number) {
      out.status = code;
      return res;
    },
    send(body?: unknown) {
      out.sent.push(body);
      return res;
    },
    end() {
      out.ended = true;
      return res;
    },
    header() {
      return res;
    },
  };
  return Object.assign(out, { res });
}

const activity = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: 'message',
  channelId: 'test',
  serviceUrl: 'http://127.0.0.1:9/unused',
  deliveryMode: 'expectReplies',
  conversation: { id: 'c1' },
  from: { id: 'u1' },
  recipient: { id: 'bot' },
  text: 'hi',
  ...extra,
});

type Logic = (context: TurnContext) => Promise<void>;

/** The same post through botbuilder's own CloudAdapter.process and through processPosted. */
async function both(
  adapter: CloudAdapter,
  body: unknown,
  logic: Logic,
  authorization?: string,
): Promise<{ theirs: ReturnType<typeof recorder>; ours: ReturnType<typeof recorder>; errors: unknown[] }> {
  const theirs = recorder();
  const request = { method: 'POST', body: structuredClone(body), headers: { authorization } };
  const quiet = console.error;
  console.error = () => {};
  try {
    await adapter.process(request as never, theirs.res as never, logic);
  } finally {
    console.error = quiet;
  }
  const ours = recorder();
  const errors: unknown[] = [];
  await processPosted(adapter, structuredClone(body), authorization, ours.res, logic, (e) => errors.push(e));
  return { theirs, ours, errors };
}

const open = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const echo: Logic = async (context) => {
  await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
};

describe('a posted activity processed as CloudAdapter.process does, without its per-request schemas', () => {
  it('answers expectReplies with the same status and replies', async () => {
    const { theirs, ours } = await both(open, activity(), echo);
    expect(ours.status).toBe(200);
    expect(ours.status).toBe(theirs.status);
    const texts = (r: ReturnType<typeof recorder>): unknown =>
      (r.sent[0] as { activities: { text: string }[] }).activities.map((a) => a.text);
    expect(texts(ours)).toEqual(['echo: hi']);
    expect(texts(ours)).toEqual(texts(theirs));
    expect(ours.ended && theirs.ended).toBe(true);
  });

  it('gives the bot the timestamps as dates with the raw text kept, as botbuilder does', async () => {
    const seen: unknown[] = [];
    const body = activity({ timestamp: '2026-12-05T01:02:03.456+08:00', localTimestamp: 'not a date' });
    await both(open, body, async (context) => {
      const a = context.activity as unknown as Record<string, unknown>;
      seen.push([
        a.timestamp instanceof Date,
        a.rawTimestamp,
        a.localTimestamp instanceof Date,
        a.rawLocalTimestamp,
      ]);
    });
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[1]).toEqual([true, '2026-12-05T01:02:03.456+08:00', true, 'not a date']);
  });

  it('answers 500 with the message when the bot fails, and tells who logs it', async () => {
    const failing: Logic = () => Promise.reject(new Error('the bot broke'));
    const { theirs, ours, errors } = await both(open, activity(), failing);
    expect([ours.status, ours.sent]).toEqual([500, ['the bot broke']]);
    expect([theirs.status, theirs.sent]).toEqual([ours.status, ours.sent]);
    expect(errors).toHaveLength(1);
  });

  it('answers 401 when the adapter requires a token and none came', async () => {
    const secured = new CloudAdapter(
      new ConfigurationBotFrameworkAuthentication({
        MicrosoftAppId: 'app-id',
        MicrosoftAppPassword: 'secret',
      }),
    );
    const { theirs, ours } = await both(secured, activity(), echo);
    expect(ours.status).toBe(401);
    expect([theirs.status, theirs.sent]).toEqual([ours.status, ours.sent]);
  });

  it('refuses a body that is not an object with 400', async () => {
    for (const body of [[activity()], 'text', null]) {
      const { theirs, ours } = await both(open, body, echo);
      expect(ours.status).toBe(400);
      expect(theirs.status).toBe(400);
    }
  });
});
