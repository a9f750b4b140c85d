/**
 * Shared fixtures: the test inventory (parsed by the real loader) and row builders.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseConfig } from "../../src/policy/index.js";
import type { Config } from "../../src/policy/types.js";
import { saveIdentity } from "../../src/store/identity.js";
import { uuidv7 } from "../../src/store/ids.js";
import type { EventsTable } from "../../src/store/schema.js";
import type { Store } from "../../src/store/store.js";

/** Path of the test inventory. */
export const CONFIG_PATH = fileURLToPath(new URL("./fixtures/store.config.yaml", import.meta.url));

/** The test inventory, loaded with the real config loader. */
export function testConfig(): Config {
  const loaded = parseConfig(readFileSync(CONFIG_PATH, "utf8"), { file: "store.config.yaml" });
  if (!loaded.config)
    throw new Error(`fixture config has problems: ${JSON.stringify(loaded.problems)}`);
  return loaded.config;
}

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;
/** A fixed "now" for tests: 2025-03-01T12:00:00Z. */
export const T0 = Date.UTC(2025, 2, 1, 12);

/** An event row for `field`, expiring after `retention`. */
export function eventRow(
  customer: string,
  field: string,
  at: number,
  retention: number,
  value: unknown = { sku: "A1" },
): EventsTable {
  return {
    id: uuidv7(at),
    customer_id: customer,
    field,
    value: JSON.stringify(value),
    context: "site",
    at,
    expires_at: at + retention,
    received_at: at,
    unvouched: 0,
  };
}

/** Stores `<id>@example.com` as the email of each customer (encrypted, as the API does). */
export async function saveEmails(
  store: Store,
  ids: readonly string[],
  at: number,
  retention = 760 * DAY,
): Promise<void> {
  for (const id of ids) {
    await saveIdentity(
      store,
      id,
      [{ field: "email", value: `${id}@example.com`, category: "user.contact.email", retention }],
      { now: at },
    );
  }
}
