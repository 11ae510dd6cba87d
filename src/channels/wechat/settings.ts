import type { Config } from '../../config/config.js';
import { DEFAULT_RETRY, type RetryPolicy } from './apiClient.js';
import { aesKeyFromEncodingKey } from './crypto.js';
import type { TemplateSettings } from './proactive.js';
import { parseTemplateFields } from './templateMessage.js';
import { DEFAULT_XML_LIMITS, type XmlLimits } from './xml.js';

/** Everything the channel needs, read once from Config. */
export interface WeChatSettings {
  token: string;
  appId: string;
  appSecret: string;
  /** Secure (AES) mode when set, plaintext mode otherwise. */
  aesKey: Buffer | undefined;
  apiBaseUrl: string;
  template: TemplateSettings | undefined;
  xml: XmlLimits;
  /** Callbacks whose timestamp is further than this from our clock are refused (replays). */
  maxSkewMs: number;
  tokenEndpoint: 'stable_token' | 'token';
  /** Per HTTP call to WeChat. */
  timeoutMs: number;
  retry: RetryPolicy;
}

/** Knobs tests (and unusual deployments) may turn; config keys cover the rest. */
export type WeChatOverrides = Partial<
  Pick<WeChatSettings, 'xml' | 'maxSkewMs' | 'tokenEndpoint' | 'timeoutMs' | 'retry'>
>;

export class WeChatConfigError extends Error {
  readonly code = 'WECHAT_CONFIG_INVALID';
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Invalid configuration: ${variable}: ${message}`);
    this.name = 'WeChatConfigError';
  }
}

/** The channel's settings, or undefined when WeChat is off (WECHAT_TOKEN/APP_ID/APP_SECRET unset). */
export function wechatSettingsFromConfig(
  config: Config,
  overrides: WeChatOverrides = {},
): WeChatSettings | undefined {
  const { WECHAT_TOKEN: token, WECHAT_APP_ID: appId, WECHAT_APP_SECRET: appSecret } = config;
  if (!config.wechatEnabled || !token || !appId || !appSecret) return undefined;
  return {
    token,
    appId,
    appSecret,
    aesKey: config.WECHAT_ENCODING_AES_KEY
      ? aesKeyFromEncodingKey(config.WECHAT_ENCODING_AES_KEY)
      : undefined,
    apiBaseUrl: config.WECHAT_API_BASE_URL,
    template: templateSettings(config),
    xml: overrides.xml ?? DEFAULT_XML_LIMITS,
    maxSkewMs: overrides.maxSkewMs ?? 5 * 60_000,
    tokenEndpoint: overrides.tokenEndpoint ?? 'stable_token',
    timeoutMs: overrides.timeoutMs ?? 5000,
    retry: overrides.retry ?? DEFAULT_RETRY,
  };
}

function templateSettings(config: Config): TemplateSettings | undefined {
  const templateId = config.WECHAT_TEMPLATE_ID;
  if (!templateId) return undefined;
  if (!config.WECHAT_TEMPLATE_FIELDS) {
    throw new WeChatConfigError(
      'WECHAT_TEMPLATE_FIELDS',
      'required with WECHAT_TEMPLATE_ID: a JSON object mapping the template fields, e.g. {"thing1":"{text}"}',
    );
  }
  const parsed = parseTemplateFields(config.WECHAT_TEMPLATE_FIELDS);
  if (!parsed.ok) throw new WeChatConfigError('WECHAT_TEMPLATE_FIELDS', parsed.error);
  return { templateId, fields: parsed.fields, bankName: config.BANK_NAME_ZH };
}
