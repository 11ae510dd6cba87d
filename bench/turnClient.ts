/**
 * The turn bench's load client in its own process (BENCH_CLIENT=process, see loadRun.ts): plays
 * each run it is sent and answers with the latencies, the wall time and its own CPU.
 */
import { playConversations, type LoadSpec } from './loadRun.js';

process.on('message', (spec: LoadSpec) => {
  playConversations(spec).then(
    (result) => process.send?.(result),
    (err: unknown) => {
      process.stderr.write(`load client: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
});
process.send?.('ready');
