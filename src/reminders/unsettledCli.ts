import { createHash } from 'node:crypto';
import type { CliIo } from '../core/cliIo.js';
import type { Clock } from '../core/clock.js';
import type { DeliveryReview, ReminderDeliveryLog, UnsettledDelivery } from '../store/reminderDeliveries.js';

/**
 * The reviewer's commands for reminder sends of unknown outcome (issue 19 wechat24):
 *
 *   npm run --silent reminders -- unsettled [--json]
 *   npm run --silent reminders -- settle <ref> --reviewer <name> --found delivered|not_delivered [--note <text>]
 *
 * `unsettled` lists the keys still `sending` past the reminder lease (their sender is gone) and
 * the `unconfirmed` ones (the channel may have taken the message and never said so), oldest
 * first, with a short reference, the channel, the key with its account masked and the times; no
 * name, no openid, no full number. `settle` marks one settled once the reviewer checked with the
 * channel, appending who did it and what they found to the review audit.
 */
export const UNSETTLED_USAGE = `  npm run --silent reminders -- unsettled [--json]
  npm run --silent reminders -- settle <ref> --reviewer <name> --found delivered|not_delivered [--note <text>]`;

const LIST_LIMIT = 1000;

/** A short reference for a key (the first 12 hex digits of its SHA-256): what `settle` takes. */
export function deliveryRef(deliveryKey: string): string {
  return createHash('sha256').update(deliveryKey).digest('hex').slice(0, 12);
}

/** `A-1001` → `A-1***`: at most the first 3 characters of an account id (under half of it), the rest hidden. */
export function maskAccount(accountId: string): string {
  const chars = [...accountId];
  const shown = Math.min(3, Math.floor(chars.length / 2));
  return `${chars.slice(0, shown).join('')}${'*'.repeat(Math.max(chars.length - shown, 3))}`;
}

/** A delivery key (`reminder:<account>:<kind>:<local day>`) with its account masked. */
export function maskedKey(deliveryKey: string): string {
  const parts = deliveryKey.split(':');
  if (parts.length < 4 || parts[0] !== 'reminder')
    return `${maskAccount(deliveryKey.slice(0, 12))} (unrecognised key)`;
  return [parts[0], maskAccount(parts.slice(1, -2).join(':')), ...parts.slice(-2)].join(':');
}

export function unsettledLine(u: UnsettledDelivery): Record<string, string | null> {
  return {
    ref: deliveryRef(u.deliveryKey),
    state: u.state,
    channel: u.channelId ?? null,
    key: maskedKey(u.deliveryKey),
    sendStartedAt: u.recordedAt,
    unconfirmedAt: u.stateAt ?? null,
  };
}

export interface UnsettledCliDeps {
  log: ReminderDeliveryLog;
  clock: Clock;
  leaseSeconds: number;
}

export async function runUnsettledCli(argv: string[], io: CliIo, deps: UnsettledCliDeps): Promise<number> {
  const [command, ...rest] = argv;
  const sendingBefore = new Date(deps.clock.now().getTime() - deps.leaseSeconds * 1000);
  const listed = await deps.log.unsettled(LIST_LIMIT, sendingBefore);
  if (command === 'unsettled') {
    const json = rest.includes('--json');
    if (rest.some((a) => a !== '--json'))
      return usage(io, `unknown argument "${rest.find((a) => a !== '--json')}"`);
    for (const u of listed) {
      const line = unsettledLine(u);
      io.out(
        json
          ? JSON.stringify(line)
          : Object.values(line)
              .map((v) => v ?? '-')
              .join('\t'),
      );
    }
    if (!json) io.out(`${listed.length} unsettled reminder send${listed.length === 1 ? '' : 's'}`);
    return 0;
  }
  const args = parseSettle(rest);
  if (typeof args === 'string') return usage(io, args);
  const matches = listed.filter((u) => deliveryRef(u.deliveryKey) === args.ref);
  const match = matches[0];
  if (!match || matches.length > 1) {
    io.err(
      JSON.stringify({
        error: { code: 'not_unsettled', message: `no unsettled reminder send with ref ${args.ref}` },
      }),
    );
    return 1;
  }
  const review: DeliveryReview = {
    reviewer: args.reviewer,
    found: args.found,
    at: deps.clock.now(),
    ...(args.note ? { note: args.note } : {}),
  };
  const outcome = await deps.log.review(match.deliveryKey, review);
  if (outcome !== 'settled') {
    io.err(
      JSON.stringify({
        error: { code: outcome, message: `reminder send ${args.ref} was settled meanwhile` },
      }),
    );
    return 1;
  }
  io.out(`settled ${args.ref} (${maskedKey(match.deliveryKey)}): ${args.found}, by ${args.reviewer}`);
  return 0;
}

interface SettleArgs {
  ref: string;
  reviewer: string;
  found: 'delivered' | 'not_delivered';
  note: string | undefined;
}

function parseSettle(rest: string[]): SettleArgs | string {
  const [ref, ...options] = rest;
  if (!ref || !/^[0-9a-f]{12}$/.test(ref)) return 'settle needs the 12-character ref that `unsettled` shows';
  let reviewer = '';
  let found = '';
  let note: string | undefined;
  for (let i = 0; i < options.length; i += 2) {
    const [name, value] = [options[i], options[i + 1]];
    if (value === undefined) return `${name} needs a value`;
    if (name === '--reviewer') reviewer = value.trim();
    else if (name === '--found') found = value;
    else if (name === '--note') note = value;
    else return `unknown argument "${name}"`;
  }
  if (reviewer === '') return 'settle needs --reviewer <your name> (recorded in the review audit)';
  if (found !== 'delivered' && found !== 'not_delivered')
    return '--found must be delivered or not_delivered (what the channel shows for this message)';
  return { ref, reviewer, found, note };
}

function usage(io: CliIo, problem: string): number {
  io.err(`${problem}\nusage:\n${UNSETTLED_USAGE}`);
  return 64;
}
