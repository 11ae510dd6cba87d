import { WebSocket } from 'ws';

/** One activity as a Direct Line stream delivers it. */
export interface StreamedActivity {
  id?: string;
  type: string;
  text?: string;
  from?: { id?: string; role?: string };
  replyToId?: string;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The watermark inside a Direct Line activity id (`<conversationId>|0000042` → 42). */
export function seqOf(id: string | undefined): number {
  const match = /\|(\d+)$/.exec(id ?? '');
  return match ? Number(match[1]) : 0;
}

/**
 * A person on web chat through a load balancer, for the multi-instance tests: exchanges a chat
 * link for a token and a conversation, holds one WebSocket stream (on the instance `x-instance`
 * names), and posts messages to whichever instance a post is pinned to. Everything the stream
 * delivers is kept in order, with its watermark.
 */
export class InstanceChat {
  readonly received: { activity: StreamedActivity; watermark: number | undefined }[] = [];
  private ws: WebSocket | undefined;
  conversationId = '';
  private token = '';

  constructor(
    private readonly baseUrl: string,
    private readonly link: string,
  ) {}

  /** Token and conversation on instance `on`, the stream on instance `streamOn`. */
  async open(on: number, streamOn: number): Promise<void> {
    const generated = await this.call('POST', '/v3/directline/tokens/generate', on, undefined, this.link);
    const { token } = (await generated.json()) as { token: string };
    this.token = token;
    const started = await this.call('POST', '/v3/directline/conversations', on, {});
    const body = (await started.json()) as { conversationId: string; streamUrl: string };
    this.conversationId = body.conversationId;
    const ws = new WebSocket(body.streamUrl, { headers: { 'x-instance': String(streamOn) } });
    ws.on('message', (data: Buffer) => {
      const text = data.toString();
      if (text === '') return;
      const frame = JSON.parse(text) as { activities?: StreamedActivity[]; watermark?: string };
      for (const activity of frame.activities ?? [])
        this.received.push({ activity, watermark: frame.watermark ? Number(frame.watermark) : undefined });
    });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    this.ws = ws;
  }

  /** Posts a message on instance `on`; the status and the stored id (with its watermark). */
  async say(text: string, on: number | undefined): Promise<{ status: number; id: string | undefined }> {
    const res = await this.call(
      'POST',
      `/v3/directline/conversations/${this.conversationId}/activities`,
      on,
      {
        type: 'message',
        text,
        from: { name: 'person' },
      },
    );
    const body = (await res.json().catch(() => ({}))) as { id?: string };
    return { status: res.status, id: body.id };
  }

  /** Bot (or agent) messages the stream delivered in frames past watermark `after`. */
  botMessagesAfter(after: number): StreamedActivity[] {
    return this.received
      .filter((r) => r.activity.type === 'message' && r.activity.from?.role !== 'user')
      .filter((r) => (r.watermark ?? 0) > after)
      .map((r) => r.activity);
  }

  /** The highest watermark the stream has delivered. */
  get watermark(): number {
    return Math.max(0, ...this.received.map((r) => r.watermark ?? 0));
  }

  /**
   * Waits until the stream has delivered a bot message after `after` (the reply to a post), or
   * the first one `match` accepts (a proactive notice, such as an agent joining, may come first).
   */
  async replyAfter(
    after: number,
    ms = 15_000,
    match: (a: StreamedActivity) => boolean = () => true,
  ): Promise<StreamedActivity> {
    for (let waited = 0; waited < ms; waited += 50) {
      const reply = this.botMessagesAfter(after).find(match);
      if (reply) return reply;
      await pause(50);
    }
    throw new Error(`no reply after watermark ${after} on the stream within ${ms} ms`);
  }

  /** Ids of the stored activities the stream delivered (frames with a watermark), in order. */
  deliveredIds(): string[] {
    return this.received.filter((r) => r.watermark !== undefined).map((r) => r.activity.id ?? '');
  }

  /** The watermarks of the stream's frames, in the order they came (one per stored activity sent live). */
  watermarks(): number[] {
    return this.received.flatMap((r) => (r.watermark !== undefined ? [r.watermark] : []));
  }

  /** What a Direct Line client reads back from instance `on` (GET activities from watermark 0). */
  async history(on: number | undefined): Promise<StreamedActivity[]> {
    const res = await this.call('GET', `/v3/directline/conversations/${this.conversationId}/activities`, on);
    if (res.status !== 200) throw new Error(`history on instance ${String(on)}: ${res.status}`);
    return ((await res.json()) as { activities: StreamedActivity[] }).activities;
  }

  close(): void {
    this.ws?.terminate();
  }

  private call(method: string, path: string, on: number | undefined, body?: unknown, bearer = this.token) {
    const headers: Record<string, string> = { authorization: `Bearer ${bearer}` };
    if (on !== undefined) headers['x-instance'] = String(on);
    if (body !== undefined) headers['content-type'] = 'application/json';
    return fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  }
}
