import { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type Logger } from 'pino';
import { maskPii } from '../core/pii.js';

/**
 * The process logger. Secrets and PII never reach logs: sensitive fields are redacted by
 * path, and every string logged through `msg` or string fields is masked for ID, card and phone
 * numbers.
 */
const REDACT = [
  'password',
  '*.password',
  'token',
  '*.token',
  'authorization',
  '*.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  '*.apiKey',
  'config.OPENAI_API_KEY',
  'config.WECHAT_APP_SECRET',
  'config.MicrosoftAppPassword',
  'text',
  '*.text',
];

function maskDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskPii(value);
  if (value === null || typeof value !== 'object') return value;
  // Deeper than this nothing is walked, so nothing is written unmasked either (sec15).
  if (depth > 8) return '[nested]';
  // A request or response (restify logs the whole request when it cannot format an answer) is
  // its method and path, never its headers, raw body or socket (sec16).
  if (value instanceof IncomingMessage)
    return { method: value.method, path: maskPii((value.url ?? '').split('?')[0] ?? '') };
  if (value instanceof ServerResponse) return { statusCode: value.statusCode };
  if (value instanceof Error)
    return { type: value.name, message: maskPii(value.message), code: (value as { code?: unknown }).code };
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = maskDeep(v, depth + 1);
  return out;
}

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT, censor: '[redacted]' },
      formatters: { log: (obj) => maskDeep(obj) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          const masked = args.map((a) => (typeof a === 'string' ? maskPii(a) : a)) as Parameters<
            typeof method
          >;
          method.apply(this, masked);
        },
      },
    },
    destination ?? pino.destination(1),
  );
}
