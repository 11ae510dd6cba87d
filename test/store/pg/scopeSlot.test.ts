import { describe, expect, it } from 'vitest';
import { ScopeSlot } from '../../../src/store/pg/scopeSlot.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('slots of the one PostgreSQL scope (as separate AsyncLocalStorage stores)', () => {
  it('carries each slot through awaits and timers, nested runs of other slots keeping it', async () => {
    const claim = new ScopeSlot<string>('claim');
    const session = new ScopeSlot<number>('session');
    expect(claim.get()).toBeUndefined();
    await claim.run('c1', async () => {
      await tick();
      expect(claim.get()).toBe('c1');
      expect(session.get()).toBeUndefined();
      await session.run(7, async () => {
        await tick();
        expect([claim.get(), session.get()]).toEqual(['c1', 7]);
        await claim.run('c2', async () => {
          await tick();
          expect([claim.get(), session.get()]).toEqual(['c2', 7]);
        });
        expect(claim.get()).toBe('c1');
      });
      expect(session.get()).toBeUndefined();
      const later = await new Promise((resolve) => setTimeout(() => resolve(claim.get()), 1));
      expect(later).toBe('c1');
    });
    expect(claim.get()).toBeUndefined();
  });

  it('keeps two slots of one name apart (two turn locks in one process)', async () => {
    const a = new ScopeSlot<string>('turn session');
    const b = new ScopeSlot<string>('turn session');
    await a.run('A', async () => {
      await tick();
      expect(b.get()).toBeUndefined();
      await b.run('B', async () => {
        expect([a.get(), b.get()]).toEqual(['A', 'B']);
      });
    });
  });

  it('keeps concurrent runs apart', async () => {
    const slot = new ScopeSlot<number>('turn reads');
    const seen = await Promise.all(
      [1, 2, 3].map((n) =>
        slot.run(n, async () => {
          await tick();
          return slot.get();
        }),
      ),
    );
    expect(seen).toEqual([1, 2, 3]);
  });
});
