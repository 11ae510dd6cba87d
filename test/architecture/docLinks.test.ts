import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The documentation points at things that exist (issue 21, the README reorganised): every relative
 * link of README.md, ARCHITECTURE.md, DOMAIN.md and docs/**.md leads to a file or folder (and, with
 * a `#fragment` into a Markdown file, to one of its headings), and every repository path written in
 * code spans (`src/…`, `test/…`, `bench/…`, `scripts/…`, `training/…`, `docs/…`) exists. The history
 * files under docs/history/ keep their wording, so a path named there as history is listed below
 * with the reason it no longer resolves.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const posix = (file: string): string => path.relative(ROOT, file).split(path.sep).join('/');

function markdown(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return markdown(full);
    return name.endsWith('.md') ? [full] : [];
  });
}

const DOCS = [
  ...['README.md', 'ARCHITECTURE.md', 'DOMAIN.md'].map((n) => path.join(ROOT, n)),
  ...markdown(path.join(ROOT, 'docs')),
];

/** Paths named as history that no longer resolve, by file, with why. */
const HISTORY: Record<string, Record<string, string>> = {
  'docs/history/performance.md': { 'bench/turnsProfile.ts': "turn16's branch, never merged" },
};

/** Fenced code blocks removed (a `#` line in a shell block is a comment, not a heading). */
function prose(text: string): string {
  return text.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
export function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const [, heading] of prose(text).matchAll(/^#{1,6} +(.+?) *#*$/gm)) {
    const plain = (heading ?? '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/`/g, '');
    const slug = plain
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return out;
}

/** The relative links of a Markdown file that lead nowhere: `target` or `target#fragment`. */
export function brokenLinks(text: string, file: string): string[] {
  const out: string[] = [];
  for (const [, target] of prose(text).matchAll(/\]\(([^)\s]+)\)/g)) {
    if (!target || /^(?:[a-z]+:|\/\/)/i.test(target)) continue;
    const [where = '', fragment] = target.split('#');
    const full = where === '' ? file : path.resolve(path.dirname(file), where);
    if (!existsSync(full)) out.push(target);
    else if (fragment && full.endsWith('.md') && !anchors(readFileSync(full, 'utf8')).has(fragment))
      out.push(target);
  }
  return out;
}

/** Repository paths written in code spans that do not exist (patterns with *, <…>, {…} or … are skipped). */
export function missingPaths(text: string): string[] {
  const out = new Set<string>();
  for (const [, span] of text.matchAll(/`([^`\n]+)`/g))
    for (const [p] of (span ?? '').matchAll(
      /(?<![\w./-])(?:src|test|bench|scripts|training|docs)\/[\w./*<>{}…-]*[\w*>}]/g,
    ))
      if (!/[*<>{}…]|\.\.\./.test(p) && !existsSync(path.join(ROOT, p))) out.add(p);
  return [...out];
}

describe('the documentation', () => {
  it('links only to files and headings that exist', () => {
    const broken = DOCS.flatMap((f) =>
      brokenLinks(readFileSync(f, 'utf8'), f).map((l) => `${posix(f)}: ${l}`),
    );
    expect(broken).toEqual([]);
  });

  it('names only repository paths that exist, or history listed with its reason', () => {
    const missing = DOCS.flatMap((f) =>
      missingPaths(readFileSync(f, 'utf8'))
        .filter((p) => HISTORY[posix(f)]?.[p] === undefined)
        .map((p) => `${posix(f)}: ${p}`),
    );
    expect(missing).toEqual([]);
  });

  it('lists as history only paths that are really gone', () => {
    const stale = Object.entries(HISTORY).flatMap(([file, paths]) =>
      Object.keys(paths)
        .filter(
          (p) => existsSync(path.join(ROOT, p)) || !readFileSync(path.join(ROOT, file), 'utf8').includes(p),
        )
        .map((p) => `${file}: ${p}`),
    );
    expect(stale).toEqual([]);
  });

  it('finds a link, a heading and a path that are gone, and passes ones that exist', () => {
    const readme = path.join(ROOT, 'README.md');
    expect(
      brokenLinks('[a](docs/nowhere.md) [b](SECURITY.md) [c](https://x.org/y) [d](#tests)', readme),
    ).toEqual(['docs/nowhere.md']);
    expect(brokenLinks('[a](#no-such-heading) [b](docs/care.md#no-such-heading)', readme)).toEqual([
      '#no-such-heading',
      'docs/care.md#no-such-heading',
    ]);
    expect(brokenLinks('```sh\n[a](gone.md)\n```\n', readme)).toEqual([]);
    expect(missingPaths('`src/bot/main.ts` `src/bot/gone.ts` `test/conversations/*/own13.yaml`')).toEqual([
      'src/bot/gone.ts',
    ]);
    expect([...anchors('## Operations: metrics, insights, health\n## Tests\n## Tests\n')]).toEqual([
      'operations-metrics-insights-health',
      'tests',
      'tests-1',
    ]);
  });
});
