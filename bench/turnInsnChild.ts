/**
 * The program `bench/turnInstructions.ts` runs under valgrind: one process that starts the
 * service (or the bare echo bot) on loopback and plays the bench:turns script against its
 * `/api/messages` with requests issued from this same process, one turn at a time.
 *
 *   node <bundle> bot|echo <warm conversations> <conversations per window> <windows>
 *
 * The imports of `../src/` are this tree's for the types; the bundler points them at the tree
 * being measured. They are dynamic, so the echo bot's process never runs the service's modules.
 * After the warm-up, each measured window lies between two marks (see `mark`), with a full
 * collection before it. Prints one JSON line: the data directory (the parent removes it), the
 * turns in a window, the typing activities seen in the warm-up and in the measured windows, and
 * a digest of every distinct sequence of replies with how many conversations answered it, warm-up
 * and measured apart.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import { benchServiceEnv, BENCH_CHANNEL } from './benchEnv.js';
import { startEchoBot, type BenchReply } from './benchTurn.js';
import { SCRIPT } from './loadRun.js';

interface Service {
  url: string;
  dataDir?: string;
}

/** Idle keep-alive of the measured server, bot or echo (600 s). */
const KEEP_ALIVE_MS = 600_000;

async function startBot(): Promise<Service> {
  const [{ createApp }, { loadConfig }, { createServer, listen }, { pino }] = await Promise.all([
    import('../src/bot/app.js'),
    import('../src/config/config.js'),
    import('../src/bot/server.js'),
    import('pino'),
  ]);
  // Keep-alive for as long as the setting allows: at valgrind's pace on a loaded machine the 5 s
  // default closed the idle connection between two turns now and then, so some turns paid a new
  // connection (and one run died of ECONNRESET when the close crossed the next request).
  const env = benchServiceEnv('turninsn', { HTTP_KEEP_ALIVE_TIMEOUT_MS: String(KEEP_ALIVE_MS) });
  const app = createApp(loadConfig(env), { logger: pino({ level: 'silent' }) });
  return { url: await listen(createServer(app), 0, '127.0.0.1'), dataDir: env.DATA_DIR };
}

/** One keep-alive connection: node's own client, lighter than fetch and without its timer wheel. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function postTurn(url: string, conversationId: string, text: string): Promise<BenchReply[]> {
  const body = JSON.stringify({
    type: 'message',
    channelId: BENCH_CHANNEL,
    serviceUrl: 'http://127.0.0.1:9/unused',
    deliveryMode: 'expectReplies',
    conversation: { id: conversationId },
    from: { id: 'demo-zh' },
    recipient: { id: 'bot' },
    text,
  });
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/api/messages`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          if (res.statusCode !== 200) {
            reject(new Error(`HTTP ${res.statusCode} for "${text}"`));
            return;
          }
          const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { activities?: BenchReply[] };
          if (!parsed.activities?.length) reject(new Error(`no reply for "${text}"`));
          else resolve(parsed.activities);
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Plan and dispute numbers are random: masked, so every tree's replies compare (as cpuAb.ts). */
function normalised(reply: BenchReply): string {
  return JSON.stringify([reply.text, reply.suggestedActions]).replace(
    /\b([PD])-[0-9A-F]{8}\b/g,
    '$1-########',
  );
}

interface Phase {
  typing: number;
  /** Each distinct sequence of the script's replies (one line per turn) and its conversations. */
  answers: Record<string, number>;
}

async function play(url: string, tag: string, conversations: number): Promise<Phase> {
  const phase: Phase = { typing: 0, answers: {} };
  for (let n = 0; n < conversations; n++) {
    // Ids of one length, the same in every process: no count moves with a digit more or less.
    const conversationId = `insn-${tag}-${String(n).padStart(5, '0')}`;
    const lines: string[] = [];
    for (const text of SCRIPT) {
      virtualMs += 1000;
      const replies = await postTurn(url, conversationId, text);
      phase.typing += replies.filter((r) => r.type === 'typing').length;
      lines.push(
        replies
          .filter((r) => r.type !== 'typing')
          .map(normalised)
          .join(' '),
      );
    }
    const key = createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
    phase.answers[key] = (phase.answers[key] ?? 0) + 1;
  }
  return phase;
}

/**
 * Timers of half a second or more never fire. Under valgrind a turn takes 20–100 times its native
 * time, and longer still on a loaded machine, so timers no native turn meets would fire in the
 * counted run as often as the machine's load says: the typing indicator (600 ms into a turn), the
 * body-idle cut (10 s), the guardrails' advisory limit (2 s) and the WAL checkpointer's worker
 * (started after 1 s, then a whole second isolate checkpointing every 250 ms on its own clock).
 * turninsn20 stretched them 1,000 times, which a ten-minute run on a loaded machine outlasts.
 * Here they are set and cleared as natively and fire as in a fast turn: never.
 */
function neverFireLongTimers(): void {
  const LONG_MS = 500;
  const NEVER_MS = 2 ** 31 - 1;
  const stretched = (ms: unknown): unknown => (typeof ms === 'number' && ms >= LONG_MS ? NEVER_MS : ms);
  const { setTimeout: timeout, setInterval: interval } = globalThis;
  globalThis.setTimeout = ((fn: () => void, ms?: number, ...args: unknown[]) =>
    timeout(fn, stretched(ms) as number, ...args)) as typeof setTimeout;
  globalThis.setInterval = ((fn: () => void, ms?: number, ...args: unknown[]) =>
    interval(fn, stretched(ms) as number, ...args)) as typeof setInterval;
}

/**
 * Every process lives on the same clock: `Date` (now and `new Date()`) and `performance.now()`
 * read a virtual time that stands still within a turn and moves on one second before each turn,
 * from Monday 2026-11-30 10:00 Beijing time. The service's own clock (systemClock) reads it too.
 * On the wall clock, work that looks at the time (leases, rate windows, caches with an age, quiet
 * hours, durations measured and logged) would depend on how slowly valgrind ran that day.
 */
const START_MS = Date.parse('2026-11-30T02:00:00Z');
let virtualMs = START_MS;

function fixClock(): void {
  const RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...args: unknown[]) {
      super(...((args.length === 0 ? [virtualMs] : args) as [number]));
    }
    static override now(): number {
      return virtualMs;
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
  Object.defineProperty(performance, 'now', { value: () => virtualMs - START_MS, configurable: true });
}

/**
 * The instrument's marks: a native call nothing else in these processes makes, before which
 * callgrind (`--dump-before=uv_os_getpriority`) writes what the main thread executed since the
 * last mark and starts again from zero.
 */
const mark = (): void => void os.getPriority();

const [target = 'bot', warm = '0', perWindow = '0', windowCount = '1'] = process.argv.slice(2);
neverFireLongTimers();
fixClock();
// The echo keeps idle connections as long as the service does (startBot): see EchoOptions.
const service =
  target === 'echo' ? { url: (await startEchoBot({ keepAliveMs: KEEP_ALIVE_MS })).url } : await startBot();
const warmPhase = await play(service.url, 'w', Number(warm));
const measured: Phase = { typing: 0, answers: {} };
const gc = (globalThis as { gc?: () => void }).gc;
for (let w = 0; w < Number(windowCount); w++) {
  // A full collection outside every window (between two marks), so each window starts from the
  // same heap state whatever the one before left due (as guardrailsInstructions.ts).
  mark();
  gc?.();
  mark();
  const phase = await play(service.url, `m${w}`, Number(perWindow));
  measured.typing += phase.typing;
  for (const [key, n] of Object.entries(phase.answers)) measured.answers[key] = (measured.answers[key] ?? 0) + n;
}
mark();
const line = JSON.stringify({
  dataDir: service.dataDir ?? null,
  turnsPerWindow: Number(perWindow) * SCRIPT.length,
  warm: warmPhase,
  measured,
});
// Exit once the line is written: to a pipe, stdout is asynchronous.
process.stdout.write(`${line}\n`, () => process.exit(0));
