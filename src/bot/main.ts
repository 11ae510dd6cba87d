import cluster from 'node:cluster';
import { createApp, type App } from './app.js';
import { ConfigError, loadConfig, type Config } from '../config/config.js';
import { claimDataDir } from './dataDirLock.js';
import { createLogger } from './logger.js';
import { openBackend } from './backend.js';
import { systemClock } from '../core/clock.js';
import { createServer, listen } from './server.js';
import { mounts } from './mounts.js';
import { installProcessPolicy } from './processPolicy.js';
import { isSupervisorReport } from './processStatus.js';
import { runSupervisor } from './supervisor.js';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
}

/**
 * Process entry. With SUPERVISOR (the default) this process is the cluster primary and the
 * service runs in a worker it restarts; otherwise (or in the worker) it is the service:
 * config, app, server, process policy, graceful shutdown.
 */
async function main(): Promise<void> {
  const config = readConfig();
  if (config.DATABASE_URL && cluster.isPrimary) {
    // Issue 19: checked before any worker starts, so a bad URL is one line, not a restart loop.
    const outcome = await openBackend(config, { clock: systemClock, logger: createLogger('silent') });
    if (outcome.status === 'refused') {
      process.stderr.write(`${outcome.line}\n`);
      process.exit(outcome.exitCode);
    }
    await outcome.backend.close();
  }
  if (!config.DATABASE_URL && cluster.isPrimary) {
    // SQLite serves one instance: a second service on the same DATA_DIR is refused, in one line.
    const claim = claimDataDir(config.dataDir);
    if (claim.status === 'taken') {
      process.stderr.write(
        `DATA_DIR ${config.dataDir} is already served by another process (pid ${claim.pid}, ${claim.file}); ` +
          'the embedded SQLite store serves one instance. Stop it, choose another DATA_DIR, or set DATABASE_URL to run several instances.\n',
      );
      process.exit(2);
    }
    process.once('exit', claim.release);
  }
  if (config.SUPERVISOR && cluster.isPrimary) {
    runSupervisor({
      logger: createLogger(config.LOG_LEVEL),
      maxRestartsPerMinute: config.SUPERVISOR_MAX_RESTARTS_PER_MINUTE,
      shutdownGraceMs: config.SHUTDOWN_GRACE_MS,
    });
    return;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const outcome = await openBackend(config, { clock: systemClock, logger });
  if (outcome.status === 'refused') {
    process.stderr.write(`${outcome.line}\n`);
    process.exit(outcome.exitCode);
  }
  const app = createApp(config, { logger, backend: outcome.backend });
  app.notes.push(`state kept in ${outcome.backend.describe}`); // issue 19: never a password
  if (config.DATABASE_URL) {
    // Issue 19: secrets every instance must share; a folder's own secret serves one instance only.
    if (!config.LINK_SECRET)
      app.notes.push(
        'LINK_SECRET not set: this instance uses its own from DATA_DIR; several instances on one database need the same LINK_SECRET (chat links, Direct Line tokens, answers of retried activities, relays between instances)',
      );
  }
  process.on('message', (message: unknown) => {
    if (isSupervisorReport(message)) app.processStatus.supervised(message);
  });
  const server = createServer(app, mounts);
  let stopped: Promise<number> | undefined;
  // Stop accepting, finish what is in flight, make the transcript durable; resolves with how
  // many transcript records are still at risk (0 when everything is on disk).
  const stop = (reason: string): Promise<number> => {
    stopped ??= stopService(app, () => server.close(), reason);
    return stopped;
  };
  installProcessPolicy({ logger: app.logger, status: app.processStatus, fatal: stop });
  const url = await listen(server, config.PORT, config.HOST);
  app.logger.info(
    { url, dataDir: config.dataDir, model: app.modelStatus() },
    'collections assistant listening',
  );
  if (config.REMINDERS_ENABLED) app.reminders.start();
  for (const line of app.startupNotes()) process.stdout.write(`${line}\n`);

  const shutdown = (signal: string): void => {
    void stop(signal).then((atRisk) => {
      if (atRisk > 0) {
        process.stderr.write(`shutdown: ${atRisk} transcript records are at risk (not yet on disk)\n`);
        process.exit(1);
      }
      process.exit(0);
    });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

async function stopService(app: App, closeServer: () => void, reason: string): Promise<number> {
  app.logger.info({ reason }, 'shutting down');
  app.processStatus.stopping();
  try {
    closeServer();
  } catch (err) {
    app.logger.error({ err }, 'closing the HTTP server failed');
  }
  return app.close();
}

main().catch((err: unknown) => {
  process.stderr.write(`collections assistant failed to start: ${(err as Error).message}\n`);
  process.exit(1);
});
