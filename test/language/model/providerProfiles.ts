import { understandOffline } from '../../../src/language/offline/index.js';
import type { ChatRequest, RequestMeta, ServerStep } from './fakeOpenAi.js';

/**
 * Local imitations of real OpenAI-compatible servers, by their documented quirks. Each answers
 * like a capable model (the brain below) unless its quirk gets in the way.
 */
export const PROFILES = [
  'openai',
  'azure',
  'deepseek',
  'qwen',
  'vllm',
  'ollama',
  'ollama_tools',
  'no_tools',
  'plain_text',
  'stream_only',
  'rate_limited',
  'slow',
] as const;
export type ProfileName = (typeof PROFILES)[number];

export interface ProfileOptions {
  /** The model reads every message as English (a model that gets the language wrong). */
  wrongLanguage?: boolean;
  /** Words replies a little differently from the reference (so the judge, which trusts the template, is asked). */
  reword?: boolean;
  /** How the model words a reply from its reference (default: the reference itself). */
  wording?: (reference: string) => string;
  /** `slow`: how long each answer takes (ms). */
  slowMs?: number;
}

function text(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content))
    return content.map((p) => (typeof p === 'object' && p && 'text' in p ? String(p.text) : '')).join('');
  return '';
}

function between(all: string, open: string, close: string): string | undefined {
  // The last one: the instructions name the markers too.
  const start = all.lastIndexOf(open);
  const end = all.indexOf(close, start + open.length);
  return start >= 0 && end > start ? all.slice(start + open.length, end).trim() : undefined;
}

type Wanted = 'tools' | 'json_schema' | 'json_object' | 'text';

function wanted(request: ChatRequest): Wanted {
  if (request.tools?.length) return 'tools';
  const format = request.response_format?.type;
  return format === 'json_schema' || format === 'json_object' ? format : 'text';
}

/** What a capable model would answer: a probe, an understanding (by the offline rules), or the reference wording. */
function brain(
  request: ChatRequest,
  options: ProfileOptions,
): { args?: Record<string, unknown>; text: string } {
  const all = request.messages.map((m) => text(m.content)).join('\n');
  if (all.includes('capability check')) return { args: { ok: true }, text: 'ok' };
  if (all.includes('Answer with the verdict tool'))
    return { args: { compliant: true, category: 'none', reason: 'polite' }, text: 'Compliant.' };
  const message = between(all, '<<<CUSTOMER_MESSAGE', 'CUSTOMER_MESSAGE>>>');
  if (message !== undefined) {
    const u = understandOffline(message, {
      now: new Date('2026-11-28T02:00:00Z'),
      timeZone: 'Asia/Shanghai',
    });
    const args = {
      intent: u.intent,
      slots: u.slots,
      language: options.wrongLanguage ? 'en' : u.language,
      distress: u.distress,
      injection: u.injection,
    };
    return { args, text: 'The intent is ' + u.intent };
  }
  const reference = between(all, '<<<REFERENCE', 'REFERENCE>>>') ?? 'OK';
  if (options.wording) return { text: options.wording(reference) };
  return { text: options.reword ? `好的。${reference}` : reference };
}

const refuse = (message: string): ServerStep => ({ kind: 'status', status: 400, message });

/** `tool_choice: {type: "function", function: {name}}` naming one of the request's tools. */
function namedToolChoice(request: ChatRequest): boolean {
  const choice = request.tool_choice as { type?: unknown; function?: { name?: unknown } } | undefined;
  const name = choice?.type === 'function' ? choice.function?.name : undefined;
  return typeof name === 'string' && (request.tools ?? []).some((t) => t.function.name === name);
}

/** A well-behaved server's answer to what was asked. */
function answer(request: ChatRequest, options: ProfileOptions, asked = wanted(request)): ServerStep {
  const b = brain(request, options);
  const instructed = request.messages.some((m) =>
    text(m.content).includes('Answer with one JSON object only'),
  );
  if (asked === 'tools' && b.args) return { kind: 'answer', args: b.args };
  if ((asked === 'json_schema' || asked === 'json_object' || instructed) && b.args)
    return { kind: 'answer', text: JSON.stringify(b.args) };
  return { kind: 'answer', text: b.text };
}

/** The quirk of each server, then the brain. */
export function profile(name: ProfileName, options: ProfileOptions = {}) {
  return (request: ChatRequest, meta: RequestMeta): ServerStep => {
    const asked = wanted(request);
    switch (name) {
      case 'openai':
        return answer(request, options);
      case 'vllm':
        // Without --enable-auto-tool-choice only a named tool_choice is served (guided decoding).
        if (asked === 'tools' && !namedToolChoice(request))
          return refuse(
            '"auto" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set',
          );
        return answer(request, options);
      case 'azure':
        // The v1 endpoint of an Azure OpenAI resource: /openai/v1/chat/completions, the deployment as the model.
        if (!meta.path.includes('/openai/v1/'))
          return { kind: 'status', status: 404, message: 'Resource not found' };
        return answer(request, options);
      case 'deepseek':
        if (asked === 'json_schema') return refuse('This response_format type is unavailable now');
        return answer(request, options);
      case 'qwen':
        if (!request.stream && request.enable_thinking !== false)
          return refuse('parameter.enable_thinking must be set to false for non-streaming calls');
        if (asked === 'json_schema')
          return refuse('response_format json_schema is not supported by this model');
        return answer(request, options);
      case 'ollama':
        if (asked === 'tools') return refuse('registry.ollama.ai/library/gemma2:2b does not support tools');
        return answer(request, options);
      case 'ollama_tools': {
        // A tool-capable model behind a server that ignores tool_choice (Ollama's OpenAI layer long
        // listed it as unsupported): the model calls the tool only when the request invites it.
        const invited = request.messages.some((m) => text(m.content).includes('ok = true'));
        if (asked === 'tools' && !invited) return { kind: 'answer', text: brain(request, options).text };
        return answer(request, options);
      }
      case 'no_tools':
        if (asked === 'tools') return refuse('this model does not support tools');
        if (request.response_format) return refuse('response_format is not supported');
        return answer(request, options);
      case 'plain_text':
        // Takes tools and response_format without complaint, then ignores them; JSON only when the prompt asks.
        return answer(request, options, 'text');
      case 'stream_only':
        if (!request.stream) return refuse('only stream mode is supported: set stream=true');
        return answer(request, options);
      case 'rate_limited':
        return { kind: 'status', status: 429, headers: { 'retry-after': '30' } };
      case 'slow':
        return { ...answer(request, options), delayMs: options.slowMs ?? 2000 } as ServerStep;
    }
  };
}
