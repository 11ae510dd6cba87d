import { statfsSync } from 'node:fs';
import type { App, ModelStatus } from './app.js';

export type HealthStatus = 'ok' | 'degraded' | 'unavailable';

export interface HealthReport {
  status: HealthStatus;
  /** Why it is not ok (empty when ok). */
  reasons: string[];
  storage: { write: 'ok' | 'failing'; error?: string };
  transcript: { backlog: number; failing: boolean; lastError?: string; failingSince?: string };
  disk: { freeMb: number; minFreeMb: number } | { freeMb: 'unknown' };
  model: ModelStatus;
  process: ReturnType<App['processStatus']['snapshot']>;
  /** The shared database (PostgreSQL backend only): a real write, its error without secrets. */
  database?:
    { backend: 'postgres'; status: 'ok' } | { backend: 'postgres'; status: 'unreachable'; reason: string };
}

/** How long /healthz waits for the shared database before calling it unreachable. */
const DATABASE_PROBE_MS = 2000;

/**
 * Adds the shared database to a report (issue 19). Unreachable makes the instance `degraded`,
 * not `unavailable`: every instance shares the database, so taking this one out of the load
 * balancer helps nobody; its turns answer 503 store_unavailable with Retry-After meanwhile, and
 * the next probe after the database answers again reports ok (the pool reconnects by itself).
 */
export async function withSharedDatabase(
  report: HealthReport,
  app: Pick<App, 'backend' | 'clock'>,
): Promise<HealthReport> {
  if (app.backend.kind !== 'postgres') return report;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ status: 'unreachable'; reason: string }>((resolve) => {
    timer = setTimeout(
      () => resolve({ status: 'unreachable', reason: `no answer within ${DATABASE_PROBE_MS} ms` }),
      DATABASE_PROBE_MS,
    );
  });
  const probe = await Promise.race([app.backend.probe(app.clock.now()), timeout]).finally(() =>
    clearTimeout(timer),
  );
  if (probe.status === 'ok') return { ...report, database: { backend: 'postgres', status: 'ok' } };
  return {
    ...report,
    status: report.status === 'unavailable' ? 'unavailable' : 'degraded',
    reasons: [...report.reasons, `database unreachable: ${probe.reason}`],
    database: { backend: 'postgres', status: 'unreachable', reason: probe.reason },
  };
}

/** How often a failing transcript re-probes the store (so /healthz and turns stay cheap). */
const PROBE_EVERY_MS = 1000;

/**
 * Whether turns can be recorded, and the health report built on it. Storage is probed with a
 * real write; when the transcript writer is failing, a successful probe lets it write its
 * backlog and recover. Turns are refused (503) while `canRecord()` is false.
 */
export class ServiceHealth {
  private lastProbe: { at: number; error: string | undefined } | undefined;

  constructor(private readonly app: App) {}

  canRecord(): boolean {
    if (this.app.processStatus.isStopping) return false;
    if (!this.app.transcriptWriter.health().failing) return true;
    return this.probe(false) === undefined && this.app.transcriptWriter.recover();
  }

  report(): HealthReport {
    const { app } = this;
    const writeError = this.probe(true);
    if (writeError === undefined && app.transcriptWriter.health().failing) app.transcriptWriter.recover();
    const writer = app.transcriptWriter.health();
    const disk = diskOf(app.config.dataDir, app.config.HEALTH_MIN_FREE_DISK_MB);
    const model = app.modelStatus();
    const processState = app.processStatus.snapshot();
    const down: string[] = [];
    const impaired: string[] = [];
    if (writeError !== undefined) down.push(`storage cannot write: ${writeError}`);
    if (writer.failing) down.push(`transcript cannot be written: ${writer.lastError ?? 'unknown'}`);
    if (processState.stopping) down.push('shutting down');
    if (writer.backlog > 0) impaired.push(`${writer.backlog} transcript records waiting to be written`);
    if (typeof disk.freeMb === 'number' && disk.freeMb < app.config.HEALTH_MIN_FREE_DISK_MB)
      impaired.push(`low disk space: ${disk.freeMb} MB free`);
    if (model.mode === 'model' && model.state === 'degraded')
      impaired.push(`model degraded: ${model.reason}`);
    const status: HealthStatus = down.length > 0 ? 'unavailable' : impaired.length > 0 ? 'degraded' : 'ok';
    return {
      status,
      reasons: [...down, ...impaired],
      storage: writeError === undefined ? { write: 'ok' } : { write: 'failing', error: writeError },
      transcript: writer,
      disk,
      model,
      process: processState,
    };
  }

  /** Undefined when a write succeeded; the error text otherwise. Cached for PROBE_EVERY_MS unless forced. */
  private probe(force: boolean): string | undefined {
    const now = performance.now();
    if (!force && this.lastProbe && now - this.lastProbe.at < PROBE_EVERY_MS) return this.lastProbe.error;
    let error: string | undefined;
    try {
      this.app.backend.probeWriteNow(this.app.clock.now());
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
    this.lastProbe = { at: now, error };
    return error;
  }
}

function diskOf(dir: string, minFreeMb: number): HealthReport['disk'] {
  try {
    const stats = statfsSync(dir);
    return { freeMb: Math.floor((stats.bavail * stats.bsize) / 1_048_576), minFreeMb };
  } catch {
    return { freeMb: 'unknown' };
  }
}
