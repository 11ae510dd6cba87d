import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { z } from 'zod';
import { defaultsSchema, scenarioSchema, type Scenario } from './scenario.js';

/** A scenario file that does not parse or validate: says which file, where and what. */
export class ScenarioError extends Error {
  readonly code = 'SIMULATE_SCENARIO_INVALID';
  constructor(file: string, where: string, why: string) {
    super(
      `${file}${where ? ` (${where})` : ''}: ${why}. Fix the file; the format is in README.md, "Conversation test bench".`,
    );
  }
}

const EXTENSIONS = ['.yaml', '.yml', '.jsonl'];

/** Every scenario file under the given files or folders, sorted, recursively. */
export function scenarioFiles(inputs: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (p: string): void => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) walk(path.join(p, name));
    } else if (EXTENSIONS.includes(path.extname(p))) {
      out.push(p);
    }
  };
  for (const input of inputs) walk(input);
  return out;
}

function issuesOf(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`)
    .join('; ');
}

function validate(raw: unknown, defaults: Record<string, unknown>, file: string, where: string): Scenario {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ScenarioError(file, where, 'a scenario must be a mapping with id, turns and expectations');
  }
  const parsed = scenarioSchema.safeParse({ ...defaults, ...raw });
  if (!parsed.success) throw new ScenarioError(file, where, issuesOf(parsed.error));
  return { ...parsed.data, file };
}

function fromYaml(text: string, file: string): Scenario[] {
  const out: Scenario[] = [];
  for (const [d, doc] of parseAllDocuments(text).entries()) {
    if ('errors' in doc && doc.errors.length > 0) {
      throw new ScenarioError(file, `document ${d + 1}`, doc.errors[0]?.message ?? 'YAML error');
    }
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) continue;
    const list = Array.isArray(value) ? value : (value as { scenarios?: unknown }).scenarios;
    const given = Array.isArray(value) ? undefined : (value as { defaults?: unknown }).defaults;
    const defaults = defaultsSchema.safeParse(given);
    if (!defaults.success) throw new ScenarioError(file, 'defaults', issuesOf(defaults.error));
    if (!Array.isArray(list)) {
      out.push(validate(value, {}, file, `document ${d + 1}`));
      continue;
    }
    list.forEach((raw: unknown, i) => out.push(validate(raw, defaults.data, file, `scenario ${i + 1}`)));
  }
  return out;
}

function fromJsonl(text: string, file: string): Scenario[] {
  const out: Scenario[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith('//')) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      throw new ScenarioError(file, `line ${i + 1}`, (err as Error).message);
    }
    out.push(validate(raw, {}, file, `line ${i + 1}`));
  });
  return out;
}

/** Loads and validates every scenario; ids must be unique across all files. */
export function loadScenarios(inputs: readonly string[]): Scenario[] {
  const all: Scenario[] = [];
  for (const file of scenarioFiles(inputs)) {
    const text = readFileSync(file, 'utf8');
    all.push(...(path.extname(file) === '.jsonl' ? fromJsonl(text, file) : fromYaml(text, file)));
  }
  const seen = new Map<string, string>();
  for (const s of all) {
    const before = seen.get(s.id);
    if (before)
      throw new ScenarioError(s.file, s.id, `scenario id also used in ${before}; ids must be unique`);
    seen.set(s.id, s.file);
  }
  return all;
}
