/**
 * Group commit: write sets arriving while a commit is under way wait and go
 * together in the next transaction. Each caller's promise settles only after its
 * rows are committed, so an acknowledged request is durable. When a merged commit
 * fails, each write set is retried alone, so one bad request cannot fail others.
 * @internal
 */
import { mergeWriteSets, type WriteSet } from "./write-set.js";

interface Pending {
  readonly set: WriteSet;
  /**
   * Asked just before the set joins a transaction: false refuses it (rejected with
   * `refusal()`), e.g. its customer was erased after its data was read.
   */
  readonly admit: (() => boolean) | undefined;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
  /** Told the outcome first, before the caller's promise settles. */
  readonly settled: ((ok: boolean) => void) | undefined;
}

/** Commits write sets; `commit` runs one transaction for one (merged) write set. */
export class GroupCommitter {
  private queue: Pending[] = [];
  private running = 0;
  private scheduled = false;
  private lastCommit = 0;
  /** Transactions under way. */
  private readonly inflight = new Set<Promise<void>>();

  constructor(
    /** Commits one (merged) write set; `sets` is how many write sets it merges. */
    private readonly commit: (set: WriteSet, sets: number) => Promise<void>,
    /** How many transactions may run at once (1 for SQLite's single writer). */
    private readonly concurrency: number,
    /** Most write sets merged into one transaction. */
    private readonly maxGroup = 256,
    /**
     * Shortest time between two commits, in ms. Under load, writes arriving in
     * that window share one commit; when idle, a write commits at once.
     */
    private readonly minInterval = 0,
    /** The error a set refused by its `admit` is rejected with. */
    private readonly refusal: () => Error = () => new Error("write refused"),
  ) {}

  /**
   * Resolves once `set` is committed; rejects with the database error if it cannot be.
   * `settled` hears the outcome just before the promise settles.
   */
  write(set: WriteSet, settled?: (ok: boolean) => void, admit?: () => boolean): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ set, resolve, reject, settled, admit });
      if (!this.scheduled) {
        this.scheduled = true;
        const wait = this.lastCommit + this.minInterval - performance.now();
        const go = () => {
          this.scheduled = false;
          this.pump();
        };
        // Let the requests already parsed in this turn of the event loop join the
        // group, and under load those of the next fraction of a millisecond too.
        if (wait > 0) setTimeout(go, wait);
        else setImmediate(go);
      }
    });
  }

  /**
   * Resolves once every transaction under way now has finished (whatever its
   * outcome). Sets still queued are not waited for: they meet their `admit` first.
   */
  async settleRunning(): Promise<void> {
    await Promise.allSettled([...this.inflight]);
  }

  /** True while nothing is queued or running. */
  get idle(): boolean {
    return this.queue.length === 0 && this.running === 0;
  }

  private pump(): void {
    while (this.running < this.concurrency && this.queue.length > 0) {
      const taken = this.queue.splice(0, this.maxGroup);
      const group: Pending[] = [];
      for (const p of taken) {
        if (p.admit === undefined || p.admit()) group.push(p);
        else fail(p, this.refusal());
      }
      if (group.length === 0) continue;
      this.running++;
      this.lastCommit = performance.now();
      const run = this.run(group).finally(() => {
        this.running--;
        this.inflight.delete(run);
        this.pump();
      });
      this.inflight.add(run);
    }
  }

  private async run(group: Pending[]): Promise<void> {
    try {
      await this.commit(mergeWriteSets(group.map((p) => p.set)), group.length);
      for (const p of group) succeed(p);
      return;
    } catch (error) {
      if (group.length === 1 && group[0]) {
        fail(group[0], error);
        return;
      }
    }
    for (const p of group) {
      try {
        await this.commit(mergeWriteSets([p.set]), 1);
      } catch (error) {
        fail(p, error);
        continue;
      }
      succeed(p);
    }
  }
}

function succeed(p: Pending): void {
  p.settled?.(true);
  p.resolve();
}

function fail(p: Pending, error: unknown): void {
  p.settled?.(false);
  p.reject(error);
}
