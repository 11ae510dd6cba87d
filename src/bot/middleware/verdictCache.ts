/** The send path's memory of verdicts: the guardrails' own (also used by the template responder). */
export { cachedCheck, type CachedCheck, type VerdictCacheOptions } from '../../guardrails/verdictCache.js';
