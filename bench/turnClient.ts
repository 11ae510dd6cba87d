/**
 * The turn bench's load client in its own process (BENCH_CLIENT=process, see loadRun.ts): plays
 * each run it is sent and answers with the latencies, the wall time and its own CPU.
 */
import { playConversations, type LoadSpec } from './loadRun.js';

process.on('message', (spec: LoadSpec) => {
  void playConversations(spec).then((result) => process.send?.(result));
});
process.send?.('ready');
