/**
 * Reading the events other processes wrote (several servers on one PostgreSQL
 * database), each row once, without reading this process's own rows back.
 *
 * Ids are minted before commit, so a row may become visible after a read already
 * went past its id: it "commits late". Two cursors handle that:
 *
 * - **fresh**: every poll reads the ids above it, then moves it to the newest id
 *   read, held back `settleMs` behind the clock (but never behind the newest id
 *   the previous poll met) so that rows committed a little late are still found
 *   by the next poll;
 * - **settled**: rows above it and at most `lookbackMs` old are read once more when
 *   they pass the `lookbackMs` line, which finds the ones that committed late.
 *   Below it every row is either in the model or, by the assumption that no write
 *   takes longer than `lookbackMs` from minting its id to committing, never will be.
 *
 * Only ids are read; whole rows are fetched only for ids that are neither ours
 * (`LocalWrites`) nor already read. On SQLite, where one process writes, the store
 * says whether any other connection committed since the last poll (`othersWriteMark`);
 * when none did, nothing is read at all.
 */
import { uuidv7Floor, uuidv7Time } from "../../store/ids.js";
import type { Store } from "../../store/store.js";
import type { EventRow } from "./event-rows.js";
import type { LocalWrites } from "./local-writes.js";
import { PAGE, readEventIds, readEventsById } from "./read-events.js";

/** What the polls have read so far (tests assert on it). */
export interface PollStats {
  /** Polls run. */
  polls: number;
  /** Polls that read nothing because no other process had committed (SQLite). */
  skipped: number;
  /** Event ids read. */
  ids: number;
  /** Whole rows read (events of other processes). */
  rows: number;
}

/** The cursors and what lies between them. */
export class ForeignEvents {
  private fresh = "";
  /** The newest id the last fresh read met. */
  private lastRead = "";
  private settled = "";
  /** Reads of the settled cursor are needed up to here (a commit of another process was seen). */
  private lateUntil = "";
  /** Other processes' ids read above `settled`. */
  private seen = new Map<string, true>();
  private mark: number | null | undefined;
  private lastCheck = 0;
  /** Newest id time met, standing in for a clock that lags the ids (tests, demo seeding). */
  private newest = 0;
  readonly stats: PollStats = { polls: 0, skipped: 0, ids: 0, rows: 0 };

  constructor(
    private readonly store: Store,
    private readonly local: LocalWrites,
    private readonly lookbackMs: number,
    private readonly settleMs: number,
  ) {}

  /**
   * After a rebuild read every row up to `until`, starting at `startedAt`:
   * polls go on from there; `walked` are the ids it read above the returned line.
   */
  restart(until: string, startedAt: number, walked: Map<string, true>, mark: number | null): void {
    this.fresh = until;
    this.lastRead = until;
    this.settled = this.lineFor(until, startedAt);
    // The rebuild saw every commit made before `mark`; a later one changes it, and the
    // poll that notices sets the range to read again.
    this.lateUntil = this.settled;
    this.seen = walked;
    // Taken before the rebuild read anything: a commit elsewhere since then changes it.
    this.mark = mark;
    this.lastCheck = startedAt;
    this.prune();
  }

  /** The id above which a rebuild must remember what it reads (see `restart`). */
  lineFor(until: string, startedAt: number): string {
    return maxId(this.settled, minId(until, uuidv7Floor(startedAt - this.lookbackMs)));
  }

  /**
   * One poll: new rows of other processes go to `apply`. `thorough` also reads
   * again everything above the settled cursor, for `sync()`.
   */
  async poll(
    input: { readonly fields: readonly string[]; readonly now: number; readonly thorough: boolean },
    apply: (rows: EventRow[]) => void,
  ): Promise<void> {
    this.stats.polls++;
    const now = Math.max(input.now, this.newest, this.local.newest);
    const mark = await this.store.othersWriteMark();
    const changed = mark === null || mark !== this.mark || input.thorough;
    const previous = this.lastCheck;
    this.mark = mark;
    this.lastCheck = now;
    if (changed) {
      // A commit elsewhere may carry an id the fresh cursor already passed.
      this.lateUntil = maxId(this.lateUntil, this.fresh);
      const last = await this.read(this.fresh, undefined, input, apply);
      // Held back `settleMs`, but never behind what the previous poll already met:
      // when ids run ahead of the clock, each poll still reads one poll's rows again, no more.
      const held = minId(last, uuidv7Floor(now - this.settleMs));
      this.fresh = maxId(this.fresh, maxId(this.lastRead, held));
      this.lastRead = maxId(this.lastRead, last);
    } else {
      // Nothing but ours was committed since the last check: no row to read, up to then.
      this.stats.skipped++;
      if (previous > 0) this.fresh = maxId(this.fresh, uuidv7Floor(previous));
    }
    const line = minId(this.fresh, uuidv7Floor(now - this.lookbackMs));
    const upto = input.thorough ? this.fresh : minId(line, this.lateUntil);
    if (upto > this.settled) await this.read(this.settled, upto, input, apply);
    this.settled = maxId(this.settled, line);
    this.prune();
  }

  /** Reads `after < id <= until`; returns the last id read ("" for none). */
  private async read(
    after: string,
    until: string | undefined,
    input: { readonly fields: readonly string[]; readonly now: number },
    apply: (rows: EventRow[]) => void,
  ): Promise<string> {
    let cursor = after;
    for (;;) {
      const ids = await readEventIds(this.store, {
        after: cursor,
        ...(until !== undefined ? { until } : {}),
      });
      this.stats.ids += ids.length;
      const last = ids[ids.length - 1];
      if (last === undefined) return cursor === after ? "" : cursor;
      const time = uuidv7Time(last);
      if (time > this.newest) this.newest = time;
      const unseen = ids.filter((id) => !this.seen.has(id) && !this.local.has(id));
      if (unseen.length > 0) {
        const rows = await readEventsById(this.store, { ...input, ids: unseen });
        this.stats.rows += rows.length;
        for (const id of unseen) if (id > this.settled) this.seen.set(id, true);
        if (rows.length > 0) apply(rows);
      }
      cursor = last;
      if (ids.length < PAGE) return cursor;
    }
  }

  private prune(): void {
    // Ids were mostly added in order: stop at the first one still above the line.
    for (const id of this.seen.keys()) {
      if (id > this.settled) break;
      this.seen.delete(id);
    }
    this.local.forgetThrough(this.settled);
  }
}

function maxId(a: string, b: string): string {
  return a > b ? a : b;
}

function minId(a: string, b: string): string {
  return a < b ? a : b;
}
