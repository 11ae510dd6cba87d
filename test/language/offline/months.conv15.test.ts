import { describe, expect, it } from 'vitest';
import { parseMonths } from '../../../src/language/offline/months.js';

describe('a count of payments said without "months" is a term (conv15)', () => {
  it.each([
    ['can i split it in 3', 3],
    ['could i split it in 3?', 3],
    ['can we break it into 4 pls', 4],
    ['i wanna pay it off in 6 parts', 6],
    ['split into 5 chunks?', 5],
    ['spread it over 10', 10],
    ['can i spread it over two years?', 24],
    ['split it in 6 months', 6],
    ['能不能分成3份还', 3],
    ['拆成4笔还行吗', 4],
    ['我想分六回还完', 6],
    ['分三次', 3],
  ] as const)('%s -> %i', (text, months) => expect(parseMonths(text)).toBe(months));

  it.each(['split it in 300 dollars', 'i can pay 3', 'in 2 weeks', 'break it into 1'])(
    'leaves %s without a term',
    (text) => expect(parseMonths(text)).toBeUndefined(),
  );
});
