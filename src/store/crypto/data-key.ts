/**
 * Per-customer data keys (crypto-shredding). Each customer's identity is encrypted
 * under their own random key; that key is stored only wrapped by the master key.
 * Erasure deletes the wrapped key, after which no copy of the ciphertext (a backup,
 * a replica) can be opened, even with the master key.
 */
import { createHmac, randomBytes } from "node:crypto";
import { open, seal } from "./aead.js";
import type { MasterKey } from "./master-key.js";

/** A fresh 256-bit data key. */
export function newDataKey(): Buffer {
  return randomBytes(32);
}

/** Wraps a data key under the master key, bound to the customer id. */
export function wrapDataKey(master: MasterKey, customerId: string, dataKey: Uint8Array): Buffer {
  return seal(master.bytes, dataKey, `tactful:dek:${customerId}`);
}

/** Unwraps a data key, or null when the master key or the customer does not match. */
export function unwrapDataKey(
  master: MasterKey,
  customerId: string,
  wrapped: Uint8Array,
): Buffer | null {
  return open(master.bytes, wrapped, `tactful:dek:${customerId}`);
}

/** Encrypts one identity attribute (`email`, `name`) of a customer. */
export function encryptAttribute(
  dataKey: Uint8Array,
  customerId: string,
  attribute: string,
  value: string,
): Buffer {
  return seal(dataKey, Buffer.from(value, "utf8"), `tactful:${attribute}:${customerId}`);
}

/** Decrypts one identity attribute, or null when it cannot be opened. */
export function decryptAttribute(
  dataKey: Uint8Array,
  customerId: string,
  attribute: string,
  sealed: Uint8Array,
): string | null {
  return open(dataKey, sealed, `tactful:${attribute}:${customerId}`)?.toString("utf8") ?? null;
}

/**
 * A blind index of an email address: lets the store find a customer by email
 * without storing it in clear. Lower-cased and trimmed first.
 */
export function emailLookup(master: MasterKey, email: string): string {
  return createHmac("sha256", master.lookupKey).update(email.trim().toLowerCase()).digest("hex");
}
