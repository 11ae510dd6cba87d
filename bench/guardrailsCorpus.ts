import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GuardContext } from '../src/guardrails/index.js';

/**
 * The bench's replies: 200–500-character texts made of the labelled sentences of one language
 * joined in a fixed order (every labelled file, as the bench has always read them). Shared by
 * `npm run bench:guardrails`, the per-rule profiler and the verdict snapshot test.
 */
export const LABELLED_DIR = join(dirname(fileURLToPath(import.meta.url)), '../test/guardrails/labelled');

export interface BenchReply {
  text: string;
  context: GuardContext;
}

interface Row {
  text: string;
  context: { locale: 'zh-CN' | 'en'; verified: boolean };
}

function loadRows(): Row[] {
  return readdirSync(LABELLED_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(LABELLED_DIR, f), 'utf8').split('\n').filter(Boolean))
    .map((line) => JSON.parse(line) as Row);
}

/** Replies of 200–500 characters: labelled sentences of one language joined in a fixed order. */
export function benchReplies(): BenchReply[] {
  const rows = loadRows();
  const out: BenchReply[] = [];
  for (const locale of ['zh-CN', 'en'] as const) {
    const pool = rows.filter((r) => r.context.locale === locale).map((r) => r.text);
    const target = locale === 'zh-CN' ? 200 : 320;
    for (let start = 0; start < pool.length; start += 3) {
      let text = '';
      for (let k = start; k < start + pool.length && text.length < target; k++) {
        text += (text ? (locale === 'zh-CN' ? '' : ' ') : '') + (pool[k % pool.length] ?? '');
      }
      out.push({ text: text.slice(0, 500), context: { locale, verified: true } });
    }
  }
  return out.filter((r) => r.text.length >= 200);
}
