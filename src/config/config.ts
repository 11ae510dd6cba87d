import path from 'node:path';
import { z } from 'zod';
import { parseAgentHours } from './agentHours.js';
import { readOrCreateSecret } from './dataDirSecret.js';
import { shortSecretReason } from './secretLength.js';
import { parseReminderSchedule } from './reminderSchedule.js';

export { readOrCreateSecret } from './dataDirSecret.js';

/**
 * Config is read once, here, from the environment, and parsed by one zod schema. Every key is
 * in `.env.example` with a comment (a test keeps the two in step). A bad value stops the process
 * with one line naming the variable.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));
const userList = z
  .string()
  .default('')
  .transform((v, ctx) => {
    const users: { name: string; password: string }[] = [];
    for (const pair of v
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const i = pair.indexOf(':');
      if (i <= 0 || i === pair.length - 1) {
        ctx.addIssue({ code: 'custom', message: 'expected comma-separated name:password pairs' });
        return z.NEVER;
      }
      users.push({ name: pair.slice(0, i), password: pair.slice(i + 1) });
    }
    return users;
  });
/** A whole number in bounds, or undefined when unset or empty. */
const optionalInt = (min: number, max: number) =>
  optionalString.pipe(
    z.union([
      z.undefined(),
      z
        .string()
        .regex(/^\d+$/, 'expected a whole number')
        .transform(Number)
        .pipe(z.number().min(min).max(max)),
    ]),
  );
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');

const localText = z.object({ 'zh-CN': z.string().min(1).max(300), en: z.string().min(1).max(300) });
const paymentChannelsSchema = z
  .array(
    z.object({ name: localText, instructions: localText, account: z.string().min(1).max(80).optional() }),
  )
  .max(10);

/** The demo's ways to pay: the bank's own app and its counters, no external link. */
export const DEFAULT_PAYMENT_CHANNELS = JSON.stringify([
  {
    name: { 'zh-CN': '手机银行', en: 'Our mobile banking app' },
    instructions: {
      'zh-CN': '登录后进入"信用卡"，选择"还款"，可全额还款或按约定金额还款',
      en: 'log in, open "Credit card" and choose "Repay"; you can pay all of it or the agreed amount',
    },
  },
  {
    name: { 'zh-CN': '网点柜台', en: 'Any branch counter' },
    instructions: {
      'zh-CN': '携带本人身份证到本行任一营业网点，由柜台工作人员为您办理还款',
      en: 'bring your ID to any of our branches and the counter staff will take the payment',
    },
  },
]);

/** PAYMENT_CHANNELS: a JSON list of channels, each with a name and instructions per locale. */
function parsePaymentChannels(raw: string, ctx: z.RefinementCtx): z.infer<typeof paymentChannelsSchema> {
  let value: unknown;
  try {
    value = JSON.parse(raw.trim() === '' ? DEFAULT_PAYMENT_CHANNELS : raw);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'expected a JSON list of {name, instructions, account?}' });
    return z.NEVER;
  }
  const parsed = paymentChannelsSchema.safeParse(value);
  if (!parsed.success) {
    ctx.addIssue({
      code: 'custom',
      message: `each channel needs name and instructions with "zh-CN" and "en" (${parsed.error.issues[0]?.message ?? 'invalid'})`,
    });
    return z.NEVER;
  }
  return parsed.data;
}

/**
 * DATABASE_URL (issue 19): a postgres:// or postgresql:// URL with a host. The message never
 * repeats the value (it carries a password).
 */
function checkDatabaseUrl(value: string | undefined, ctx: z.RefinementCtx): void {
  if (value === undefined) return;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:')) {
    ctx.addIssue({
      code: 'custom',
      message: 'expected a URL like postgresql://user:password@host:5432/database',
    });
  } else if (!url.hostname && !url.searchParams.get('host')) {
    ctx.addIssue({
      code: 'custom',
      message: 'expected a host, e.g. postgresql://user:password@db.internal:5432/collections',
    });
  }
}

export const configSchema = z.object({
  // --- service ---
  PORT: int(0, 65535).default(3978),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: optionalString,
  DATA_DIR: z.string().default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_BODY_BYTES: int(1024, 10 * 1024 * 1024).default(64 * 1024),
  // how long a client may take to send headers / a whole request; idle keep-alive (sec15)
  HTTP_HEADERS_TIMEOUT_MS: int(500, 300_000).default(10_000),
  HTTP_REQUEST_TIMEOUT_MS: int(500, 600_000).default(30_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: int(500, 600_000).default(5_000),
  HTTP_BODY_IDLE_TIMEOUT_MS: int(500, 600_000).default(10_000),
  // a whole body after the headers (sec18): 64 KiB needs ~1.4 s at 384 kbit/s, ~8 s at 64 kbit/s
  HTTP_BODY_DEADLINE_MS: int(1000, 600_000).default(15_000),
  HTTP_MAX_CONNECTIONS_PER_ADDRESS: int(0, 1_000_000).default(64),
  HTTP_CONNECTION_CAP_EXEMPT: z.string().default('127.0.0.1,::1,::ffff:127.0.0.1'),
  SEED_DEMO: bool.default(true),
  SEED_DEMO_CHANNEL: z.string().min(1).max(40).default('directline'), // the demo accounts' channel (sec19)
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: optionalString,
  // --- the bank ---
  BANK_NAME_ZH: z.string().min(1).default('示例银行'),
  BANK_NAME_EN: z.string().min(1).default('Example Bank'),
  BANK_SERVICE_NUMBERS: z
    .string()
    .default('400-000-0000')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  CRISIS_LINE_ZH: z.string().min(3).default('12356'),
  CRISIS_LINE_EN: z.string().min(3).default('988'),
  // --- verification ---
  VERIFY_MAX_ATTEMPTS: int(1, 10).default(3),
  VERIFY_LOCK_MINUTES: int(1, 24 * 60).default(30),
  // --- repayment policy ---
  POLICY_LATE_FEE_BP: int(0, 10_000).default(500),
  POLICY_DAILY_INTEREST_BP: int(0, 100).default(5),
  POLICY_INSTALLMENT_FEE_BP: int(0, 1000).default(60),
  POLICY_MIN_MONTHS: int(2, 60).default(3),
  POLICY_MAX_MONTHS: int(2, 60).default(24),
  POLICY_HARDSHIP_MAX_MONTHS: int(2, 60).default(60),
  POLICY_HARDSHIP_MIN_DAYS: int(0, 3650).default(90),
  POLICY_EXTENSION_DAYS: int(1, 60).default(14),
  POLICY_MAX_COUNTER_OFFERS: int(1, 10).default(3),
  // --- model (offline when no key) ---
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString.pipe(z.url().optional()),
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  TURN_DEADLINE_MS: int(500, 60_000).default(8000),
  MODEL_TIMEOUT_MS: int(200, 60_000).default(6000),
  MODEL_MAX_RETRIES: int(0, 5).default(1),
  GUARDRAIL_MAX_REGENERATIONS: int(0, 3).default(1),
  // issue 16: false, advise (= true) or enforce (the judge's in-time verdict decides over the classifier).
  GUARDRAIL_MODEL_CHECK: z
    .enum(['true', 'false', '1', '0', 'yes', 'no', '', 'advise', 'enforce'])
    .default('false')
    .transform((v): false | 'advise' | 'enforce' =>
      v === 'enforce' ? 'enforce' : ['true', '1', 'yes', 'advise'].includes(v) ? 'advise' : false,
    ),
  // --- model provider options (issue 20) ---
  OPENAI_EXTRA_BODY: optionalString,
  OPENAI_STREAM: z.enum(['auto', 'true', 'false']).default('auto'),
  OPENAI_TEMPERATURE: optionalString.pipe(
    z.union([
      z.undefined(),
      z
        .string()
        .regex(/^\d+(\.\d+)?$/, 'expected a number from 0 to 2')
        .transform(Number)
        .pipe(z.number().min(0).max(2)),
    ]),
  ),
  OPENAI_SEED: optionalInt(0, 2_147_483_647),
  OPENAI_STRUCTURED_OUTPUT: z.enum(['auto', 'tools', 'json_schema', 'json_mode', 'prompt']).default('auto'),
  OPENAI_PROBE: bool.default(true),
  // --- notices by jurisdiction (issue 20) ---
  DEFAULT_JURISDICTION: z.enum(['CN', 'US']).default('CN'),
  // --- web chat (Direct Line) ---
  LINK_SECRET: optionalString.superRefine((v, ctx) => {
    const reason = v === undefined ? undefined : shortSecretReason(v);
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  }),
  LINK_TTL_HOURS: int(1, 24 * 30).default(72),
  DIRECTLINE_TOKEN_TTL_SECONDS: int(60, 24 * 3600).default(1800),
  DIRECTLINE_RATE_PER_MINUTE: int(1, 10_000).default(60),
  // --- people: reviewers and agents ---
  REVIEWER_USERS: userList,
  AGENT_USERS: userList,
  AGENT_HOURS: z.string().default('always'),
  HANDOFF_CALLBACK_AFTER_SECONDS: int(10, 24 * 3600).default(300),
  TRANSCRIPT_RETENTION_DAYS: int(730, 36500).default(730),
  // --- reminders and contact rules ---
  REMINDERS_ENABLED: bool.default(true),
  REMINDER_INTERVAL_SECONDS: int(5, 3600).default(60),
  // How long a claimed reminder is held before another instance may take it over (issue 19 remind23).
  REMINDER_LEASE_SECONDS: int(10, 3600).default(120),
  REMINDER_SCHEDULE: z.string().default('due-3,due,due+1,due+7,due+15,due+30'),
  CONTACT_PRESET: z.enum(['default', 'cn', 'us']).default('default'),
  // Empty: the preset's value. Set: overrides it, never past the preset's legal ceiling.
  CONTACT_WINDOW_START: optionalString.pipe(hhmm.optional()),
  CONTACT_WINDOW_END: optionalString.pipe(hhmm.optional()),
  MAX_REMINDERS_PER_DAY: optionalInt(1, 10),
  MAX_REMINDERS_PER_7_DAYS: optionalInt(1, 50),
  // --- WeChat Official Account (off when unset) ---
  WECHAT_TOKEN: optionalString,
  WECHAT_APP_ID: optionalString,
  WECHAT_APP_SECRET: optionalString,
  WECHAT_ENCODING_AES_KEY: optionalString.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9]{43}$/, 'expected the 43-character EncodingAESKey')
      .optional(),
  ),
  WECHAT_API_BASE_URL: z.url().default('https://api.weixin.qq.com'),
  WECHAT_TEMPLATE_ID: optionalString,
  WECHAT_TEMPLATE_FIELDS: optionalString,
  // --- issue 21: operations metrics ---
  METRICS_TOKEN: optionalString.pipe(
    z.string().min(16, 'use at least 16 characters (e.g. openssl rand -hex 24)').optional(),
  ),
  // --- payments feed (issue 17) ---
  // Unset: POST /api/payments answers 503 PaymentsDisabled. At least 32 characters when set.
  PAYMENTS_WEBHOOK_SECRET: optionalString.pipe(
    z.string().min(32, 'expected at least 32 characters').optional(),
  ),
  // sec17: the signature covers X-Signature-Timestamp too, refused outside the tolerance window.
  // false only while a sender still signs the body alone (see SECURITY.md).
  PAYMENTS_WEBHOOK_REQUIRE_TIMESTAMP: bool.default(true),
  PAYMENTS_WEBHOOK_TOLERANCE_SECONDS: int(30, 3600).default(300),
  // --- resilience (issue 13) ---
  SUPERVISOR: bool.default(true),
  SUPERVISOR_MAX_RESTARTS_PER_MINUTE: int(1, 100).default(5),
  SHUTDOWN_GRACE_MS: int(100, 120_000).default(10_000),
  HEALTH_MIN_FREE_DISK_MB: int(0, 1_000_000).default(200),
  // --- identity and access (issue 12) ---
  VERIFIED_SESSION_MINUTES: int(1, 24 * 60).default(30),
  ALLOW_ANONYMOUS: bool.default(false),
  SERVICE_URL_ALLOWLIST: optionalString,
  MESSAGES_RATE_PER_SENDER_PER_MINUTE: int(1, 100_000).default(30),
  MESSAGES_RATE_GLOBAL_PER_MINUTE: int(1, 1_000_000).default(600),
  // --- issue 15: how to pay ---
  PAYMENT_CHANNELS: z.string().default(DEFAULT_PAYMENT_CHANNELS).transform(parsePaymentChannels),
  // --- issue 19: PostgreSQL (empty = SQLite under DATA_DIR) ---
  DATABASE_URL: optionalString.pipe(z.string().optional().superRefine(checkDatabaseUrl)),
  // --- issue 19 (wire): several instances on one PostgreSQL ---
  PG_POOL_MAX: int(1, 200).default(10),
  TURN_LOCK_WAIT_MS: int(100, 120_000).default(10_000),
  TURN_LOCK_CONNECTIONS: int(1, 500).default(16),
  // --- issue 19 exactonce: one turn per inbound activity id ---
  ACTIVITY_CLAIM_RETENTION_HOURS: int(1, 24 * 30).default(48),
  ACTIVITY_CLAIM_LEASE_SECONDS: int(2, 3600).default(60),
  ACTIVITY_CLAIM_WAIT_MS: int(0, 120_000).default(10_000),
  // --- issue 15: service hours ---
  SERVICE_HOURS: z.string().default(''),
});

export type Env = z.infer<typeof configSchema>;

export interface Config extends Env {
  dataDir: string; // absolute
  /** Base URL the service is reachable at (chat links, Direct Line streamUrl). */
  publicUrl: string;
  /**
   * HMAC secret for chat links (and the keys derived from it): LINK_SECRET; else on SQLite generated
   * once into DATA_DIR; else (PostgreSQL) empty here and read from the database by the backend
   * (`shared_secrets`, so every instance has the same), which `createApp` puts in its config.
   */
  linkSecret: string;
  /** Where linkSecret comes from, for the start-up notes (never the value). */
  linkSecretFrom: 'LINK_SECRET' | 'DATA_DIR' | 'database';
  modelEnabled: boolean;
  wechatEnabled: boolean;
}

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Invalid configuration: ${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment. Throws ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'config');
    throw new ConfigError(variable, `${issue?.message ?? 'invalid'} (see .env.example)`);
  }
  const e = parsed.data;
  const wechatKeys = [e.WECHAT_TOKEN, e.WECHAT_APP_ID, e.WECHAT_APP_SECRET];
  if (wechatKeys.some(Boolean) && !wechatKeys.every(Boolean)) {
    const missing = (['WECHAT_TOKEN', 'WECHAT_APP_ID', 'WECHAT_APP_SECRET'] as const).find((k) => !e[k]);
    throw new ConfigError(
      missing ?? 'WECHAT_TOKEN',
      'WECHAT_TOKEN, WECHAT_APP_ID and WECHAT_APP_SECRET go together',
    );
  }
  if (e.WECHAT_TEMPLATE_FIELDS) {
    try {
      JSON.parse(e.WECHAT_TEMPLATE_FIELDS);
    } catch {
      throw new ConfigError('WECHAT_TEMPLATE_FIELDS', 'expected a JSON object');
    }
  }
  if (e.OPENAI_EXTRA_BODY !== undefined) checkExtraBody(e.OPENAI_EXTRA_BODY);
  try {
    parseAgentHours(e.AGENT_HOURS);
  } catch (err) {
    throw new ConfigError('AGENT_HOURS', (err as Error).message.replace(/^AGENT_HOURS /, ''));
  }
  try {
    if (e.SERVICE_HOURS.trim() !== '') parseAgentHours(e.SERVICE_HOURS);
  } catch (err) {
    throw new ConfigError('SERVICE_HOURS', (err as Error).message.replace(/^AGENT_HOURS /, ''));
  }
  try {
    parseReminderSchedule(e.REMINDER_SCHEDULE);
  } catch (err) {
    throw new ConfigError('REMINDER_SCHEDULE', (err as Error).message.replace(/^REMINDER_SCHEDULE:? ?/, ''));
  }
  // the largest body allowed must fit the deadline on a 384 kbit/s (48 bytes/ms) mobile uplink
  const slowest = Math.ceil(e.MAX_BODY_BYTES / 48);
  if (e.HTTP_BODY_DEADLINE_MS < slowest)
    throw new ConfigError(
      'HTTP_BODY_DEADLINE_MS',
      `${e.HTTP_BODY_DEADLINE_MS} ms is too short for MAX_BODY_BYTES=${e.MAX_BODY_BYTES} on a 384 kbit/s link (at least ${slowest})`,
    );
  if (e.POLICY_MIN_MONTHS > e.POLICY_MAX_MONTHS)
    throw new ConfigError('POLICY_MIN_MONTHS', 'must not exceed POLICY_MAX_MONTHS');
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    ...e,
    dataDir,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    // issue 19: on PostgreSQL a folder's own secret would serve one instance only
    linkSecret: e.LINK_SECRET ?? (e.DATABASE_URL ? '' : readOrCreateSecret(dataDir, 'link-secret')),
    linkSecretFrom: e.LINK_SECRET ? 'LINK_SECRET' : e.DATABASE_URL ? 'database' : 'DATA_DIR',
    modelEnabled: Boolean(e.OPENAI_API_KEY),
    wechatEnabled: Boolean(e.WECHAT_TOKEN && e.WECHAT_APP_ID && e.WECHAT_APP_SECRET),
  };
}

/** OPENAI_EXTRA_BODY (issue 20): a JSON object merged into every model request. */
function checkExtraBody(raw: string): void {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError('OPENAI_EXTRA_BODY', 'expected a JSON object, e.g. {"enable_thinking": false}');
  }
  // The service owns these: overriding them would break streaming, tools or the prompt.
  const owned = ['model', 'messages', 'stream', 'stream_options', 'tools', 'tool_choice'];
  owned.push('functions', 'function_call', 'response_format', 'n');
  const clash = Object.keys(value).find((k) => owned.includes(k));
  if (clash)
    throw new ConfigError(
      'OPENAI_EXTRA_BODY',
      `"${clash}" is set by the service; use OPENAI_MODEL / OPENAI_STREAM / OPENAI_STRUCTURED_OUTPUT instead`,
    );
}
