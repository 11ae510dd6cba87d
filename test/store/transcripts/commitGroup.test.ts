import { describe, expect, it } from 'vitest';
import { CommitGroup, type GroupedCommit } from '../../../src/store/transcripts/commitGroup.js';
import type { Pending } from '../../../src/store/transcripts/writerTypes.js';

const records = (n: number): Pending[] =>
  Array.from({ length: n }, (_, i) => ({
    activity: { type: 'message', text: `第${i}条`, conversation: { id: 'c' } },
    meta: {},
    attempts: 0,
  }));

function commit(n: number, done: string[], name: string): GroupedCommit {
  return {
    prepared: records(n),
    items: [],
    resolve: () => done.push(name),
    reject: () => done.push(`${name} failed`),
  };
}

describe('the transcript commit group', () => {
  it('writes the commits of one event-loop turn together, once, at its end', async () => {
    const writes: number[] = [];
    const done: string[] = [];
    const group = new CommitGroup((commits) => {
      writes.push(commits.length);
      for (const c of commits) c.resolve();
    });
    group.add(commit(2, done, '甲'));
    group.add(commit(1, done, '乙'));
    expect([group.size, writes]).toEqual([3, []]);
    await new Promise((resolve) => setImmediate(resolve));
    expect([group.size, writes, done]).toEqual([0, [2], ['甲', '乙']]);
  });

  it('writes at once, without waiting for the turn to end, when more records wait than its bound', () => {
    const writes: number[] = [];
    const group = new CommitGroup(
      (commits) => writes.push(commits.reduce((n, c) => n + c.prepared.length, 0)),
      10,
    );
    const done: string[] = [];
    for (let i = 0; i < 25; i++) group.add(commit(1, done, `${i}`));
    // However many arrive in one turn, no more than the bound ever waits in memory.
    expect(writes).toEqual([10, 10]);
    expect(group.size).toBe(5);
    group.flush();
    expect(writes).toEqual([10, 10, 5]);
    group.flush();
    expect(writes).toEqual([10, 10, 5]);
  });
});
