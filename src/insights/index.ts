export { registerInsights, type InsightsDeps } from './routes.js';
export { buildInsights, TABLES, type Insights, type InsightTable, type TableName } from './insights.js';
export { MAX_RANGE_DAYS, NO_PORTFOLIO, parseScope, type ScopeOutcome } from './query.js';
export { toCsv } from './csv.js';
