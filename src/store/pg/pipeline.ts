import { createHash } from 'node:crypto';
import pg from 'pg';
import { binaryTextArray, isTextArray, textArrayPositions } from './binaryArrays.js';
import { addFieldsShaped, type FieldDescription, type ResultFields } from './resultShapes.js';

/** One statement of a pipeline: its text with `$n` parameters, and their values. */
export interface Step {
  readonly text: string;
  readonly values: readonly unknown[];
}

/** A transaction's own steps, as pipelines send them. */
export const BEGIN: Step = { text: 'BEGIN', values: [] };
export const COMMIT: Step = { text: 'COMMIT', values: [] };
export const ROLLBACK: Step = { text: 'ROLLBACK', values: [] };

/** Statement names a pipeline prepared on each connection (its own names, never node-postgres's `ca_`). */
const preparedOn = new WeakMap<object, Set<string>>();
/** Names by text, bounded like `statementName`: texts past the first thousand go unnamed. */
const names = new Map<string, string | undefined>();
const MAX_NAMED = 1000;

/** The name a pipeline prepares `text` under (every connection the same), or undefined for an unnamed one. */
function nameOf(step: Step): string | undefined {
  // BEGIN, COMMIT: nothing to plan. A query without parameters is named too (flushDebt.ts's
  // set_config rides in every turn's state write: parsed and planned once per connection).
  if (step.values.length === 0 && !/^\s*(SELECT|WITH)\b/i.test(step.text)) return undefined;
  if (names.has(step.text)) return names.get(step.text);
  const name =
    names.size >= MAX_NAMED
      ? undefined
      : `cp_${createHash('sha1').update(step.text).digest('hex').slice(0, 20)}`;
  if (names.size < MAX_NAMED) names.set(step.text, name);
  return name;
}

/**
 * A value as the text PostgreSQL reads it: what `inlineParameters` writes
 * in as literals (a Date as ISO-8601 text, an array as an array literal), so a statement stores the
 * same whether it travels in a pipeline or with its values written in.
 */
export function parameterText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError('a statement parameter is an invalid Date');
    return value.toISOString();
  }
  if (Array.isArray(value)) return `{${value.map(arrayElement).join(',')}}`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('a statement parameter is not a finite number');
    return String(value);
  }
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  throw new TypeError(`a statement parameter of type ${typeof value} cannot travel in a pipeline`);
}

function arrayElement(value: unknown): string {
  if (Array.isArray(value)) return parameterText(value) as string;
  const text = parameterText(value);
  // One pass over the text (a transcript record's 2 KB JSON): a backslash or a quote gets a backslash.
  return text === null ? 'NULL' : `"${text.replace(/[\\"]/g, '\\$&')}"`;
}

/** A bound value: text, NULL, or a binary text[] (`binaryArrays.ts`). */
type Value = string | null | Buffer;

/** A step's values as they are bound: a text array the statement reads as `$n::text[]` in binary. */
function boundValues(step: Step): Value[] {
  const binary = step.values.some(isTextArray) ? textArrayPositions(step.text) : undefined;
  return step.values.map((v, i) =>
    binary?.has(i) && isTextArray(v) ? binaryTextArray(v) : parameterText(v),
  );
}

type Callback = (err: Error | null, result: pg.QueryResult | pg.QueryResult[]) => void;

/** The parts of node-postgres's Query (pg/lib/query.js) its `handleRowDescription` uses. */
interface QueryInternals {
  _checkForMultirow(): void;
  _result: ResultFields;
  _accumulateRows: boolean;
  callback: unknown;
}

/** The node-postgres connection calls a pipeline makes (`pg.Connection`, which types `close` loosely). */
interface Wire {
  readonly stream: { cork?: () => void; uncork?: () => void };
  parse(query: { text: string; name: string; types: number[] }): void;
  bind(config: { portal: string; statement: string; values: Value[] }): void;
  describe(msg: { type: 'P'; name: string }): void;
  execute(config: { portal: string; rows: number }): void;
  close(msg: { type: 'S'; name: string }): void;
  sync(): void;
}

/**
 * Several statements in ONE round trip over the extended protocol: Parse (the first time on a
 * connection, each under its own name), Bind, Describe and Execute for each, then a single Sync.
 * Values are bound as text (`parameterText`), but a text array read as `$n::text[]` in binary
 * (`binaryArrays.ts`: no escaping in JS, no array literal to parse on the server).
 * The server runs them in order as one implicit transaction, as it runs a multi-statement simple
 * query: an error skips the rest and rolls back what was not committed, each statement binds (and
 * takes its snapshot) after the one before has finished, and explicit BEGIN/COMMIT steps work as
 * written. Unlike a simple query with its values written in as literals, each statement is parsed
 * and planned once per connection, not on every call.
 */
class PipelineQuery extends pg.Query {
  /** Names this pipeline prepared: forgotten when it fails (the server may have skipped their Parse). */
  private fresh: string[] = [];
  private known: Set<string> | undefined;

  constructor(
    private readonly steps: readonly Step[],
    callback: Callback,
  ) {
    super({ text: steps.map((s) => s.text).join(';\n') }, callback as never);
    // node-postgres reports an Error returned by `submit` to `handleError` and moves on.
    this.submit = (connection: pg.Connection): Error | undefined => this.send(connection as unknown as Wire);
  }

  private send(wire: Wire): Error | undefined {
    let bound: { name: string | undefined; values: Value[] }[];
    try {
      bound = this.steps.map((s) => ({ name: nameOf(s), values: boundValues(s) }));
    } catch (err) {
      return err instanceof Error ? err : new Error(String(err));
    }
    let known = preparedOn.get(wire);
    if (!known) preparedOn.set(wire, (known = new Set()));
    this.known = known;
    wire.stream.cork?.();
    try {
      this.steps.forEach((step, i) => {
        const { name, values } = bound[i]!;
        if (name === undefined) wire.parse({ text: step.text, name: '', types: [] });
        else if (!known.has(name)) {
          // Closing a name that does not exist is no error: a Parse under it can never collide.
          wire.close({ type: 'S', name });
          wire.parse({ text: step.text, name, types: [] });
          known.add(name);
          this.fresh.push(name);
        }
        wire.bind({ portal: '', statement: name ?? '', values });
        wire.describe({ type: 'P', name: '' });
        wire.execute({ portal: '', rows: 0 });
      });
      wire.sync();
    } finally {
      wire.stream.uncork?.();
    }
    return undefined;
  }

  /** node-postgres's own (pg/lib/query.js), with each result's empty row shared (`resultShapes.ts`). */
  handleRowDescription(msg: { fields: FieldDescription[] }): void {
    const query = this as unknown as QueryInternals;
    query._checkForMultirow();
    addFieldsShaped(query._result, msg.fields);
    query._accumulateRows = Boolean(query.callback) || this.listeners('row').length === 0;
  }

  handleError(err: Error, connection: unknown): void {
    for (const name of this.fresh) this.known?.delete(name);
    this.fresh = [];
    (pg.Query.prototype as unknown as { handleError(e: Error, c: unknown): void }).handleError.call(
      this,
      err,
      connection,
    );
  }
}

/**
 * Runs `steps` in one round trip on `client` (see PipelineQuery) and answers one result per step.
 *
 *   const [, state] = await pipelined(client, [{ text: 'SELECT pg_advisory_lock($1, $2)', values: [1, 2] },
 *     { text: 'SELECT value FROM bot_state WHERE key = $1', values: [key] }]);
 */
export function pipelined(client: pg.PoolClient, steps: readonly Step[]): Promise<pg.QueryResult[]> {
  return new Promise((resolve, reject) => {
    const query = new PipelineQuery(steps, (err, result) => {
      if (err) reject(err);
      else resolve(Array.isArray(result) ? result : [result]);
    });
    client.query(query);
  });
}
