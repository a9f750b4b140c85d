/**
 * Whether a request may read one customer's own data. An admin token may; a site
 * key (public: anyone can copy it from a page) only with a customer token for that
 * customer, signed by the site's backend (see `customer-token.ts`). The token comes
 * in the `X-Tactful-Customer-Token` header or the `customer_token` query parameter.
 * @internal
 */
import type { FastifyRequest } from "fastify";
import type { MasterKey } from "../store/crypto/master-key.js";
import { identifiedCustomers } from "../store/identity.js";
import type { Store } from "../store/store.js";
import {
  type CustomerTokenCheck,
  customerTokenSecret,
  type TokenScope,
  verifyCustomerToken,
} from "./customer-token.js";
import { ApiError } from "./errors.js";

/** The header a browser sends the token in (CORS allows it). */
export const CUSTOMER_TOKEN_HEADER = "x-tactful-customer-token";
/** The query parameter a token may come in instead. */
export const CUSTOMER_TOKEN_PARAM = "customer_token";

const secrets = new WeakMap<MasterKey, string>();

/** The customer-token secret of a store's master key (derived once per key). */
export function storeCustomerTokenSecret(store: Store): string {
  let secret = secrets.get(store.masterKey);
  if (secret === undefined) {
    secret = customerTokenSecret(store.masterKey.bytes);
    secrets.set(store.masterKey, secret);
  }
  return secret;
}

/** The customer token a request carries, if any (the header wins over the query). */
export function requestCustomerToken(request: FastifyRequest): string | null {
  const header = request.headers[CUSTOMER_TOKEN_HEADER];
  if (typeof header === "string") return header.trim();
  if (Array.isArray(header)) return "\u0000"; // sent twice: malformed, never guessed between
  const query = request.query as Record<string, unknown> | null | undefined;
  const param = query?.[CUSTOMER_TOKEN_PARAM];
  return typeof param === "string" ? param : null;
}

/**
 * May this request read `customer`'s own data? Always for an admin token; for a
 * site key only with a valid customer token for exactly that customer.
 *
 * @example
 * ```ts
 * const access = customerAccess(ctx.store, request, "c_8f3a2b", ctx.now());
 * if (!access.ok) reply.send({ personal: false, contextual: access.problem });
 * ```
 */
export function customerAccess(
  store: Store,
  request: FastifyRequest,
  customer: string,
  now: number,
  scope?: TokenScope,
): CustomerTokenCheck {
  if (request.principal?.kind === "admin") {
    return { ok: true, customer, expiresAt: Number.POSITIVE_INFINITY };
  }
  return verifyCustomerToken(requestCustomerToken(request), {
    secret: storeCustomerTokenSecret(store),
    customer,
    now,
    ...(scope ? { scope } : {}),
  });
}

/**
 * Throws `API_CUSTOMER_TOKEN_REQUIRED` (403) unless the request may act for
 * `customer` (see {@link customerAccess}). For routes whose answer is about the
 * customer (`POST /v1/decide`), where there is no contextual answer to fall back on.
 */
export function requireCustomerAccess(
  store: Store,
  request: FastifyRequest,
  customer: string,
  now: number,
  /** A scope the token must grant (`identify` for `/v1/identify`). */
  scope?: TokenScope,
): void {
  const access = customerAccess(store, request, customer, now, scope);
  if (access.ok) return;
  throw new ApiError("API_CUSTOMER_TOKEN_REQUIRED", { reason: access.problem }, [
    { path: "/customer", problem: access.problem.replace("CUSTOMER_TOKEN_", "").toLowerCase() },
  ]);
}

/** A customer a write names, and where in the body (a JSON pointer, for the error). */
export interface WrittenCustomer {
  readonly id: string;
  readonly path: string;
}

/**
 * Throws `API_CUSTOMER_TOKEN_REQUIRED` (403) when a site key writes for an
 * *identified* customer (one the store holds an email or a name for) without that
 * customer's token. Anyone can copy the site key from a page: without this, they
 * could grant consent to a newsletter in someone else's name, or post signals that
 * raise someone's trust balance and so unlock messages to them. Ids the store
 * cannot tie to a person (a browser's random id before sign-in) are written as
 * before: nothing sent under them reaches anyone. An admin token needs nothing.
 * Returns the ids written without a valid token (their rows are `unvouched`).
 */
export async function requireTokenForIdentified(
  store: Store,
  request: FastifyRequest,
  customers: readonly WrittenCustomer[],
  now: number,
): Promise<ReadonlySet<string>> {
  if (request.principal?.kind !== "site" || customers.length === 0) return NOBODY;
  const token = requestCustomerToken(request);
  const secret = storeCustomerTokenSecret(store);
  const unproven = new Map<string, { written: WrittenCustomer; problem: string }>();
  for (const written of customers) {
    if (unproven.has(written.id)) continue;
    const check = verifyCustomerToken(token, { secret, customer: written.id, now });
    if (!check.ok) unproven.set(written.id, { written, problem: check.problem });
  }
  if (unproven.size === 0) return NOBODY;
  const identified = await identifiedCustomers(store, [...unproven.keys()], now);
  for (const { written, problem } of unproven.values()) {
    if (!identified.has(written.id)) continue;
    throw new ApiError("API_CUSTOMER_TOKEN_REQUIRED", { reason: problem }, [
      { path: written.path, problem: problem.replace("CUSTOMER_TOKEN_", "").toLowerCase() },
    ]);
  }
  // Anonymous ids, written without a token: allowed, and returned so the rows say so.
  return new Set(unproven.keys());
}

const NOBODY: ReadonlySet<string> = new Set();
