import type { Activity } from 'botbuilder';
import { z } from 'zod';
import { MAX_MESSAGE_TEXT_CHARS } from '../../core/limits.js';
import { DirectLineHttpError } from './httpErrors.js';

/**
 * What a client may set on an activity it posts. Everything else (id, from.id, from.role,
 * recipient, conversation, channelId, timestamp, serviceUrl) is set by the endpoint, so a
 * client can never speak as someone else or into another conversation.
 */
const incomingSchema = z.object({
  type: z.string().default('message'),
  text: z.string().max(MAX_MESSAGE_TEXT_CHARS).optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: z.string().max(35).optional(),
  name: z.string().max(200).optional(),
  value: z.unknown().optional(),
  replyToId: z.string().max(200).optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
  entities: z.array(z.record(z.string(), z.unknown())).max(20).optional(),
  attachments: z.array(z.record(z.string(), z.unknown())).max(10).optional(),
  localTimestamp: z.string().max(64).optional(),
  localTimezone: z.string().max(64).optional(),
  from: z.object({ name: z.string().max(200).optional() }).optional(),
});

/** The activity types a client may post; typing is accepted and dropped (nothing to run). */
export type IncomingKind = 'message' | 'event' | 'typing';

export interface ParsedIncoming {
  kind: IncomingKind;
  activity: Partial<Activity>;
}

/** Validates a posted activity. Throws DirectLineHttpError 400 with what was wrong. */
export function parseIncomingActivity(body: unknown): ParsedIncoming {
  const parsed = incomingSchema.safeParse(body ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DirectLineHttpError(
      400,
      'BadArgument',
      `The activity is not valid: ${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}.`,
    );
  }
  const { type, from, ...rest } = parsed.data;
  if (type !== 'message' && type !== 'event' && type !== 'typing') {
    throw new DirectLineHttpError(
      400,
      'BadArgument',
      `Activities of type "${type}" are not accepted; send message or event.`,
    );
  }
  if (type === 'message' && !rest.text?.trim() && !rest.value && !rest.attachments?.length) {
    throw new DirectLineHttpError(400, 'BadArgument', 'A message needs text, a value or an attachment.');
  }
  const activity = {
    type,
    ...rest,
    ...(from?.name ? { from: { id: '', name: from.name } } : {}),
  } as Partial<Activity>;
  return { kind: type, activity };
}
