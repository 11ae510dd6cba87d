import type { Cell, InsightTable } from './insights.js';

/**
 * RFC 4180 CSV with a UTF-8 byte-order mark (so Excel opens Chinese text correctly). A text cell
 * that a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with an apostrophe.
 */
export function toCsv(table: InsightTable): string {
  const line = (cells: Cell[]): string => cells.map(csvCell).join(',');
  return `\uFEFF${[line(table.columns), ...table.rows.map(line)].join('\r\n')}\r\n`;
}

function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
