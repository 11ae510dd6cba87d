/**
 * Runs tasks one at a time per key (a conversation id), in arrival order; different keys run
 * side by side. A failed task does not block the next one. Keys are forgotten once idle.
 *
 *   const turns = new KeyedMutex();
 *   await turns.run(conversationId, () => handleTurn());
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Keys with a task running or waiting (for tests and health). */
  get busyKeys(): number {
    return this.tails.size;
  }
}
