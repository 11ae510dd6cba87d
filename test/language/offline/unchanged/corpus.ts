import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { UnderstandContext } from '../../../../src/language/understanding.js';
import { handWritten } from './handWritten.js';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');

/** The contexts the bot calls with: the case's locale so far, and its zone (collectionBot.turn). */
export const contexts: readonly [string, UnderstandContext][] = [
  ['zh', { now: new Date('2026-11-28T10:00:00+08:00'), timeZone: 'Asia/Shanghai', localeHint: 'zh-CN' }],
  ['en', { now: new Date('2026-11-28T10:00:00-05:00'), timeZone: 'America/New_York', localeHint: 'en' }],
  ['none', { now: new Date('2026-12-31T23:30:00+08:00'), timeZone: 'Asia/Shanghai' }],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function turnTexts(turns: unknown): string[] {
  if (!Array.isArray(turns)) return [];
  return turns.flatMap((t: unknown) => {
    if (typeof t === 'string') return [t];
    if (t && typeof t === 'object' && typeof (t as { say?: unknown }).say === 'string')
      return [(t as { say: string }).say];
    return [];
  });
}

function scenarioTexts(): string[] {
  const out: string[] = [];
  for (const path of files(join(ROOT, 'test', 'conversations'))) {
    const raw = readFileSync(path, 'utf8');
    if (path.endsWith('.yaml')) {
      const doc = parse(raw) as { scenarios?: { turns?: unknown }[] };
      for (const s of doc.scenarios ?? []) out.push(...turnTexts(s.turns));
    } else if (path.endsWith('.jsonl')) {
      for (const line of raw.split('\n')) {
        if (!line.trim().startsWith('{')) continue;
        out.push(...turnTexts((JSON.parse(line) as { turns?: unknown }).turns));
      }
    }
  }
  return out;
}

/** Every quoted literal of the understanding tests (a superset of their texts). */
function testTexts(): string[] {
  const dir = join(ROOT, 'test', 'language', 'offline');
  const out: string[] = [];
  for (const path of files(dir)) {
    if (!path.endsWith('.ts') || path.includes('unchanged')) continue;
    const src = readFileSync(path, 'utf8');
    for (const m of src.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`([^`\\$]*)`/g)) {
      const s = (m[1] ?? m[2] ?? m[3] ?? '').replace(/\\'/g, "'").replace(/\\"/g, '"');
      if (s.length > 0) out.push(s);
    }
  }
  return out;
}

/** The whole corpus, deduplicated, in a stable order. */
export function corpus(): string[] {
  return [...new Set([...scenarioTexts(), ...testTexts(), ...handWritten])];
}
