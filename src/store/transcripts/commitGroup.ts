import type { Pending } from './writerTypes.js';

/** One `commit` waiting for its group's transaction. */
export interface GroupedCommit {
  prepared: Pending[];
  items: readonly { activity: object }[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Beyond this many records waiting, a group is written at once instead of at the end of the
 * event-loop turn: what waits in memory stays bounded however many turns arrive together.
 */
export const MAX_GROUP_RECORDS = 512;

/**
 * Group commit for a synchronous store (SQLite): the commits made during one turn of the event
 * loop (the replies and inbound messages of every conversation that ran in it) are handed to
 * `write` together at its end (setImmediate), so they share one transaction instead of one each.
 * A commit waits less than a turn of the loop; nothing is acknowledged before `write` resolves it.
 *
 *   const group = new CommitGroup((commits) => writeAllInOneTransaction(commits));
 *   group.add({ prepared, items, resolve, reject });
 */
export class CommitGroup {
  private commits: GroupedCommit[] = [];
  private records = 0;
  private scheduled: NodeJS.Immediate | undefined;

  constructor(
    private readonly write: (commits: GroupedCommit[]) => void,
    private readonly maxRecords = MAX_GROUP_RECORDS,
  ) {}

  /** Records waiting for the next group write. */
  get size(): number {
    return this.records;
  }

  add(commit: GroupedCommit): void {
    this.commits.push(commit);
    this.records += commit.prepared.length;
    if (this.records >= this.maxRecords) this.flush();
    else this.scheduled ??= setImmediate(() => this.flush());
  }

  /** Writes what waits now (flush, shutdown, a full group). */
  flush(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = undefined;
    const commits = this.commits;
    if (commits.length === 0) return;
    this.commits = [];
    this.records = 0;
    this.write(commits);
  }
}
