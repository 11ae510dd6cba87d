import { describe, expect, it } from 'vitest';
import { parseMonths } from '../../../src/language/offline/index.js';

describe('parseMonths reads the number of monthly instalments', () => {
  it.each([
    ['分12期', 12],
    ['能不能分十二期', 12],
    ['12个月', 12],
    ['分三次还', 3],
    ['一年', 12],
    ['一年半', 18],
    ['半年', 6],
    ['两年', 24],
    ['一年内还清', 12],
    ['6 months', 6],
    ['two years', 24],
    ['a year', 12],
    ['a year and a half', 18],
    ['1.5 years', 18],
    ['18-month plan', 18],
    ['over 24 months', 24],
    ['twenty-four months', 24],
    ['12 payments', 12],
  ])('reads "%s" as %i months', (text, months) => {
    expect(parseMonths(text)).toBe(months);
  });

  it.each([
    ['每个月', 'per month, no count'],
    ['我一个月只能还2000', 'per month'],
    ['一个月后', 'a date, one month from now'],
    ['3个月后再还', 'a date'],
    ['12月5日', 'December'],
    ['2026年', 'a year number'],
    ['I am 3 months late', 'how overdue the account is'],
    ['$300 a month', 'a monthly amount'],
  ])('finds no months in "%s" (%s)', (text) => {
    expect(parseMonths(text)).toBeUndefined();
  });
});
