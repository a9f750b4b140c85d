/**
 * Idempotency keys: a retried request with the same key gets the stored response
 * instead of writing twice. Keys are stored hashed together with the caller, so a
 * client-chosen key never lands in the database as written.
 */
import { createHash } from "node:crypto";
import type { Store } from "./store.js";

/** How long a stored response answers retries. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** The stored form of a key: a hash of who asked, for which route, with which key. */
export function idempotencyKeyHash(principal: string, route: string, key: string): string {
  return createHash("sha256").update(`${principal}\u0000${route}\u0000${key}`).digest("hex");
}

/** A hash of a request body, to tell a retry from a different request reusing a key. */
export function requestHash(body: string | Uint8Array): string {
  return createHash("sha256").update(body).digest("hex");
}

/** A stored response, or null. Expired entries are ignored even before the sweeper runs. */
export async function findIdempotent(
  store: Store,
  keyHash: string,
  now: number,
): Promise<{ requestHash: string; status: number; response: string } | null> {
  const row = await store.db
    .selectFrom("idempotency")
    .select(["request_hash", "status", "response", "expires_at"])
    .where("key_hash", "=", keyHash)
    .executeTakeFirst();
  if (!row) return null;
  if (row.expires_at <= now) {
    // Expired but not swept yet: clear it so the key can be used again.
    await store.db.deleteFrom("idempotency").where("key_hash", "=", keyHash).execute();
    return null;
  }
  return { requestHash: row.request_hash, status: row.status, response: row.response };
}
