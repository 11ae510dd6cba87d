import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A reader finds a guardrail rule by its category (issue 16): the regex rules live in
 * `src/guardrails/rules/<category>/`, in files named by their class and language
 * (`threat/watchingZh.ts`), never by the round or session that wrote them (`structRound15.ts`,
 * `structRw14Zh.ts`, `structS12.ts`…); `rules/PROVENANCE.md` keeps that history.
 */
const RULES = path.resolve(import.meta.dirname, '../../src/guardrails/rules');

/** Each category folder and the category (rules/declarations.ts) of every rule id in it. */
const FOLDERS: Readonly<Record<string, string>> = {
  threat: 'threat',
  falseLegal: 'false_legal',
  privacy: 'privacy',
  defamation: 'defamation',
  harassment: 'harassment',
  misrepresentation: 'misrepresentation',
  commitment: 'unauthorized_commitment',
  discrimination: 'discrimination',
  promptLeak: 'prompt_leak',
};

/** Named by a round, a session or a helper's run rather than by what the file reads. */
const SESSION_NAME = /Round\d|Rw\d|S\d\d|G\d\d|Register1\d|\d{2}(En|Zh)?\.ts$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

const rel = (file: string): string => path.relative(RULES, file).split(path.sep).join('/');
const ruleFiles = files(RULES);

describe('guardrail rule files', () => {
  it('are never named by the round or session that wrote them', () => {
    expect(ruleFiles.map(rel).filter((f) => SESSION_NAME.test(path.basename(f)))).toEqual([]);
  });

  it('sit in the folder of their category, a file per language', () => {
    const misfiled: string[] = [];
    for (const file of ruleFiles) {
      const [folder, name] = rel(file).split('/');
      if (name === undefined || folder === 'shared') continue;
      const category = FOLDERS[folder ?? ''];
      if (category === undefined) {
        misfiled.push(`${rel(file)}: not a category folder`);
        continue;
      }
      const text = readFileSync(file, 'utf8');
      for (const [, id] of text.matchAll(/^\s+id: '([a-z_]+)\./gm))
        if (id !== category) misfiled.push(`${rel(file)}: a ${id ?? ''} rule`);
      const lang = /Zh\.ts$/.test(name) ? 'zh' : /En\.ts$/.test(name) ? 'en' : undefined;
      if (lang === undefined) misfiled.push(`${rel(file)}: name does not end in Zh or En`);
      for (const [, l] of text.matchAll(/^\s+lang: '([a-z]+)'/gm))
        if (l !== lang) misfiled.push(`${rel(file)}: a rule in ${l ?? ''}`);
    }
    expect(misfiled).toEqual([]);
  });

  it('recognise a session name and refuse a class name', () => {
    for (const bad of [
      'structRound15.ts',
      'structRw14Zh.ts',
      'structS12.ts',
      'structG15En.ts',
      'structRegister12En.ts',
      'legal13.ts',
    ])
      expect(SESSION_NAME.test(bad), bad).toBe(true);
    for (const good of ['watchingZh.ts', 'harmEn.ts', 'relayContactsZh.ts', 'structMaskDashEn.ts'])
      expect(SESSION_NAME.test(good), good).toBe(false);
  });
});
