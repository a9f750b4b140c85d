/**
 * Who is calling. Two kinds of credential, both as `Authorization: Bearer …`:
 * an admin token (everything) and a publishable site key (browser routes only,
 * and only from the origins the key allows). Keys are looked up by hash in a
 * cache refreshed from the store, so a revocation reaches every process.
 */
import type { FastifyRequest } from "fastify";
import { type ApiKey, hashToken, listApiKeys, tokenKind } from "../store/api-keys.js";
import type { Store } from "../store/store.js";
import { ApiError } from "./errors.js";

/** The caller of a request, once identified. */
export interface Principal {
  readonly kind: "admin" | "site";
  readonly keyId: string;
  readonly origins: ReadonlySet<string>;
}

/** What a route accepts. */
export type Access = "public" | "site" | "admin";

/** Credentials by hash, refreshed periodically. */
export class KeyCache {
  private byHash = new Map<string, Principal>();
  private origins = new Set<string>();

  constructor(private readonly store: Store) {}

  /** Reloads every live key from the store. */
  async refresh(): Promise<void> {
    const keys = await listApiKeys(this.store);
    this.set(keys);
  }

  private set(keys: readonly ApiKey[]): void {
    const byHash = new Map<string, Principal>();
    const origins = new Set<string>();
    for (const key of keys) {
      const allowed = new Set(key.origins);
      byHash.set(key.hash, { kind: key.kind, keyId: key.id, origins: allowed });
      for (const origin of allowed) origins.add(origin);
    }
    this.byHash = byHash;
    this.origins = origins;
  }

  /** The principal for a bearer token, or null when unknown or revoked. */
  find(token: string): Principal | null {
    if (tokenKind(token) === null) return null;
    return this.byHash.get(hashToken(token)) ?? null;
  }

  /** True when any site key allows `origin` (for CORS). */
  allowsOrigin(origin: string): boolean {
    return this.origins.has(origin);
  }
}

/** The bearer token of a request, if any. */
export function bearer(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header !== "string") return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ?? null;
}

/**
 * Checks a request against a route's access. Throws the API error to answer
 * with; returns the principal (null for public routes).
 */
export function authorize(
  request: FastifyRequest,
  principal: Principal | null,
  access: Access,
): Principal | null {
  if (access === "public") return principal;
  if (!principal) {
    throw new ApiError(bearer(request) === null ? "API_UNAUTHORIZED" : "API_INVALID_KEY");
  }
  if (principal.kind === "admin") return principal;
  if (access === "admin") throw new ApiError("API_FORBIDDEN");
  const origin = request.headers.origin;
  if (typeof origin !== "string" || !principal.origins.has(origin)) {
    throw new ApiError("API_ORIGIN_NOT_ALLOWED");
  }
  return principal;
}
