/**
 * A fresh process's first `check`: what a server pays on its first reply after a start (module
 * loading, the first compilation of every regex the reply wakes). Each run is a new node process
 * that imports the guardrails, then times its first and second check of one reply; the figure is
 * the median over the runs (wall and CPU time). With two roots the runs alternate between them, so both meet the
 * same machine load.
 *
 *   node --import tsx bench/guardrailsCold.ts [<root> ...]   # default: this tree; COLD_RUNS=7
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(import.meta.url);
const RUNS = Number(process.env['COLD_RUNS'] ?? 7);

/** Own wording, not labelled material: an ordinary reply of each language (the English one with a hyphen, a mask trigger). */
const REPLIES = {
  en: {
    text: 'Thank you for getting back to us. Your minimum payment of $120.00 is due on 15 December; you can pay in the app or by bank transfer, and a two-month plan is available if that helps. Our team is here 9am-6pm, Monday to Friday.',
    context: { locale: 'en', verified: true },
  },
  zh: {
    text: '感谢您的回复。您本期最低还款额为120元，到期日为12月15日，您可以通过手机银行或转账还款；如有困难，我们可以为您申请分期方案。客服工作时间为周一至周五9点到18点。',
    context: { locale: 'zh-CN', verified: true },
  },
} as const;
type Lang = keyof typeof REPLIES;

async function child(root: string, lang: Lang): Promise<void> {
  const t0 = performance.now();
  const mod = (await import(pathToFileURL(path.join(root, 'src/guardrails/index.ts')).href)) as {
    check: (text: string, context: object) => { status: string };
  };
  const t1 = performance.now();
  const { text, context } = REPLIES[lang];
  const c1 = process.cpuUsage();
  const first = mod.check(text, { ...context }).status;
  const t2 = performance.now();
  const used = process.cpuUsage(c1);
  // The whole process's CPU (V8's helper threads too): what the first check costs a loaded machine.
  const firstCpuMs = (used.user + used.system) / 1000;
  mod.check(text, { ...context });
  const t3 = performance.now();
  console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, firstCpuMs, secondMs: t3 - t2, first }));
}

interface Run {
  importMs: number;
  firstMs: number;
  firstCpuMs: number;
  secondMs: number;
  first: string;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function parent(roots: string[]): void {
  console.log(
    `load before: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  for (const lang of Object.keys(REPLIES) as Lang[]) {
    const runs = new Map<string, Run[]>(roots.map((r) => [r, []]));
    for (let i = 0; i < RUNS; i++)
      for (const root of roots) {
        const out = spawnSync(process.execPath, ['--import', 'tsx', here, 'child', root, lang], {
          encoding: 'utf8',
        });
        if (out.status !== 0) throw new Error(out.stderr);
        runs.get(root)?.push(JSON.parse(out.stdout.trim().split('\n').pop() ?? '{}') as Run);
      }
    for (const [root, rs] of runs) {
      const f = (k: 'importMs' | 'firstMs' | 'firstCpuMs' | 'secondMs'): string =>
        median(rs.map((r) => r[k])).toFixed(1);
      const firsts = rs.map((r) => r.firstMs.toFixed(0)).join(' ');
      console.log(
        `${lang} ${root}: import ${f('importMs')} ms, first check ${f('firstMs')} ms (${firsts}; CPU ${f('firstCpuMs')} ms), second ${f('secondMs')} ms, verdict ${rs[0]?.first}`,
      );
    }
  }
  console.log(
    `load after: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
}

const [mode, root, lang] = process.argv.slice(2);
if (mode === 'child' && root !== undefined && (lang === 'en' || lang === 'zh')) await child(root, lang);
else
  parent(
    process.argv.length > 2
      ? process.argv.slice(2).map((r) => path.resolve(r))
      : [path.resolve(path.dirname(here), '..')],
  );
