import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Logger } from 'pino';
import type { Config } from '../../config/config.js';
import { systemClock, type Clock } from '../../core/clock.js';
import { OfflineUnderstander } from '../offlineUnderstander.js';
import type { Responder } from '../responder.js';
import { bankWording, TemplateResponder } from '../templateResponder.js';
import type { Understander } from '../understander.js';
import type { MessageJudge } from '../../guardrails/types.js';
import { createChatModel, modelName, type ModelConfig } from './chatModel.js';
import { ModelCapabilities } from './capabilities.js';
import type { ModelFailure } from './modelErrors.js';
import { ModelHealth, offlineHealth, type ModelHealthStatus, type ModelPurpose } from './modelHealth.js';
import { ModelJudge } from './modelJudge.js';
import { ModelResponder } from './modelResponder.js';
import { ModelUnderstander, type UnderstandRecord } from './modelUnderstander.js';

export type LanguageConfig = ModelConfig &
  Pick<
    Config,
    | 'modelEnabled'
    | 'BANK_NAME_ZH'
    | 'BANK_NAME_EN'
    | 'BANK_SERVICE_NUMBERS'
    | 'CRISIS_LINE_ZH'
    | 'CRISIS_LINE_EN'
    | 'PAYMENT_CHANNELS'
    | 'OPENAI_STREAM'
    | 'OPENAI_STRUCTURED_OUTPUT'
    | 'OPENAI_PROBE'
  >;

export interface LanguageOptions {
  /** A chat model to use instead of ChatOpenAI (tests: langchain's scripted fakes). Implies model mode. */
  chatModel?: BaseChatModel;
  clock?: Clock;
  /** Consecutive failures before /healthz says degraded (default 3). */
  failuresToDegrade?: number;
  /** Time kept back before the deadline for guarding and sending (default 100 ms). */
  reserveMs?: number;
  observeUnderstanding?: (record: UnderstandRecord) => void;
  /** Probe the model's capabilities at start (default: OPENAI_PROBE for ChatOpenAI, off for `chatModel`). */
  probe?: boolean;
}

/** The language pair the bot runs on, and the model's health for /healthz. */
export interface Language {
  understander: Understander;
  responder: Responder;
  health: {
    status(): ModelHealthStatus;
    /** Every model call, by purpose and result (none offline). */
    observe(observer: (purpose: ModelPurpose, result: 'ok' | ModelFailure) => void): void;
  };
  /** Settles when the start-up capability probe has (at once offline or without a probe). */
  ready: Promise<void>;
  /**
   * GUARDRAIL_MODEL_CHECK: the model judge, for free text the responder does not word (human
   * agents' messages). The responder already uses it for model drafts. Absent offline or off.
   */
  judge?: MessageJudge;
}

/**
 * The understander, responder and model health for this config: the model path (langchain,
 * ChatOpenAI or `options.chatModel`) when a key is configured, else the offline rules and
 * templates, unchanged. One health tracker, per purpose, serves every model path; the
 * capability probe (capabilities.ts) starts here and picks the structured-output method and
 * streaming for all of them.
 *
 *   const language = createLanguage(config, logger);
 *   createApp(config, { understander: language.understander, responder: language.responder });
 *   // /healthz: language.health.status()
 */
export function createLanguage(
  config: LanguageConfig,
  logger: Logger,
  options: LanguageOptions = {},
): Language {
  const bank = bankWording(config);
  if (!config.modelEnabled && !options.chatModel) {
    return {
      understander: new OfflineUnderstander(),
      responder: new TemplateResponder(bank),
      health: offlineHealth,
      ready: Promise.resolve(),
    };
  }
  const model = options.chatModel ?? createChatModel(config);
  const name = modelName(model, config.OPENAI_MODEL);
  const log = logger.child({ component: 'language-model' });
  const health = new ModelHealth(name, log, options.clock ?? systemClock, {
    failuresToDegrade: options.failuresToDegrade,
  });
  const capabilities = new ModelCapabilities(
    model,
    {
      stream: config.OPENAI_STREAM,
      structuredOutput: config.OPENAI_STRUCTURED_OUTPUT,
      timeoutMs: config.MODEL_TIMEOUT_MS,
      probe: options.probe ?? (options.chatModel ? false : config.OPENAI_PROBE),
    },
    log,
    options.clock ?? systemClock,
  );
  health.attach(
    () => capabilities.status(),
    (_purpose, reason) => capabilities.degraded(reason),
  );
  const how = () => ({ method: capabilities.method(), stream: capabilities.stream() });
  const shared = {
    model,
    modelName: name,
    timeoutMs: config.MODEL_TIMEOUT_MS,
    maxRetries: config.MODEL_MAX_RETRIES,
    health,
    logger: log,
  };
  const judge = config.GUARDRAIL_MODEL_CHECK
    ? new ModelJudge(model, config.MODEL_TIMEOUT_MS, config.GUARDRAIL_MODEL_CHECK, { how, health })
    : undefined;
  return {
    understander: new ModelUnderstander({
      ...shared,
      budgetMs: Math.floor(config.TURN_DEADLINE_MS / 2),
      how,
      ...(options.observeUnderstanding ? { observe: options.observeUnderstanding } : {}),
    }),
    responder: new ModelResponder({
      ...shared,
      bank,
      turnDeadlineMs: config.TURN_DEADLINE_MS,
      maxRegenerations: config.GUARDRAIL_MAX_REGENERATIONS,
      stream: () => capabilities.stream(),
      ...(judge ? { judge } : {}),
      ...(options.reserveMs !== undefined ? { reserveMs: options.reserveMs } : {}),
    }),
    health,
    ready: capabilities.probe(),
    ...(judge ? { judge } : {}),
  };
}
