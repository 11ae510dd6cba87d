import { randomUUID } from 'node:crypto';
import { BEHAVIOUR } from './behaviourChecks.js';
import { Findings, type Check, type CheckId, type Failure } from './checkTypes.js';
import { play, pool, type Played } from './play.js';
import { PLAN } from './planChecks.js';
import { SAFETY } from './safetyChecks.js';
import type { Scenario } from './scenario.js';
import type { Target } from './target.js';

export const CHECKS: Check[] = [...SAFETY, ...BEHAVIOUR, ...PLAN];

export interface ScenarioResult {
  id: string;
  category: string;
  locale: string;
  file: string;
  applied: CheckId[];
  failures: Failure[];
  /** Every expected recognition (distress, hardship, ...) and whether the reply showed it. */
  recognitions: { kind: string; turn: number; ok: boolean }[];
  /** The conversation as played: what the person said and the bot's replies. */
  transcript: { say: string; replies: string[] }[];
}

export interface RunResult {
  mode: Target['mode'];
  elapsedMs: number;
  results: ScenarioResult[];
}

/** Applies every check to a played scenario. */
export function evaluate(played: Played): ScenarioResult {
  const findings = new Findings();
  for (const check of CHECKS) check(played, findings);
  if (played.error) {
    findings.failures.push({ check: 'reply_every_turn', turn: played.turns.length, message: played.error });
  }
  const s = played.scenario;
  return {
    id: s.id,
    category: s.category,
    locale: s.locale,
    file: s.file,
    applied: [...findings.applied],
    failures: findings.failures,
    recognitions: played.turns.flatMap((t) =>
      (t.expect.recognised ?? []).map((kind) => ({
        kind,
        turn: t.index + 1,
        ok: !findings.failures.some(
          (f) => f.check === 'recognised' && f.turn === t.index + 1 && f.message.startsWith(`${kind} `),
        ),
      })),
    ),
    transcript: played.turns.map((t) => ({ say: t.say, replies: t.texts })),
  };
}

/** Plays the scenarios (up to `concurrency` at once, each in its own conversation and account copy). */
export async function runScenarios(
  target: Target,
  scenarios: readonly Scenario[],
  concurrency = 4,
): Promise<RunResult> {
  const started = performance.now();
  const runId = randomUUID().slice(0, 8);
  const results = await pool(scenarios, concurrency, async (s, i) =>
    evaluate(await play(target, s, i, runId)),
  );
  return { mode: target.mode, elapsedMs: Math.round(performance.now() - started), results };
}
