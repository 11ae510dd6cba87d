/**
 * The V8 young generation the service worker runs with (issue 19 item 5). A turn allocates a few
 * hundred kilobytes that die young (the activity, its transcript copy and canonical JSON, the
 * dialog state, the reply trace); with V8's default semi-space of 16 MB the worker scavenges
 * every few dozen turns and promotes objects still in flight across those scavenges. 32 MB
 * halves the scavenges; same-process A/B on this machine (`CPUAB_HEAD_FLAGS=--max-semi-space-size=32
 * node --import tsx bench/cpuAb.ts`): 6-9% less CPU per turn. It costs at most 32 MB more
 * resident memory (two semi-spaces of 32 MB instead of 16), whatever the number of conversations.
 */
export const YOUNG_GENERATION_MB = 32;

const FLAG = '--max-semi-space-size';

/**
 * The worker's node flags: the parent's, plus the young-generation size unless the operator set
 * one (on the command line or in NODE_OPTIONS, which then wins).
 *
 *   cluster.setupPrimary({ execArgv: turnHeapExecArgv(process.execArgv, process.env.NODE_OPTIONS) });
 */
export function turnHeapExecArgv(execArgv: readonly string[], nodeOptions = ''): string[] {
  const set = (arg: string): boolean => arg === FLAG || arg.startsWith(`${FLAG}=`);
  if (execArgv.some(set) || nodeOptions.split(/\s+/).some(set)) return [...execArgv];
  return [...execArgv, `${FLAG}=${YOUNG_GENERATION_MB}`];
}
