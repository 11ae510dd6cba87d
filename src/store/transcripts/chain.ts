import { createHash } from 'node:crypto';
import type { TranscriptActivity } from './types.js';

/** The prev_hash of a conversation's first record. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with object keys sorted (recursively) and undefined members left out, so the same
 * value always serialises to the same text. Input must already be plain JSON data.
 *
 *   canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }) === '{"a":[2,{"c":4,"d":3}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  // Built in one string, without the intermediate arrays (it runs on every record written).
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      if (!(i in value)) continue; // a hole is written as nothing, as Array.join does
      const item: unknown = value[i];
      out += item === undefined ? 'null' : canonicalJson(item);
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  let out = '{';
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item === undefined) continue;
    if (out.length > 1) out += ',';
    out += `${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `${out}}`;
}

/** Turns an activity (Dates, class instances) into plain JSON data, a deep copy. */
export function toPlainActivity(activity: object): TranscriptActivity {
  return JSON.parse(JSON.stringify(activity)) as TranscriptActivity;
}

export interface ChainLink {
  conversationId: string;
  seq: number;
  prevHash: string;
  activity: TranscriptActivity;
}

/** SHA-256 (hex) over the canonical JSON of {conversationId, seq, prevHash, activity}. */
export function recordHash(link: ChainLink): string {
  return recordHashOf(link.conversationId, link.seq, link.prevHash, canonicalJson(link.activity));
}

/**
 * The same hash from the activity's canonical JSON already in hand: the canonical form of
 * {activity, conversationId, prevHash, seq} (keys in sorted order) written out directly.
 */
export function recordHashOf(
  conversationId: string,
  seq: number,
  prevHash: string,
  activityJson: string,
): string {
  const text =
    `{"activity":${activityJson},"conversationId":${JSON.stringify(conversationId)},` +
    `"prevHash":${JSON.stringify(prevHash)},"seq":${JSON.stringify(seq)}}`;
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
