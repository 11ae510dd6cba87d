import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/bot/logger.js';

/** A logger writing its lines to an array. */
function capture(): { lines: string[]; logger: ReturnType<typeof createLogger> } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { lines, logger: createLogger('info', sink) };
}

describe('createLogger', () => {
  it('masks grouped IDs and bare SSNs in messages, fields and errors', () => {
    const { lines, logger } = capture();
    logger.info({ note: 'id 1101 0519 9001 0112 34' }, 'ssn 123456789 said');
    logger.error({ err: new Error('bad id 110105.19900101.1234') }, 'failed');
    const out = lines.join('');
    for (const clear of ['0519', '9001', '12345', '19900101']) expect(out).not.toContain(clear);
  });

  // sec15: objects deeper than four levels were written as they were, unmasked.
  it('masks strings however deep they are nested', () => {
    const { lines, logger } = capture();
    logger.info({ a: { b: { c: { d: { e: { f: { g: 'card 6222020200112233445' } } } } } } }, 'deep');
    expect(lines.join('')).not.toContain('622202020011');
  });

  it('redacts text fields and credentials', () => {
    const { lines, logger } = capture();
    logger.info(
      { text: 'hello there', req: { headers: { authorization: 'Basic abc', cookie: 's=1' } } },
      'r',
    );
    const out = lines.join('');
    expect(out).not.toContain('hello there');
    expect(out).not.toContain('Basic abc');
    expect(out).not.toContain('s=1');
  });

  // sec16: restify logged the whole request (raw body, headers) when it could not format an answer.
  it('writes a request as its method and path only, never its headers or body', async () => {
    const { lines, logger } = capture();
    const server = createServer((req, res) => {
      (req as IncomingMessage & { _body?: string })._body = '{"text":"card 6222020200112233445"}';
      logger.warn({ req, res }, 'error in formatter');
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await fetch(`http://127.0.0.1:${port}/api/messages?t=secret-link`, {
      method: 'POST',
      headers: { authorization: 'Basic c2VjcmV0OnBhc3M=', cookie: 'sid=abc' },
      body: 'x',
    });
    await new Promise((resolve) => server.close(resolve));
    const line = JSON.parse(lines.join('')) as Record<string, unknown>;
    expect(line.req).toEqual({ method: 'POST', path: '/api/messages' });
    expect(line.res).toEqual({ statusCode: 200 });
    for (const clear of ['6222020200', 'c2VjcmV0', 'sid=abc', 'secret-link'])
      expect(lines.join('')).not.toContain(clear);
  });
});
