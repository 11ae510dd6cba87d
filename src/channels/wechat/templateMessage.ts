import { z } from 'zod';
import { postWithToken, type ApiSettings, type TokenSource } from './apiClient.js';

/**
 * Template messages (`POST /cgi-bin/message/template/send`): the only way to reach a person more
 * than 48 hours after they last wrote. The template is chosen and approved on the WeChat platform;
 * WECHAT_TEMPLATE_FIELDS maps each of its fields to text built from placeholders:
 *
 *   WECHAT_TEMPLATE_FIELDS={"thing1":{"value":"{bank}","maxLength":20},"thing2":{"value":"{text}","maxLength":20},"time3":"{date}"}
 *
 * Placeholders: {text} (the reminder), {bank} (BANK_NAME_ZH), {date} (YYYY-MM-DD, Asia/Shanghai).
 * `maxLength` cuts a value (in characters) with "…"; WeChat refuses `thing` values over 20.
 */
const fieldSpec = z.union([
  z.string().min(1),
  z.object({ value: z.string().min(1), maxLength: z.number().int().min(2).max(2000).optional() }),
]);
const fieldsSchema = z.record(z.string().regex(/^[A-Za-z_][\w]*$/, 'template field names are letters, digits and _'), fieldSpec);

export interface TemplateField {
  value: string;
  maxLength: number | undefined;
}
export type TemplateFields = Record<string, TemplateField>;

export type TemplateFieldsParse = { ok: true; fields: TemplateFields } | { ok: false; error: string };

/** Parses WECHAT_TEMPLATE_FIELDS (JSON object), naming what is wrong. */
export function parseTemplateFields(json: string): TemplateFieldsParse {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, error: 'WECHAT_TEMPLATE_FIELDS is not JSON' };
  }
  const parsed = fieldsSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `WECHAT_TEMPLATE_FIELDS: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  if (Object.keys(parsed.data).length === 0) return { ok: false, error: 'WECHAT_TEMPLATE_FIELDS maps no fields' };
  const fields: TemplateFields = {};
  for (const [name, spec] of Object.entries(parsed.data)) {
    fields[name] = typeof spec === 'string' ? { value: spec, maxLength: undefined } : { value: spec.value, maxLength: spec.maxLength };
  }
  return { ok: true, fields };
}

export interface TemplateVariables {
  text: string;
  bank: string;
  now: Date;
}

function shanghaiDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Fills the template's fields: `{ thing1: { value: '示例银行' }, … }`. */
export function renderTemplateFields(fields: TemplateFields, vars: TemplateVariables): Record<string, { value: string }> {
  const values: Record<string, string> = { text: vars.text, bank: vars.bank, date: shanghaiDate(vars.now) };
  const data: Record<string, { value: string }> = {};
  for (const [name, field] of Object.entries(fields)) {
    let value = field.value.replace(/\{(text|bank|date)\}/g, (_, key: string) => values[key] ?? '');
    const chars = [...value];
    if (field.maxLength !== undefined && chars.length > field.maxLength) value = `${chars.slice(0, field.maxLength - 1).join('')}…`;
    data[name] = { value };
  }
  return data;
}

export type TemplateOutcome =
  | { status: 'sent'; msgId: string | undefined }
  /** errcode 43004: the person has unsubscribed. */
  | { status: 'unsubscribed' }
  /** `mayHaveArrived`: WeChat may have taken it (see apiClient); never posted again then. */
  | { status: 'failed'; detail: string; mayHaveArrived: boolean };

/** `POST /cgi-bin/message/template/send`. */
export class TemplateMessageClient {
  constructor(
    private readonly tokens: TokenSource,
    private readonly api: ApiSettings,
  ) {}

  async send(openid: string, templateId: string, data: Record<string, { value: string }>): Promise<TemplateOutcome> {
    // Template messages are only ever proactive: not posted again once one may have arrived.
    const body = { touser: openid, template_id: templateId, data };
    const result = await postWithToken(this.tokens, this.api, '/cgi-bin/message/template/send', body, 'only_if_not_arrived');
    switch (result.kind) {
      case 'ok': {
        const id = result.body.msgid;
        return { status: 'sent', msgId: typeof id === 'number' || typeof id === 'string' ? String(id) : undefined };
      }
      case 'errcode':
        if (result.errcode === 43004) return { status: 'unsubscribed' };
        return { status: 'failed', detail: `errcode ${result.errcode}: ${result.errmsg}`, mayHaveArrived: false };
      case 'transient':
        return { status: 'failed', detail: result.detail, mayHaveArrived: result.mayHaveArrived };
      case 'http_error':
        return { status: 'failed', detail: `HTTP ${result.status}`, mayHaveArrived: false };
    }
  }
}
