import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { understandOffline } from '../../../../src/language/offline/index.js';
import { contexts, corpus } from './corpus.js';

export const SNAPSHOT = join(import.meta.dirname, 'snapshot.jsonl');

/** One line per text: the text and its understanding in each context, in the order of `contexts`. */
export interface Entry {
  text: string;
  results: unknown[];
}

export function understandAll(text: string): unknown[] {
  return contexts.map(([, ctx]) => understandOffline(text, ctx));
}

export function readSnapshot(): Entry[] {
  return readFileSync(SNAPSHOT, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as Entry);
}

/** Rewrites the snapshot from the current code: `npx tsx test/language/offline/unchanged/snapshot.ts`. */
export function writeSnapshot(): number {
  const texts = corpus();
  const lines = texts.map((text) => JSON.stringify({ text, results: understandAll(text) }));
  writeFileSync(SNAPSHOT, lines.join('\n') + '\n');
  return texts.length;
}

if (process.argv[1]?.endsWith('snapshot.ts')) console.log(`${writeSnapshot()} texts written to ${SNAPSHOT}`);
