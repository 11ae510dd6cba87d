import { expect, it } from 'vitest';
import { type InboundMemory, nonceKey } from '../../../src/store/inboundMemory.js';

const at = (iso: string): Date => new Date(iso);

/** The contract of inbound dedupe and nonce memory, run against every backend. */
export function inboundMemoryContract(open: () => InboundMemory): void {
  it('says true the first time a key is seen and false for every repeat', async () => {
    const m = open();
    expect(await m.firstSeen('msg:1001', at('2026-12-05T01:00:00Z'))).toBe(true);
    expect(await m.firstSeen('msg:1001', at('2026-12-05T01:00:05Z'))).toBe(false);
    expect(await m.has('msg:1001')).toBe(true);
    expect(await m.has('msg:1002')).toBe(false);
  });

  it('lets exactly one of many instances see a retried MsgId first', async () => {
    const instances = Array.from({ length: 6 }, () => open());
    const seen = await Promise.all(instances.map((m) => m.firstSeen('msg:race', at('2026-12-05T01:00:00Z'))));
    expect(seen.filter(Boolean)).toHaveLength(1);
  });

  it('remembers nonces with their timestamp, so a replayed signed request is refused', async () => {
    const m = open();
    const now = at('2026-12-05T01:00:00Z');
    expect(await m.firstSeen(nonceKey('1764896400', 'n-123'), now)).toBe(true);
    expect(await m.firstSeen(nonceKey('1764896400', 'n-123'), now)).toBe(false);
    expect(await m.firstSeen(nonceKey('1764896401', 'n-123'), now)).toBe(true);
  });

  it('forgets keys older than asked, and only those', async () => {
    const m = open();
    await m.firstSeen('old:1', at('2026-12-01T00:00:00Z'));
    await m.firstSeen('new:1', at('2026-12-04T00:00:00Z'));
    expect(await m.forget(at('2026-12-02T00:00:00Z'))).toBeGreaterThanOrEqual(1);
    expect(await m.has('old:1')).toBe(false);
    expect(await m.has('new:1')).toBe(true);
    expect(await m.firstSeen('old:1', at('2026-12-05T00:00:00Z'))).toBe(true);
  });

  it('takes hostile keys: 100 KB, quotes, NUL and control characters, emoji, told apart exactly', async () => {
    const m = open();
    const now = at('2026-12-05T01:00:00Z');
    const huge = 'k'.repeat(100_000);
    expect(await m.firstSeen(huge, now)).toBe(true);
    expect(await m.firstSeen(huge, now)).toBe(false);
    expect(await m.firstSeen(`${huge}x`, now)).toBe(true);
    for (const key of [
      "msg:'; DROP TABLE x; --",
      'msg:\t\r\n',
      'msg:a\u0000b',
      'msg:a\u0000c',
      'msg:😊你好',
      'msg:%_*',
    ]) {
      expect(await m.firstSeen(key, now), key).toBe(true);
      expect(await m.has(key), key).toBe(true);
    }
    expect(await m.has('msg:%')).toBe(false);
  });
}
