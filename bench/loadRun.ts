/**
 * One load run of the turn bench: `concurrency` people each play scripted conversations against
 * a service until `conversations` have been played. By default the load client runs in this
 * process (CPU per turn then counts the client's fetch and JSON work too, the same for every
 * service compared). BENCH_CLIENT=process runs it in a child process: CPU per turn is then the
 * services' process alone (the figure that says what a turn costs the service), and the client's
 * own CPU is reported beside it.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { postTurn, type Result } from './benchTurn.js';
import { Random } from '../src/guardrails/classifier/random.js';

export const SCRIPT = ['你好', '我身份证后四位是1234', '每个月只能还2000', '第一个', '确认'];

export const CLIENT_IN_CHILD = process.env.BENCH_CLIENT === 'process';

export interface LoadSpec {
  url: string;
  label: string;
  conversations: number;
  concurrency: number;
  /**
   * Each person's mean pause after a reply before the next message (0: at once). Pauses are
   * exponential (seeded) and each person starts after a uniform offset within one mean pause, so
   * arrivals are spread as independent people's are; equal pauses kept everyone in step and every
   * turn arrived in a burst of `concurrency`.
   */
  thinkMs?: number;
}

/** What the client measured: each turn's latency and the wall time. */
export interface ClientRun {
  latencies: number[];
  seconds: number;
  cpuMs: number;
  /** Turns the service refused (a status other than 200 or no reply): each ends its conversation. */
  refused: number;
  /** The first refusal's message, for the report. */
  firstRefusal?: string;
}

let nextTarget = 0;

/** `url` may name several services separated by spaces: each post goes to the next one. */
export async function post(url: string, conversationId: string, userId: string, text: string): Promise<void> {
  const targets = url.split(' ');
  await postTurn(targets[nextTarget++ % targets.length] ?? url, conversationId, text, userId);
}

/** The client's loop, wherever it runs. */
export async function playConversations(spec: LoadSpec): Promise<ClientRun> {
  const latencies: number[] = [];
  let refused = 0;
  let firstRefusal: string | undefined;
  let next = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const random = new Random(0x5eed28);
  const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
  // Exponential with mean thinkMs, capped at five means (the cap lowers the mean by under 1 %).
  const think = (mean: number): number => Math.min(5 * mean, -Math.log(1 - random.next()) * mean);
  const worker = async (): Promise<void> => {
    if (spec.thinkMs) await pause(random.next() * spec.thinkMs);
    while (next < spec.conversations) {
      const n = next++;
      const conversationId = `${spec.label}-${n}-${Date.now()}`;
      for (const text of SCRIPT) {
        const t0 = performance.now();
        try {
          await post(spec.url, conversationId, 'demo-zh', text);
        } catch (err) {
          // A refused turn (503 under load, a dropped connection) is counted, not fatal: the rest
          // of this conversation's script would no longer follow, so the next one starts.
          refused++;
          firstRefusal ??= err instanceof Error ? err.message : String(err);
          break;
        }
        latencies.push(performance.now() - t0);
        if (spec.thinkMs) await pause(think(spec.thinkMs));
      }
    }
  };
  await Promise.all(Array.from({ length: spec.concurrency }, worker));
  const used = process.cpuUsage(cpu);
  return {
    latencies,
    seconds: (performance.now() - started) / 1000,
    cpuMs: (used.user + used.system) / 1000,
    refused,
    ...(firstRefusal === undefined ? {} : { firstRefusal }),
  };
}

/** Refused turns go to stderr, beside the figures: a run with refusals is not a clean figure. */
function reportRefusals(spec: LoadSpec, r: ClientRun): void {
  if (r.refused === 0) return;
  process.stderr.write(`${spec.label}: ${r.refused} turn(s) refused, first: ${r.firstRefusal ?? ''}\n`);
}

let child: ChildProcess | undefined;

/** The one client process, started on first use and kept for the whole bench. */
async function clientProcess(): Promise<ChildProcess> {
  if (child?.connected) return child;
  const entry = fileURLToPath(new URL('./turnClient.ts', import.meta.url));
  const started = fork(entry, [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  await new Promise<void>((resolve, reject) => {
    started.once('message', () => resolve());
    started.once('error', reject);
  });
  started.unref();
  child = started;
  return started;
}

/** Stops the client process (at the end of the bench). */
export function stopClient(): void {
  child?.disconnect();
  child?.kill();
  child = undefined;
}

/** One run; `cpuMs` is this process's CPU over it (with the client elsewhere: the services alone). */
export async function run(spec: LoadSpec): Promise<Result> {
  if (!CLIENT_IN_CHILD) {
    const r = await playConversations(spec);
    reportRefusals(spec, r);
    return { turns: r.latencies.length, seconds: r.seconds, latencies: r.latencies, cpuMs: r.cpuMs };
  }
  const client = await clientProcess();
  const cpu = process.cpuUsage();
  const r = await new Promise<ClientRun>((resolve, reject) => {
    const gone = (code: number | null): void => {
      child = undefined;
      reject(new Error(`the load client's process ended (exit ${code ?? 'signal'}) during ${spec.label}`));
    };
    client.once('exit', gone);
    client.once('message', (m) => {
      client.off('exit', gone);
      resolve(m as ClientRun);
    });
    client.send(spec);
  });
  reportRefusals(spec, r);
  const used = process.cpuUsage(cpu);
  return {
    turns: r.latencies.length,
    seconds: r.seconds,
    latencies: r.latencies,
    cpuMs: (used.user + used.system) / 1000,
    clientCpuMs: r.cpuMs,
  };
}
