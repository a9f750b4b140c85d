/**
 * Stored field values read as items: an event's value may be one item id, a list
 * of them (a cart, an order), or objects carrying `id`, `item` or `sku`. Anything
 * else names no item and is left out.
 */
import type { ButlerEvent } from "../../butler/index.js";
import type { ModelField } from "./wiring.js";

/** The columns of an `events` row the butler reads. */
export interface EventRow {
  readonly id: string;
  readonly customer_id: string;
  readonly field: string;
  readonly value: string;
  readonly at: number | string;
  /** 1: a site key wrote it without the customer's token (see `EventsTable.unvouched`). */
  readonly unvouched?: number | string | null;
}

const MAX_ITEMS_PER_VALUE = 100;

/** The item ids in a stored JSON value (at most 100). */
export function itemsOf(json: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [];
  }
  const list = Array.isArray(value) ? value : [value];
  const items: string[] = [];
  for (const entry of list) {
    const id = itemId(entry);
    if (id !== null) items.push(id);
    if (items.length >= MAX_ITEMS_PER_VALUE) break;
  }
  return items;
}

/** Interest words in a declared answer: a string or a list of strings. */
export function wordsOf(json: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [];
  }
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is string => typeof v === "string" && v.length > 0).slice(0, 50);
}

function itemId(entry: unknown): string | null {
  if (typeof entry === "string") return entry.length > 0 && entry.length <= 128 ? entry : null;
  if (typeof entry === "number" && Number.isFinite(entry)) return String(entry);
  if (entry && typeof entry === "object") {
    const record = entry as Record<string, unknown>;
    for (const key of ["id", "item", "sku"]) {
      const id = record[key];
      if (typeof id === "string" || typeof id === "number") return itemId(id);
    }
  }
  return null;
}

/**
 * Turns stored rows into butler events for the aggregate model. The items of one
 * row share a basket (the row id): they were carted or bought together. A row a
 * public site key wrote without the customer's token is a claim anyone could make
 * ("60 made-up buyers of socks with the stove"): it counts as a view, at a view's
 * weight, never as a purchase or a cart.
 */
export function toButlerEvents(
  rows: readonly EventRow[],
  modelFields: ReadonlyMap<string, ModelField>,
  into: ButlerEvent[] = [],
): ButlerEvent[] {
  for (const row of rows) {
    const field = modelFields.get(row.field);
    if (!field) continue;
    const at = Number(row.at);
    const claimed = Number(row.unvouched ?? 0) === 1;
    for (const item of itemsOf(row.value)) {
      into.push(
        field.kind === "view" || claimed
          ? {
              customer: row.customer_id,
              item,
              kind: "view",
              at,
              source: claimed ? "observed" : field.source,
              // A claim counts toward popularity only: no pairing window for made-up ids.
              ...(claimed ? { pairs: false } : {}),
            }
          : {
              customer: row.customer_id,
              item,
              kind: field.kind,
              at,
              source: field.source,
              basket: row.id,
            },
      );
    }
  }
  return into;
}
