import type { Server } from 'restify';
import type { AppContext } from '../host.js';
import { WECHAT_CHANNEL_ID } from './activity.js';
import { WeChatChannel } from './channel.js';
import type { WeChatInbound } from './inboundRecord.js';
import { wechatSettingsFromConfig, type WeChatOverrides } from './settings.js';
import { mountWeChatWebhook, WECHAT_PATH } from './webhook.js';

/**
 * Turns the WeChat Official Account channel on when WECHAT_TOKEN, WECHAT_APP_ID and
 * WECHAT_APP_SECRET are set: registers the 'wechat' adapter in `app.channels` (proactive sends
 * go through the customer-service API, or the template message after 48 hours) and mounts
 * `GET`/`POST /api/wechat`. Returns undefined, mounting nothing, when WeChat is off.
 * `inbound` keeps MsgIds, nonces and the write-ahead transcript record: SQLite's by default, a
 * `PgWeChatInbound` when the service runs on PostgreSQL.
 *
 *   const wechat = registerWeChat(server, app);
 *   await wechat?.whenIdle();
 */
export function registerWeChat(
  server: Server,
  app: AppContext,
  overrides: WeChatOverrides = {},
  inbound?: WeChatInbound,
): WeChatChannel | undefined {
  const settings = wechatSettingsFromConfig(app.config, overrides);
  if (!settings) return undefined;
  const channel = new WeChatChannel(app, settings, inbound);
  app.channels.register(WECHAT_CHANNEL_ID, channel);
  mountWeChatWebhook(server, channel, app.clock, app.logger.child({ channel: 'wechat' }));
  app.logger.info({ mode: channel.mode, path: WECHAT_PATH, api: settings.apiBaseUrl }, 'WeChat channel on');
  return channel;
}

export { WeChatChannel, WeChatDeliveryError, type AcceptOutcome } from './channel.js';
export { WeChatAdapter } from './adapter.js';
export { SqliteWeChatInbound, type WeChatInbound } from './inboundRecord.js';
export { PgWeChatInbound } from './pgInbound.js';
export { WECHAT_CHANNEL_ID, conversationIdFor, openidOf, toActivity, outboundText } from './activity.js';
export { WECHAT_PATH, mountWeChatWebhook, readRawBody } from './webhook.js';
export {
  wechatSettingsFromConfig,
  WeChatConfigError,
  type WeChatSettings,
  type WeChatOverrides,
} from './settings.js';
export {
  signature,
  msgSignature,
  signatureMatches,
  aesKeyFromEncodingKey,
  encryptMessage,
  decryptMessage,
  type DecryptOutcome,
} from './crypto.js';
export { parseWeChatXml, buildWeChatXml, xmlText, type XmlElement, type XmlParseOutcome } from './xml.js';
export { AccessTokenProvider, sharedAccessTokens, type AccessTokenSettings } from './accessToken.js';
export {
  CustomerServiceClient,
  mergeReplies,
  splitText,
  TEXT_LIMIT_BYTES,
  REPLY_QUOTA,
  type CustomerServiceOutcome,
} from './customerService.js';
export {
  TemplateMessageClient,
  parseTemplateFields,
  renderTemplateFields,
  type TemplateOutcome,
} from './templateMessage.js';
export {
  ProactiveSender,
  chooseProactiveRoute,
  CUSTOMER_SERVICE_WINDOW_MS,
  type WeChatProactiveOutcome,
  type ProactiveRoute,
} from './proactive.js';
export {
  readInbound,
  verifyServer,
  type InboundMessage,
  type InboundOutcome,
  type WebhookQuery,
} from './inbound.js';
export {
  WeChatApiSimulator,
  type SimulatedFailure,
  type SimulatedCustomMessage,
  type SimulatedTemplateMessage,
} from './apiSimulator.js';
export { DEFAULT_RETRY, WeChatApiError, type RetryPolicy } from './apiClient.js';
