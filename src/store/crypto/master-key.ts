/**
 * The master key: the one secret that wraps every customer's data key. It never
 * enters the database; it comes from `TACTFUL_MASTER_KEY` or a key file
 * (see docs/store.md, "Key handling").
 */
import { createHash, createHmac, randomBytes } from "node:crypto";
import { StoreError } from "../errors.js";

/** A loaded master key with its public id (a hash prefix, safe to store and log). */
export interface MasterKey {
  readonly id: string;
  /** @internal */
  readonly bytes: Buffer;
  /** @internal Key for blind lookup indexes (HMAC), derived from the master key. */
  readonly lookupKey: Buffer;
}

/**
 * Parses a master key written as 64 hex characters or as base64 of 32 bytes.
 * Throws `STORE_MASTER_KEY_INVALID` otherwise (the key itself is never echoed).
 *
 * @example
 * ```ts
 * const key = parseMasterKey(process.env.TACTFUL_MASTER_KEY ?? "");
 * ```
 */
export function parseMasterKey(text: string): MasterKey {
  const trimmed = text.trim();
  let bytes: Buffer | null = null;
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) bytes = Buffer.from(trimmed, "hex");
  else if (/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)) {
    bytes = Buffer.from(trimmed.replace(/-/g, "+").replace(/_/g, "/"), "base64");
  }
  if (bytes?.length !== 32) throw new StoreError("STORE_MASTER_KEY_INVALID");
  return fromBytes(bytes);
}

/** A fresh random master key, written as base64 (for a new key file). */
export function generateMasterKeyText(): string {
  return randomBytes(32).toString("base64");
}

function fromBytes(bytes: Buffer): MasterKey {
  const id = createHash("sha256")
    .update("tactful:key-id:")
    .update(bytes)
    .digest("hex")
    .slice(0, 16);
  const lookupKey = createHmac("sha256", bytes).update("tactful:lookup").digest();
  return { id, bytes, lookupKey };
}
