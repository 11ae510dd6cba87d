/**
 * The timed load client of the tail benches (bench/turnTail.ts, bench/turnWait.ts) in its own
 * process (bench/tailClient.ts), started on first use and kept until `stopTailClient`.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ClientTurn } from './tailClient.js';
import type { LoadSpec } from './loadRun.js';

let client: ChildProcess | undefined;

/** Plays one load run in the client process; resolves with each turn's client-side timing. */
export async function play(spec: LoadSpec): Promise<ClientTurn[]> {
  if (!client) {
    const started = fork(fileURLToPath(new URL('./tailClient.ts', import.meta.url)), [], {
      execArgv: ['--import', 'tsx'],
      stdio: 'inherit',
    });
    await new Promise<void>((resolve) => started.once('message', () => resolve()));
    client = started;
  }
  const c = client;
  return new Promise((resolve) => {
    c.once('message', (m) => resolve(m as ClientTurn[]));
    c.send(spec);
  });
}

export function stopTailClient(): void {
  client?.kill();
  client = undefined;
}
