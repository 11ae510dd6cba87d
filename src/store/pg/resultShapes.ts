import pg from 'pg';

/** A column of a RowDescription, as node-postgres hands it to `Result.addFields`. */
export interface FieldDescription {
  name: string;
  dataTypeID: number;
  format?: string;
}

type Parser = (value: unknown) => unknown;

/** What node-postgres's `Result.addFields` (pg/lib/result.js) sets on a result. */
export interface ResultFields {
  fields: unknown[];
  _parsers: Parser[] | undefined;
  _types: { getTypeParser(oid: number, format: string): Parser } | undefined;
  _prebuiltEmptyResultObject: object | null;
}

/** Empty rows by their columns' names: one object per distinct column list, shared. */
const emptyRows = new Map<string, object>();
/** The service's own statements have a few dozen column lists; past this, rows are built each time. */
const MAX_SHAPES = 512;

/**
 * The empty row node-postgres copies for every row of a result (`parseRow` spreads it, so it is
 * never changed and can be shared). node-postgres builds it for every result by spreading a
 * null-prototype object, a slow path in V8 (~10 µs for a five-column result, measured
 * 2026-12-07: most of `addFields`' cost, ~20 results a turn); built here once per column list,
 * the same way, so the rows are the same objects as before.
 */
export function emptyRowOf(fields: readonly FieldDescription[]): object {
  let key = '';
  for (const f of fields) key += `${f.name}\u0000`;
  const known = emptyRows.get(key);
  if (known) return known;
  const row = Object.create(null) as Record<string, null>;
  for (const f of fields) row[f.name] = null;
  const shaped = { ...row };
  if (emptyRows.size < MAX_SHAPES) emptyRows.set(key, shaped);
  return shaped;
}

/** The number of column lists remembered (tests). */
export function rememberedShapes(): number {
  return emptyRows.size;
}

/**
 * node-postgres's `Result.addFields`, with the empty row taken from `emptyRowOf`: the same
 * fields, parsers and empty row, without rebuilding the row for every result.
 */
export function addFieldsShaped(result: ResultFields, fields: FieldDescription[]): void {
  result.fields = fields;
  if (fields.length) {
    const types = result._types ?? (pg.types as unknown as NonNullable<ResultFields['_types']>);
    result._parsers = fields.map((f) => types.getTypeParser(f.dataTypeID, f.format || 'text'));
  }
  result._prebuiltEmptyResultObject = emptyRowOf(fields);
}
