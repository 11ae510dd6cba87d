import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface SpawnedService {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code (or the signal name). */
  exited: Promise<number | string>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * The arguments and stdin that start `src/bot/main.ts` as `npm start` does, with exitWithParent.ts
 * preloaded: the service exits when the test process that spawned it is gone (it holds stdin).
 */
export const SERVICE_ARGS = [
  '--import',
  'tsx',
  '--import',
  pathToFileURL(path.join(ROOT, 'test/support/exitWithParent.ts')).href,
  'src/bot/main.ts',
];

/** Starts `src/bot/main.ts` the way `npm start` does, on a free port; waits for /healthz. */
export async function spawnService(env: Record<string, string>): Promise<SpawnedService> {
  const port = await freePort();
  const child = spawn(process.execPath, SERVICE_ARGS, {
    cwd: ROOT,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      REMINDERS_ENABLED: 'false',
      ...env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, SERVICE_START_MS, () => output);
  return { url, child, output: () => output, exited };
}

/**
 * How long a spawned service may take to become healthy: 60 s, or TEST_SERVICE_START_MS. A bound
 * on a hang, not a speed test: on a 2-core machine half as fast as the last one, a cold start
 * (tsx compiling the service, botbuilder, the guardrail's tables) took 40–63 s beside other tests
 * (2026-12-07); 20 s failed the supervisor test there.
 */
export const SERVICE_START_MS = Number(process.env.TEST_SERVICE_START_MS) || 60_000;

export interface Health {
  status: string;
  process: { pid: number; supervisor: { restarts: number } | 'none'; unhandledRejections: number };
  [key: string]: unknown;
}

/** Polls /healthz until it answers (any status) or `ms` pass. */
export async function waitForHealth(
  url: string,
  ms: number,
  output: () => string = () => '',
  accept: (h: Health) => boolean = () => true,
): Promise<Health> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      const res = await fetch(`${url}/healthz`);
      const body = (await res.json()) as Health;
      if (accept(body)) return body;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`service did not become healthy in ${ms} ms:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
