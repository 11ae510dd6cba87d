import { beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { buildInsights, parseScope, toCsv } from '../../src/insights/index.js';
import { openMemoryDatabase, type Db } from '../../src/store/db.js';
import { SqliteInsightsStore } from '../../src/store/insights.js';
import { seedInsights, seedPayment } from './fixtures.js';
import type { InsightsStore } from '../../src/store/insights.js';
import type { AsyncOf } from '../../src/store/pg/asyncOf.js';

const NOW = new Date('2026-12-01T03:00:00Z');
let db: Db;

async function insights(query: string) {
  const parsed = parseScope(new URLSearchParams(query), NOW);
  if (!parsed.ok) throw new Error(parsed.message);
  return buildInsights(new SqliteInsightsStore(db), parsed.scope);
}

/** Rows with something in them (tables have a row for every day of the range). */
const busy = (rows: (string | number | null)[][]) =>
  rows.filter((r) => r.slice(1).some((c) => c !== 0 && c !== null));
const funnel = async (query: string) => (await insights(query)).tables.funnel.rows.map((r) => r[1]);
const NOVEMBER = 'from=2026-11-01&to=2026-11-30';

beforeEach(async () => {
  db = openMemoryDatabase();
  await seedInsights(db);
});

describe('insights figures', () => {
  it('counts the funnel from contacted to kept, each step a subset of the one before', async () => {
    expect((await insights(NOVEMBER)).tables.funnel.rows).toEqual([
      ['contacted', 4, 100],
      ['replied', 3, 75],
      ['verified', 2, 50],
      ['agreed', 2, 50],
      ['kept', 1, 25],
    ]);
  });

  it('narrows the funnel by locale, channel and portfolio (unassigned accounts included)', async () => {
    expect(await funnel(`${NOVEMBER}&locale=en`)).toEqual([2, 1, 1, 1, 0]);
    expect(await funnel(`${NOVEMBER}&channel=wechat`)).toEqual([1, 1, 1, 1, 0]);
    expect(await funnel(`${NOVEMBER}&portfolio=cards-east`)).toEqual([2, 2, 1, 1, 1]);
    expect(await funnel(`${NOVEMBER}&portfolio=(none)`)).toEqual([1, 0, 0, 0, 0]);
    expect(await funnel('from=2026-10-01&to=2026-10-31')).toEqual([1, 1, 0, 0, 0]);
  });

  it('shows kept and broken commitments by day, and knows whether a payments feed exists', async () => {
    const before = await insights(NOVEMBER);
    expect(before.paymentsFeed).toBe(false);
    expect(busy(before.tables.commitments.rows)).toEqual([
      ['2026-11-10', 0, 0, 0, 0, 0, 1],
      ['2026-11-20', 1, 0, 0, 0, 0, 0],
    ]);
    seedPayment(db);
    expect((await insights(NOVEMBER)).paymentsFeed).toBe(true);
  });

  it('counts disputes, opt-outs, escalations and the wait for an agent per day', async () => {
    const result = await insights(NOVEMBER);
    expect(busy(result.tables.care.rows)).toEqual([
      ['2026-11-05', 1, 0],
      ['2026-11-06', 0, 1],
    ]);
    expect(busy(result.tables.escalations.rows)).toEqual([
      ['2026-11-05', 1, 1, 120, 120],
      ['2026-11-06', 1, 0, null, null],
    ]);
  });

  it('counts guardrail blocks by category and by source (template, model, agent, reminder)', async () => {
    const { guardrailCategories, guardrailSources } = (await insights(NOVEMBER)).tables;
    const pick = (t: typeof guardrailSources, day: string, col: string) =>
      t.rows.find((r) => r[0] === day)?.[t.columns.indexOf(col)];
    expect(busy(guardrailCategories.rows).map((r) => r[0])).toEqual([
      '2026-11-03',
      '2026-11-05',
      '2026-11-06',
    ]);
    expect(pick(guardrailCategories, '2026-11-03', 'false_legal')).toBe(1);
    expect(pick(guardrailCategories, '2026-11-05', 'harassment')).toBe(1);
    expect(pick(guardrailCategories, '2026-11-05', 'privacy')).toBe(1);
    expect(pick(guardrailCategories, '2026-11-06', 'threat')).toBe(1);
    expect(guardrailSources.columns).toEqual(['bucket', 'template', 'model', 'agent', 'reminder']);
    expect(busy(guardrailSources.rows)).toEqual([
      ['2026-11-03', 0, 0, 0, 1],
      ['2026-11-05', 0, 0, 1, 0],
      ['2026-11-06', 0, 1, 0, 0],
    ]);
    expect(busy((await insights(`${NOVEMBER}&channel=wechat`)).tables.guardrailSources.rows)).toEqual([
      ['2026-11-03', 0, 0, 0, 1],
    ]);
  });

  it('draws ranges longer than three months per month', async () => {
    const result = await insights('from=2026-01-01&to=2026-11-30');
    expect(result.scope.bucket).toBe('month');
    expect(result.tables.commitments.rows.map((r) => r[0])).toHaveLength(11);
    expect(busy(result.tables.commitments.rows).map((r) => r[0])).toEqual(['2026-11']);
  });

  it('gives every day of the range a row, so a quiet day reads as zero and not as a gap', async () => {
    const { care, escalations } = (await insights(NOVEMBER)).tables;
    expect(care.rows).toHaveLength(30);
    expect(care.rows[0]).toEqual(['2026-11-01', 0, 0]);
    expect(escalations.rows[29]).toEqual(['2026-11-30', 0, 0, null, null]);
  });

  it('offers the channels and portfolios that exist', async () => {
    expect((await insights(NOVEMBER)).options).toEqual({
      channels: ['directline', 'wechat'],
      portfolios: ['cards-east', 'cards-west'],
    });
  });
});

describe('insights filters', () => {
  it.each([
    ['from=2026-13-01', /from/],
    ['from=2026-02-30', /from/],
    ['from=2026-11-30&to=2026-11-01', /before/],
    ['from=2024-01-01&to=2026-11-30', /400 days/],
    ['locale=fr', /locale/],
    ['channel=%3Cscript%3E', /channel/],
    ['portfolio=' + 'x'.repeat(101), /portfolio/],
    ['from=2026-11-01&from=2026-11-02', /once/],
  ])('refuses %s with a message naming the field', (query, message) => {
    const parsed = parseScope(new URLSearchParams(query), NOW);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('defaults to the 30 days up to today', () => {
    const parsed = parseScope(new URLSearchParams(''), NOW);
    expect(parsed).toEqual({
      ok: true,
      scope: { from: '2026-11-02T00:00:00.000Z', to: '2026-12-02T00:00:00.000Z', bucket: 'day' },
    });
  });
});

describe('insights CSV', () => {
  it('writes RFC 4180 with a BOM, quotes what needs quoting and defuses spreadsheet formulas', () => {
    const csv = toCsv({
      columns: ['bucket', 'note'],
      rows: [
        ['2026-11-01', 'a,"b"'],
        ['=HYPERLINK("x")', null],
        ['-1', 2],
      ],
    });
    expect(csv).toBe('\uFEFFbucket,note\r\n2026-11-01,"a,""b"""\r\n"\'=HYPERLINK(""x"")",\r\n\'-1,2\r\n');
  });
});

describe('the insights store interface as PostgreSQL implements it', () => {
  it('is its own AsyncOf: same methods and parameters, each result already a Promise', () => {
    expectTypeOf<AsyncOf<InsightsStore>>().toEqualTypeOf<InsightsStore>();
  });
});
