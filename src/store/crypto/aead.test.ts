import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { open, seal } from "./aead.js";
import {
  decryptAttribute,
  encryptAttribute,
  newDataKey,
  unwrapDataKey,
  wrapDataKey,
} from "./data-key.js";
import { generateMasterKeyText, parseMasterKey } from "./master-key.js";

describe("sealing", () => {
  it("opens with the same key and associated data only", () => {
    const key = randomBytes(32);
    const sealed = seal(key, Buffer.from("secret"), "a");
    expect(open(key, sealed, "a")?.toString()).toBe("secret");
    expect(open(key, sealed, "b")).toBeNull();
    expect(open(randomBytes(32), sealed, "a")).toBeNull();
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 1;
    expect(open(key, tampered, "a")).toBeNull();
    expect(open(key, sealed.subarray(0, 10), "a")).toBeNull();
  });

  it("never produces the same ciphertext twice", () => {
    const key = randomBytes(32);
    expect(seal(key, Buffer.from("x"), "a").equals(seal(key, Buffer.from("x"), "a"))).toBe(false);
  });
});

describe("data keys", () => {
  it("bind the wrapped key and each attribute to the customer", () => {
    const master = parseMasterKey(generateMasterKeyText());
    const key = newDataKey();
    const wrapped = wrapDataKey(master, "c1", key);
    expect(unwrapDataKey(master, "c1", wrapped)?.equals(key)).toBe(true);
    expect(unwrapDataKey(master, "c2", wrapped)).toBeNull();
    expect(unwrapDataKey(parseMasterKey(generateMasterKeyText()), "c1", wrapped)).toBeNull();
    const email = encryptAttribute(key, "c1", "email", "ana@example.com");
    expect(decryptAttribute(key, "c1", "email", email)).toBe("ana@example.com");
    expect(decryptAttribute(key, "c1", "first_name", email)).toBeNull();
    expect(decryptAttribute(key, "c2", "email", email)).toBeNull();
  });

  it("accept a master key as 64 hex characters or base64, and nothing else", () => {
    const hex = randomBytes(32).toString("hex");
    expect(parseMasterKey(hex).id).toBe(
      parseMasterKey(Buffer.from(hex, "hex").toString("base64")).id,
    );
    expect(() => parseMasterKey("short")).toThrow("STORE_MASTER_KEY_INVALID");
    expect(() => parseMasterKey(randomBytes(16).toString("base64"))).toThrow();
  });
});
