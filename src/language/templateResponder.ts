import type { Config } from '../config/config.js';
import type { Act, PaymentChannel } from '../core/act.js';
import { check, enforce } from '../guardrails/index.js';
import type { GuardContext, GuardrailCheck } from '../guardrails/types.js';
import { cachedCheck } from '../guardrails/verdictCache.js';
import {
  renderTemplate,
  safeMessage,
  suggestionsFor,
  templateInfo,
  type WordingContext,
} from '../prompts/index.js';
import { authorisedOffersFor, guardFactsFor } from './actFacts.js';
import type { Reply, RespondContext, Responder } from './responder.js';

export interface BankWording {
  bankName: { 'zh-CN': string; en: string };
  serviceNumbers: string[];
  crisisLine: { 'zh-CN': string; en: string };
  /** How to pay the bank (PAYMENT_CHANNELS); their names and accounts pass the guardrails. */
  paymentChannels?: PaymentChannel[];
}

/** What the guardrails accept as the bank's own payment channels: names (both locales) and accounts. */
export function paymentChannelTerms(channels: readonly PaymentChannel[]): string[] {
  return channels.flatMap((c) => [c.name['zh-CN'], c.name.en, ...(c.account ? [c.account] : [])]);
}

/** The bank's wording settings from config. */
export function bankWording(
  config: Pick<
    Config,
    | 'BANK_NAME_ZH'
    | 'BANK_NAME_EN'
    | 'BANK_SERVICE_NUMBERS'
    | 'CRISIS_LINE_ZH'
    | 'CRISIS_LINE_EN'
    | 'PAYMENT_CHANNELS'
  >,
): BankWording {
  return {
    bankName: { 'zh-CN': config.BANK_NAME_ZH, en: config.BANK_NAME_EN },
    serviceNumbers: config.BANK_SERVICE_NUMBERS,
    crisisLine: { 'zh-CN': config.CRISIS_LINE_ZH, en: config.CRISIS_LINE_EN },
    paymentChannels: config.PAYMENT_CHANNELS,
  };
}

export function wordingContext(bank: BankWording, locale: RespondContext['locale']): WordingContext {
  return {
    locale,
    bankName: bank.bankName[locale],
    serviceNumber: bank.serviceNumbers[0] ?? '',
    crisisLine: bank.crisisLine[locale],
  };
}

export function guardContextFor(act: Act, ctx: RespondContext, bank: BankWording): GuardContext {
  return {
    locale: ctx.locale,
    verified: ctx.verified,
    facts: guardFactsFor(act),
    authorised: authorisedOffersFor(act),
    serviceNumbers: bank.serviceNumbers,
    paymentChannels: paymentChannelTerms(bank.paymentChannels ?? []),
  };
}

/**
 * Offline wording: the act's template, checked by the guardrails like any other draft. The rules
 * are pure, so a draft already checked under an equal guard context (the opening, the
 * verification question, menus: most templates carry no account figure) is answered from a
 * bounded memory of verdicts instead of being checked again on every turn.
 */
export class TemplateResponder implements Responder {
  private readonly checkers: GuardrailCheck[] = [{ name: 'rules', check: cachedCheck(check) }];

  constructor(private readonly bank: BankWording) {}

  async respond(act: Act, ctx: RespondContext): Promise<Reply> {
    const started = performance.now();
    const wording = wordingContext(this.bank, ctx.locale);
    const guardContext = guardContextFor(act, ctx, this.bank);
    const draft = renderTemplate(act, wording);
    const result = await enforce({
      context: guardContext,
      draft,
      draftSource: 'template',
      checkers: this.checkers,
      safeMessage: safeMessage(ctx.locale),
    });
    return {
      text: result.text,
      suggestions: suggestionsFor(act, ctx.locale),
      trace: {
        act,
        guardContext,
        template: templateInfo(act.kind),
        sent: result.outcome === 'safe_message' ? 'safe_message' : 'template',
        attempts: result.attempts.map((a) => ({ source: a.source, text: a.text, verdict: a.verdict })),
        audit: result.audit,
        latencyMs: performance.now() - started,
      },
    };
  }
}
