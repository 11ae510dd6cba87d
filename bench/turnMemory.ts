/**
 * The turn bench's memory figure: the heap and RSS that 1,000 more open conversations take in the
 * process that serves them (bench/turns.ts runs the services in its own process).
 */
import { post } from './loadRun.js';

export async function memoryPer1000(botUrl: string, concurrency: number, backend: string): Promise<string> {
  // Open 1,000 more conversations (opened and verified, so each has state, a conversation
  // reference and a transcript) and compare the heap and RSS after a full GC.
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  let opened = 0;
  const open = async (): Promise<void> => {
    while (opened < 1000) {
      const id = `mem-${opened++}`;
      await post(botUrl, id, 'demo-zh', '你好');
      await post(botUrl, id, 'demo-zh', '1234');
    }
  };
  await Promise.all(Array.from({ length: concurrency }, open));
  gc?.();
  const after = process.memoryUsage();
  const mib = (n: number): string => (n / 1024 / 1024).toFixed(2);
  return (
    `memory per 1,000 open conversations: heap ${mib(after.heapUsed - before.heapUsed)} MiB, ` +
    `${rssChange(after.rss - before.rss, mib)}${gc ? '' : ' (run with --expose-gc for a clean figure)'}; ` +
    `conversation state, references and transcripts live in ${backend === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`
  );
}

/**
 * RSS moves with what the allocator hands back from the load rounds before, so it can fall while
 * 1,000 conversations are opened: then it says so instead of printing a negative size.
 */
function rssChange(delta: number, mib: (n: number) => string): string {
  return delta >= 0
    ? `rss ${mib(delta)} MiB`
    : `rss not measurable here (it fell by ${mib(-delta)} MiB: pages of the earlier rounds returned)`;
}
