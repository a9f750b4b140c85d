/**
 * The demo shop's visitors, picked from what the store holds: a buyer (the most
 * recent purchase of someone not suppressed who took no quiz), a quiz-taker (an interest answer and
 * no purchase), and a newcomer (an id never seen before).
 */
import type { Store } from "../../store/store.js";
import type { PersonaKey } from "./shop-site.js";

/** The id the demo uses for a first-time visitor (nothing is stored under it). */
export const DEMO_NEWCOMER = "c_demo_newcomer";

/**
 * Picks the visitors.
 *
 * @example
 * ```ts
 * const personas = await pickPersonas(store, Date.now());
 * // { newcomer: "c_demo_newcomer", quiz: "c_00042", buyer: "c_00107" }
 * ```
 */
export async function pickPersonas(
  store: Store,
  now: number,
): Promise<Record<PersonaKey, string | null>> {
  const buyer = await store.db
    .selectFrom("events")
    .innerJoin("customers", "customers.id", "events.customer_id")
    .select("events.customer_id")
    .where("events.field", "=", "purchases")
    .where("events.expires_at", ">", now)
    .where("customers.suppression", "is", null)
    // A buyer who took no quiz, so what they see is explained by what they bought.
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("answers")
            .select("answers.customer_id")
            .whereRef("answers.customer_id", "=", "events.customer_id"),
        ),
      ),
    )
    .orderBy("events.at", "desc")
    .limit(1)
    .executeTakeFirst();
  const quiz = await store.db
    .selectFrom("answers")
    .innerJoin("customers", "customers.id", "answers.customer_id")
    .select("answers.customer_id")
    .where("answers.field", "=", "interests")
    .where("answers.expires_at", ">", now)
    .where("customers.suppression", "is", null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("events")
            .select("events.id")
            .whereRef("events.customer_id", "=", "answers.customer_id")
            .where("events.field", "=", "purchases"),
        ),
      ),
    )
    .orderBy("answers.at", "desc")
    .limit(1)
    .executeTakeFirst();
  return {
    newcomer: DEMO_NEWCOMER,
    quiz: quiz?.customer_id ?? null,
    buyer: buyer?.customer_id ?? null,
  };
}
