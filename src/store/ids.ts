/**
 * Time-ordered identifiers (UUIDv7, RFC 9562). Rows inserted now sort after rows
 * inserted earlier, so B-tree primary keys grow at the right edge instead of
 * splitting random pages, and `ORDER BY id` is `ORDER BY creation time`.
 */
import { randomFillSync } from "node:crypto";

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
const DIGITS = "0123456789abcdef";
const POOL_SIZE = 8192;
const pool = new Uint8Array(POOL_SIZE);
let poolOffset = POOL_SIZE;

let lastMs = -1;
let counter = 0;
/** `xxxxxxxx-xxxx-` for `prefixMs`: ids of one millisecond share it. */
let prefixMs = -1;
let prefix = "";

/** The offset in `pool` of `count` fresh random bytes. */
function randomOffset(count: number): number {
  if (poolOffset + count > POOL_SIZE) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const offset = poolOffset;
  poolOffset += count;
  return offset;
}

/**
 * A new UUIDv7 string. Within one process ids are strictly increasing: the 12-bit
 * `rand_a` field is a counter within the millisecond, and when it overflows (or the
 * clock steps back) the timestamp is carried forward.
 *
 * @example
 * ```ts
 * const a = uuidv7();
 * const b = uuidv7();
 * a < b; // true
 * ```
 */
export function uuidv7(now: number = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    counter = pool[randomOffset(1)] ?? 0; // start low so the counter rarely overflows
  } else {
    counter++;
    if (counter > 0xfff) {
      lastMs++;
      counter = 0;
    }
  }
  if (lastMs !== prefixMs) {
    prefixMs = lastMs;
    const hex = lastMs.toString(16).padStart(12, "0");
    prefix = `${hex.slice(0, 8)}-${hex.slice(8)}-`;
  }
  const r = randomOffset(8);
  return `${prefix}7${DIGITS[counter >> 8]}${HEX[counter & 0xff]}-${HEX[((pool[r] ?? 0) & 0x3f) | 0x80]}${HEX[pool[r + 1] ?? 0]}-${HEX[pool[r + 2] ?? 0]}${HEX[pool[r + 3] ?? 0]}${HEX[pool[r + 4] ?? 0]}${HEX[pool[r + 5] ?? 0]}${HEX[pool[r + 6] ?? 0]}${HEX[pool[r + 7] ?? 0]}`;
}

/** The creation time (epoch ms) encoded in a UUIDv7. */
export function uuidv7Time(id: string): number {
  return Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}

/** The smallest UUIDv7 of millisecond `ms`: ids below it were made before `ms`. */
export function uuidv7Floor(ms: number): string {
  const hex = Math.max(0, Math.floor(ms)).toString(16).padStart(12, "0");
  return `${hex.slice(0, 8)}-${hex.slice(8)}-7000-8000-000000000000`;
}

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** True when `value` is a lower-case UUIDv7 string. */
export function isUuidv7(value: string): boolean {
  return UUID_V7.test(value);
}
