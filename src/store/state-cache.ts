/**
 * A per-process cache of customer state for `decide()`, kept exact by the store:
 * every write goes through the store, which either folds it into the cached state
 * at once (touches, trust signals, GPC, time zones: what a decision writes) or
 * drops the customer's entry (events, answers, consents, suppressions, identity,
 * erasure). While a dropped customer's write is uncommitted, reads go to the
 * database and are not cached, so a read that could have missed the write never
 * fills the cache. An entry also ends when the first field value it reports expires.
 *
 * It is only correct while this process is the only writer of the customer's
 * state, which holds for SQLite (one server process per file). Several processes
 * sharing PostgreSQL would each miss the others' writes, so it is off there by
 * default (see docs/store.md, "The state cache").
 * @internal
 */
import type { ConsentState, CustomerState, Touch } from "../policy/state.js";
import type { Channel } from "../policy/types.js";
import type { StoredState } from "./engine/state-rows.js";
import type { WriteSet } from "./write-set.js";

interface Entry {
  state: CustomerState;
  /** Touches at or before this time may be missing. */
  since: number;
  /** How far back touches were read (`readAt - since` at the time of the read). */
  readonly window: number;
  /** The state was read at this time; earlier `now`s could see values since expired. */
  readAt: number;
  validUntil: number;
}

/** Reads in flight for one customer; `stale` when a write arrived meanwhile. */
interface Ticket {
  stale: boolean;
  count: number;
}

/** Which customers a write set concerns, and whether the cache can fold it in. */
export interface Submitted {
  readonly ids: ReadonlySet<string>;
  /** True when the set only holds what the cache folds in; else its customers are dropped. */
  readonly folds: boolean;
}

/** The cache. One per store. */
export class StateCache {
  private readonly entries = new Map<string, Entry>();
  /** Uncommitted writes per customer. */
  private readonly pending = new Map<string, number>();
  private readonly inflight = new Map<string, Ticket>();

  constructor(private readonly maxEntries = 10_000) {}

  /** Number of cached customers (for tests and metrics). */
  get size(): number {
    return this.entries.size;
  }

  /**
   * The cached state of `id` as of `now`, covering touches after `since`, or null
   * when the cache cannot answer exactly.
   */
  get(id: string, now: number, since: number): CustomerState | null {
    const entry = this.entries.get(id);
    if (!entry) return null;
    if (now < entry.readAt || now >= entry.validUntil || since < entry.since) return null;
    // Most recently used last: the first key is the one to evict.
    this.entries.delete(id);
    this.entries.set(id, entry);
    return entry.state;
  }

  /** Like `get`, with what `Store.readState` answers. */
  stored(id: string, now: number, since: number): StoredState | null {
    const state = this.get(id, now, since);
    const entry = state && this.entries.get(id);
    return entry ? { known: true, state: entry.state, validUntil: entry.validUntil } : null;
  }

  /** Call before reading `id` from the database; null when the result must not be cached. */
  beginRead(id: string): Ticket | null {
    if (this.pending.has(id)) return null;
    let ticket = this.inflight.get(id);
    if (!ticket) {
      ticket = { stale: false, count: 0 };
      this.inflight.set(id, ticket);
    }
    ticket.count++;
    return ticket;
  }

  /** Call after the read; caches the result unless a write for `id` came in between. */
  endRead(
    id: string,
    ticket: Ticket | null,
    read: StoredState | null,
    now: number,
    since: number,
  ): void {
    if (!ticket) return;
    ticket.count--;
    if (ticket.count === 0 && this.inflight.get(id) === ticket) this.inflight.delete(id);
    // Unknown customers are not cached: their first write creates them.
    if (!read || ticket.stale || this.pending.has(id) || !read.known) return;
    if (now >= read.validUntil) return;
    this.entries.set(id, {
      state: read.state,
      since,
      window: now - since,
      readAt: now,
      validUntil: read.validUntil,
    });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  /**
   * A write set is about to be committed: its customers count as pending until
   * `settle`, and their entries take the write in (or are dropped) now, so the
   * next decision already counts a touch that is still being committed.
   */
  submit(set: WriteSet): Submitted {
    const ids = customersOf(set);
    const folds =
      set.events.length === 0 &&
      set.answers.length === 0 &&
      set.consents.length === 0 &&
      set.suppressions.length === 0;
    for (const id of ids) {
      this.pending.set(id, (this.pending.get(id) ?? 0) + 1);
      if (!folds) this.drop(id);
    }
    if (folds) this.fold(set, ids);
    return { ids, folds };
  }

  /** The write set of `submit` is committed (`ok`) or refused. */
  settle(submitted: Submitted, ok: boolean): void {
    for (const id of submitted.ids) {
      const count = (this.pending.get(id) ?? 1) - 1;
      if (count > 0) this.pending.set(id, count);
      else this.pending.delete(id);
      // A refused write was folded in already: forget it, the database is the truth.
      if (!ok || !submitted.folds) this.drop(id);
    }
  }

  /** Writes outside write sets (identity, erasure): drops `ids` before and after. */
  async around<T>(ids: readonly string[], write: () => Promise<T>): Promise<T> {
    const submitted: Submitted = { ids: new Set(ids), folds: false };
    for (const id of ids) {
      this.pending.set(id, (this.pending.get(id) ?? 0) + 1);
      this.drop(id);
    }
    try {
      return await write();
    } finally {
      this.settle(submitted, false);
    }
  }

  /** Forgets everything (config reload, retention re-stamped). */
  clear(): void {
    this.entries.clear();
    for (const ticket of this.inflight.values()) ticket.stale = true;
    this.inflight.clear();
  }

  private drop(id: string): void {
    this.entries.delete(id);
    const ticket = this.inflight.get(id);
    if (ticket) {
      ticket.stale = true;
      this.inflight.delete(id);
    }
  }

  /** Folds touches, trust signals, GPC and time zones into cached entries, as SQL does. */
  private fold(set: WriteSet, ids: ReadonlySet<string>): void {
    // Nearly always one customer (a decision); a batch of signals may hold several.
    for (const id of ids) {
      const entry = this.entries.get(id);
      if (entry) entry.state = foldInto(entry, set, id);
    }
  }
}

/** `entry`'s state with the rows of `set` about customer `id` folded in. */
function foldInto(entry: Entry, set: WriteSet, id: string): CustomerState {
  const state = entry.state;
  let timeZone = state.timeZone;
  let gpcAt = state.gpcAt;
  let consents = state.consents;
  let ledger = state.ledger;
  let touches: Touch[] | null = null;
  for (const c of set.customers) if (c.id === id && c.timeZone !== null) timeZone = c.timeZone;
  for (const g of set.gpc) {
    if (g.customerId !== id) continue;
    gpcAt ??= g.at;
    for (const purpose of g.purposes) {
      if (consents[purpose]) continue;
      const refused: ConsentState = { granted: false, at: g.at, method: "gpc" };
      consents = { ...consents, [purpose]: refused };
    }
  }
  for (const l of set.ledger) {
    if (l.customer_id !== id || l.amount === 0 || !Number.isFinite(l.amount)) continue;
    // The same arithmetic as the SQL update (engine/sqlite.ts BALANCE_UPDATE).
    const { credit, debit, at } = ledger;
    ledger = {
      credit:
        credit * 0.5 ** (Math.max(0, l.at - at) / l.creditHalfLife) +
        Math.max(l.amount, 0) * 0.5 ** (Math.max(0, at - l.at) / l.creditHalfLife),
      debit:
        debit * 0.5 ** (Math.max(0, l.at - at) / l.debitHalfLife) +
        Math.max(-l.amount, 0) * 0.5 ** (Math.max(0, at - l.at) / l.debitHalfLife),
      at: Math.max(at, l.at),
    };
  }
  for (const d of set.decisions) {
    if (d.customer_id !== id || d.run === null || d.dry_run !== 0) continue;
    touches ??= [...state.touches];
    touches.push({ play: d.run, channel: d.channel as Channel, at: d.at });
  }
  if (touches && touches.length > 16) touches = pruneTouches(entry, touches);
  return {
    ...state,
    ...(timeZone !== undefined ? { timeZone } : {}),
    gpcAt: gpcAt ?? null,
    consents,
    ledger,
    touches: touches ?? state.touches,
  };
}

/** Touches older than the window the entry covers count for nothing: drop them. */
function pruneTouches(entry: Entry, touches: Touch[]): Touch[] {
  let newest = entry.since;
  for (const t of touches) if (t.at > newest) newest = t.at;
  const floor = newest - entry.window;
  if (floor <= entry.since) return touches;
  entry.since = floor;
  return touches.filter((t) => t.at > floor);
}

/** Every customer a write set writes a row for. */
function customersOf(set: WriteSet): Set<string> {
  const ids = new Set<string>();
  for (const c of set.customers) ids.add(c.id);
  for (const rows of [set.events, set.answers, set.consents, set.ledger, set.decisions]) {
    for (const row of rows) ids.add(row.customer_id);
  }
  for (const g of set.gpc) ids.add(g.customerId);
  for (const s of set.suppressions) ids.add(s.customerId);
  return ids;
}
