import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESCALATION_TRIGGERS } from '../../src/dialogs/escalations.js';

/**
 * Escalation triggers live together: every reason a turn hands a conversation to people is
 * decided in `src/dialogs/`, and nothing in the wiring (`src/bot/`, `src/channels/`) decides one
 * on its own.
 */
const SRC = path.resolve(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : name.endsWith('.ts') ? [full] : [];
  });
}

describe('escalation triggers', () => {
  it('are each decided in dialogs/, where an escalator is asked with that reason', () => {
    const dialogs = files(path.join(SRC, 'dialogs'))
      .filter((f) => !f.endsWith(`${path.sep}services.ts`))
      .map((f) => readFileSync(f, 'utf8'))
      .filter((text) => /escalator\.escalate\(/.test(text));
    for (const reason of Object.keys(ESCALATION_TRIGGERS)) {
      expect(
        dialogs.some((text) => text.includes(`'${reason}'`)),
        reason,
      ).toBe(true);
    }
  });

  it('are not decided by the wiring: bot/ and channels/ only implement the Escalator', () => {
    const callers = [...files(path.join(SRC, 'bot')), ...files(path.join(SRC, 'channels'))].filter((f) =>
      /\.escalate\(/.test(readFileSync(f, 'utf8')),
    );
    expect(callers.map((f) => path.relative(SRC, f))).toEqual([]);
  });
});
