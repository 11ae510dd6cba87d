import type { Logger } from 'pino';
import type { ProcessStatus } from './processStatus.js';

export interface ProcessPolicyDeps {
  logger: Logger;
  status: ProcessStatus;
  /**
   * Called once on an uncaught exception: stop accepting, make the transcript durable, and
   * resolve with how many records are still at risk. The process then exits non-zero.
   */
  fatal: (reason: string) => Promise<number>;
  exit?: (code: number) => void;
}

/**
 * What the process does with errors nobody caught:
 * - an unhandled rejection is logged with its context, counted (/healthz) and survived: a
 *   promise nobody awaited cannot have left shared state half-written in this codebase;
 * - an uncaught exception may have, so the process logs it, stops accepting, flushes the
 *   transcript and exits with code 1 (the supervisor starts a fresh worker).
 * Returns a function that removes the handlers (tests).
 */
export function installProcessPolicy(deps: ProcessPolicyDeps): () => void {
  const { onRejection, onException } = processPolicyHandlers(deps);
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}

/** The two handlers `installProcessPolicy` registers (exported so tests call them directly). */
export function processPolicyHandlers(deps: ProcessPolicyDeps): {
  onRejection: (reason: unknown) => void;
  onException: (err: Error, origin: string) => void;
} {
  const exit = deps.exit ?? ((code: number) => process.exit(code));
  let dying = false;
  const onRejection = (reason: unknown): void => {
    deps.status.rejectionSeen();
    deps.logger.error(
      {
        err: reason,
        reasonType: reason instanceof Error ? reason.name : typeof reason,
        unhandledRejections: deps.status.snapshot().unhandledRejections,
      },
      'unhandled promise rejection (logged and counted; the service keeps serving)',
    );
  };
  const onException = (err: Error, origin: string): void => {
    deps.logger.fatal({ err, origin }, 'uncaught exception: stopping this worker');
    if (dying) return;
    dying = true;
    const guard = setTimeout(() => exit(1), 30_000);
    guard.unref();
    deps
      .fatal(`uncaught exception: ${err.message}`)
      .then((atRisk) => {
        if (atRisk > 0) deps.logger.fatal({ atRisk }, `${atRisk} transcript records are at risk`);
      })
      .catch((flushErr: unknown) => deps.logger.fatal({ err: flushErr }, 'shutdown after a crash failed'))
      .finally(() => exit(1));
  };
  return { onRejection, onException };
}
