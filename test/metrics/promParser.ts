/**
 * A strict parser for the Prometheus text exposition format 0.0.4, for tests: it throws on any
 * line a Prometheus server would reject or that breaks the format's rules (a sample before its
 * TYPE, a bad name, a bad escape, a duplicate series, histogram buckets that are not cumulative
 * or whose +Inf bucket differs from _count).
 */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Family {
  name: string;
  type: 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';
  help: string;
  samples: Sample[];
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);

function parseValue(text: string, line: number): number {
  // As Prometheus reads them (Go's ParseFloat): special values in any case (prom-client writes 'Nan').
  if (/^\+?inf$/i.test(text)) return Infinity;
  if (/^-inf$/i.test(text)) return -Infinity;
  if (/^nan$/i.test(text)) return NaN;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text))
    throw new Error(`line ${line}: bad value ${text}`);
  return Number(text);
}

function parseLabels(text: string, line: number): Record<string, string> {
  const labels: Record<string, string> = {};
  let i = 0;
  while (i < text.length) {
    const eq = text.indexOf('=', i);
    if (eq < 0) throw new Error(`line ${line}: label without =`);
    const name = text.slice(i, eq);
    if (!LABEL.test(name)) throw new Error(`line ${line}: bad label name ${name}`);
    if (text[eq + 1] !== '"') throw new Error(`line ${line}: label value not quoted`);
    let value = '';
    let j = eq + 2;
    for (; j < text.length && text[j] !== '"'; j++) {
      if (text[j] === '\\') {
        const next = text[++j];
        if (next === 'n') value += '\n';
        else if (next === '\\' || next === '"') value += next;
        else throw new Error(`line ${line}: bad escape \\${next ?? ''}`);
      } else value += text[j];
    }
    if (j >= text.length) throw new Error(`line ${line}: unterminated label value`);
    if (name in labels) throw new Error(`line ${line}: duplicate label ${name}`);
    labels[name] = value;
    i = j + 1;
    if (text[i] === ',') i++;
    else if (i < text.length) throw new Error(`line ${line}: expected , between labels`);
  }
  return labels;
}

function familyOf(name: string, families: Map<string, Family>): Family | undefined {
  for (const suffix of ['', '_bucket', '_sum', '_count', '_total']) {
    if (suffix && !name.endsWith(suffix)) continue;
    const f = families.get(name.slice(0, name.length - suffix.length));
    if (f) return f;
  }
  return undefined;
}

function checkHistogram(f: Family): void {
  const series = new Map<string, Sample[]>();
  for (const s of f.samples.filter((s) => s.name === `${f.name}_bucket`)) {
    const { le, ...rest } = s.labels;
    if (le === undefined) throw new Error(`${f.name}: bucket without le`);
    const key = JSON.stringify(rest);
    series.set(key, [...(series.get(key) ?? []), s]);
  }
  for (const [key, buckets] of series) {
    let last = -Infinity;
    for (const b of buckets) {
      if (b.value < last) throw new Error(`${f.name}${key}: buckets not cumulative`);
      last = b.value;
    }
    const inf = buckets.find((b) => b.labels.le === '+Inf');
    const count = f.samples.find((s) => s.name === `${f.name}_count` && JSON.stringify(s.labels) === key);
    if (!inf || !count || inf.value !== count.value)
      throw new Error(`${f.name}${key}: +Inf bucket differs from _count`);
  }
}

export function parsePrometheusText(text: string): Map<string, Family> {
  const families = new Map<string, Family>();
  const seen = new Set<string>();
  if (!text.endsWith('\n')) throw new Error('exposition must end with a newline');
  text
    .slice(0, -1)
    .split('\n')
    .forEach((raw, index) => {
      const line = index + 1;
      if (raw === '') return;
      const meta = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(raw);
      if (meta) {
        const [, kind, name = '', rest = ''] = meta;
        if (!NAME.test(name)) throw new Error(`line ${line}: bad metric name ${name}`);
        const f = families.get(name) ?? { name, type: 'untyped' as const, help: '', samples: [] };
        if (kind === 'TYPE') {
          if (!TYPES.has(rest)) throw new Error(`line ${line}: bad type ${rest}`);
          if (f.samples.length) throw new Error(`line ${line}: TYPE after samples`);
          f.type = rest as Family['type'];
        } else f.help = rest;
        families.set(name, f);
        return;
      }
      if (raw.startsWith('#')) return;
      const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)(?: (-?\d+))?$/.exec(raw);
      if (!m) throw new Error(`line ${line}: not a sample: ${raw}`);
      const [, name = '', labelText = '', valueText = ''] = m;
      const f = familyOf(name, families);
      if (!f) throw new Error(`line ${line}: sample ${name} before its TYPE`);
      const sample = { name, labels: parseLabels(labelText, line), value: parseValue(valueText, line) };
      const key = `${name}${JSON.stringify(sample.labels)}`;
      if (seen.has(key)) throw new Error(`line ${line}: duplicate series ${key}`);
      seen.add(key);
      f.samples.push(sample);
    });
  for (const f of families.values()) if (f.type === 'histogram') checkHistogram(f);
  return families;
}

/** The value of one series (labels must match exactly), or undefined. */
export function valueOf(
  families: Map<string, Family>,
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  const f = familyOf(name, families);
  const want = JSON.stringify(Object.entries(labels).sort());
  return f?.samples.find((s) => s.name === name && JSON.stringify(Object.entries(s.labels).sort()) === want)
    ?.value;
}
