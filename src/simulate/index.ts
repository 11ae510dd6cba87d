export {
  ALL_CHECKS,
  isSafety,
  SAFETY_CHECKS,
  BEHAVIOUR_CHECKS,
  type CheckId,
  type Failure,
} from './checkTypes.js';
export { compareWithGaps, gapsOf, readGaps, writeGaps, type Gap, type Ratchet } from './gaps.js';
export { InProcessTarget } from './inProcessTarget.js';
export { loadScenarios, scenarioFiles, ScenarioError } from './load.js';
export { RemoteTarget } from './remoteTarget.js';
export { byCategory, byCheck, jsonReport, renderReport } from './report.js';
export { evaluate, runScenarios, type RunResult, type ScenarioResult } from './run.js';
export type { Scenario, Expect, Turn } from './scenario.js';
export { SIMULATED_NOW, type Target } from './target.js';
