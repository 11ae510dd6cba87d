import {
  ActivityHandler,
  TurnContext,
  type ConversationState,
  type StatePropertyAccessor,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import { localDate } from '../core/dates.js';
import type { Locale } from '../core/locale.js';
import {
  ACCOUNT_KEY,
  CASE_KEY,
  COLLECTION_DIALOG,
  CollectionDialog,
  GUARD_DEFAULTS_KEY,
  UNDERSTANDING_KEY,
  accountFacts,
  newCaseState,
  remember,
  say,
  type CaseState,
  type DialogServices,
} from '../dialogs/index.js';
import { guardFactsFor } from '../language/actFacts.js';
import type { GuardContext } from '../guardrails/types.js';
import type { Account } from '../store/accounts.js';
import type { TranscriptSink } from './transcriptSink.js';

export interface InboundScan {
  (text: string): { injection: boolean; manipulation: boolean; rules: string[] };
}

export interface CollectionBotDeps {
  conversationState: ConversationState;
  services: DialogServices;
  transcript: TranscriptSink;
  scanInbound: InboundScan;
  serviceNumbers: string[];
  /** The bank's payment channel names and accounts (PAYMENT_CHANNELS), which replies may name. */
  paymentChannels?: string[];
}

/**
 * The one bot every channel runs. Loads the case (account by channel user id, conversation
 * state), understands the message, runs the dialogs, and saves. Wording, guarding and
 * transcripts happen on the send path.
 */
export class CollectionBot extends ActivityHandler {
  private readonly caseState: StatePropertyAccessor<CaseState>;
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly dialogs: DialogSet;

  constructor(private readonly deps: CollectionBotDeps) {
    super();
    this.caseState = deps.conversationState.createProperty<CaseState>('case');
    this.dialogState = deps.conversationState.createProperty<DialogState>('dialogs');
    this.dialogs = new DialogSet(this.dialogState);
    this.dialogs.add(new CollectionDialog(deps.services));

    this.onMessage(async (context, next) => {
      // Every inbound message gets a reply, text or not (a sticker, a picture, an attachment).
      await this.turn(context, context.activity.from?.id);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id !== botId) await this.open(context, member.id);
      }
      await next();
    });
    this.onEvent(async (context, next) => {
      const name = context.activity.name;
      if (name === 'subscribe') await this.open(context, context.activity.from?.id);
      if (name === 'unsubscribe') this.unsubscribe(context);
      await next();
    });
  }

  /** Someone arrived (Web Chat join, WeChat subscribe): the opening and the verification question. */
  private async open(context: TurnContext, userId: string | undefined): Promise<void> {
    const { state, account } = await this.load(context, userId, false);
    if (state.opened) return this.save(context);
    if (account) {
      state.opened = true;
      await say(context, this.deps.services, { kind: 'opening' });
      if (!state.verified) {
        const attemptsLeft = this.deps.services.settings.maxVerifyAttempts - state.failures;
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
    const { state } = await this.load(context, context.activity.from?.id, false);
    await say(context, this.deps.services, { kind: 'reminder', reminderKind });
    state.opened = true;
    await this.save(context);
  }

  private unsubscribe(context: TurnContext): void {
    const s = this.deps.services;
    const account = s.stores.accounts.findByChannelUser(context.activity.from?.id ?? '');
    if (account) s.stores.contacts.ceaseContact(account.accountId, `unsubscribe:${context.activity.channelId}`, s.clock.now());
  }

  private async turn(context: TurnContext, userId: string | undefined): Promise<void> {
    const { state, account } = await this.load(context, userId, true);
    const s = this.deps.services;
    const text = context.activity.text ?? '';
    const understanding = await s.understander.understand(text, {
      now: s.clock.now(),
      timeZone: account?.timeZone ?? (state.locale === 'en' ? 'America/New_York' : 'Asia/Shanghai'),
      localeHint: state.locale,
      deadline: Date.now() + s.turnDeadlineMs,
    });
    state.locale = understanding.language;
    remember(state, { role: 'user', text });
    context.turnState.set(UNDERSTANDING_KEY, understanding);
    this.recordInboundScan(context, text, understanding.injection);

    const dc = await this.dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(COLLECTION_DIALOG);
    await this.save(context);
  }

  private async load(
    context: TurnContext,
    userId: string | undefined,
    inbound: boolean,
  ): Promise<{ state: CaseState; account: Account | undefined }> {
    const s = this.deps.services;
    const account = userId ? s.stores.accounts.findByChannelUser(userId) : undefined;
    const locale: Locale = account?.locale ?? 'zh-CN';
    const state = await this.caseState.get(context, newCaseState(locale));
    if (account) state.accountId = account.accountId;
    context.turnState.set('collections.turnStarted', Date.now());
    context.turnState.set(CASE_KEY, state);
    context.turnState.set(ACCOUNT_KEY, account);
    context.turnState.set(GUARD_DEFAULTS_KEY, (): GuardContext => this.guardDefaults(state, account));
    const ref = TurnContext.getConversationReference(context.activity);
    const conversationId = context.activity.conversation?.id;
    if (conversationId && userId) {
      s.stores.conversations.save(
        {
          conversationId,
          channelId: context.activity.channelId,
          userId,
          accountId: account?.accountId,
          reference: { ...ref },
        },
        s.clock.now(),
        inbound,
      );
    }
    return { state, account };
  }

  /** For outbound text that carries no act (agent or system text): the account's facts if verified. */
  private guardDefaults(state: CaseState, account: Account | undefined): GuardContext {
    const facts =
      state.verified && account ? guardFactsFor({ kind: 'account_summary', account: accountFacts(account, localDate(this.deps.services.clock.now(), account.timeZone)) }) : undefined;
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
      timestamp: new Date(),
      from: { id: 'bot', name: 'bot', role: 'bot' },
    });
  }

  private async save(context: TurnContext): Promise<void> {
    await this.deps.conversationState.saveChanges(context);
  }
}
