import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake server does with one POST /v1/chat/completions. */
export type ServerStep =
  /** 200 with a plain-text answer (or, when the request asks for a tool, a tool call with `args`). */
  | { kind: 'answer'; text?: string; args?: Record<string, unknown>; delayMs?: number }
  /** An HTTP error status with optional headers (429 + Retry-After, 500, 503…). */
  | { kind: 'status'; status: number; headers?: Record<string, string>; delayMs?: number; message?: string }
  /** Accepts the request and never answers. */
  | { kind: 'hang' }
  /** 200, content-type JSON, a body that is not JSON. */
  | { kind: 'bad_json' }
  /** Starts a 200 JSON body and drops the connection half-way. */
  | { kind: 'cut' };

export interface ChatRequest {
  model: string;
  messages: { role: string; content: unknown }[];
  tools?: { function: { name: string } }[];
  tool_choice?: unknown;
  response_format?: { type: string };
  stream?: boolean;
  [key: string]: unknown;
}

/** Where the request came in (profiles that check the path or a header). */
export interface RequestMeta {
  path: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface FakeOpenAi {
  baseURL: string;
  requests: ChatRequest[];
  /** Calls that came after the script ran out (each was answered 500). */
  unexpected: number;
  close(): Promise<void>;
}

export interface FakeOpenAiOptions {
  /** Steps in order, one per request (strict: a request after the last step is an error). */
  script?: ServerStep[];
  /** Or: a step for every request, computed from it (benchmarks). */
  respond?: (request: ChatRequest, meta: RequestMeta) => ServerStep;
}

function completion(request: ChatRequest, step: Extract<ServerStep, { kind: 'answer' }>): unknown {
  const tool = request.tools?.[0]?.function.name;
  const asTool = tool !== undefined && step.args !== undefined;
  const message = asTool
    ? {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'call_1', type: 'function', function: { name: tool, arguments: JSON.stringify(step.args) } },
        ],
      }
    : { role: 'assistant', content: step.text ?? JSON.stringify(step.args ?? {}) };
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 1_780_000_000,
    model: request.model,
    choices: [{ index: 0, message, finish_reason: asTool ? 'tool_calls' : 'stop' }],
    usage: { prompt_tokens: 321, completion_tokens: 45, total_tokens: 366 },
  };
}

/** The same answer as server-sent events: a role chunk, the content or tool call in pieces, usage, [DONE]. */
function streamed(
  request: ChatRequest,
  step: Extract<ServerStep, { kind: 'answer' }>,
  res: ServerResponse,
): void {
  const whole = completion(request, step) as {
    choices: {
      message: {
        content: string | null;
        tool_calls?: { id: string; function: { name: string; arguments: string } }[];
      };
      finish_reason: string;
    }[];
    usage: unknown;
  };
  const choice = whole.choices[0];
  const base = {
    id: 'chatcmpl-fake',
    object: 'chat.completion.chunk',
    created: 1_780_000_000,
    model: request.model,
  };
  const send = (delta: unknown, finish: string | null = null): void => {
    res.write(
      `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`,
    );
  };
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  send({ role: 'assistant', content: '' });
  const call = choice?.message.tool_calls?.[0];
  if (call) {
    const half = Math.ceil(call.function.arguments.length / 2);
    send({
      tool_calls: [
        {
          index: 0,
          id: call.id,
          type: 'function',
          function: { name: call.function.name, arguments: call.function.arguments.slice(0, half) },
        },
      ],
    });
    send({ tool_calls: [{ index: 0, function: { arguments: call.function.arguments.slice(half) } }] });
  } else {
    const text = choice?.message.content ?? '';
    const half = Math.ceil(text.length / 2);
    send({ content: text.slice(0, half) });
    send({ content: text.slice(half) });
  }
  send({}, choice?.finish_reason ?? 'stop');
  const options = request.stream_options as { include_usage?: boolean } | undefined;
  if (options?.include_usage)
    res.write(`data: ${JSON.stringify({ ...base, choices: [], usage: whole.usage })}\n\n`);
  res.end('data: [DONE]\n\n');
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function play(step: ServerStep, request: ChatRequest, res: ServerResponse): Promise<void> {
  if ('delayMs' in step && step.delayMs) await wait(step.delayMs);
  if (res.destroyed) return;
  switch (step.kind) {
    case 'answer':
      if (request.stream) {
        streamed(request, step, res);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(completion(request, step)));
      return;
    case 'status':
      res.writeHead(step.status, { 'content-type': 'application/json', ...step.headers });
      res.end(
        JSON.stringify({
          error: { message: step.message ?? `fake ${step.status}`, type: 'fake_error', code: null },
        }),
      );
      return;
    case 'hang':
      return;
    case 'bad_json':
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id": "chatcmpl-fake", "choices": [{"message": ');
      return;
    case 'cut': {
      const body = JSON.stringify(
        completion(request, { kind: 'answer', text: '您好，这是一条被截断的回复' }),
      );
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
      });
      res.write(body.slice(0, 40));
      setTimeout(() => res.socket?.destroy(), 5);
      return;
    }
  }
}

/**
 * (writeHead is never chained: restify, loaded by the app in the same process, patches
 * ServerResponse.writeHead to return nothing.)
 *
 * A local OpenAI-compatible server (POST /v1/chat/completions only) on 127.0.0.1, port 0, so
 * the real openai client and @langchain/openai run against it: plain-text answers, tool calls
 * for structured output (streamed as server-sent events when the request asks), error statuses,
 * hangs, bad JSON and cut connections, in script order or computed per request (profiles).
 */
export async function startFakeOpenAi(options: FakeOpenAiOptions): Promise<FakeOpenAi> {
  const script = [...(options.script ?? [])];
  const sockets = new Set<import('node:net').Socket>();
  const state = { requests: [] as ChatRequest[], unexpected: 0 };
  const server: Server = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404);
        res.end();
        return;
      }
      const request = JSON.parse(await readBody(req)) as ChatRequest;
      state.requests.push(request);
      const meta = { path: req.url, headers: req.headers };
      const step = options.respond ? options.respond(request, meta) : script.shift();
      if (!step) {
        state.unexpected++;
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end('{"error":{"message":"script ran out"}}');
        return;
      }
      await play(step, request, res);
    })();
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    get requests() {
      return state.requests;
    },
    get unexpected() {
      return state.unexpected;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
