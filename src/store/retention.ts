/**
 * Keeps stored expiry in step with the config. `expires_at` is stamped at
 * ingestion from the field's retention; when a marketer shortens a retention,
 * existing rows (events, answers and encrypted identities alike) are re-stamped
 * so the sweeper removes them on the new schedule.
 */
import type { Field } from "../policy/types.js";
import type { Store } from "./store.js";

/** Tables whose rows carry a field's value and its expiry (`field`, `at`, `expires_at`). */
const RESTAMPED = ["events", "answers", "identities"] as const;

/**
 * Re-stamps rows of fields whose retention got shorter since the last call and
 * remembers the current retentions. Returns the fields re-stamped.
 *
 * @example
 * ```ts
 * await applyRetention(store, config.fields);
 * ```
 */
export async function applyRetention(
  store: Store,
  fields: readonly Pick<Field, "id" | "retention">[],
): Promise<string[]> {
  const rows = await store.db
    .selectFrom("meta")
    .select(["key", "value"])
    .where("key", "like", "retention:%")
    .execute();
  const known = new Map(rows.map((r) => [r.key.slice("retention:".length), Number(r.value)]));
  const shortened: string[] = [];
  for (const field of fields) {
    const before = known.get(field.id);
    if (before === field.retention) continue;
    await store.db.transaction().execute(async (trx) => {
      if (before !== undefined && field.retention < before) {
        for (const table of RESTAMPED) {
          await trx
            .updateTable(table)
            .set((eb) => ({ expires_at: eb("at", "+", field.retention) }))
            .where("field", "=", field.id)
            .where((eb) => eb("expires_at", ">", eb("at", "+", field.retention)))
            .execute();
        }
        shortened.push(field.id);
      }
      await trx
        .insertInto("meta")
        .values({ key: `retention:${field.id}`, value: String(field.retention) })
        .onConflict((c) => c.column("key").doUpdateSet({ value: String(field.retention) }))
        .execute();
    });
  }
  // Cached customer state carries expiry times stamped under the old retention.
  store.cache?.clear();
  return shortened;
}
