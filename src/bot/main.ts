import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { createServer, listen } from './server.js';
import { mounts } from './mounts.js';

/** Process entry: config, app, server, graceful shutdown. A bad config stops with one clear line. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const app = createApp(config);
  const server = createServer(app, mounts);
  const url = await listen(server, config.PORT, config.HOST);
  app.logger.info({ url, dataDir: config.dataDir, model: app.modelStatus() }, 'collections assistant listening');
  if (config.REMINDERS_ENABLED) app.reminders.start();
  for (const line of app.startupNotes()) process.stdout.write(`${line}\n`);

  const shutdown = (signal: string): void => {
    app.logger.info({ signal }, 'shutting down');
    server.close();
    void app.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  process.stderr.write(`collections assistant failed to start: ${(err as Error).message}\n`);
  process.exit(1);
});
