/**
 * This process's own writes of events, as the store hands them over
 * (`Store.watchEvents`): the model takes committed rows from here, in memory, and
 * a read of the store skips every id found here, committed or not. That is what
 * makes "counted once" hold without reading our own rows back: an id minted here
 * is either applied from memory or, if its write failed, never stored at all.
 *
 * Ids are UUIDv7 minted in increasing order, and a batch's ids are minted and
 * submitted in one synchronous step (`buildIngest`, then `store.write`), so the
 * batches arrive sorted and their id ranges do not overlap. A batch that breaks
 * this (a future write path) is still found, by a slower linear search.
 */
import { uuidv7Time } from "../../store/ids.js";
import type { EventsTable } from "../../store/schema.js";

type State = "pending" | "committed" | "applied" | "failed";

interface Batch {
  readonly ids: readonly string[];
  readonly min: string;
  readonly max: string;
  state: State;
  /** The rows, until the model has them. */
  rows: readonly EventsTable[] | null;
}

/** The tracker. Feed it from a `Store.watchEvents` watcher. */
export class LocalWrites {
  /** Sorted by `min`, ranges disjoint. */
  private batches: Batch[] = [];
  /** Batches that arrived out of order (none with today's write path). */
  private irregular: Batch[] = [];
  private readonly byRows = new Map<readonly EventsTable[], Batch>();
  private committed: Batch[] = [];
  private unapplied = 0;
  private newestMs = 0;

  /** A write of `rows` was handed to the committer. */
  submitted(rows: readonly EventsTable[]): void {
    let ids = rows.map((row) => row.id);
    if (!isSorted(ids)) ids = [...ids].sort();
    const first = ids[0];
    const last = ids[ids.length - 1];
    if (first === undefined || last === undefined) return;
    const time = uuidv7Time(last);
    if (time > this.newestMs) this.newestMs = time;
    const batch: Batch = { ids, min: first, max: last, state: "pending", rows };
    this.byRows.set(rows, batch);
    this.unapplied++;
    const before = this.batches[this.batches.length - 1];
    if (!before || before.max < first) this.batches.push(batch);
    else this.insert(batch);
  }

  /** The write of `rows` is committed (`ok`) or failed. */
  settled(rows: readonly EventsTable[], ok: boolean): void {
    const batch = this.byRows.get(rows);
    if (!batch) return;
    this.byRows.delete(rows);
    if (ok) {
      batch.state = "committed";
      this.committed.push(batch);
    } else {
      batch.state = "failed";
      batch.rows = null;
      this.unapplied--;
    }
  }

  /** The time in the newest id minted here (epoch ms; 0 before the first). */
  get newest(): number {
    return this.newestMs;
  }

  /** True when some committed batch waits to be applied. */
  get waiting(): boolean {
    return this.committed.length > 0;
  }

  /**
   * The rows committed since the last call, in commit order; their batches count
   * as applied from now on (a rebuild reads them from the store like any row).
   */
  takeCommitted(): Array<readonly EventsTable[]> {
    const out: Array<readonly EventsTable[]> = [];
    for (const batch of this.committed) {
      if (batch.rows) out.push(batch.rows);
      batch.rows = null;
      batch.state = "applied";
      this.unapplied--;
    }
    this.committed = [];
    return out;
  }

  /** True when `id` was minted here (whatever became of its write). */
  has(id: string): boolean {
    return this.find(id) !== undefined;
  }

  /** True when `id` is ours and not in the model yet: a rebuild must leave it to `takeCommitted`. */
  isUnapplied(id: string): boolean {
    if (this.unapplied === 0) return false;
    const state = this.find(id)?.state;
    return state === "pending" || state === "committed";
  }

  /**
   * Forgets applied and failed batches whose ids are all `<= id` (no read goes
   * there again), or all of them when there is no model to read for.
   */
  forgetThrough(id = "\uffff"): void {
    let drop = 0;
    for (const batch of this.batches) {
      if (batch.max > id || batch.state === "pending" || batch.state === "committed") break;
      drop++;
    }
    if (drop > 0) this.batches = this.batches.slice(drop);
    if (this.irregular.length > 0) {
      this.irregular = this.irregular.filter(
        (b) => b.max > id || b.state === "pending" || b.state === "committed",
      );
    }
  }

  /** Batches held (for tests and stats). */
  get size(): number {
    return this.batches.length + this.irregular.length;
  }

  private find(id: string): Batch | undefined {
    const { batches } = this;
    let lo = 0;
    let hi = batches.length - 1;
    // The last batch whose min <= id.
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((batches[mid] as Batch).min <= id) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const batch = batches[at];
    if (batch && id <= batch.max && contains(batch.ids, id)) return batch;
    for (const other of this.irregular)
      if (other.min <= id && id <= other.max && contains(other.ids, id)) return other;
    return undefined;
  }

  private insert(batch: Batch): void {
    const { batches } = this;
    let at = batches.length;
    while (at > 0 && (batches[at - 1] as Batch).min > batch.min) at--;
    const before = batches[at - 1];
    const after = batches[at];
    if ((before && before.max >= batch.min) || (after && after.min <= batch.max)) {
      this.irregular.push(batch);
    } else batches.splice(at, 0, batch);
  }
}

function isSorted(ids: readonly string[]): boolean {
  for (let i = 1; i < ids.length; i++)
    if ((ids[i - 1] as string) >= (ids[i] as string)) return false;
  return true;
}

function contains(sorted: readonly string[], id: string): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = sorted[mid] as string;
    if (value === id) return true;
    if (value < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
