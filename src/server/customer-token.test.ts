import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateMasterKeyText, parseMasterKey } from "../store/crypto/master-key.js";
import {
  CLOCK_SKEW_SECONDS,
  customerTokenSecret,
  MAX_TOKEN_LIFETIME_SECONDS,
  signCustomerToken,
  verifyCustomerToken,
} from "./customer-token.js";

const T = Date.UTC(2026, 0, 15, 12, 0, 0);
const SECRET = customerTokenSecret(Buffer.alloc(32, 7));
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const decode = (part: string) => JSON.parse(Buffer.from(part, "base64url").toString("utf8"));

/** A token signed the way another language's standard library would, from parts. */
function handMade(header: object, payload: object, secret = SECRET): string {
  const signed = `${b64(header)}.${b64(payload)}`;
  return `${signed}.${createHmac("sha256", secret).update(signed).digest("base64url")}`;
}

const check = (token: string, customer = "c_1", now = T) =>
  verifyCustomerToken(token, { secret: SECRET, customer, now });

describe("customer token secret", () => {
  it("is derived from the master key: stable, distinct per key, and not the key itself", () => {
    const master = parseMasterKey(generateMasterKeyText());
    const secret = customerTokenSecret(master.bytes);
    expect(secret).toMatch(/^tcs_[A-Za-z0-9_-]{43}$/);
    expect(customerTokenSecret(master.bytes)).toBe(secret);
    expect(customerTokenSecret(parseMasterKey(generateMasterKeyText()).bytes)).not.toBe(secret);
    expect(secret).not.toContain(master.bytes.toString("base64url"));
    // Pinned (computed with Python's hmac module, HKDF by hand): a changed derivation
    // would silently invalidate every site's signer.
    expect(SECRET).toBe("tcs_TT_Eg7jqRwsUkUi2-EwwJotu19CADwz7UWLl61OVC6A");
  });
});

describe("signCustomerToken", () => {
  it("makes a compact HS256 JWT with sub, iat and exp", () => {
    const token = signCustomerToken("c_1", { secret: SECRET, ttlSeconds: 600, now: T });
    const [head, body] = token.split(".") as [string, string];
    expect(decode(head)).toEqual({ alg: "HS256", typ: "JWT" });
    expect(decode(body)).toEqual({ sub: "c_1", iat: T / 1000, exp: T / 1000 + 600 });
    // Byte for byte what any HS256 implementation computes with the secret as text.
    expect(token).toBe(handMade({ alg: "HS256", typ: "JWT" }, decode(body)));
    expect(check(token)).toEqual({ ok: true, customer: "c_1", expiresAt: T + 600_000 });
  });

  it("defaults to one hour and refuses lifetimes outside 1 s to 24 h", () => {
    const token = signCustomerToken("c_1", { secret: SECRET, now: T });
    expect(decode(token.split(".")[1] ?? "").exp).toBe(T / 1000 + 3600);
    for (const ttlSeconds of [0, -1, 1.5, MAX_TOKEN_LIFETIME_SECONDS + 1]) {
      expect(() => signCustomerToken("c_1", { secret: SECRET, ttlSeconds })).toThrow(RangeError);
    }
    expect(() => signCustomerToken("c_1", { secret: "" })).toThrow(RangeError);
    expect(() => signCustomerToken("", { secret: SECRET })).toThrow(RangeError);
  });
});

describe("verifyCustomerToken", () => {
  const live = { sub: "c_1", iat: T / 1000, exp: T / 1000 + 600 };
  const good = handMade({ alg: "HS256", typ: "JWT" }, live);

  it("accepts a token from a plain HMAC signer, without typ too", () => {
    expect(check(good).ok).toBe(true);
    expect(check(handMade({ alg: "HS256" }, { sub: "c_1", exp: T / 1000 + 60 })).ok).toBe(true);
  });

  it("says what is wrong with each kind of bad token", () => {
    const [head, body, sig] = good.split(".") as [string, string, string];
    const cases: Array<[string | null, string]> = [
      [null, "CUSTOMER_TOKEN_MISSING"],
      ["", "CUSTOMER_TOKEN_MISSING"],
      ["abc", "CUSTOMER_TOKEN_MALFORMED"],
      [`${head}.${body}`, "CUSTOMER_TOKEN_MALFORMED"],
      [`${head}.${body}.${sig}.x`, "CUSTOMER_TOKEN_MALFORMED"],
      [`${head}.${body}.${sig}=`, "CUSTOMER_TOKEN_MALFORMED"],
      [`${b64([1])}.${body}.${sig}`, "CUSTOMER_TOKEN_MALFORMED"],
      [`${head}.${body}.`, "CUSTOMER_TOKEN_MALFORMED"],
      [`${b64({ alg: "none" })}.${body}.${sig}`, "CUSTOMER_TOKEN_ALGORITHM"],
      [`${b64({ alg: "HS512" })}.${body}.${sig}`, "CUSTOMER_TOKEN_ALGORITHM"],
      [`${b64({ alg: "RS256" })}.${body}.${sig}`, "CUSTOMER_TOKEN_ALGORITHM"],
      [`${b64({ typ: "JWT" })}.${body}.${sig}`, "CUSTOMER_TOKEN_ALGORITHM"],
      [handMade({ alg: "HS256", typ: "JWE" }, live), "CUSTOMER_TOKEN_MALFORMED"],
      [handMade({ alg: "HS256", crit: ["exp"] }, live), "CUSTOMER_TOKEN_MALFORMED"],
      [
        `${head}.${body}.${sig.slice(0, -1)}${sig.endsWith("A") ? "B" : "A"}`,
        "CUSTOMER_TOKEN_SIGNATURE",
      ],
      [`${head}.${body}.${sig.slice(0, 20)}`, "CUSTOMER_TOKEN_SIGNATURE"],
      // The same bytes, other unused bits in the last character: not the signature.
      [
        `${head}.${body}.${sig.slice(0, -1)}${String.fromCharCode(sig.charCodeAt(42) ^ 1)}`,
        "CUSTOMER_TOKEN_SIGNATURE",
      ],
      [`${head}.${b64({ ...live, sub: "c_2" })}.${sig}`, "CUSTOMER_TOKEN_SIGNATURE"],
      [handMade({ alg: "HS256" }, live, "tcs_another"), "CUSTOMER_TOKEN_SIGNATURE"],
      [handMade({ alg: "HS256" }, { sub: "c_1" }), "CUSTOMER_TOKEN_MALFORMED"],
      [handMade({ alg: "HS256" }, { exp: live.exp }), "CUSTOMER_TOKEN_MALFORMED"],
      [handMade({ alg: "HS256" }, { ...live, exp: String(live.exp) }), "CUSTOMER_TOKEN_MALFORMED"],
      [handMade({ alg: "HS256" }, { ...live, exp: live.exp + 0.5 }), "CUSTOMER_TOKEN_MALFORMED"],
      [handMade({ alg: "HS256" }, { ...live, sub: 1 }), "CUSTOMER_TOKEN_MALFORMED"],
      [handMade({ alg: "HS256" }, [live]), "CUSTOMER_TOKEN_MALFORMED"],
      [handMade({ alg: "HS256" }, { ...live, exp: T / 1000 - 120 }), "CUSTOMER_TOKEN_EXPIRED"],
      [
        handMade({ alg: "HS256" }, { ...live, iat: T / 1000 + 600 }),
        "CUSTOMER_TOKEN_NOT_YET_VALID",
      ],
      [
        handMade({ alg: "HS256" }, { ...live, nbf: T / 1000 + 600 }),
        "CUSTOMER_TOKEN_NOT_YET_VALID",
      ],
      [
        handMade({ alg: "HS256" }, { sub: "c_1", exp: T / 1000 + 2 * 86_400 }),
        "CUSTOMER_TOKEN_TOO_LONG",
      ],
      [
        handMade({ alg: "HS256" }, { sub: "c_1", iat: T / 1000 - 86_000, exp: T / 1000 + 1000 }),
        "CUSTOMER_TOKEN_TOO_LONG",
      ],
      [handMade({ alg: "HS256" }, { ...live, sub: "c_10" }), "CUSTOMER_TOKEN_OTHER_CUSTOMER"],
      [handMade({ alg: "HS256" }, { ...live, sub: "C_1" }), "CUSTOMER_TOKEN_OTHER_CUSTOMER"],
      ["a".repeat(5000), "CUSTOMER_TOKEN_MALFORMED"],
    ];
    for (const [token, problem] of cases) {
      expect({
        token,
        result: verifyCustomerToken(token, { secret: SECRET, customer: "c_1", now: T }),
      }).toEqual({
        token,
        result: { ok: false, problem },
      });
    }
  });

  it("allows a minute of clock skew either way, and no more", () => {
    const exp = T / 1000 + 600;
    const token = handMade({ alg: "HS256" }, { sub: "c_1", iat: T / 1000, exp });
    expect(check(token, "c_1", exp * 1000 + (CLOCK_SKEW_SECONDS - 1) * 1000).ok).toBe(true);
    expect(check(token, "c_1", exp * 1000 + CLOCK_SKEW_SECONDS * 1000)).toEqual({
      ok: false,
      problem: "CUSTOMER_TOKEN_EXPIRED",
    });
    const early = handMade({ alg: "HS256" }, { sub: "c_1", iat: T / 1000 + 30, exp });
    expect(check(early).ok).toBe(true);
  });
});
