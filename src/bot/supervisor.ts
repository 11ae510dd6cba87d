import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import type { SupervisorReport, WorkerExit } from './processStatus.js';
import { turnHeapExecArgv } from './turnHeap.js';

export interface SupervisorOptions {
  logger: Logger;
  /** More deaths than this within a minute: stop restarting and exit non-zero. */
  maxRestartsPerMinute: number;
  /** How long to wait for the worker to finish after forwarding SIGTERM/SIGINT. */
  shutdownGraceMs: number;
}

/**
 * The cluster primary behind `npm start`: runs one worker (SQLite has one writer and the
 * Direct Line sockets live in it), starts a new one when it dies, and tells each worker how
 * many restarts there have been (shown in /healthz). SIGTERM/SIGINT are forwarded; the primary
 * exits with the worker's exit code. A worker dying in a loop stops the supervisor (exit 1)
 * instead of restarting forever.
 */
export function runSupervisor(options: SupervisorOptions): void {
  const { logger } = options;
  let restarts = 0;
  let lastExit: WorkerExit | undefined;
  let stopping = false;
  const deaths: number[] = [];

  // The worker's young generation sized for turns (turnHeap.ts), unless the operator set one.
  cluster.setupPrimary({ execArgv: turnHeapExecArgv(process.execArgv, process.env.NODE_OPTIONS) });
  const start = (): Worker => {
    const worker = cluster.fork();
    worker.on('listening', () => {
      const report: SupervisorReport = { kind: 'supervisor.status', restarts, lastExit };
      worker.send(report);
    });
    return worker;
  };

  cluster.on('exit', (worker, code, signal) => {
    lastExit = { at: new Date().toISOString(), code, signal };
    if (stopping) {
      process.exit(code ?? 1);
      return;
    }
    const now = Date.now();
    deaths.push(now);
    while (deaths.length > 0 && (deaths[0] ?? now) < now - 60_000) deaths.shift();
    logger.error({ pid: worker.process.pid, code, signal, restarts }, 'supervisor: worker died');
    if (deaths.length > options.maxRestartsPerMinute) {
      logger.fatal({ deaths: deaths.length }, 'supervisor: worker keeps dying; giving up');
      process.exit(1);
      return;
    }
    restarts += 1;
    setTimeout(start, Math.min(250 * deaths.length, 2000));
  });

  const forward = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'supervisor: stopping the worker');
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(0);
    for (const worker of workers) worker?.process.kill(signal);
    setTimeout(() => {
      logger.fatal('supervisor: the worker did not stop in time');
      process.exit(1);
    }, options.shutdownGraceMs + 5000).unref();
  };
  process.on('SIGTERM', () => forward('SIGTERM'));
  process.on('SIGINT', () => forward('SIGINT'));
  start();
}
