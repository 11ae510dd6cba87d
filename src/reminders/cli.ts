import { pathToFileURL } from 'node:url';
import { loadConfig } from '../config/config.js';
import { systemClock } from '../core/clock.js';
import { SqliteHandoffStore } from '../handoff/index.js';
import { openDatabase } from '../store/db.js';
import type { CliIo } from './importCli.js';
import { QueueFollowUpEscalator } from '../payments/queueEscalator.js';
import { createSqliteStores } from '../store/stores.js';
import { caseHistory } from '../payments/history.js';
import { PgHandoffStore } from '../handoff/pgHandoffStore.js';
import { PgCaseFileStore } from '../store/pg/caseFiles.js';
import { PgFollowUpStore } from '../store/pg/followUps.js';
import { createPgPool, type PgPool } from '../store/pg/pool.js';
import { PgReminderStore } from '../store/pg/reminders.js';
import { createPgStores } from '../store/pg/stores.js';
import { createReminderService, type ReminderServiceDeps } from './service.js';
import { PgReminderDeliveryLog } from '../store/pg/reminderDeliveries.js';
import { SqliteReminderDeliveryLog } from '../store/reminderDeliveries.js';
import { runUnsettledCli, UNSETTLED_USAGE } from './unsettledCli.js';
import type { DispatchResult, ReminderDecision, ReminderSender } from './types.js';

/**
 * The reminders command line. It reads the same config as the service (DATA_DIR included) and
 * works while the service runs:
 *
 *   npm run --silent reminders -- due --now 2026-11-28T02:00:00Z --json [--explain]
 *   npm run --silent reminders -- run --now 2026-11-28T02:00:00Z [--json]
 *
 * `due` writes nothing. `run` claims what is due; with no sender in this process the claims are
 * queued and the running service delivers them on its next tick, while their day's contact window
 * is still open by the service's clock (otherwise they are recorded as skipped, never sent late).
 * `unsettled` and `settle` are the reviewer's (src/reminders/unsettledCli.ts).
 * Exit codes: 0 done; 1 nothing to settle under that ref; 64 usage; 2 an unexpected error.
 */
export const REMINDERS_USAGE = `usage:
  npm run --silent reminders -- due [--now <ISO time>] [--json] [--explain]
  npm run --silent reminders -- run [--now <ISO time>] [--json]
${UNSETTLED_USAGE}`;

interface Args {
  command: 'due' | 'run';
  now: Date;
  json: boolean;
  explain: boolean;
}

function parseArgs(argv: string[]): Args | string {
  const [command, ...rest] = argv;
  if (command !== 'due' && command !== 'run') return REMINDERS_USAGE;
  const args: Args = { command, now: systemClock.now(), json: false, explain: false };
  for (let i = 0; i < rest.length; i += 1) {
    const a = rest[i];
    if (a === '--json') args.json = true;
    else if (a === '--explain' && command === 'due') args.explain = true;
    else if (a === '--now') {
      const value = rest[(i += 1)] ?? '';
      const t = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)
        ? Date.parse(value)
        : NaN;
      if (Number.isNaN(t))
        return `--now expects an ISO time with a zone, such as 2026-11-28T10:00:00Z (got "${value}")`;
      args.now = new Date(t);
    } else return `unknown argument "${a}"\n${REMINDERS_USAGE}`;
  }
  return args;
}

/** One line of `due --json`: exactly these four fields; `--explain` adds the rest. */
export function decisionLine(d: ReminderDecision, explain: boolean): Record<string, unknown> {
  const line: Record<string, unknown> = {
    account: d.key.accountId,
    kind: d.key.kind,
    channel: d.channel,
    reachable: d.reachable,
  };
  if (!explain) return line;
  line.localDate = d.key.localDate;
  line.due = d.outcome.due;
  if (!d.outcome.due) {
    line.heldBy = d.outcome.heldBy;
    line.detail = d.outcome.detail;
  }
  return line;
}

export interface RemindersCliDeps {
  /** A sender this process can deliver with; without one, `run` queues for the service. */
  sender?: ReminderSender;
  isHandledByHuman?: (accountId: string) => Promise<boolean>;
}

export async function runRemindersCli(
  argv: string[],
  io: CliIo,
  deps: RemindersCliDeps = {},
): Promise<number> {
  if (argv[0] === 'unsettled' || argv[0] === 'settle') return runReviewerCommand(argv, io);
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.err(args);
    return 64;
  }
  const config = loadConfig();
  const db = openDatabase(config.dataDir);
  // issue 19: with DATABASE_URL the reminders, accounts and handoffs are the service's, in PostgreSQL
  const pool = config.DATABASE_URL ? createPgPool({ url: config.DATABASE_URL, max: 2 }) : undefined;
  try {
    const backend = pool ? pgReminderDeps(pool) : undefined;
    // The same handoff check the service is wired with: a handoff queued for or accepted by an agent.
    const handoffs = backend?.handoffs ?? new SqliteHandoffStore(db);
    const isHandledByHuman =
      deps.isHandledByHuman ??
      (async (accountId: string) => (await handoffs.openForAccount(accountId)) !== undefined);
    const followUp = new QueueFollowUpEscalator(handoffs, backend?.stores ?? createSqliteStores(db));
    const service = createReminderService({
      db,
      config,
      clock: systemClock,
      followUp,
      ...(backend ? { store: backend.store, followUps: backend.followUps } : {}),
      ...deps,
      isHandledByHuman,
    });
    if (args.command === 'due') {
      const decisions = args.explain ? await service.explain(args.now) : await service.due(args.now);
      for (const d of decisions) io.out(args.json ? JSON.stringify(decisionLine(d, args.explain)) : human(d));
      return 0;
    }
    const report = await service.run(args.now);
    for (const r of report.results) io.out(args.json ? JSON.stringify(r) : humanResult(r));
    if (!args.json) io.out(summary(report.results, report.skipped, deps.sender !== undefined));
    return 0;
  } finally {
    db.close();
    await pool?.end();
  }
}

/** `unsettled` / `settle` on the service's delivery log: PostgreSQL with DATABASE_URL, else SQLite. */
async function runReviewerCommand(argv: string[], io: CliIo): Promise<number> {
  const config = loadConfig();
  const pool = config.DATABASE_URL ? createPgPool({ url: config.DATABASE_URL, max: 2 }) : undefined;
  const db = pool ? undefined : openDatabase(config.dataDir);
  try {
    const log = db ? new SqliteReminderDeliveryLog(db) : pool && new PgReminderDeliveryLog(pool);
    if (!log) return 2;
    return await runUnsettledCli(argv, io, {
      log,
      clock: systemClock,
      leaseSeconds: config.REMINDER_LEASE_SECONDS,
    });
  } finally {
    db?.close();
    await pool?.end();
  }
}

/** The reminder service's stores on PostgreSQL, as the service itself wires them (src/bot/postgresBackend.ts). */
function pgReminderDeps(pool: PgPool): {
  handoffs: PgHandoffStore;
  stores: ReturnType<typeof createPgStores>;
  store: NonNullable<ReminderServiceDeps['store']>;
  followUps: NonNullable<ReminderServiceDeps['followUps']>;
} {
  const stores = createPgStores(pool);
  const cases = { ...stores, caseFiles: new PgCaseFileStore(pool) };
  return {
    handoffs: new PgHandoffStore(pool),
    stores,
    store: new PgReminderStore(pool),
    followUps: {
      followUps: new PgFollowUpStore(pool),
      history: (accountId) => caseHistory(cases, accountId),
    },
  };
}

function human(d: ReminderDecision): string {
  const state = d.outcome.due ? 'due' : `held: ${d.outcome.heldBy} (${d.outcome.detail})`;
  return `${d.key.accountId}\t${d.key.kind}\t${d.key.localDate}\t${d.channel}\t${d.reachable ? 'reachable' : 'unreachable'}\t${state}`;
}

function humanResult(r: DispatchResult): string {
  return `${r.account}\t${r.kind}\t${r.localDate}\t${r.channel}\t${r.outcome}${r.detail ? ` (${r.detail})` : ''}`;
}

function summary(results: DispatchResult[], skipped: number, direct: boolean): string {
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r.outcome, (counts.get(r.outcome) ?? 0) + 1);
  const parts = [...counts].map(([k, n]) => `${n} ${k}`);
  if (skipped > 0) parts.push(`${skipped} recorded as skipped (their day is over)`);
  const note =
    direct || !counts.get('queued') ? '' : ' — queued reminders are delivered by the running service';
  return `${parts.length > 0 ? parts.join(', ') : 'nothing to dispatch'}${note}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const io: CliIo = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  };
  runRemindersCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
