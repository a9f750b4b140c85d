/**
 * Managing credentials by hand (`tactful keys`): each creation and revocation is
 * one transaction with its audit entry (the id and the kind, never the token or
 * its hash), and the last live admin token is never revoked, so admin routes
 * cannot be locked out.
 */
import { type ApiKey, type ApiKeyKind, createApiKey } from "./api-keys.js";
import { recordAudit } from "./audit.js";
import type { Store } from "./store.js";

/** Who acts, and when. */
export interface KeyActor {
  readonly actor: string;
  readonly at: number;
}

/**
 * Creates a credential and audits it (`key.create`). Returns the token, which is
 * not kept: show it once.
 *
 * @example
 * ```ts
 * const { key, token } = await issueApiKey(store, { kind: "admin", label: "ops" }, { actor: "cli", at: Date.now() });
 * ```
 */
export function issueApiKey(
  store: Store,
  input: {
    readonly kind: ApiKeyKind;
    readonly label: string;
    readonly origins?: readonly string[];
  },
  who: KeyActor,
): Promise<{ key: ApiKey; token: string }> {
  return store.db.transaction().execute(async (trx) => {
    const created = await createApiKey(
      { db: trx },
      { kind: input.kind, label: input.label, origins: input.origins ?? [], now: who.at },
    );
    await recordAudit(trx, {
      actor: who.actor,
      action: "key.create",
      detail: { id: created.key.id, kind: created.key.kind },
      at: who.at,
    });
    return created;
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What `withdrawApiKey` did. */
export type WithdrawResult =
  | { readonly ok: true; readonly kind: ApiKeyKind; readonly liveOfKind: number }
  | { readonly ok: false; readonly reason: "unknown" }
  | { readonly ok: false; readonly reason: "revoked"; readonly revokedAt: number }
  | { readonly ok: false; readonly reason: "last_admin" };

/**
 * Revokes the credential `id` and audits it (`key.revoke`), unless it is unknown,
 * already revoked, or the last live admin token. `liveOfKind` counts the live
 * credentials of its kind left afterwards. A running server stops accepting it at
 * its next key refresh.
 *
 * @example
 * ```ts
 * const result = await withdrawApiKey(store, id, { actor: "cli", at: Date.now() });
 * if (!result.ok && result.reason === "last_admin") console.log("create another admin token first");
 * ```
 */
export function withdrawApiKey(
  store: Store,
  given: string,
  who: KeyActor,
): Promise<WithdrawResult> {
  // Ids are UUIDs (a uuid column on PostgreSQL): anything else names no credential.
  if (!UUID.test(given)) return Promise.resolve({ ok: false, reason: "unknown" });
  const id = given.toLowerCase();
  return store.db.transaction().execute(async (trx): Promise<WithdrawResult> => {
    // Every live credential, locked on PostgreSQL: two revocations at once cannot
    // each leave the other's token as the last one and then revoke it too.
    const live = await trx
      .selectFrom("api_keys")
      .select(["id", "kind"])
      .where("revoked_at", "is", null)
      .orderBy("id")
      .$if(store.dialect === "postgres", (q) => q.forUpdate())
      .execute();
    const target = live.find((k) => k.id === id);
    if (!target) {
      const gone = await trx
        .selectFrom("api_keys")
        .select("revoked_at")
        .where("id", "=", id)
        .executeTakeFirst();
      return gone?.revoked_at != null
        ? { ok: false, reason: "revoked", revokedAt: Number(gone.revoked_at) }
        : { ok: false, reason: "unknown" };
    }
    const kind = target.kind as ApiKeyKind;
    const liveOfKind = live.filter((k) => k.kind === kind).length;
    if (kind === "admin" && liveOfKind === 1) return { ok: false, reason: "last_admin" };
    await trx
      .updateTable("api_keys")
      .set({ revoked_at: who.at })
      .where("id", "=", id)
      .where("revoked_at", "is", null)
      .execute();
    await recordAudit(trx, {
      actor: who.actor,
      action: "key.revoke",
      detail: { id, kind },
      at: who.at,
    });
    return { ok: true, kind, liveOfKind: liveOfKind - 1 };
  });
}
