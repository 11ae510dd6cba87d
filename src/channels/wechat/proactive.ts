import { mergeReplies, REPLY_QUOTA, type CustomerServiceClient } from './customerService.js';
import { renderTemplateFields, type TemplateFields, type TemplateMessageClient } from './templateMessage.js';

/** WeChat lets an account send customer-service messages for 48 hours after the person last wrote. */
export const CUSTOMER_SERVICE_WINDOW_MS = 48 * 60 * 60 * 1000;

export type ProactiveRoute = 'customer_service' | 'template' | 'none';

/** Within 48 hours of the last message: customer service; else the template if configured; else none. */
export function chooseProactiveRoute(lastInboundAt: Date | undefined, now: Date, templateConfigured: boolean): ProactiveRoute {
  if (lastInboundAt !== undefined && now.getTime() - lastInboundAt.getTime() < CUSTOMER_SERVICE_WINDOW_MS) return 'customer_service';
  return templateConfigured ? 'template' : 'none';
}

export type WeChatProactiveOutcome =
  | { status: 'sent'; via: 'customer_service'; messages: number }
  | { status: 'sent'; via: 'template'; msgId: string | undefined }
  /** Nothing sent, for a reason that is not a fault: no route, or the person unsubscribed. */
  | { status: 'not_sent'; reason: 'outside_window_no_template' | 'quota_exceeded' | 'unsubscribed' | 'nothing_to_send' }
  /**
   * `mayHaveArrived`: part of it reached the person, or WeChat may have taken the message that
   * failed (a timeout once the request was written, a 5xx): it must not be sent again.
   */
  | { status: 'failed'; via: 'customer_service' | 'template'; detail: string; mayHaveArrived: boolean };

export interface TemplateSettings {
  templateId: string;
  fields: TemplateFields;
  bankName: string;
}

/**
 * Sends a proactive message (a reminder, an agent's note) over the route WeChat allows now.
 * A customer-service send that WeChat refuses for its window or quota (45015, 45047) falls back
 * to the template when one is configured.
 *
 *   const outcome = await sender.send('demo-zh', '温馨提示：…', lastInboundAt, clock.now());
 *   if (outcome.status === 'sent') …
 */
export class ProactiveSender {
  constructor(
    private readonly customerService: CustomerServiceClient,
    private readonly templates: TemplateMessageClient,
    private readonly template: TemplateSettings | undefined,
  ) {}

  async send(openid: string, texts: string | readonly string[], lastInboundAt: Date | undefined, now: Date): Promise<WeChatProactiveOutcome> {
    const list = typeof texts === 'string' ? [texts] : texts;
    if (list.every((t) => t.trim() === '')) return { status: 'not_sent', reason: 'nothing_to_send' };
    const route = chooseProactiveRoute(lastInboundAt, now, this.template !== undefined);
    switch (route) {
      case 'customer_service':
        return this.viaCustomerService(openid, list, now);
      case 'template':
        return this.viaTemplate(openid, list, now);
      case 'none':
        return { status: 'not_sent', reason: 'outside_window_no_template' };
    }
  }

  private async viaCustomerService(openid: string, texts: readonly string[], now: Date): Promise<WeChatProactiveOutcome> {
    const { messages } = mergeReplies(texts, REPLY_QUOTA.message);
    const outcome = await this.customerService.sendTexts(openid, messages, 'proactive');
    switch (outcome.status) {
      case 'sent':
        return { status: 'sent', via: 'customer_service', messages: outcome.messages };
      case 'window_closed':
      case 'quota_exceeded':
        if (outcome.sent === 0 && this.template) return this.viaTemplate(openid, texts, now);
        if (outcome.sent > 0) return { status: 'sent', via: 'customer_service', messages: outcome.sent };
        return { status: 'not_sent', reason: outcome.status === 'window_closed' ? 'outside_window_no_template' : 'quota_exceeded' };
      case 'unsubscribed':
        return { status: 'not_sent', reason: 'unsubscribed' };
      case 'failed':
        return {
          status: 'failed',
          via: 'customer_service',
          detail: outcome.sent > 0 ? `${outcome.sent} of ${messages.length} sent, then ${outcome.detail}` : outcome.detail,
          mayHaveArrived: outcome.mayHaveArrived || outcome.sent > 0,
        };
    }
  }

  private async viaTemplate(openid: string, texts: readonly string[], now: Date): Promise<WeChatProactiveOutcome> {
    const template = this.template;
    if (!template) return { status: 'not_sent', reason: 'outside_window_no_template' };
    const text = texts.map((t) => t.trim()).filter(Boolean).join(' ');
    const data = renderTemplateFields(template.fields, { text, bank: template.bankName, now });
    const outcome = await this.templates.send(openid, template.templateId, data);
    switch (outcome.status) {
      case 'sent':
        return { status: 'sent', via: 'template', msgId: outcome.msgId };
      case 'unsubscribed':
        return { status: 'not_sent', reason: 'unsubscribed' };
      case 'failed':
        return { status: 'failed', via: 'template', detail: outcome.detail, mayHaveArrived: outcome.mayHaveArrived };
    }
  }
}
