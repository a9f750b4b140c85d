/**
 * First-start credentials: an admin token (generated once and shown once, or
 * taken from `TACTFUL_ADMIN_TOKEN`) and a site key allowed from the config's site
 * URL plus any `--origin`.
 */
import { createApiKey, hashToken, listApiKeys, setKeyOrigins } from "../store/api-keys.js";
import type { Store } from "../store/store.js";

/** What `ensureCredentials` found or made. */
export interface Credentials {
  /** A new admin token to show once, or the one from the environment; null when one already existed. */
  readonly adminToken: string | null;
  readonly siteKey: string;
  readonly origins: readonly string[];
}

/** `TACTFUL_ADMIN_TOKEN` names a token that was revoked (`tactful keys revoke`). */
export class AdminTokenRevokedError extends Error {
  readonly code = "SERVER_ADMIN_TOKEN_REVOKED";
  constructor(
    /** The revoked credential's id (not secret). */
    readonly id: string,
  ) {
    super("SERVER_ADMIN_TOKEN_REVOKED");
    this.name = "AdminTokenRevokedError";
  }
}

/** A chosen admin token: the `tka_` prefix, then at least 24 printable characters. */
const ADMIN_TOKEN = /^tka_[\x21-\x7e]{24,}$/;

/**
 * True when `token` may serve as an admin token chosen by the operator
 * (`TACTFUL_ADMIN_TOKEN`): it must say it is one and be long enough not to be guessed.
 *
 * @example
 * ```ts
 * isUsableAdminToken(generateToken("admin")); // true
 * isUsableAdminToken("tka_secret"); // false: too short
 * ```
 */
export function isUsableAdminToken(token: string): boolean {
  return ADMIN_TOKEN.test(token);
}

/** The origin (`scheme://host[:port]`) of a URL, or null. */
export function originOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.origin : null;
  } catch {
    return null;
  }
}

/**
 * The origin `given` names, normalized (`https://Shop.Example:443` is
 * `https://shop.example`), or null when it is not an http(s) origin or says
 * more than one: a path, a query, credentials or a wildcard would never match
 * a browser's `Origin` header, and `null` is what any sandboxed frame sends.
 */
export function exactOrigin(given: string): string | null {
  const origin = originOf(given);
  if (origin === null || given.includes("*")) return null;
  return new URL(given).href === `${origin}/` ? origin : null;
}

/**
 * Makes sure an admin credential and a site key exist. Throws when `adminToken`
 * is given and not usable (check it first with {@link isUsableAdminToken}).
 *
 * @example
 * ```ts
 * const { adminToken, siteKey } = await ensureCredentials(store, { origins: ["https://shop.example"], now: Date.now() });
 * ```
 */
export async function ensureCredentials(
  store: Store,
  input: {
    readonly adminToken?: string | undefined;
    readonly origins: readonly string[];
    readonly now: number;
  },
): Promise<Credentials> {
  const keys = await listApiKeys(store);
  let adminToken: string | null = null;
  if (input.adminToken) {
    if (!isUsableAdminToken(input.adminToken)) {
      throw new Error("SERVER_ADMIN_TOKEN_INVALID: see isUsableAdminToken");
    }
    const hash = hashToken(input.adminToken);
    if (!keys.some((k) => k.hash === hash)) {
      // A revoked token stays revoked: starting with it would refuse every admin call.
      const revoked = await store.db
        .selectFrom("api_keys")
        .select("id")
        .where("hash", "=", hash)
        .where("revoked_at", "is not", null)
        .executeTakeFirst();
      if (revoked) throw new AdminTokenRevokedError(revoked.id);
      await createApiKey(store, {
        kind: "admin",
        label: "environment",
        now: input.now,
        token: input.adminToken,
      });
    }
    adminToken = input.adminToken;
  } else if (!keys.some((k) => k.kind === "admin")) {
    adminToken = (
      await createApiKey(store, { kind: "admin", label: "first start", now: input.now })
    ).token;
  }
  const origins = [...new Set(input.origins)];
  const site = keys.find((k) => k.kind === "site");
  if (site) {
    if (JSON.stringify(site.origins) !== JSON.stringify(origins))
      await setKeyOrigins(store, site.id, origins);
    return { adminToken, siteKey: site.hint, origins };
  }
  const created = await createApiKey(store, {
    kind: "site",
    label: "site",
    origins,
    now: input.now,
  });
  return { adminToken, siteKey: created.token, origins };
}
