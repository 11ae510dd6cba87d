/** One CSV record, with the line of the file it starts on (1-based). */
export type CsvRecord = { line: number; fields: string[] } | { line: number; error: string };

/**
 * Splits RFC 4180 CSV text into records. Fields may be quoted ("a, b", "say ""hi"""), a quoted
 * field may span lines, line ends may be LF or CRLF, a leading UTF-8 BOM is dropped and blank
 * lines are skipped. A malformed record (a stray or unterminated quote) is returned as an error
 * with its line number instead of throwing, so one bad row does not hide the others.
 *
 *   parseCsv('a,"b, c"\n1,2') // [{ line: 1, fields: ['a', 'b, c'] }, { line: 2, fields: ['1', '2'] }]
 */
export function parseCsv(text: string): CsvRecord[] {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let i = 0;
  let line = 1;
  while (i < src.length) {
    const start = line;
    const parsed = parseRecord(src, i);
    line += parsed.newlines;
    i = parsed.end;
    if (parsed.error !== undefined) records.push({ line: start, error: parsed.error });
    else if (!(parsed.fields.length === 1 && parsed.fields[0] === ''))
      records.push({ line: start, fields: parsed.fields });
  }
  return records;
}

interface Parsed {
  fields: string[];
  /** Index just after the record's line end. */
  end: number;
  /** Line breaks consumed, inside quoted fields and the record's own. */
  newlines: number;
  error?: string;
}

function parseRecord(src: string, from: number): Parsed {
  const fields: string[] = [];
  let i = from;
  let newlines = 0;
  for (;;) {
    let field = '';
    if (src[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= src.length) return skipLine(src, i, newlines, 'a quoted field is not closed');
        const ch = src[i] as string;
        if (ch === '"' && src[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (ch === '"') {
          i += 1;
          break;
        } else {
          if (ch === '\n') newlines += 1;
          field += ch;
          i += 1;
        }
      }
      if (i < src.length && src[i] !== ',' && !isLineEnd(src, i)) {
        return skipLine(src, i, newlines, 'text after a closing quote (write "" for a quote inside a field)');
      }
    } else {
      while (i < src.length && src[i] !== ',' && !isLineEnd(src, i)) {
        if (src[i] === '"')
          return skipLine(src, i, newlines, 'a quote inside an unquoted field (quote the field)');
        field += src[i];
        i += 1;
      }
    }
    fields.push(field);
    if (src[i] === ',') {
      i += 1;
      continue;
    }
    const end = lineEndLength(src, i);
    return { fields, end: i + end, newlines: newlines + (end > 0 ? 1 : 0) };
  }
}

function isLineEnd(src: string, i: number): boolean {
  return src[i] === '\n' || (src[i] === '\r' && src[i + 1] === '\n') || src[i] === '\r';
}

function lineEndLength(src: string, i: number): number {
  if (src[i] === '\r' && src[i + 1] === '\n') return 2;
  return src[i] === '\n' || src[i] === '\r' ? 1 : 0;
}

/** Gives up on a malformed record: skips to the end of the current physical line. */
function skipLine(src: string, from: number, newlines: number, error: string): Parsed {
  let i = from;
  while (i < src.length && !isLineEnd(src, i)) i += 1;
  const end = lineEndLength(src, i);
  return { fields: [], end: i + end, newlines: newlines + (end > 0 ? 1 : 0), error };
}
