/**
 * Same-run A/B of a turn's CPU: the bare echo bot and the collection bot of two source trees
 * (A = CPUAB_BASE, default /tmp/lead/base5; B = CPUAB_HEAD, default this tree), each its own
 * process, each loaded with the bench:turns script (200 conversations × 5 turns, concurrency 16)
 * every round: all three at once (CPUAB_MODE=together, the default: on a shared machine A and B
 * then meet the same load), or one after another in a rotating order (CPUAB_MODE=apart). Prints per round and as min/median/max: the server's CPU per turn (its own
 * process only, not the load generator's) and throughput as a ratio of the echo bot's in the
 * same round. Before measuring it checks that both trees answer the script with the same texts.
 *
 *   node --import tsx bench/cpuAb.ts   # CPUAB_ROUNDS (default 5), CPUAB_CONVERSATIONS, CPUAB_MODE, CPUAB_PROF_DIR, CPUAB_WARM
 *
 * CPUAB_WARM (default 5): warm-up loads per service before the rounds (V8 is still optimising
 * the service's code after one; see bench/turns.ts, BENCH_WARM).
 *
 * CPUAB_BASE_FLAGS / CPUAB_HEAD_FLAGS: extra node flags for A's or B's process only (e.g.
 * `--max-semi-space-size=32` to compare a V8 setting with the same tree as A and B).
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { postTurn } from './benchTurn.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const BASE = process.env.CPUAB_BASE ?? '/tmp/lead/base5';
const HEAD = process.env.CPUAB_HEAD ?? path.resolve(here, '..');
const ROUNDS = Math.max(1, Number(process.env.CPUAB_ROUNDS ?? 5));
const CONVERSATIONS = Number(process.env.CPUAB_CONVERSATIONS ?? 200);
const CONCURRENCY = Number(process.env.CPUAB_CONCURRENCY ?? 16);
/** together (default): the three loaded at once, so A and B meet the same machine; apart: one after another, as bench:turns. */
const TOGETHER = (process.env.CPUAB_MODE ?? 'together') !== 'apart';
const FLAGS: Record<string, string[]> = {
  'A base': (process.env.CPUAB_BASE_FLAGS ?? '').split(' ').filter(Boolean),
  'B head': (process.env.CPUAB_HEAD_FLAGS ?? '').split(' ').filter(Boolean),
};
const WARM = Math.max(0, Number(process.env.CPUAB_WARM ?? 5));
const SCRIPT = ['你好', '我身份证后四位是1234', '每个月只能还2000', '第一个', '确认'];

interface Service {
  label: string;
  url: string;
  child: ChildProcess;
}

function start(label: string, target: string): Promise<Service> {
  const child = fork(path.join(here, 'cpuAbChild.ts'), [target], {
    execArgv: [
      ...(FLAGS[label] ?? []),
      '--import',
      'tsx',
      ...(process.env.CPUAB_PROF_DIR && target !== 'echo'
        ? ['--cpu-prof', `--cpu-prof-dir=${path.join(process.env.CPUAB_PROF_DIR, label.replace(/\W/g, ''))}`]
        : []),
    ],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m: { url?: string }) =>
      m.url ? resolve({ label, url: m.url, child }) : reject(new Error(`${label} sent no address`)),
    );
    child.once('exit', (code) => reject(new Error(`${label} exited ${code}`)));
  });
}

interface Cpu {
  cpu: number;
  system: number;
  others: number;
}

function cpuOf(service: Service): Promise<Cpu> {
  return new Promise((resolve) => {
    service.child.once('message', (m: Cpu) => resolve(m));
    service.child.send('cpu');
  });
}

async function post(url: string, conversationId: string, text: string): Promise<string[]> {
  // Plan and dispute numbers are random: the same reply has another number in each tree. A typing
  // indicator comes with the replies only when a turn is slow (typingIndicator.ts): not compared.
  return (await postTurn(url, conversationId, text))
    .filter((a) => a.type !== 'typing')
    .map((a) =>
      JSON.stringify([a.text, a.suggestedActions]).replace(/\b([PD])-[0-9A-F]{8}\b/g, '$1-########'),
    );
}

interface Figures {
  tps: number;
  cpuPerTurn: number;
  /** The kernel's share of cpuPerTurn (socket and file writes, SQLite's WAL). */
  systemPerTurn: number;
  /** The share of threads other than the main one (V8's GC helpers, the WAL checkpointer). */
  othersPerTurn: number;
}

/** `CONCURRENCY` people on each service, every service at once: they share the machine's state. */
async function load(services: Service[], tag: string): Promise<Map<string, Figures>> {
  const figures = new Map<string, Figures>();
  await Promise.all(
    services.map(async (service) => {
      let next = 0;
      let turns = 0;
      const cpu0 = await cpuOf(service);
      const t0 = performance.now();
      const worker = async (): Promise<void> => {
        while (next < CONVERSATIONS) {
          const id = `${tag}-${service.label}-${next++}-${Date.now()}`;
          for (const text of SCRIPT) {
            await post(service.url, id, text);
            turns++;
          }
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      const seconds = (performance.now() - t0) / 1000;
      const cpu1 = await cpuOf(service);
      figures.set(service.label, {
        tps: turns / seconds,
        cpuPerTurn: (cpu1.cpu - cpu0.cpu) / 1000 / turns,
        systemPerTurn: (cpu1.system - cpu0.system) / 1000 / turns,
        othersPerTurn: (cpu1.others - cpu0.others) / 1000 / turns,
      });
    }),
  );
  return figures;
}

async function sameReplies(a: Service, b: Service): Promise<void> {
  for (let n = 0; n < 3; n++) {
    for (const text of SCRIPT) {
      const [ra, rb] = await Promise.all([post(a.url, `same-${n}`, text), post(b.url, `same-${n}`, text)]);
      if (JSON.stringify(ra) !== JSON.stringify(rb))
        throw new Error(`replies differ for "${text}":\n${ra.join('\n')}\n---\n${rb.join('\n')}`);
    }
  }
}

function spread(values: number[]): string {
  const s = [...values].sort((x, y) => x - y);
  const f = (n: number | undefined): string => (n ?? NaN).toFixed(2);
  return `min ${f(s[0])} median ${f(s[Math.floor((s.length - 1) / 2)])} max ${f(s[s.length - 1])}`;
}

async function main(): Promise<void> {
  const services = [await start('echo', 'echo'), await start('A base', BASE), await start('B head', HEAD)];
  const [echo, base, head] = services as [Service, Service, Service];
  await sameReplies(base, head);
  console.log(`replies of A and B identical for the script; A=${BASE} B=${HEAD}`);
  for (let n = 0; n < WARM; n++) for (const s of services) await load([s], `warm${n}`);
  const rows = new Map<string, Figures[]>(services.map((s) => [s.label, []]));
  const cpuRatios: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const figures = new Map<string, Figures>();
    if (TOGETHER) {
      for (const [label, f] of await load(services, `r${r}`)) figures.set(label, f);
    } else {
      const order = services.map((_, i) => services[(i + r) % services.length] as Service);
      for (const s of order) for (const [label, f] of await load([s], `r${r}`)) figures.set(label, f);
    }
    const echoTps = figures.get('echo')?.tps ?? NaN;
    const parts = services.map((s) => {
      const f = figures.get(s.label) as Figures;
      rows.get(s.label)?.push({ ...f, tps: f.tps / echoTps });
      return `${s.label}: ${f.cpuPerTurn.toFixed(2)} ms/turn (sys ${f.systemPerTurn.toFixed(2)}, off-main ${f.othersPerTurn.toFixed(2)}) ${f.tps.toFixed(0)} turns/s`;
    });
    const ratio = (figures.get('B head')?.cpuPerTurn ?? NaN) / (figures.get('A base')?.cpuPerTurn ?? NaN);
    cpuRatios.push(ratio);
    console.log(`round ${r + 1}: ${parts.join('  |  ')}  |  B/A CPU ${ratio.toFixed(3)}`);
  }
  console.log(
    `summary over ${ROUNDS} rounds (server CPU only; ratio = turns/s over echo's in the same round):`,
  );
  for (const s of services) {
    const f = rows.get(s.label) ?? [];
    console.log(`  ${s.label.padEnd(7)} CPU ms/turn ${spread(f.map((x) => x.cpuPerTurn))}`);
    console.log(`  ${''.padEnd(7)} of which system ${spread(f.map((x) => x.systemPerTurn))}`);
    console.log(`  ${''.padEnd(7)} of which off the main thread ${spread(f.map((x) => x.othersPerTurn))}`);
    if (s !== echo) console.log(`  ${''.padEnd(7)} throughput ratio ${spread(f.map((x) => x.tps))}`);
  }
  console.log(`  B/A CPU per turn, same round: ${spread(cpuRatios)}`);
  for (const s of services) s.child.send('exit');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
