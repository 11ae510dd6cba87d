import { describe, expect, it } from 'vitest';
import { formatCursor, parseCursor } from '../../src/handoff/index.js';

describe('the message cursor', () => {
  it('starts from the beginning without one and rejects anything it did not hand out', () => {
    expect(parseCursor(undefined)).toEqual({ status: 'ok', afterSeq: 0 });
    expect(parseCursor(formatCursor(42))).toEqual({ status: 'ok', afterSeq: 42 });
    expect(parseCursor('abc')).toEqual({ status: 'invalid' });
    expect(parseCursor('-1')).toEqual({ status: 'invalid' });
  });
});
