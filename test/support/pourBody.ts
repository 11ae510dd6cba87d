import { once } from 'node:events';
import net from 'node:net';

export interface PourOptions {
  /** Body bytes per write (default 16 KiB). */
  chunkBytes?: number;
  /** What one write carries (default 'x' repeated); its length is the chunk size. */
  chunkText?: string;
  /** A body to send in order, `chunkBytes` (ASCII) at a time, instead of `chunkText` repeated. */
  body?: string;
  /** Frame each write as one HTTP chunk (`<hex size>\r\n…\r\n`); else the bytes as they are. */
  chunked: boolean;
  /** Stop writing after this many body bytes (the socket stays open until the service closes it). */
  maxBytes: number;
  /** Milliseconds between writes (default 1). */
  everyMs?: number;
  /** Destroy the socket after this long if the service never closes it (default 15 s). */
  safetyMs?: number;
  /** Send the head only, no body (an `Expect: 100-continue` request waits for its answer). */
  headOnly?: boolean;
}

export interface Poured {
  /** Everything the service sent back. */
  answer: string;
  /** Body bytes written when the first byte of the answer arrived (-1: no answer). */
  sentAtAnswer: number;
  /** Body bytes written in all. */
  sent: number;
  /** How long the connection stayed open, in ms. */
  openMs: number;
}

/**
 * Sends `head` on a raw socket to the service at `url`, then body bytes at a steady pace until the
 * service answers and hangs up (shared by the body-limit, payments and WeChat tests): what came
 * back, how much had been sent when the answer came, and how long the connection stayed open.
 */
export async function pourBody(url: string, head: string, options: PourOptions): Promise<Poured> {
  const socket = net.connect(Number(new URL(url).port), '127.0.0.1');
  await once(socket, 'connect');
  const started = Date.now();
  let answer = '';
  let sent = 0;
  let sentAtAnswer = -1;
  socket.on('data', (d: Buffer) => {
    if (sentAtAnswer < 0) sentAtAnswer = sent;
    answer += d.toString('utf8');
  });
  socket.on('error', () => undefined);
  socket.write(head);
  const step = options.chunkBytes ?? 16 * 1024;
  const repeated = options.chunkText ?? 'x'.repeat(step);
  const timer = setInterval(() => {
    if (socket.destroyed || sent >= options.maxBytes || options.headOnly) return;
    const chunk = options.body === undefined ? repeated : options.body.slice(sent, sent + step);
    const size = Buffer.byteLength(chunk);
    if (size === 0) return;
    socket.write(options.chunked ? `${size.toString(16)}\r\n${chunk}\r\n` : chunk);
    sent += size;
  }, options.everyMs ?? 1);
  const safety = setTimeout(() => socket.destroy(), options.safetyMs ?? 15_000);
  // not events.once: a write after the service hung up fails with EPIPE, and once() would reject
  await new Promise((resolve) => socket.once('close', resolve));
  clearInterval(timer);
  clearTimeout(safety);
  return { answer, sentAtAnswer, sent, openMs: Date.now() - started };
}
