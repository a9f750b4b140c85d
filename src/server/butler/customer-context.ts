/**
 * What the butler may know about one customer for one slot, read from the store
 * only after `decide()` allowed the slot's play: declared interests and
 * deliberate acts from the fields the play declares, unexpired. Nothing observed.
 */
import type { CustomerContext, DeclaredInterest, DeliberateAct } from "../../butler/index.js";
import type { Store } from "../../store/store.js";
import { itemsOf, wordsOf } from "./event-rows.js";
import type { SlotWiring } from "./wiring.js";

/** Acts read per request: the butler keeps at most 60 anchors anyway. */
const MAX_ROWS = 200;

/**
 * Reads the customer's context for `slot`.
 *
 * @example
 * ```ts
 * const customer = await readCustomerContext(store, slot, "c_8f3a2b", interests, Date.now());
 * butler.recommend({ slot: slot.play, customer, k: 4, personal: true }, now);
 * ```
 */
export async function readCustomerContext(
  store: Store,
  slot: SlotWiring,
  customerId: string,
  interestAliases: ReadonlyMap<string, string>,
  now: number,
): Promise<CustomerContext> {
  const itemFields = [...slot.history.keys(), ...slot.owned, ...slot.dismissed];
  // Two reads, sent together (one round trip's wait on PostgreSQL).
  const [rows, answers] = await Promise.all([
    itemFields.length === 0
      ? []
      : store.db
          .selectFrom("events")
          .select(["field", "value", "at"])
          .where("customer_id", "=", customerId)
          .where("field", "in", itemFields)
          .where("expires_at", ">", now)
          .orderBy("at", "desc")
          .limit(MAX_ROWS)
          .execute(),
    slot.interests.length === 0
      ? []
      : store.db
          .selectFrom("answers")
          .select(["value", "at"])
          .where("customer_id", "=", customerId)
          .where("field", "in", [...slot.interests])
          .where("expires_at", ">", now)
          .execute(),
  ]);

  const history: DeliberateAct[] = [];
  const owned: string[] = [];
  const dismissed: string[] = [];
  const latestCart = new Set<string>();
  for (const row of rows) {
    const at = Number(row.at);
    const kind = slot.history.get(row.field);
    if (kind === "cart") {
      // A cart value is the whole cart then: only the latest one is the cart now.
      if (latestCart.has(row.field)) continue;
      latestCart.add(row.field);
    }
    const items = itemsOf(row.value);
    if (kind) for (const item of items) history.push({ item, kind, at });
    else if (slot.owned.includes(row.field)) owned.push(...items);
    else if (slot.dismissed.includes(row.field)) dismissed.push(...items);
  }
  const declared: DeclaredInterest[] = [];
  for (const answer of answers) {
    for (const word of wordsOf(answer.value)) {
      declared.push({ category: interestAliases.get(word) ?? word, at: Number(answer.at) });
    }
  }
  return { declared, history, owned, dismissed };
}
