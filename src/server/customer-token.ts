/**
 * Customer tokens: proof, signed by the site's backend, that a browser speaks for
 * one customer. The site key is public, so it cannot say whose data a request may
 * read; a customer token can. A token is a compact JWT (HS256), so any backend can
 * mint one with its standard library:
 *
 * - header `{"alg":"HS256","typ":"JWT"}` (`alg` must be exactly `HS256`);
 * - payload `{"sub": <customer id>, "iat": <unix seconds>, "exp": <unix seconds>}`;
 *   `exp` is required, at most {@link MAX_TOKEN_LIFETIME_SECONDS} after now; an
 *   optional `scope` (space-separated, as in OAuth) grants more than reading:
 *   `identify` lets the page set where the customer is reached (`/v1/identify`).
 *   A token without it, the one put on every page for the widget, cannot: any
 *   script on that page can read it;
 * - signature: HMAC-SHA256 over `base64url(header).base64url(payload)`, keyed by
 *   the secret *as text* (its UTF-8 bytes), so JWT libraries that take a string
 *   secret work too.
 *
 * The secret is derived from the store's master key (HKDF-SHA256, info
 * `tactful customer-token v1`): nothing new is stored, and a new master key
 * invalidates every token signed with the old secret. `tactful customer-token-secret`
 * prints it.
 */
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

/** The longest a token may be valid: one day. */
export const MAX_TOKEN_LIFETIME_SECONDS = 24 * 60 * 60;
/** How far apart the signer's clock and the server's may be. */
export const CLOCK_SKEW_SECONDS = 60;
/** What a token signed without a `ttlSeconds` lasts: one hour. */
export const DEFAULT_TOKEN_TTL_SECONDS = 60 * 60;

/** Every secret starts with this (a hint for secret scanners and people). */
export const CUSTOMER_TOKEN_SECRET_PREFIX = "tcs_";
const HKDF_INFO = "tactful customer-token v1";
const HKDF_SALT = "tactful";

/** Why a token was not accepted (stable codes; docs/widget.md lists them). */
export type CustomerTokenProblem =
  | "CUSTOMER_TOKEN_MISSING"
  | "CUSTOMER_TOKEN_MALFORMED"
  | "CUSTOMER_TOKEN_ALGORITHM"
  | "CUSTOMER_TOKEN_SIGNATURE"
  | "CUSTOMER_TOKEN_EXPIRED"
  | "CUSTOMER_TOKEN_NOT_YET_VALID"
  | "CUSTOMER_TOKEN_TOO_LONG"
  | "CUSTOMER_TOKEN_OTHER_CUSTOMER"
  | "CUSTOMER_TOKEN_SCOPE";

/** The result of checking a token. */
export type CustomerTokenCheck =
  | { readonly ok: true; readonly customer: string; readonly expiresAt: number }
  | { readonly ok: false; readonly problem: CustomerTokenProblem };

/** Options of {@link signCustomerToken}. */
export interface SignCustomerTokenOptions {
  /** The secret `tactful customer-token-secret` prints (used as text). */
  readonly secret: string;
  /** How long the token is valid, in seconds (default one hour, at most one day). */
  readonly ttlSeconds?: number;
  /** The clock, in milliseconds (default `Date.now()`). */
  readonly now?: number;
  /** What the token grants beyond reading, e.g. `["identify"]` (default: nothing). */
  readonly scope?: readonly TokenScope[];
}

/** What a token may grant beyond reading the customer's own suggestions and verdicts. */
export type TokenScope = "identify";

/** Options of {@link verifyCustomerToken}. */
export interface VerifyCustomerTokenOptions {
  readonly secret: string;
  /** The customer the request is about: the token's `sub` must be exactly this. */
  readonly customer: string;
  /** A scope the token's `scope` claim must name (default: none needed). */
  readonly scope?: TokenScope;
  /** The clock, in milliseconds (default `Date.now()`). */
  readonly now?: number;
}

/**
 * The customer-token secret of a master key (HKDF-SHA256 of its 32 bytes), as the
 * text to sign with.
 *
 * @example
 * ```ts
 * const secret = customerTokenSecret(store.masterKey.bytes);
 * ```
 */
export function customerTokenSecret(masterKeyBytes: Uint8Array): string {
  const derived = Buffer.from(hkdfSync("sha256", masterKeyBytes, HKDF_SALT, HKDF_INFO, 32));
  return `${CUSTOMER_TOKEN_SECRET_PREFIX}${derived.toString("base64url")}`;
}

const HEADER = base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));

/**
 * Signs a customer token for `customerId`: what your backend puts on the page for
 * the logged-in customer (the widget's `customer-token` attribute). Throws a
 * `RangeError` for a lifetime outside 1 s – 24 h or an empty secret.
 *
 * @example
 * ```ts
 * import { signCustomerToken } from "tactful";
 * const token = signCustomerToken("c_8f3a2b", { secret: process.env.TACTFUL_CUSTOMER_TOKEN_SECRET!, ttlSeconds: 3600 });
 * ```
 */
export function signCustomerToken(customerId: string, options: SignCustomerTokenOptions): string {
  const ttl = options.ttlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > MAX_TOKEN_LIFETIME_SECONDS) {
    throw new RangeError(`ttlSeconds must be an integer from 1 to ${MAX_TOKEN_LIFETIME_SECONDS}`);
  }
  if (!options.secret) throw new RangeError("secret is empty");
  if (!customerId) throw new RangeError("customerId is empty");
  const iat = Math.floor((options.now ?? Date.now()) / 1000);
  const scope = options.scope?.length ? { scope: options.scope.join(" ") } : {};
  const payload = base64url(JSON.stringify({ sub: customerId, iat, exp: iat + ttl, ...scope }));
  const signed = `${HEADER}.${payload}`;
  return `${signed}.${mac(options.secret, signed).toString("base64url")}`;
}

const PART = /^[A-Za-z0-9_-]+$/;
/** Longer tokens are refused before any work (a real one is about 200 characters). */
const MAX_TOKEN_LENGTH = 2048;

/**
 * Checks a customer token: the signature (HMAC-SHA256, compared in constant time),
 * `alg` exactly `HS256`, `exp` in the future (within {@link CLOCK_SKEW_SECONDS}) and
 * at most a day away, `iat`/`nbf` not in the future, `sub` exactly `customer`.
 * Claims are read only once the signature holds.
 *
 * @example
 * ```ts
 * const check = verifyCustomerToken(token, { secret, customer: "c_8f3a2b" });
 * if (!check.ok) console.log(check.problem); // e.g. CUSTOMER_TOKEN_EXPIRED
 * ```
 */
export function verifyCustomerToken(
  token: string | null | undefined,
  options: VerifyCustomerTokenOptions,
): CustomerTokenCheck {
  if (token === null || token === undefined || token === "") return fail("CUSTOMER_TOKEN_MISSING");
  if (token.length > MAX_TOKEN_LENGTH) return fail("CUSTOMER_TOKEN_MALFORMED");
  const parts = token.split(".");
  if (parts.length !== 3) return fail("CUSTOMER_TOKEN_MALFORMED");
  const [head, body, signature] = parts as [string, string, string];
  if (!PART.test(head) || !PART.test(body) || !PART.test(signature)) {
    return fail("CUSTOMER_TOKEN_MALFORMED");
  }
  const header = parseObject(head);
  if (!header) return fail("CUSTOMER_TOKEN_MALFORMED");
  if (header.alg !== "HS256") return fail("CUSTOMER_TOKEN_ALGORITHM");
  if (header.typ !== undefined && header.typ !== "JWT") return fail("CUSTOMER_TOKEN_MALFORMED");
  if (header.crit !== undefined) return fail("CUSTOMER_TOKEN_MALFORMED");
  // Compared as canonical base64url text: a signature with other padding bits is not this one.
  const expected = Buffer.from(mac(options.secret, `${head}.${body}`).toString("base64url"));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return fail("CUSTOMER_TOKEN_SIGNATURE");
  }
  const claims = parseObject(body);
  if (!claims) return fail("CUSTOMER_TOKEN_MALFORMED");
  const { sub, exp, iat, nbf } = claims;
  if (typeof sub !== "string" || !isTime(exp)) return fail("CUSTOMER_TOKEN_MALFORMED");
  if ((iat !== undefined && !isTime(iat)) || (nbf !== undefined && !isTime(nbf))) {
    return fail("CUSTOMER_TOKEN_MALFORMED");
  }
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  if (exp <= now - CLOCK_SKEW_SECONDS) return fail("CUSTOMER_TOKEN_EXPIRED");
  if (
    (isTime(iat) && iat > now + CLOCK_SKEW_SECONDS) ||
    (isTime(nbf) && nbf > now + CLOCK_SKEW_SECONDS)
  ) {
    return fail("CUSTOMER_TOKEN_NOT_YET_VALID");
  }
  if (
    exp > now + MAX_TOKEN_LIFETIME_SECONDS + CLOCK_SKEW_SECONDS ||
    (isTime(iat) && exp - iat > MAX_TOKEN_LIFETIME_SECONDS)
  ) {
    return fail("CUSTOMER_TOKEN_TOO_LONG");
  }
  if (sub !== options.customer) return fail("CUSTOMER_TOKEN_OTHER_CUSTOMER");
  if (options.scope !== undefined) {
    const granted = typeof claims.scope === "string" ? claims.scope.split(" ") : [];
    if (!granted.includes(options.scope)) return fail("CUSTOMER_TOKEN_SCOPE");
  }
  return { ok: true, customer: sub, expiresAt: exp * 1000 };
}

function fail(problem: CustomerTokenProblem): CustomerTokenCheck {
  return { ok: false, problem };
}

function mac(secret: string, data: string): Buffer {
  return createHmac("sha256", Buffer.from(secret, "utf8")).update(data, "ascii").digest();
}

function base64url(text: string): string {
  return Buffer.from(text, "utf8").toString("base64url");
}

function isTime(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

function parseObject(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
