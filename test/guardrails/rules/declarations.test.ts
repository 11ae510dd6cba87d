import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/guardrails/index.js';
import { DECLARATIONS, LEXICON_RULES, PATTERN_RULES } from '../../../src/guardrails/rules/index.js';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '../../../src/guardrails');

/** The .ts files under `dir`, its category folders included. */
function ruleFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return ruleFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

describe('rule declarations', () => {
  it('declare each rule id once, with one category and one severity', () => {
    const ids = DECLARATIONS.map((d) => d.id);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
    for (const d of DECLARATIONS) {
      expect(CATEGORIES).toContain(d.category);
      expect(d.id.startsWith(`${d.category}.`), d.id).toBe(true);
    }
  });

  it('are the only place a rule file gets its category and severity from', () => {
    for (const file of ruleFiles(join(SRC, 'rules')).filter((f) => !f.endsWith('/ruleTypes.ts'))) {
      const text = readFileSync(file, 'utf8');
      if (file.endsWith('/declarations.ts')) continue;
      expect(/^\s+severity: '/m.test(text), file).toBe(false);
    }
    const used = new Set([...PATTERN_RULES, ...LEXICON_RULES].map((r) => r.id));
    for (const d of DECLARATIONS.filter((x) => x.by === 'rules')) expect(used.has(d.id), d.id).toBe(true);
  });

  it('list no detector rule that no detector reports', () => {
    const code = readdirSync(SRC)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(SRC, f), 'utf8'))
      .join('\n');
    for (const d of DECLARATIONS.filter((x) => x.by === 'detector'))
      expect(code.includes(`'${d.id}'`), d.id).toBe(true);
  });
});
