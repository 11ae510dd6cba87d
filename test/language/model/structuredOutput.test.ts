import { HumanMessage } from '@langchain/core/messages';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ModelCapabilities } from '../../../src/language/model/capabilities.js';
import { agreedLanguage } from '../../../src/language/model/modelUnderstander.js';
import { extractJson, StructuredCaller } from '../../../src/language/model/structuredOutput.js';
import { content, httpError, ScriptedChatModel, type Step } from './scriptedChatModel.js';

const schema = z.object({ intent: z.enum(['accept', 'decline']), months: z.number().int().optional() });
const ask = [new HumanMessage('classify: 好的')];
const budget = () => ({ deadline: Date.now() + 1000, timeoutMs: 500, maxRetries: 0 });

function caller(steps: Step[]) {
  const model = new ScriptedChatModel(steps);
  return { model, c: new StructuredCaller(model, schema, 'extract', 'Extract.') };
}

describe('structured output by any method', () => {
  it('reads a forced tool call, checked by the schema', async () => {
    const { c } = caller([{ toolArgs: { intent: 'accept' } }]);
    const out = await c.call(ask, { method: 'tools', stream: false, budget: budget() });
    expect(out).toMatchObject({ ok: true, value: { intent: 'accept' }, repaired: false });
  });

  it('says no_tools when a forced tool call comes back as text, and does not ask again', async () => {
    const { c, model } = caller(['{"intent":"accept"}']);
    const out = await c.call(ask, { method: 'tools', stream: false, budget: budget() });
    expect(out).toMatchObject({ ok: false, error: { reason: 'no_tools' } });
    expect(model.remaining).toBe(0);
  });

  it('says no_tools when the server refuses tools with a 400 that names them', async () => {
    const refused = Object.assign(httpError(400), { message: '400 model does not support tools' });
    const { c } = caller([{ error: refused }]);
    const out = await c.call(ask, { method: 'tools', stream: false, budget: budget() });
    expect(out).toMatchObject({ ok: false, error: { reason: 'no_tools', status: 400 } });
  });

  it('puts the schema in the prompt for prompt-only JSON and reads JSON inside a fence', async () => {
    const { c, model } = caller(['Sure:\n```json\n{"intent":"decline","months":3}\n```']);
    const out = await c.call(ask, { method: 'prompt', stream: false, budget: budget() });
    expect(out).toMatchObject({ ok: true, value: { intent: 'decline', months: 3 } });
    expect(content(model.calls[0]?.at(-1))).toContain('"intent"');
  });

  it('repairs once: the model sees its answer and what was wrong, then a valid answer is used', async () => {
    const { c, model } = caller(['{"intent":"maybe"}', '{"intent":"accept"}']);
    const out = await c.call(ask, { method: 'json_mode', stream: false, budget: budget() });
    expect(out).toMatchObject({ ok: true, value: { intent: 'accept' }, repaired: true });
    const repair = model.calls[1] ?? [];
    expect(content(repair.at(-2))).toBe('{"intent":"maybe"}');
    expect(content(repair.at(-1))).toMatch(/not valid.*intent/);
  });

  it('gives up as malformed after the one repair fails too', async () => {
    const { c, model } = caller(['not json', '{"intent": 7}']);
    const out = await c.call(ask, { method: 'prompt', stream: false, budget: budget() });
    expect(out).toMatchObject({ ok: false, error: { reason: 'malformed' } });
    expect(model.remaining).toBe(0);
  });

  it.each([
    ['{"a":1}', { a: 1 }],
    ['  ```\n{"a":"}"}\n```', { a: '}' }],
    ['The answer is {"a":[1,2]} as asked.', { a: [1, 2] }],
  ])('extracts the JSON object from %j', (text, value) => {
    expect(extractJson(text)).toEqual(value);
  });

  it.each(['', 'no braces', '}{', '{"a":', '{"a":1'])('refuses %j as not JSON', (text) => {
    expect(() => extractJson(text)).toThrow(SyntaxError);
  });
});

describe('the method chosen from the probe', () => {
  function probed(steps: Step[], settings: Partial<ConstructorParameters<typeof ModelCapabilities>[1]> = {}) {
    const model = new ScriptedChatModel(steps);
    return new ModelCapabilities(model, {
      stream: 'auto',
      structuredOutput: 'auto',
      timeoutMs: 500,
      probe: true,
      ...settings,
    });
  }

  it('keeps tools and no streaming before the probe and when it is off', () => {
    const caps = probed([], { probe: false });
    expect(caps.status()).toEqual({ structuredOutput: 'tools', stream: false, probe: 'skipped' });
  });

  // The choice after a probe, for each method, is proven against the server profiles
  // (providerProfiles.int.test.ts): a scripted fake cannot tell tools from response_format.
  it('honours OPENAI_STRUCTURED_OUTPUT and OPENAI_STREAM over the probe', () => {
    const caps = probed([], { probe: false, structuredOutput: 'json_mode', stream: 'true' });
    expect(caps.method()).toBe('json_mode');
    expect(caps.stream()).toBe(true);
  });
});

describe('the account language is the default (blind cases, not fitted)', () => {
  it.each([
    ['the model says English for Chinese text', 'en', '好的，我下个月一号还', 'zh-CN', 'zh-CN'],
    ['the model says English for bare digits', 'en', '1234', 'zh-CN', 'zh-CN'],
    ['the model says English for "ok"', 'en', 'ok', 'zh-CN', 'zh-CN'],
    ['the person really writes English', 'en', 'Can I pay next Friday instead?', 'zh-CN', 'en'],
    ['the model says Chinese for English text', 'zh-CN', 'I lost my job last month', 'en', 'en'],
    ['the person really writes Chinese to an English account', 'zh-CN', '我想分期还款', 'en', 'zh-CN'],
    ['mixed: a Chinese sentence with a card brand', 'en', '我的VISA卡 Platinum 逾期了', 'zh-CN', 'zh-CN'],
    ['no conversation language yet: the detector decides', 'zh-CN', 'hello there friend', undefined, 'en'],
  ] as const)('%s', (_name, suggested, text, current, expected) => {
    expect(agreedLanguage(suggested, text, current)).toBe(expected);
  });
});
