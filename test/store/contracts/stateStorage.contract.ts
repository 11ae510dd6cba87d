import { expect, it } from 'vitest';
import { noteStateJson, takeStateJson } from '../../../src/store/stateJson.js';
import type { StateItem, StateStorage } from '../../../src/store/stateStorage.js';

/** Opens another instance on the same backing store (another connection, as another process would). */
export type OpenStateStorage = () => StateStorage;

const conflictCode = (err: unknown): unknown => (err as { code?: unknown }).code;

/** The contract of conversation state, run against every backend. */
export function stateStorageContract(open: OpenStateStorage): void {
  it('reads back what was written, with an eTag, and leaves out keys that do not exist', async () => {
    const s = open();
    await s.write({ 'c1/state': { step: 'verify', tries: 2, nested: { zh: '您好' } } });
    const items = await s.read(['c1/state', 'missing']);
    expect(Object.keys(items)).toEqual(['c1/state']);
    expect(items['c1/state']).toMatchObject({ step: 'verify', tries: 2, nested: { zh: '您好' } });
    expect(typeof items['c1/state']?.eTag).toBe('string');
    expect(await s.read([])).toEqual({});
  });

  it('accepts a write with the current eTag and gives the item a new one', async () => {
    const s = open();
    await s.write({ k2: { n: 1 } });
    const first = (await s.read(['k2'])).k2 as StateItem;
    await s.write({ k2: { ...first, n: 2 } });
    const second = (await s.read(['k2'])).k2 as StateItem;
    expect(second.n).toBe(2);
    expect(second.eTag).not.toBe(first.eTag);
  });

  it('refuses a write with a stale eTag (ETAG_CONFLICT) and keeps the newer value', async () => {
    const s = open();
    await s.write({ k3: { n: 1 } });
    const stale = (await s.read(['k3'])).k3 as StateItem;
    await s.write({ k3: { ...stale, n: 2 } });
    const err = await s.write({ k3: { ...stale, n: 3 } }).catch((e: unknown) => e);
    expect(conflictCode(err)).toBe('ETAG_CONFLICT');
    expect((await s.read(['k3'])).k3?.n).toBe(2);
  });

  it('lets "*" and a missing eTag overwrite, and a stale eTag create a key that no longer exists', async () => {
    const s = open();
    await s.write({ k4: { n: 1 } });
    const stale = (await s.read(['k4'])).k4 as StateItem;
    await s.write({ k4: { n: 2, eTag: '*' } });
    await s.write({ k4: { n: 3 } });
    expect((await s.read(['k4'])).k4?.n).toBe(3);
    await s.delete(['k4']);
    await s.write({ k4: { ...stale, n: 4 } });
    expect((await s.read(['k4'])).k4?.n).toBe(4);
  });

  it('writes several keys all or nothing: one stale eTag keeps every other change out', async () => {
    const s = open();
    await s.write({ 'm/a': { v: 'a1' }, 'm/b': { v: 'b1' } });
    const b = (await s.read(['m/b']))['m/b'] as StateItem;
    await s.write({ 'm/b': { ...b, v: 'b2' } });
    const err = await s.write({ 'm/a': { v: 'a2' }, 'm/b': { ...b, v: 'b3' } }).catch((e: unknown) => e);
    expect(conflictCode(err)).toBe('ETAG_CONFLICT');
    const after = await s.read(['m/a', 'm/b']);
    expect([after['m/a']?.v, after['m/b']?.v]).toEqual(['a1', 'b2']);
  });

  it('lets exactly one of many instances win when they all write with the same eTag at once', async () => {
    const instances = Array.from({ length: 8 }, () => open());
    await instances[0]!.write({ race: { winner: 'none' } });
    const read = (await instances[0]!.read(['race'])).race as StateItem;
    const results = await Promise.allSettled(
      instances.map((s, i) => s.write({ race: { ...read, winner: `w${i}` } })),
    );
    const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [`w${i}`] : []));
    expect(won).toHaveLength(1);
    for (const r of results)
      if (r.status === 'rejected') expect(conflictCode(r.reason)).toBe('ETAG_CONFLICT');
    expect((await instances[1]!.read(['race'])).race?.winner).toBe(won[0]);
  });

  it('deletes keys (and ignores keys that do not exist)', async () => {
    const s = open();
    await s.write({ d1: { x: 1 }, d2: { x: 2 } });
    await s.delete(['d1', 'nope']);
    expect(Object.keys(await s.read(['d1', 'd2']))).toEqual(['d2']);
  });

  it('keeps hostile values intact: NUL, quotes, emoji, deep nesting and a 4 MB string', async () => {
    const s = open();
    let deep: Record<string, unknown> = { end: true };
    for (let i = 0; i < 200; i++) deep = { d: deep };
    const value = {
      text: 'a\u0000b\'"\\ 😊 你好 \u2028',
      deep,
      big: 'x'.repeat(4 * 1024 * 1024),
      key: "'); DROP TABLE bot_state; --",
    };
    await s.write({ "weird'key\u00e9/😊": value });
    const back = (await s.read(["weird'key\u00e9/😊"]))["weird'key\u00e9/😊"] as StateItem;
    const { eTag: _eTag, ...rest } = back;
    expect(rest).toEqual(value);
  });

  it('hands the state JSON over instead of serialising again: the text read, and the text judged is the text written', async () => {
    const s = open();
    const item: StateItem = { step: 'plan', tries: 1, eTag: '*' };
    // The text LeanConversationState judged (the item without its eTag), written as it is.
    noteStateJson('judged', item, '{"step":"plan","tries":1}');
    await s.write({ j1: item });
    expect(takeStateJson('judged', item)).toBeUndefined(); // taken by the write
    const read = (await s.read(['j1'])).j1 as StateItem;
    expect(takeStateJson('read', read)).toBe('{"step":"plan","tries":1}');
    const { eTag: _eTag, ...rest } = read;
    expect(rest).toEqual({ step: 'plan', tries: 1 });
  });
}
