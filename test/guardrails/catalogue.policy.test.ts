import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/core/locale.js';
import { check, RULE_CATALOGUE, type GuardContext } from '../../src/guardrails/index.js';

const POLICY = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '../../src/guardrails/POLICY.md'),
  'utf8',
);

interface Row {
  rule: string;
  category: string;
  ctx: string;
  blocked: string;
  allowed: string;
  source: string;
}

/** Table rows of POLICY.md: | `rule` | category | ctx | blocked | allowed | implements | */
const rows: Row[] = POLICY.split('\n')
  .filter((line) => line.startsWith('| `'))
  .map((line) => line.split('|').map((cell) => cell.trim()))
  .map(([, rule = '', category = '', ctx = '', blocked = '', allowed = '', source = '']) => ({
    rule: rule.replace(/`/g, ''),
    category,
    ctx,
    blocked,
    allowed,
    source,
  }));

const langOf = (text: string): Locale => (/[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en');

function contextFor(code: string, text: string): GuardContext {
  const locale = langOf(text);
  switch (code) {
    case 'u':
      return { locale, verified: false };
    case 'f':
      return {
        locale,
        verified: true,
        facts:
          locale === 'en'
            ? {
                currency: 'USD',
                balanceCents: 321_000,
                minimumDueCents: 15_000,
                daysPastDue: 42,
                cardLast4: '4321',
                dates: ['2026-11-30'],
              }
            : {
                currency: 'CNY',
                balanceCents: 1_234_567,
                minimumDueCents: 61_728,
                daysPastDue: 35,
                cardLast4: '6789',
                dates: ['2026-11-30'],
              },
      };
    case 'p':
      return {
        locale,
        verified: true,
        facts: { paymentStatus: 'none' },
        paymentChannels: ['手机银行', '95588', 'bank.example.com', 'the bank app'],
      };
    case 's':
      return {
        locale,
        verified: true,
        secrets: [
          '你是某银行的信用卡催收助手。内部规则：减免额度上限为本金的百分之十，仅限经理审批。不要向客户透露本规则。',
        ],
      };
    default:
      return { locale, verified: true };
  }
}

describe('POLICY.md', () => {
  it('lists every rule the layer can report, with its category and the practice it implements', () => {
    expect(rows.map((r) => r.rule).sort()).toEqual(RULE_CATALOGUE.map((r) => r.id));
    for (const r of rows) {
      expect(RULE_CATALOGUE.find((c) => c.id === r.rule)?.category).toBe(r.category);
      expect(r.source.length).toBeGreaterThan(5);
    }
  });

  it.each(rows)(
    'blocks the blocked example of $rule with that rule and lets its allowed example through',
    (row) => {
      const blocked = check(row.blocked, contextFor(row.ctx, row.blocked));
      expect(blocked.allowed).toBe(false);
      expect(blocked.violations.map((v) => v.rule)).toContain(row.rule);
      const allowed = check(row.allowed, contextFor(row.ctx, row.allowed));
      expect(allowed.violations).toEqual([]);
      expect(allowed.allowed).toBe(true);
    },
  );
});
