/**
 * The tail bench's load client in its own process (bench/turnTail.ts): plays each run it is sent,
 * as bench:turns' client does, and answers with every turn's conversation, text and its start and
 * end on the epoch clock (performance.timeOrigin + now, comparable with the service's process).
 */
import { postTurn } from './benchTurn.js';
import { SCRIPT, type LoadSpec } from './loadRun.js';

export interface ClientTurn {
  conversationId: string;
  text: string;
  t0: number;
  t1: number;
  ok: boolean;
}

const now = (): number => performance.timeOrigin + performance.now();

async function play(spec: LoadSpec): Promise<ClientTurn[]> {
  const turns: ClientTurn[] = [];
  let next = 0;
  const targets = spec.url.split(' ');
  let target = 0;
  const worker = async (): Promise<void> => {
    while (next < spec.conversations) {
      const conversationId = `${spec.label}-${next++}-${Date.now()}`;
      for (const text of SCRIPT) {
        const t0 = now();
        let ok = true;
        try {
          await postTurn(targets[target++ % targets.length] ?? spec.url, conversationId, text);
        } catch {
          ok = false;
        }
        turns.push({ conversationId, text, t0, t1: now(), ok });
        if (!ok) break;
      }
    }
  };
  await Promise.all(Array.from({ length: spec.concurrency }, worker));
  return turns;
}

process.on('message', (spec: LoadSpec) => {
  play(spec).then(
    (turns) => process.send?.(turns),
    (err: unknown) => {
      process.stderr.write(`tail client: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
});
process.send?.('ready');
