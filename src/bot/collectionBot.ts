import { bindingChannelOf } from './accountBinding.js';
import { dispatchesToOwnMessageHandler, isGroupConversation } from './messageDispatch.js';
import {
  ActivityHandler,
  TurnContext,
  type BotHandler,
  type ConversationState,
  type StatePropertyAccessor,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import { localDate } from '../core/dates.js';
import { normaliseLocale, type Locale } from '../core/locale.js';
import { noticeJurisdiction, type Jurisdiction } from '../core/jurisdiction.js';
import {
  COLLECTION_DIALOG,
  CollectionDialog,
  accountFacts,
  beginTurn,
  escalateAfterTurn,
  newCaseState,
  remember,
  say,
  type CaseState,
  type DialogServices,
  type Turn,
  verificationAttemptsLeft,
  recordCease,
} from '../dialogs/index.js';
import { yesToPlanOnTable } from '../dialogs/agreement.js';
import { guardFactsFor } from '../language/actFacts.js';
import type { GuardContext } from '../guardrails/types.js';
import type { Account } from '../store/accounts.js';
import { isStateConflict } from '../store/storeErrors.js';
import { LocalConversationLock, type ConversationLock } from '../store/conversationLock.js';
import type { TranscriptSink } from '../channels/transcriptSink.js';
import { channelTurnOf } from '../channels/host.js';
import { detectLanguage } from '../language/offline/detectLanguage.js';
import { normalise } from '../language/offline/normalise.js';
import { asksNoWorkplaceCalls } from '../language/offline/workplaceCalls.js';

export interface InboundScan {
  (text: string): { injection: boolean; manipulation: boolean; rules: string[] };
}

export interface CollectionBotDeps {
  conversationState: ConversationState;
  services: DialogServices;
  transcript: TranscriptSink;
  scanInbound: InboundScan;
  serviceNumbers: string[];
  /** Minutes a verified session stays verified without a message (VERIFIED_SESSION_MINUTES). */
  verifiedSessionMinutes?: number;
  /** The bank's payment channel names and accounts (PAYMENT_CHANNELS), which replies may name. */
  paymentChannels?: string[];
  /** One turn at a time per conversation (default: in this process; PostgreSQL: across instances). */
  turnLock?: ConversationLock;
}

/**
 * The one bot every channel runs. Begins the turn's seam (`Turn`: the case from conversation
 * state, the account by channel user id, looked up once, unless the channel already did),
 * understands the message, runs the dialogs and the turn-end escalation check, and saves.
 * Wording, guarding and transcripts happen on the send path.
 */
export class CollectionBot extends ActivityHandler {
  private readonly caseState: StatePropertyAccessor<CaseState>;
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly dialogs: DialogSet;
  /** One turn at a time per conversation, whichever adapter brought it (issue 12), on every instance (issue 19). */
  private readonly turns: ConversationLock;
  /**
   * botbuilder's dialog memory scopes and path resolvers, built by its first DialogContext and
   * then shared: they hold no state of a turn, and building them anew costs every turn.
   */
  private dialogMemory: unknown;

  constructor(private readonly deps: CollectionBotDeps) {
    super();
    this.turns = deps.turnLock ?? new LocalConversationLock();
    this.caseState = deps.conversationState.createProperty<CaseState>('case');
    this.dialogState = deps.conversationState.createProperty<DialogState>('dialogs');
    this.dialogs = new DialogSet(this.dialogState);
    this.dialogs.add(new CollectionDialog(deps.services));

    this.onMessage(this.messageHandler);
    this.onMembersAdded(async (context, next) => {
      // In a group nobody is greeted as a holder: its first message gets privateOnly.
      if (isGroupConversation(context.activity)) return next();
      const botId = context.activity.recipient?.id;
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id !== botId) await this.open(context, member.id);
      }
      await next();
    });
    this.onEvent(async (context, next) => {
      const name = context.activity.name;
      if (name === 'subscribe') await this.open(context, context.activity.from?.id);
      if (name === 'unsubscribe') await this.unsubscribe(context);
      await next();
    });
  }

  /** The one message handler (registered in the constructor). */
  private readonly messageHandler: BotHandler = async (context, next) => {
    await this.message(context);
    await next();
  };

  /** Every inbound message gets a reply, text or not (a sticker, a picture, an attachment). */
  private async message(context: TurnContext): Promise<void> {
    if (isGroupConversation(context.activity)) await this.privateOnly(context);
    else await this.turn(context, context.activity.from?.id);
  }

  /**
   * Runs one inbound activity after the conversation's previous turn has finished, so parallel
   * messages cannot each read the same state. A write that lost an eTag race (another process)
   * is run again once from the fresh state rather than lost.
   */
  override async run(context: TurnContext): Promise<void> {
    await this.turns.run(context.activity.conversation?.id ?? '', async () => {
      try {
        await this.dispatch(context);
      } catch (err) {
        if (!isStateConflict(err)) throw err;
        await this.deps.conversationState.load(context, true);
        await this.dispatch(context);
      }
    });
  }

  /** ActivityHandler's dispatch; a message this bot alone handles goes to it directly (messageDispatch.ts). */
  private async dispatch(context: TurnContext): Promise<void> {
    if (dispatchesToOwnMessageHandler(this.handlers, context.activity, this.messageHandler))
      await this.message(context);
    else await super.run(context);
  }

  /**
   * A group conversation (attack14: a verified holder's balance was posted where every member
   * reads it): no account is looked up, no reference kept for reminders, no verification asked;
   * one reply points to a one-to-one chat or the service line, in the message's language.
   */
  private async privateOnly(context: TurnContext): Promise<void> {
    const turn = await this.load(context, undefined, false);
    const hint = normaliseLocale(context.activity.locale, turn.case.locale);
    turn.case.locale = detectLanguage(context.activity.text ?? '', hint);
    await say(context, this.deps.services, { kind: 'private_only' });
    await this.save(context);
  }

  /** Someone arrived (Web Chat join, WeChat subscribe): the opening and the verification question. */
  private async open(context: TurnContext, userId: string | undefined): Promise<void> {
    const { case: state, account } = await this.load(context, userId, false);
    await this.expireVerification(context, state);
    if (state.opened) {
      // A new session (link, token, device) in an old conversation: verify again first.
      if (account && !state.verified && !state.thirdParty) {
        const attemptsLeft = await verificationAttemptsLeft(
          this.deps.services,
          account.accountId,
          state.failures,
        );
        await say(context, this.deps.services, { kind: 'ask_verification', attemptsLeft });
      }
      return this.save(context);
    }
    if (account) {
      state.opened = true;
      await say(context, this.deps.services, { kind: 'opening', jurisdiction: this.jurisdiction(account) });
      if (!state.verified) {
        const attemptsLeft = await verificationAttemptsLeft(
          this.deps.services,
          account.accountId,
          state.failures,
        );
        await say(context, this.deps.services, { kind: 'ask_verification', attemptsLeft });
      }
    }
    await this.save(context);
  }

  /**
   * A proactive turn (reminder): the conversation's case is loaded, the acts are worded and sent
   * on the guarded send path. A reminder says who is writing, why and how to stop, so the
   * conversation counts as opened.
   */
  async remind(context: TurnContext, reminderKind: string): Promise<void> {
    await this.turns.run(context.activity.conversation?.id ?? '', () =>
      this.remindNow(context, reminderKind),
    );
  }

  private async remindNow(context: TurnContext, reminderKind: string): Promise<void> {
    // The sender read the state before the lock (its verified audience): read it again under the
    // lock, which on PostgreSQL is taken with this read (issue 19), so the reminder is serialised
    // with the conversation's turns on every instance and decides on fresh state.
    await this.deps.conversationState.load(context, true);
    const { case: state, account } = await this.load(context, context.activity.from?.id, false);
    const held =
      account ??
      (state.accountId ? await this.deps.services.stores.accounts.get(state.accountId) : undefined);
    await say(context, this.deps.services, {
      kind: 'reminder',
      reminderKind,
      jurisdiction: this.jurisdiction(held),
    });
    state.opened = true;
    await this.save(context);
  }

  /** Whose notices this account hears (issue 20): its own jurisdiction, never the reply language. */
  private jurisdiction(account: Account | undefined): Jurisdiction {
    return noticeJurisdiction(account, this.deps.services.settings.defaultJurisdiction ?? 'CN');
  }

  /** An unsubscribe event proves no identity: it stops this channel address only. */
  private async unsubscribe(context: TurnContext): Promise<void> {
    const s = this.deps.services;
    const userId = context.activity.from?.id;
    const on = bindingChannelOf(context);
    const account =
      userId && on !== undefined ? await s.stores.accounts.findByChannelUser(userId, on) : undefined;
    await recordCease(s, context.activity, undefined, account?.accountId, 'unsubscribe');
    this.recordCeaseScope(context, 'address');
  }

  /** The transcript says whether a cease-contact covered the account, one channel address or the workplace. */
  private recordCeaseScope(context: TurnContext, scope: 'account' | 'address' | 'workplace'): void {
    this.deps.transcript.append({
      type: 'trace',
      name: 'collections.cease_contact',
      label: `cease-contact:${scope}`,
      valueType: 'https://collections.example/trace/cease-contact/v1',
      value: { scope, channelId: context.activity.channelId, userId: context.activity.from?.id },
      conversation: context.activity.conversation,
      channelId: context.activity.channelId,
      timestamp: this.deps.services.clock.now(),
      from: { id: 'bot', name: 'bot', role: 'bot' },
    });
  }

  private async turn(context: TurnContext, userId: string | undefined): Promise<void> {
    const turn = await this.load(context, userId, true);
    const { case: state, account } = turn;
    const s = this.deps.services;
    const text = context.activity.text ?? '';
    const understood = await s.understander.understand(text, {
      now: s.clock.now(),
      timeZone: account?.timeZone ?? (state.locale === 'en' ? 'America/New_York' : 'Asia/Shanghai'),
      localeHint: state.locale,
      deadline: turn.deadline,
    });
    // "行 就这样吧 确认" with a plan on the table: a yes, not a warning sign (conv16).
    const yes = yesToPlanOnTable(state, text, understood);
    const understanding = yes?.understanding ?? understood;
    if (yes) turn.care = yes.care;
    state.locale = understanding.language;
    remember(state, { role: 'user', text });
    turn.understanding = understanding;
    this.recordInboundScan(context, text, understanding.injection);

    if (this.dialogMemory !== undefined) context.turnState.set(DIALOG_MEMORY, this.dialogMemory);
    const dc = await this.dialogs.createContext(context);
    this.dialogMemory ??= context.turnState.get(DIALOG_MEMORY);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(COLLECTION_DIALOG);
    if (state.verified && state.verifiedSession === undefined) state.verifiedSession = sessionOf(context);
    if (understanding.intent === 'stop_contact')
      this.recordCeaseScope(context, state.verified ? 'account' : 'address');
    else if (understanding.intent === 'ask_third_parties' && asksNoWorkplaceCalls(normalise(text))) {
      this.recordCeaseScope(context, 'workplace');
      // A real per-account restriction (conv15): reminders to a workplace channel are skipped and
      // agents see it. Only restricts contact, so a chat bound to the account may ask it unverified.
      if (account && !state.thirdParty) {
        const source = `chat:${context.activity.channelId ?? 'unknown'}:${state.verified ? 'verified' : 'unverified'}`;
        await s.stores.contacts.restrictContact(account.accountId, 'workplace', source, s.clock.now());
      }
    }
    await escalateAfterTurn(context, s);
    await this.save(context);
  }

  /**
   * Begins the turn: the account (the channel's lookup when it made one for this user, else one
   * here), the case, and the conversation reference saved once (unless the channel saved it).
   */
  private async load(context: TurnContext, userId: string | undefined, inbound: boolean): Promise<Turn> {
    const s = this.deps.services;
    const channel = channelTurnOf(context);
    const sameUser = userId !== undefined && userId === context.activity.from?.id;
    // A channel that looked the account up (this service's Direct Line) did so for the user its
    // session fixes; else by channel and user id where the turn's transport allows (sec19).
    const on = bindingChannelOf(context);
    const account =
      channel.account && sameUser
        ? channel.account.value
        : userId && on !== undefined
          ? await s.stores.accounts.findByChannelUser(userId, on)
          : undefined;
    // A chat bound to no account starts in the language its client names (conv15), else Chinese.
    const locale: Locale = account?.locale ?? normaliseLocale(context.activity.locale, 'zh-CN');
    const state = await this.caseState.get(context, newCaseState(locale));
    if (account) state.accountId = account.accountId;
    if (inbound) await this.expireVerification(context, state);
    const turn = beginTurn(context, {
      case: state,
      account,
      startedAt: Date.now(),
      deadlineMs: s.turnDeadlineMs,
      guardDefaults: () => this.guardDefaults(state, account),
    });
    const conversationId = context.activity.conversation?.id;
    if (conversationId && userId && !(channel.referenceSaved && sameUser)) {
      await s.stores.conversations.save(
        {
          conversationId,
          channelId: context.activity.channelId,
          userId,
          accountId: account?.accountId,
          reference: { ...TurnContext.getConversationReference(context.activity) },
        },
        s.clock.now(),
        inbound,
      );
    }
    return turn;
  }

  /**
   * Verification holds for the session it was given in and lapses after
   * VERIFIED_SESSION_MINUTES without a message: then the person verifies again, starting from
   * the top of the dialog (so no half-finished step goes on to disclose).
   */
  private async expireVerification(context: TurnContext, state: CaseState): Promise<void> {
    const now = this.deps.services.clock.now().getTime();
    const idleMs = (this.deps.verifiedSessionMinutes ?? 30) * 60_000;
    const last = state.lastActiveAt ? Date.parse(state.lastActiveAt) : now;
    const lapsed = now - last > idleMs || state.verifiedSession !== sessionOf(context);
    state.lastActiveAt = new Date(now).toISOString();
    if (!state.verified || !lapsed) return;
    state.verified = false;
    state.verifiedSession = undefined;
    state.summaryShown = false;
    await this.dialogState.delete(context);
  }

  /** For outbound text that carries no act (agent or system text): the account's facts if verified. */
  private guardDefaults(state: CaseState, account: Account | undefined): GuardContext {
    const facts =
      state.verified && account
        ? guardFactsFor({
            kind: 'account_summary',
            account: accountFacts(account, localDate(this.deps.services.clock.now(), account.timeZone)),
          })
        : undefined;
    return {
      locale: state.locale,
      verified: state.verified,
      ...(facts ? { facts } : {}),
      serviceNumbers: this.deps.serviceNumbers,
      paymentChannels: this.deps.paymentChannels ?? [],
    };
  }

  private recordInboundScan(context: TurnContext, text: string, modelSawInjection: boolean): void {
    const scan = this.deps.scanInbound(text);
    if (!scan.injection && !scan.manipulation && !modelSawInjection) return;
    this.deps.transcript.append({
      type: 'trace',
      name: 'collections.inbound',
      label: 'inbound-scan',
      valueType: 'https://collections.example/trace/inbound/v1',
      value: { ...scan, modelSawInjection, replyToId: context.activity.id },
      conversation: context.activity.conversation,
      channelId: context.activity.channelId,
      timestamp: this.deps.services.clock.now(),
      from: { id: 'bot', name: 'bot', role: 'bot' },
    });
  }

  private async save(context: TurnContext): Promise<void> {
    await this.deps.conversationState.saveChanges(context);
  }
}

/** Where botbuilder-dialogs keeps a turn's DialogStateManagerConfiguration (its own key). */
const DIALOG_MEMORY = 'DialogStateManagerConfiguration';

/** The person's session: the channel's (a Direct Line token's) or, without one, this address in this conversation. */
function sessionOf(context: TurnContext): string {
  const given = channelTurnOf(context).sessionId;
  if (given !== undefined && given !== '') return `s:${given}`;
  const a = context.activity;
  return `a:${a.channelId}/${a.conversation?.id ?? ''}/${a.from?.id ?? ''}`;
}

export { isGroupConversation };
