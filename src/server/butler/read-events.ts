/**
 * Reads stored events for the aggregate model in small pages, in id order (ids are
 * time-ordered UUIDv7), so a read never holds the database (or, on SQLite, the
 * event loop) for long. Only unexpired rows of the fields the model reads.
 *
 * Every page is taken from the primary key alone (`id > after ORDER BY id LIMIT
 * n`) and filtered afterwards. Given the filters, a planner may prefer the expiry
 * or the field index and sort the whole table for each page: PostgreSQL did on a
 * table it had not analysed yet, at 50 ms a page for 200,000 rows instead of 2 ms.
 */
import type { Store } from "../../store/store.js";
import type { EventRow } from "./event-rows.js";

/** Rows per page: a page is one short indexed range scan. */
export const PAGE = 1000;

/** One page of a walk: the rows that pass the filters, and where the page ended. */
export interface EventPage {
  readonly rows: EventRow[];
  /** The last id of the page before filtering ("" for an empty page). */
  readonly last: string;
  /** True when the page was full: there may be more after `last`. */
  readonly full: boolean;
}

/**
 * One page of events with `after < id` ("" for the first page) and `id <= until`
 * (when given), keeping the unexpired rows of `fields`.
 *
 * @example
 * ```ts
 * const { rows, last, full } = await readEventPage(store, { after: "", fields: ["purchases"], now: Date.now() });
 * ```
 */
export async function readEventPage(
  store: Store,
  input: {
    readonly after: string;
    readonly until?: string;
    readonly fields: readonly string[];
    readonly now: number;
  },
): Promise<EventPage> {
  if (input.fields.length === 0) return { rows: [], last: "", full: false };
  const rows = await store.db
    .selectFrom((eb) => {
      let page = eb
        .selectFrom("events")
        .select(["id", "customer_id", "field", "value", "at", "expires_at", "unvouched"]);
      // Ids are UUIDs on PostgreSQL: "" is no id there, so "from the start" omits the bound.
      if (input.after !== "") page = page.where("id", ">", input.after);
      if (input.until !== undefined) page = page.where("id", "<=", input.until);
      return page.orderBy("id").limit(PAGE).as("page");
    })
    .selectAll()
    .orderBy("id")
    .execute();
  const last = rows[rows.length - 1]?.id ?? "";
  return { rows: keep(rows, input), last, full: rows.length === PAGE };
}

/** The unexpired rows of `fields`, filtered here rather than by the database (see above). */
function keep(
  rows: ReadonlyArray<EventRow & { readonly expires_at: number | string }>,
  input: { readonly fields: readonly string[]; readonly now: number },
): EventRow[] {
  const fields = new Set(input.fields);
  const kept: EventRow[] = [];
  for (const row of rows) {
    if (Number(row.expires_at) > input.now && fields.has(row.field)) kept.push(row);
  }
  return kept;
}

/**
 * The ids of one page of events with `after < id <= until` (`until` optional), in
 * id order, whatever their field or expiry: the narrowest read, so that a poll can
 * skip the rows it already has.
 */
export async function readEventIds(
  store: Store,
  input: { readonly after: string; readonly until?: string },
): Promise<string[]> {
  let query = store.db.selectFrom("events").select("id");
  if (input.after !== "") query = query.where("id", ">", input.after);
  if (input.until !== undefined) query = query.where("id", "<=", input.until);
  const rows = await query.orderBy("id").limit(PAGE).execute();
  return rows.map((row) => row.id);
}

/**
 * The unexpired events of `fields` among `ids` (sorted, from one page of
 * `readEventIds`), in id order. Read as the id range they span, which every
 * planner serves from the primary key (a list of ids can get a full scan).
 */
export async function readEventsById(
  store: Store,
  input: {
    readonly ids: readonly string[];
    readonly fields: readonly string[];
    readonly now: number;
  },
): Promise<EventRow[]> {
  const first = input.ids[0];
  const last = input.ids[input.ids.length - 1];
  if (first === undefined || last === undefined || input.fields.length === 0) return [];
  const rows = await store.db
    .selectFrom("events")
    .select(["id", "customer_id", "field", "value", "at", "expires_at", "unvouched"])
    .where("id", ">=", first)
    .where("id", "<=", last)
    .orderBy("id")
    .execute();
  const wanted = new Set(input.ids);
  return keep(
    rows.filter((row) => wanted.has(row.id)),
    input,
  );
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
  if (input.until === "" || input.fields.length === 0) return; // nothing to read
  let after = "";
  for (;;) {
    if (input.stopped()) throw new Error("butler: stopped while reading events");
    const page = await readEventPage(store, { ...input, after });
    if (page.rows.length > 0) yield page.rows;
    if (!page.full) return;
    after = page.last;
  }
}
