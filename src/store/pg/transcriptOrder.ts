/**
 * Keeps a conversation's transcript appends in call order within this instance when they may run
 * at once (issue 19, pg16: the transcript writer sends commits beside its one-at-a-time queue on
 * PostgreSQL, `TranscriptAppender.besideQueue`). An append waits only for the appends called
 * before it that touch one of its conversations; appends to other conversations run at once. The
 * database keeps the chain itself (each append takes its conversation's advisory lock); this
 * keeps the order in which one instance's records of a conversation enter it.
 *
 *   const records = await order.run(['conv-1'], () => write(items));
 */
export class ConversationOrder {
  /** The last append called for each conversation, until it settles. */
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Runs `write` once every earlier append of `conversationIds` has settled (either way). */
  run<T>(conversationIds: readonly string[], write: () => Promise<T>): Promise<T> {
    const ids = [...new Set(conversationIds)];
    const before: Promise<unknown>[] = [];
    for (const id of ids) {
      const tail = this.tails.get(id);
      if (tail) before.push(tail);
    }
    const result = before.length === 0 ? write() : Promise.all(before).then(write, write);
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    for (const id of ids) this.tails.set(id, settled);
    void settled.then(() => {
      for (const id of ids) if (this.tails.get(id) === settled) this.tails.delete(id);
    });
    return result;
  }

  /** Conversations with an append in flight (for tests). */
  get size(): number {
    return this.tails.size;
  }
}
