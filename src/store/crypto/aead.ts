/**
 * AES-256-GCM sealing with a fixed, versioned layout:
 * `version (1 byte) | iv (12) | tag (16) | ciphertext`. The associated data binds a
 * ciphertext to where it belongs (customer and column), so a value copied into
 * another customer's row fails to open.
 * @internal
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER = 1 + IV_BYTES + TAG_BYTES;

/** Encrypts `plaintext` under a 32-byte key, bound to `aad`. */
export function seal(key: Uint8Array, plaintext: Uint8Array, aad: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(aad, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
}

/** Decrypts what `seal` produced, or returns null when the key or `aad` is wrong. */
export function open(key: Uint8Array, sealed: Uint8Array, aad: string): Buffer | null {
  if (sealed.length < HEADER || sealed[0] !== VERSION) return null;
  const buffer = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, buffer.subarray(1, 1 + IV_BYTES));
    decipher.setAAD(Buffer.from(aad, "utf8"));
    decipher.setAuthTag(buffer.subarray(1 + IV_BYTES, HEADER));
    return Buffer.concat([decipher.update(buffer.subarray(HEADER)), decipher.final()]);
  } catch {
    return null;
  }
}
