export { createMetrics, Metrics, type MetricsOptions, type ScrapeHook } from './metrics.js';
export { meteredTranscript, observeActivity, type AppendTarget } from './transcriptObserver.js';
export { collectFromStores } from './storeCollector.js';
export { isLoopback, metricsAccess, registerMetrics, type MetricsAccess } from './routes.js';
export * from './labels.js';
