import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarios, ScenarioError } from '../../src/simulate/index.js';

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'scenarios-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('loading scenario files', () => {
  it('reads YAML with defaults and JSONL, turns as strings or with expectations', () => {
    const dir = folderWith({
      'a.yaml':
        'defaults: { locale: en, account: demo-en, category: c }\nscenarios:\n  - id: a1\n    turns: [hi, { say: "4321", expect: { verified: true } }]\n',
      'b.jsonl':
        '// comment\n{"id":"b1","locale":"zh-CN","account":{"base":"demo-zh","balance":100},"category":"d","turns":["你好"]}\n',
      'ignored.txt': 'not a scenario',
    });
    const all = loadScenarios([dir]);
    expect(all.map((s) => s.id)).toEqual(['a1', 'b1']);
    expect(all[0]?.turns[1]).toEqual({ say: '4321', newConversation: false, expect: { verified: true } });
    expect(all[1]?.turns[0]?.expect).toEqual({});
  });

  it('says which file and scenario is wrong, and why', () => {
    const dir = folderWith({ 'bad.yaml': 'scenarios:\n  - id: x\n    locale: fr\n    turns: [hi]\n' });
    expect(() => loadScenarios([dir])).toThrow(ScenarioError);
    expect(() => loadScenarios([dir])).toThrow(/bad\.yaml \(scenario 1\): locale/);
  });

  it('rejects an unknown expectation instead of ignoring it', () => {
    const dir = folderWith({
      'typo.jsonl':
        '{"id":"t","locale":"en","account":"demo-en","category":"c","turns":[{"say":"hi","expect":{"recognized":"distress"}}]}\n',
    });
    expect(() => loadScenarios([dir])).toThrow(/typo\.jsonl \(line 1\)/);
  });

  it('rejects the same id in two files and broken JSON lines', () => {
    const line = '{"id":"same","locale":"en","account":"demo-en","category":"c","turns":["hi"]}\n';
    expect(() => loadScenarios([folderWith({ 'a.jsonl': line, 'b.jsonl': line })])).toThrow(
      /ids must be unique/,
    );
    expect(() => loadScenarios([folderWith({ 'c.jsonl': '{"id": \n' })])).toThrow(/c\.jsonl \(line 1\)/);
  });
});
