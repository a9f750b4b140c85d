/**
 * The demo shop's visitors, picked from what the store holds: a buyer (a recent
 * purchase, no quiz), a quiz-taker (an interest answer, no purchase), and a
 * newcomer (an id never seen before). Among the candidates, the first whose
 * suggestions actually carry their kind of reason is shown (a quiz answer about
 * an activity the catalog has nothing for explains nothing).
 */
import type { Store } from "../../store/store.js";
import type { PersonaKey } from "./shop-site.js";

/** The id the demo uses for a first-time visitor (nothing is stored under it). */
export const DEMO_NEWCOMER = "c_demo_newcomer";

/** The `because` values a customer's suggestions carry. */
export type ReasonsOf = (customer: string) => Promise<ReadonlySet<string>>;

const CANDIDATES = 25;

/**
 * Picks the visitors; `reasonsOf` asks the recommendations route.
 *
 * @example
 * ```ts
 * const personas = await pickPersonas(store, Date.now(), reasonsOf);
 * // { newcomer: "c_demo_newcomer", quiz: "c_00042", buyer: "c_00107" }
 * ```
 */
export async function pickPersonas(
  store: Store,
  now: number,
  reasonsOf: ReasonsOf,
): Promise<Record<PersonaKey, string | null>> {
  const buyers = await store.db
    .selectFrom("events")
    .innerJoin("customers", "customers.id", "events.customer_id")
    .select("events.customer_id as id")
    .where("events.field", "=", "purchases")
    .where("events.expires_at", ">", now)
    .where("customers.suppression", "is", null)
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
    .limit(CANDIDATES)
    .execute();
  const quizTakers = await store.db
    .selectFrom("answers")
    .innerJoin("customers", "customers.id", "answers.customer_id")
    .select("answers.customer_id as id")
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
    .limit(CANDIDATES)
    .execute();
  const first = async (rows: ReadonlyArray<{ id: string }>, because: string) => {
    for (const { id } of new Map(rows.map((r) => [r.id, r])).values()) {
      if ((await reasonsOf(id)).has(because)) return id;
    }
    return rows[0]?.id ?? null;
  };
  return {
    newcomer: DEMO_NEWCOMER,
    quiz: await first(quizTakers, "declared"),
    buyer: await first(buyers, "deliberate"),
  };
}
