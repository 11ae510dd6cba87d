import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The published WeChat / WeCom / Feishu callback-crypto vectors, as collected (with sources) in
 * ../shared/test-vectors/wechat-callback-crypto.json. A copy lives beside this file so a fresh
 * clone runs the tests; the shared file wins when it is present.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const candidates = [
  path.resolve(here, '../../../../shared/test-vectors/wechat-callback-crypto.json'),
  path.join(here, 'wechat-callback-crypto.json'),
];

function load(): { vectors: Record<string, unknown>[] } {
  for (const file of candidates) {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as { vectors: Record<string, unknown>[] };
    } catch {
      // try the next location
    }
  }
  throw new Error(`WeChat crypto vectors not found in ${candidates.join(' or ')}`);
}

const all = load().vectors;

export const vectorIds = all.map((v) => String(v.id));

/** The vector with this id, typed by the caller (the JSON is the contract). */
export function vector<T>(id: string): T {
  const found = all.find((v) => v.id === id);
  if (!found) throw new Error(`no vector ${id}`);
  return found as T;
}
