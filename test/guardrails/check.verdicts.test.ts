import { describe, expect, it } from 'vitest';
import { keyOf, readSnapshot, snapshotItems, verdictOf } from './verdictSnapshot.js';

describe('the verdict of every labelled and bench reply', () => {
  it('is exactly the snapshot: blocked or not, every rule, category, severity, span and classifier score', () => {
    const snapshot = readSnapshot();
    const changed: string[] = [];
    const unknown: string[] = [];
    for (const item of snapshotItems()) {
      const before = snapshot.get(keyOf(item));
      const now = verdictOf(item);
      if (before === undefined) unknown.push(`${item.src}: ${item.text.slice(0, 60)}`);
      else if (before !== now)
        changed.push(`${item.src}: ${item.text.slice(0, 80)}\n  before: ${before}\n  now:    ${now}`);
    }
    const regenerate = 'after a deliberate rule change: npx tsx test/guardrails/writeVerdictSnapshot.ts';
    expect(
      changed,
      `${changed.length} verdicts changed (${regenerate}):\n${changed.slice(0, 20).join('\n')}`,
    ).toEqual([]);
    expect(unknown, `${unknown.length} replies not in the snapshot (${regenerate})`).toEqual([]);
  }, 150_000); // 64 s at load 13 with check-zh24 (456 lines, guardzh24)
});
