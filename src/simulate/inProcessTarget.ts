import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { createApp, type App } from '../bot/app.js';
import { loadConfig } from '../config/config.js';
import { mounts } from '../bot/mounts.js';
import { createServer, listen } from '../bot/server.js';
import { ManualClock } from '../core/clock.js';
import { ANY_CHANNEL, type Account } from '../store/accounts.js';
import { turnTraceOf, type TranscriptActivity } from '../store/transcripts/index.js';
import type { AccountSpec, Scenario } from './scenario.js';
import {
  postMessage,
  SIMULATED_NOW,
  type AccountView,
  type ReplyTrace,
  type StoreView,
  type Target,
} from './target.js';

export { SIMULATED_NOW };

const CHANNEL = 'simulate';

function toCents(major: number | undefined): number | undefined {
  return major === undefined ? undefined : Math.round(major * 100);
}

function accountFor(spec: AccountSpec, base: Account, index: number): Account {
  const changes: Exclude<AccountSpec, string> = typeof spec === 'string' ? { base: spec } : spec;
  return {
    ...base,
    accountId: `SIM-${index}-${base.accountId}`,
    // Bound on the channel the bench's turns name (/api/messages): accounts are bound by channel.
    channel: CHANNEL,
    channelUserId: `sim-${index}-${base.channelUserId}`,
    holderName: changes.holderName ?? base.holderName,
    idLast4: changes.idLast4 ?? base.idLast4,
    cardLast4: changes.cardLast4 ?? base.cardLast4,
    balanceCents: toCents(changes.balance) ?? base.balanceCents,
    minimumDueCents: toCents(changes.minimumDue) ?? base.minimumDueCents,
    dueDate: changes.dueDate ?? base.dueDate,
    daysPastDue: changes.daysPastDue ?? base.daysPastDue,
  };
}

/**
 * The real service in this process (createApp + createServer with every mount) on 127.0.0.1,
 * port 0, a temporary data dir, offline language unless `env` configures a model. Each scenario
 * gets its own copy of its demo account, so scenarios are isolated and may run in parallel.
 */
export class InProcessTarget implements Target {
  readonly mode = 'in-process' as const;

  private constructor(
    private readonly app: App,
    private readonly url: string,
    private readonly stop: () => Promise<void>,
    private readonly dataDir: string,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<InProcessTarget> {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'simulate-'));
    // The bench plays hundreds of conversations at once from loopback: the /api/messages rate
    // limits that protect a live service (issue 12) would refuse most of them.
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      REMINDERS_ENABLED: 'false',
      MESSAGES_RATE_GLOBAL_PER_MINUTE: '1000000',
      MESSAGES_RATE_PER_SENDER_PER_MINUTE: '100000',
      ...env,
      DATA_DIR: dataDir,
    });
    const app = createApp(config, {
      clock: new ManualClock(SIMULATED_NOW),
      logger: pino({ level: 'silent' }),
    });
    const server = createServer(app, mounts);
    const url = await listen(server, 0, '127.0.0.1');
    const stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
    return new InProcessTarget(app, url, stop, dataDir);
  }

  async prepare(
    scenario: Scenario,
    index: number,
  ): Promise<{ userId: string; account: AccountView | undefined }> {
    const spec = scenario.account;
    const baseId = typeof spec === 'string' ? spec : spec.base;
    const base = await this.app.stores.accounts.findByChannelUser(baseId, ANY_CHANNEL);
    if (!base) return { userId: `sim-${index}-${baseId}`, account: undefined };
    const account = accountFor(spec, base, index);
    await this.app.stores.accounts.upsertMany([account], this.app.clock.now());
    return { userId: account.channelUserId, account };
  }

  send(conversationId: string, userId: string, locale: string, text: string, attachment?: string) {
    return postMessage(this.url, conversationId, userId, locale, text, attachment);
  }

  private async read(conversationId: string): Promise<TranscriptActivity[]> {
    const items: TranscriptActivity[] = [];
    let token: string | undefined;
    do {
      const page = await this.app.transcriptStore.getTranscriptActivities(CHANNEL, conversationId, token);
      items.push(...page.items);
      token = page.continuationToken;
    } while (token);
    return items;
  }

  async traces(conversationId: string, userId: string, inbound: number): Promise<ReplyTrace[][]> {
    let previous = -1;
    for (let attempt = 0; attempt < 40; attempt += 1) {
      const items = await this.read(conversationId);
      const groups = groupByInbound(items, userId);
      const settled = groups.length >= inbound && items.length === previous;
      if (settled || attempt === 39) return groups;
      previous = items.length;
      await new Promise((r) => setTimeout(r, attempt < 3 ? 2 : 10));
    }
    return [];
  }

  async stores(accountId: string, conversationIds: readonly string[]): Promise<StoreView> {
    const s = this.app.stores;
    return {
      disputes: (await s.disputes.listFor(accountId)).length,
      ceased: await s.contacts.hasCeased(accountId),
      escalations: (await Promise.all(conversationIds.map((c) => s.escalations.listFor(c)))).flatMap((list) =>
        list.map((e) => e.reason),
      ),
      activePlan: (await s.plans.activeFor(accountId)) !== undefined,
    };
  }

  async close(): Promise<void> {
    await this.stop();
    await this.app.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** Splits a transcript into the reply traces that followed each inbound message of the person. */
function groupByInbound(items: readonly TranscriptActivity[], userId: string): ReplyTrace[][] {
  const groups: ReplyTrace[][] = [];
  for (const item of items) {
    if (item.type === 'message' && item.from?.id === userId) {
      groups.push([]);
      continue;
    }
    const trace = turnTraceOf(item);
    const group = groups[groups.length - 1];
    if (!trace || !group) continue;
    group.push({ act: trace.act, facts: trace.facts, verified: trace.verified });
  }
  return groups;
}
