/**
 * The program `bench/turnInstructions.ts` runs under valgrind: one process that starts the
 * service (or the bare echo bot) on loopback and plays the bench:turns script against its
 * `/api/messages` with requests issued from this same process, one turn at a time.
 *
 *   node <bundle> bot|echo <warm conversations> <measured conversations>
 *
 * The imports of `../src/` are this tree's for the types; the bundler points them at the tree
 * being measured. They are dynamic, so the echo bot's process never runs the service's modules.
 * Prints one JSON line: the data directory (the parent removes it), the turns played, the typing
 * activities seen in the warm-up and in the measured conversations, and a digest of every distinct
 * sequence of replies with how many conversations answered it, warm-up and measured apart.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import { benchServiceEnv, BENCH_CHANNEL } from './benchEnv.js';
import { startEchoBot, type BenchReply } from './benchTurn.js';
import { SCRIPT } from './loadRun.js';

interface Service {
  url: string;
  dataDir?: string;
}

async function startBot(): Promise<Service> {
  const [{ createApp }, { loadConfig }, { createServer, listen }, { pino }] = await Promise.all([
    import('../src/bot/app.js'),
    import('../src/config/config.js'),
    import('../src/bot/server.js'),
    import('pino'),
  ]);
  const env = benchServiceEnv('turninsn');
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
 * Timers of half a second or more run 1,000 times later. Under valgrind a turn takes 20–100 times
 * its native time, and longer still on a loaded machine, so timers no native turn meets would
 * fire in the counted run as often as the machine's load says: the typing indicator (600 ms into
 * a turn), the WAL checkpointer's worker (started after 1 s, on its own thread, every 250 ms).
 * Stretched, they are set and cleared as natively and fire as in a fast turn: never.
 */
function stretchLongTimers(): void {
  const LONG_MS = 500;
  const stretched = (ms: unknown): unknown =>
    typeof ms === 'number' && ms >= LONG_MS ? Math.min(ms * 1000, 2 ** 31 - 1) : ms;
  const { setTimeout: timeout, setInterval: interval } = globalThis;
  globalThis.setTimeout = ((fn: () => void, ms?: number, ...args: unknown[]) =>
    timeout(fn, stretched(ms) as number, ...args)) as typeof setTimeout;
  globalThis.setInterval = ((fn: () => void, ms?: number, ...args: unknown[]) =>
    interval(fn, stretched(ms) as number, ...args)) as typeof setInterval;
}

const [target = 'bot', warm = '0', measured = '0'] = process.argv.slice(2);
stretchLongTimers();
const service = target === 'echo' ? { url: (await startEchoBot()).url } : await startBot();
const warmPhase = await play(service.url, 'w', Number(warm));
// A full collection in every process, so the measured turns start from the same heap whatever
// the warm-up left due (as guardrailsInstructions.ts).
(globalThis as { gc?: () => void }).gc?.();
const measuredPhase = await play(service.url, 'm', Number(measured));
const line = JSON.stringify({
  dataDir: service.dataDir ?? null,
  turns: Number(measured) * SCRIPT.length,
  warm: warmPhase,
  measured: measuredPhase,
});
// Exit once the line is written: to a pipe, stdout is asynchronous.
process.stdout.write(`${line}\n`, () => process.exit(0));
