/**
 * Reads stored events for the aggregate model in small pages, in id order (ids are
 * time-ordered UUIDv7), so a read never holds the database (or, on SQLite, the
 * event loop) for long. Only unexpired rows of the fields the model reads.
 */
import type { Store } from "../../store/store.js";
import type { EventRow } from "./event-rows.js";

/** Rows per page: a page is one short indexed range scan. */
export const PAGE = 1000;

/**
 * One page of events with `id > after` ("" for the first page) (and `id <= until`, when given).
 *
 * @example
 * ```ts
 * const rows = await readEventPage(store, { after: "", fields: ["purchases"], now: Date.now() });
 * ```
 */
export async function readEventPage(
  store: Store,
  input: {
    readonly after: string;
    readonly until?: string;
    readonly fields: readonly string[];
    readonly now: number;
    readonly limit?: number;
  },
): Promise<EventRow[]> {
  if (input.fields.length === 0) return [];
  let query = store.db
    .selectFrom("events")
    .select(["id", "customer_id", "field", "value", "at"])
    .where("field", "in", [...input.fields])
    .where("expires_at", ">", input.now);
  // Ids are UUIDs on PostgreSQL: "" is no id there, so "from the start" omits the bound.
  if (input.after !== "") query = query.where("id", ">", input.after);
  if (input.until !== undefined) query = query.where("id", "<=", input.until);
  return query
    .orderBy("id")
    .limit(input.limit ?? PAGE)
    .execute();
}

/** The largest event id stored now ("" when there is none). */
export async function latestEventId(store: Store): Promise<string> {
  const row = await store.db
    .selectFrom("events")
    .select("id")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? "";
}

/**
 * Every unexpired event of `fields` with `id <= until`, page by page.
 * `stopped()` ends the walk early by throwing (a closing server).
 */
export async function* walkEvents(
  store: Store,
  input: {
    readonly until: string;
    readonly fields: readonly string[];
    readonly now: number;
    readonly stopped: () => boolean;
  },
): AsyncGenerator<EventRow[]> {
  if (input.until === "") return; // nothing stored yet
  let after = "";
  for (;;) {
    if (input.stopped()) throw new Error("butler: stopped while reading events");
    const rows = await readEventPage(store, { ...input, after });
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]?.id ?? after;
    if (rows.length < PAGE) return;
  }
}
