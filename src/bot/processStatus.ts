/** How the worker ended that the supervisor replaced (for /healthz). */
export interface WorkerExit {
  at: string;
  code: number | null;
  signal: string | null;
}

/** What the supervisor tells a worker it started (sent over the cluster IPC channel). */
export interface SupervisorReport {
  kind: 'supervisor.status';
  restarts: number;
  lastExit: WorkerExit | undefined;
}

export function isSupervisorReport(value: unknown): value is SupervisorReport {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { kind?: unknown }).kind === 'supervisor.status' &&
    typeof (value as { restarts?: unknown }).restarts === 'number'
  );
}

/**
 * The process's own state for /healthz: unhandled rejections seen (logged and survived) and,
 * when it runs under the supervisor, how often the worker was restarted.
 *
 *   status.rejectionSeen(); status.snapshot().unhandledRejections === 1
 */
export class ProcessStatus {
  private rejections = 0;
  private supervisor: Omit<SupervisorReport, 'kind'> | undefined;
  private shuttingDown = false;

  rejectionSeen(): void {
    this.rejections += 1;
  }

  supervised(report: SupervisorReport): void {
    this.supervisor = { restarts: report.restarts, lastExit: report.lastExit };
  }

  stopping(): void {
    this.shuttingDown = true;
  }

  get isStopping(): boolean {
    return this.shuttingDown;
  }

  snapshot(): {
    pid: number;
    unhandledRejections: number;
    supervisor: { restarts: number; lastExit: WorkerExit | undefined } | 'none';
    stopping: boolean;
  } {
    return {
      pid: process.pid,
      unhandledRejections: this.rejections,
      supervisor: this.supervisor ?? 'none',
      stopping: this.shuttingDown,
    };
  }
}
