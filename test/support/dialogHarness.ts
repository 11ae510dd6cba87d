import { ANY_CHANNEL } from '../../src/store/accounts.js';
import { pino } from 'pino';
import {
  ActivityTypes,
  ConversationState,
  MemoryStorage,
  TestAdapter,
  type Activity,
  type StatePropertyAccessor,
  type TurnContext,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, type Dialog, type DialogState } from 'botbuilder-dialogs';
import { loadConfig } from '../../src/config/config.js';
import type { Act } from '../../src/core/act.js';
import { ManualClock } from '../../src/core/clock.js';
import {
  beginTurn,
  CollectionDialog,
  newCaseState,
  RecordingEscalator,
  remember,
  type CaseState,
  type DialogServices,
  type Escalator,
} from '../../src/dialogs/index.js';
import { OfflineUnderstander } from '../../src/language/offlineUnderstander.js';
import type { Responder } from '../../src/language/responder.js';
import { bankWording, TemplateResponder } from '../../src/language/templateResponder.js';
import type { Understander } from '../../src/language/understander.js';
import { ConfiguredRepaymentPolicy, policySettingsFromConfig } from '../../src/policy/index.js';
import type { Account } from '../../src/store/accounts.js';
import type { Db } from '../../src/store/db.js';
import { seedDemoAccountsSqlite } from '../../src/store/demoAccounts.js';
import { createSqliteStores, type Stores } from '../../src/store/stores.js';
import { migratedMemoryDatabase } from './sqlite.js';

/** 2026-11-28 10:00 in Shanghai, the test apps' default "now". */
const NOW = '2026-11-28T02:00:00Z';

export interface DialogHarnessOptions {
  /** The dialog under test, built from the services (default: the whole CollectionDialog). */
  dialog?: (services: DialogServices) => Dialog;
  /** The channel user id of the person (default `demo-zh`; an unknown id has no account). */
  userId?: string;
  /** Changes to the conversation's case before the first turn (e.g. `{ verified: true }`). */
  state?: Partial<CaseState>;
  now?: string;
  responder?: Responder;
  understander?: Understander;
  /** Who is told of an escalation (default: the RecordingEscalator, which records it in the store). */
  escalator?: (services: DialogServices) => Escalator;
  /** Environment keys for the configuration (policy, bank wording, verification limits). */
  env?: Record<string, string>;
}

/**
 * One dialog, run turn by turn through botbuilder's TestAdapter with real services on an
 * in-memory SQLite database (migrated once per worker, demo accounts seeded), offline rules and
 * templates, a manual clock — and nothing else of the app (no channels, middleware, HTTP).
 *
 *   const h = new DialogHarness({ dialog: (s) => new VerificationDialog(s) });
 *   await h.say('我身份证后四位是1234');
 *   expect(h.ended).toEqual({ result: true });
 *
 * Each turn does what the bot does before its dialogs run (`loadTurn` below): the case from
 * conversation state, the account by channel user id, the message understood.
 */
export class DialogHarness {
  readonly db: Db;
  readonly stores: Stores;
  readonly clock: ManualClock;
  readonly services: DialogServices;
  readonly adapter: TestAdapter;
  /** Every act the dialog asked to say, in order, across turns. */
  readonly acts: Act[] = [];
  /** How the dialog under test ended (`undefined` while it is still running). */
  ended: { result: unknown } | undefined;
  private readonly conversationState = new ConversationState(new MemoryStorage());
  private readonly caseState: StatePropertyAccessor<CaseState>;
  private readonly dialogs: DialogSet;
  private readonly dialogId: string;
  private readonly initial: Partial<CaseState>;
  private lastCase: CaseState | undefined;
  private readonly userId: string;

  constructor(options: DialogHarnessOptions = {}) {
    const config = loadConfig({ LOG_LEVEL: 'silent', ...options.env });
    this.db = migratedMemoryDatabase();
    this.stores = createSqliteStores(this.db);
    this.clock = new ManualClock(options.now ?? NOW);
    seedDemoAccountsSqlite(this.db, this.clock.now());
    const bank = bankWording(config);
    const responder = options.responder ?? new TemplateResponder(bank);
    const services: DialogServices = {
      stores: this.stores,
      policy: new ConfiguredRepaymentPolicy(policySettingsFromConfig(config)),
      responder: {
        respond: (act, ctx) => {
          this.acts.push(act);
          return responder.respond(act, ctx);
        },
      },
      understander: options.understander ?? new OfflineUnderstander(),
      escalator: { escalate: (...args) => escalator.escalate(...args) },
      clock: this.clock,
      logger: pino({ level: 'silent' }),
      settings: {
        maxVerifyAttempts: config.VERIFY_MAX_ATTEMPTS,
        lockMinutes: config.VERIFY_LOCK_MINUTES,
        humanEtaMinutes: 10,
        crisisLine: bank.crisisLine,
        maxGuardFallbacks: 3,
        paymentChannels: config.PAYMENT_CHANNELS,
      },
      turnDeadlineMs: config.TURN_DEADLINE_MS,
    };
    const escalator = options.escalator?.(services) ?? new RecordingEscalator(() => services);
    this.services = services;
    this.initial = options.state ?? {};
    this.caseState = this.conversationState.createProperty<CaseState>('case');
    this.dialogs = new DialogSet(this.conversationState.createProperty<DialogState>('dialogs'));
    const dialog = (options.dialog ?? ((s) => new CollectionDialog(s)))(services);
    this.dialogs.add(dialog);
    this.dialogId = dialog.id;
    const userId = options.userId ?? 'demo-zh';
    this.userId = userId;
    this.adapter = new TestAdapter({
      channelId: 'test',
      serviceUrl: 'https://test.local',
      user: { id: userId, name: userId },
      bot: { id: 'bot', name: 'bot' },
      conversation: { id: `dialog-${userId}`, isGroup: false, conversationType: 'personal', name: '' },
    });
  }

  /** The person's account (undefined for an unknown channel user). */
  get account(): Promise<Account | undefined> {
    return this.stores.accounts.findByChannelUser(this.userId, ANY_CHANNEL);
  }

  /** The conversation's case as the last turn left it. */
  get state(): CaseState {
    if (!this.lastCase) throw new Error('DialogHarness: no turn has run yet; call say() first');
    return this.lastCase;
  }

  /** One message from the person; returns the texts the dialog sent, joined by a blank line. */
  async say(text: string): Promise<string> {
    const replies = await this.send(text);
    return replies.map((a) => a.text ?? '').join('\n\n');
  }

  /** One message from the person; returns the message activities the dialog sent. */
  async send(text: string): Promise<Partial<Activity>[]> {
    await this.adapter.processActivity({ type: ActivityTypes.Message, text }, (context) =>
      this.turn(context),
    );
    return this.adapter.activeQueue.splice(0).filter((a) => a.type === ActivityTypes.Message);
  }

  /** The kinds of the acts said during the last `say`/`send` calls since `from` (an index into `acts`). */
  kindsSince(from: number): string[] {
    return this.acts.slice(from).map((a) => a.kind);
  }

  private async turn(context: TurnContext): Promise<void> {
    const state = await this.loadTurn(context);
    const dc = await this.dialogs.createContext(context);
    let result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty && this.ended === undefined)
      result = await dc.beginDialog(this.dialogId);
    if (result.status === DialogTurnStatus.complete) this.ended = { result: result.result };
    this.lastCase = state;
    await this.conversationState.saveChanges(context);
  }

  /** What the bot sets up before its dialogs run: case, account and understanding for the turn. */
  private async loadTurn(context: TurnContext): Promise<CaseState> {
    const account = await this.account;
    const fresh = newCaseState(account?.locale ?? 'zh-CN');
    const state = await this.caseState.get(context, { ...fresh, ...this.initial });
    if (account) state.accountId = account.accountId;
    const turn = beginTurn(context, {
      case: state,
      account,
      startedAt: this.clock.now().getTime(),
      deadlineMs: this.services.turnDeadlineMs,
    });
    const text = context.activity.text ?? '';
    const understanding = await this.services.understander.understand(text, {
      now: this.clock.now(),
      timeZone: account?.timeZone ?? 'Asia/Shanghai',
      localeHint: state.locale,
    });
    state.locale = understanding.language;
    remember(state, { role: 'user', text });
    turn.understanding = understanding;
    return state;
  }
}
