/**
 * What the turn benches share: one scripted turn posted to `/api/messages` (deliveryMode
 * expectReplies, as a channel that wants the replies in the response) and the bare echo bot on
 * the same stack (restify + CloudAdapter) that the collection bot is compared with.
 */
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify from 'restify';
import { BENCH_CHANNEL } from './benchEnv.js';

export interface BenchReply {
  type?: string;
  text?: string;
  suggestedActions?: unknown;
}

/** Posts one message and returns the replies; throws on a status other than 200 or no reply. */
export async function postTurn(
  url: string,
  conversationId: string,
  text: string,
  userId = 'demo-zh',
): Promise<BenchReply[]> {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      channelId: BENCH_CHANNEL,
      serviceUrl: 'http://127.0.0.1:9/unused',
      deliveryMode: 'expectReplies',
      conversation: { id: conversationId },
      from: { id: userId },
      recipient: { id: 'bot' },
      text,
    }),
  });
  if (res.status !== 200) throw new Error(`HTTP ${res.status} for "${text}"`);
  const body = (await res.json()) as { activities?: BenchReply[] };
  if (!body.activities?.length) throw new Error(`no reply for "${text}"`);
  return body.activities;
}

/** The bare echo bot on loopback, on a free port. */
export interface EchoOptions {
  /**
   * How long an idle keep-alive connection stays open (ms). Default node's 5 s, as bench:turns
   * measures it. bench/turnInsnChild.ts gives it 600 s: under valgrind on a loaded machine a
   * turn outlasted the 5 s, the server closed the connection as the next request went out, and
   * the echo's process died of ECONNRESET (turncpu24, load 14–19).
   */
  keepAliveMs?: number;
}

export async function startEchoBot(
  options: EchoOptions = {},
): Promise<{ url: string; close: () => void; keepAliveMs: number }> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
    await next();
  });
  const server = restify.createServer();
  server.post('/api/messages', restify.plugins.bodyParser({ mapParams: false }), async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  if (options.keepAliveMs !== undefined) {
    server.server.keepAliveTimeout = options.keepAliveMs;
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => server.close(),
    keepAliveMs: server.server.keepAliveTimeout,
  };
}

/** One load run: turns, wall time, each turn's latency, and the process CPU it took. */
export interface Result {
  turns: number;
  seconds: number;
  latencies: number[];
  /** Process CPU (user + system) over the run, in ms: less swayed by other work on the machine. */
  cpuMs: number;
  /** The load client's CPU when it ran in its own process (then `cpuMs` is the services' alone). */
  clientCpuMs?: number;
}

export interface Figures {
  tps: number;
  p50: number;
  p95: number;
  p99: number;
  cpuPerTurn: number;
  /** The client's CPU per turn, when it ran in its own process. */
  clientCpuPerTurn?: number;
}

export function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export function figures(r: Result): Figures {
  const sorted = [...r.latencies].sort((a, b) => a - b);
  return {
    tps: r.turns / r.seconds,
    p50: pct(sorted, 50),
    p95: pct(sorted, 95),
    p99: pct(sorted, 99),
    cpuPerTurn: r.cpuMs / r.turns,
    ...(r.clientCpuMs === undefined ? {} : { clientCpuPerTurn: r.clientCpuMs / r.turns }),
  };
}
