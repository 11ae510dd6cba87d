import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The house's layering (ARCHITECTURE.md "Layers"): a folder of `src/` imports only folders on a
 * lower floor. Configuration and host contracts sit low; the top-level wiring (`bot/`) alone knows
 * every module; tools that start the whole service (`simulate/`) sit above it.
 */
const FLOORS: Record<string, number> = {
  core: 0,
  config: 1,
  store: 2,
  guardrails: 2,
  policy: 2,
  prompts: 3,
  auth: 3,
  language: 4,
  metrics: 4,
  handoff: 5,
  payments: 5.5,
  reminders: 6,
  dialogs: 7,
  review: 7,
  insights: 7,
  web: 8,
  channels: 9,
  bot: 10,
  simulate: 11,
};

/**
 * Imports that still run against the floors, each with the reason it is tolerated. The list may
 * only shrink: a new upward import fails the test.
 */
const KNOWN_UPWARD = new Set<string>([]);

const SRC = path.resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2];
    if (!spec) continue;
    const target = path.resolve(path.dirname(file), spec).replace(/\.js$/, '.ts');
    out.push(target);
  }
  return out;
}

const folderOf = (file: string): string => path.relative(SRC, file).split(path.sep)[0] ?? '';
const rel = (file: string): string => path.relative(SRC, file).split(path.sep).join('/');

const graph = new Map<string, string[]>(sourceFiles(SRC).map((f) => [f, importsOf(f)]));

describe('the layering of src/', () => {
  it('places every folder of src/ on a floor', () => {
    const folders = new Set([...graph.keys()].map(folderOf).filter((f) => !f.endsWith('.ts')));
    expect([...folders].filter((f) => FLOORS[f] === undefined)).toEqual([]);
  });

  it('has no import that runs back up (a folder imports only lower floors)', () => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      const from = folderOf(file);
      for (const target of targets) {
        const to = folderOf(target);
        if (to === from || !graph.has(target)) continue;
        const a = FLOORS[from] ?? 99;
        const b = FLOORS[to] ?? 99;
        if (b >= a) upward.push(`${rel(file)} -> ${rel(target)}`);
      }
    }
    const unexpected = upward.filter((u) => !KNOWN_UPWARD.has(u));
    expect(unexpected).toEqual([]);
    const healed = [...KNOWN_UPWARD].filter((u) => !upward.includes(u));
    expect(healed, 'remove these from KNOWN_UPWARD: they no longer occur').toEqual([]);
  });

  it('has no import circle between files', () => {
    // Tarjan's strongly connected components over the file graph.
    let index = 0;
    const idx = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const on = new Set<string>();
    const circles: string[][] = [];
    const visit = (v: string): void => {
      idx.set(v, index);
      low.set(v, index);
      index += 1;
      stack.push(v);
      on.add(v);
      for (const w of graph.get(v) ?? []) {
        if (!graph.has(w)) continue;
        if (!idx.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
      }
      if (low.get(v) === idx.get(v)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          on.delete(w);
          component.push(rel(w));
        } while (w !== v);
        if (component.length > 1) circles.push(component.sort());
      }
    };
    for (const v of graph.keys()) if (!idx.has(v)) visit(v);
    expect(circles).toEqual([]);
  });
});
