import { pathToFileURL } from 'node:url';
import { loadConfig, type Config } from '../config/config.js';
import type { GuardrailCheck } from '../guardrails/types.js';
import { systemClock, type Clock } from '../core/clock.js';
import { openDatabase } from '../store/db.js';
import { createPgPool } from '../store/pg/pool.js';
import { PgTranscriptStore } from '../store/pg/transcripts.js';
import { SqliteTranscriptStore } from '../store/transcripts/sqliteTranscriptStore.js';
import type { TranscriptStore } from '../store/transcripts/types.js';
import { exportTranscript } from './export.js';
import { rescan, type RescanReport } from './rescan.js';
import { verifyAll } from './verify.js';

const USAGE = `usage: npm run --silent review -- <command>
  verify                       check every conversation's hash chain (exit 0: all hold, 1: some broken)
  export <conversationId>      print the conversation as a Bot Framework Emulator .transcript
  rescan [--since DATE] [--json]  run today's guardrails over stored bot and agent messages
  purge                        delete conversations older than TRANSCRIPT_RETENTION_DAYS (recorded)`;

export interface CliIo {
  env: NodeJS.ProcessEnv;
  out: (line: string) => void;
  err: (line: string) => void;
  clock?: Clock;
  /** Today's guardrail check; loaded from src/guardrails when not given. */
  loadCheck?: () => Promise<GuardrailCheck['check']>;
}

async function defaultCheck(): Promise<GuardrailCheck['check']> {
  const guardrails = await import('../guardrails/index.js');
  return guardrails.check;
}

function parseSince(value: string | undefined): Date | undefined | 'invalid' {
  if (value === undefined) return undefined;
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
  const t = Date.parse(iso);
  return /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(t) ? new Date(t) : 'invalid';
}

async function verify(store: TranscriptStore, io: CliIo): Promise<number> {
  const report = await verifyAll(store);
  const deletions = (await store.listDeletions()).length;
  for (const b of report.broken)
    io.out(`BROKEN ${b.conversationId}: record ${b.seq} ${b.problem}: ${b.detail}`);
  const retention = deletions > 0 ? `; ${deletions} deleted by the retention policy (recorded)` : '';
  const gaps = store instanceof SqliteTranscriptStore ? store.unrecordedChannelMessages() : [];
  for (const g of gaps)
    io.out(
      `UNRECORDED ${g.channel} ${g.conversationId} ${g.channelId} (${g.from}): delivered but not in the transcript`,
    );
  // The Direct Line and WeChat stores are cross-checked too; named only when something is missing.
  const crossCheck = gaps.length > 0 ? `; ${gaps.length} messages delivered but not recorded` : '';
  if (report.broken.length === 0 && gaps.length === 0) {
    io.out(
      `verified ${report.conversations} conversations, ${report.records} records: every chain holds${retention}${crossCheck}`,
    );
    return 0;
  }
  io.out(
    `${report.broken.length} of ${report.conversations} conversations broken (${report.records} records checked)${retention}${crossCheck}`,
  );
  return 1;
}

function printRescan(report: RescanReport, since: Date | undefined, io: CliIo): void {
  for (const f of report.findings) {
    const rules = [...new Set(f.violations.map((v) => `${v.rule} (${v.category})`))].join(', ') || f.status;
    io.out(`${f.conversationId} #${f.seq} ${f.timestamp} ${f.role} ${f.status}: ${rules}`);
    io.out(`    ${f.text.replace(/\s+/g, ' ')}`);
  }
  const range = since ? ` since ${since.toISOString()}` : '';
  io.out(
    `scanned ${report.scanned} messages in ${report.conversations} conversations${range}: ${report.findings.length} would now be blocked`,
  );
}

async function runCommand(
  args: string[],
  config: Config,
  store: TranscriptStore,
  io: CliIo,
): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined) return usage(io);
  switch (command) {
    case 'verify':
      return verify(store, io);
    case 'export': {
      const id = rest[0];
      if (!id) return usage(io, 'export needs a conversation id');
      const text = await exportTranscript(store, id);
      if (text === undefined) {
        io.err(`no transcript for conversation ${id}`);
        return 1;
      }
      io.out(text.trimEnd());
      return 0;
    }
    case 'rescan': {
      const i = rest.indexOf('--since');
      const since = parseSince(i >= 0 ? (rest[i + 1] ?? '') : undefined);
      if (since === 'invalid') return usage(io, '--since expects a date, YYYY-MM-DD or an ISO-8601 instant');
      const check = await (io.loadCheck ?? defaultCheck)();
      const report = await rescan(store, check, { since, serviceNumbers: config.BANK_SERVICE_NUMBERS });
      if (rest.includes('--json')) io.out(JSON.stringify(report, null, 2));
      else printRescan(report, since, io);
      return 0;
    }
    case 'purge': {
      const now = (io.clock ?? systemClock).now();
      const deleted = await store.deleteExpired({
        now,
        retentionDays: config.TRANSCRIPT_RETENTION_DAYS,
        actor: 'review-cli purge',
      });
      for (const d of deleted)
        io.out(`deleted ${d.conversationId} (${d.recordCount} records, last activity ${d.lastAt})`);
      io.out(`${deleted.length} conversations older than ${config.TRANSCRIPT_RETENTION_DAYS} days deleted`);
      return 0;
    }
    default:
      return usage(io, `unknown command: ${command}`);
  }
}

function usage(io: CliIo, problem?: string): number {
  if (problem) io.err(problem);
  io.err(USAGE);
  return 2;
}

/**
 * The review command line, on the same config and data directory as the service. Returns the
 * exit code: 0 done (verify: every chain holds), 1 verify found a broken chain or export found
 * nothing, 2 bad usage or configuration.
 */
export async function runReviewCli(args: string[], io: CliIo): Promise<number> {
  let config: Config;
  try {
    config = loadConfig(io.env);
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return 2;
  }
  if (config.DATABASE_URL) {
    // issue 19: the service keeps its transcript in PostgreSQL; verify, export and retention read it there
    const pool = createPgPool({ url: config.DATABASE_URL, max: 2 });
    try {
      return await runCommand(args, config, new PgTranscriptStore(pool), io);
    } finally {
      await pool.end();
    }
  }
  const db = openDatabase(config.dataDir);
  try {
    return await runCommand(args, config, new SqliteTranscriptStore(db), io);
  } finally {
    db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runReviewCli(process.argv.slice(2), {
    env: process.env,
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`review failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
