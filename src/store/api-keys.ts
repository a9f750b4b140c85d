/**
 * API credentials: admin tokens (full access) and publishable site keys (browser
 * calls from allowed origins). Only a SHA-256 hash of each is stored; a token is
 * shown once, when created.
 */
import { createHash, randomBytes } from "node:crypto";
import { uuidv7 } from "./ids.js";
import type { Store } from "./store.js";

/** The two kinds of credential. */
export type ApiKeyKind = "admin" | "site";

/** A stored credential (without the secret). */
export interface ApiKey {
  readonly id: string;
  readonly kind: ApiKeyKind;
  readonly hash: string;
  /** The first characters of an admin token; the whole (publishable) site key. */
  readonly hint: string;
  /** Origins allowed to use a site key (`https://shop.example`). */
  readonly origins: readonly string[];
  readonly label: string;
  readonly createdAt: number;
  readonly revokedAt: number | null;
}

const PREFIX: Record<ApiKeyKind, string> = { admin: "tka_", site: "pk_" };

/** Recently presented tokens and their hashes: every request of a caller hashes the same token. */
const recentHashes = new Map<string, string>();
const RECENT_HASHES_MAX = 256;

/** SHA-256 of a token, as stored. */
export function hashToken(token: string): string {
  let hash = recentHashes.get(token);
  if (hash === undefined) {
    hash = createHash("sha256").update(token).digest("hex");
    // Bounded: a stream of made-up tokens only ever empties it.
    if (recentHashes.size >= RECENT_HASHES_MAX) recentHashes.clear();
    recentHashes.set(token, hash);
  }
  return hash;
}

/** The kind a token claims by its prefix, or null. */
export function tokenKind(token: string): ApiKeyKind | null {
  if (token.startsWith(PREFIX.admin)) return "admin";
  if (token.startsWith(PREFIX.site)) return "site";
  return null;
}

/** Makes a new random token of `kind` (not stored). */
export function generateToken(kind: ApiKeyKind): string {
  return PREFIX[kind] + randomBytes(kind === "admin" ? 32 : 18).toString("base64url");
}

/**
 * Stores a credential for `token` (a new random one when omitted) and returns it
 * with the token, which is not kept. `store` may be `{ db: trx }` inside a transaction.
 *
 * @example
 * ```ts
 * const { token } = await createApiKey(store, { kind: "site", origins: ["https://shop.example"], label: "shop", now: Date.now() });
 * ```
 */
export async function createApiKey(
  store: Pick<Store, "db">,
  input: {
    kind: ApiKeyKind;
    origins?: readonly string[];
    label: string;
    now: number;
    token?: string;
  },
): Promise<{ key: ApiKey; token: string }> {
  const token = input.token ?? generateToken(input.kind);
  const key: ApiKey = {
    id: uuidv7(input.now),
    kind: input.kind,
    hash: hashToken(token),
    // A site key is publishable (it sits in every page), so it is kept whole to be shown again.
    hint: input.kind === "site" ? token : token.slice(0, PREFIX[input.kind].length + 4),
    origins: input.origins ?? [],
    label: input.label,
    createdAt: input.now,
    revokedAt: null,
  };
  await store.db
    .insertInto("api_keys")
    .values({
      id: key.id,
      kind: key.kind,
      hash: key.hash,
      hint: key.hint,
      origins: JSON.stringify(key.origins),
      label: key.label,
      created_at: key.createdAt,
      revoked_at: null,
    })
    .onConflict((c) => c.column("hash").doNothing())
    .execute();
  return { key, token };
}

/** Every credential that is not revoked. */
export async function listApiKeys(store: Store): Promise<ApiKey[]> {
  const rows = await store.db
    .selectFrom("api_keys")
    .selectAll()
    .where("revoked_at", "is", null)
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as ApiKeyKind,
    hash: r.hash,
    hint: r.hint,
    origins: JSON.parse(r.origins) as string[],
    label: r.label,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
  }));
}

/** Replaces the allowed origins of a site key. */
export async function setKeyOrigins(
  store: Store,
  id: string,
  origins: readonly string[],
): Promise<void> {
  await store.db
    .updateTable("api_keys")
    .set({ origins: JSON.stringify(origins) })
    .where("id", "=", id)
    .execute();
}

/** Revokes a credential; it stops working at the next key refresh. */
export async function revokeApiKey(store: Store, id: string, now: number): Promise<boolean> {
  const result = await store.db
    .updateTable("api_keys")
    .set({ revoked_at: now })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
