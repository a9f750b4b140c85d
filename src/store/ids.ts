/**
 * Time-ordered identifiers (UUIDv7, RFC 9562). Rows inserted now sort after rows
 * inserted earlier, so B-tree primary keys grow at the right edge instead of
 * splitting random pages, and `ORDER BY id` is `ORDER BY creation time`.
 */
import { randomFillSync } from "node:crypto";

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
const POOL_SIZE = 8192;
const pool = new Uint8Array(POOL_SIZE);
let poolOffset = POOL_SIZE;

let lastMs = -1;
let counter = 0;

function randomBytes(count: number): Uint8Array {
  if (poolOffset + count > POOL_SIZE) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const slice = pool.subarray(poolOffset, poolOffset + count);
  poolOffset += count;
  return slice;
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
    counter = randomBytes(1)[0] ?? 0; // start low so the counter rarely overflows
  } else {
    counter++;
    if (counter > 0xfff) {
      lastMs++;
      counter = 0;
    }
  }
  const ms = lastMs;
  const rand = randomBytes(8);
  const high = Math.floor(ms / 0x1000000);
  const low = ms % 0x1000000;
  const h = high.toString(16).padStart(6, "0");
  const l = low.toString(16).padStart(6, "0");
  const randA = (0x7000 | counter).toString(16);
  const b0 = ((rand[0] ?? 0) & 0x3f) | 0x80;
  return `${h}${l.slice(0, 2)}-${l.slice(2)}-${randA}-${HEX[b0]}${HEX[rand[1] ?? 0]}-${HEX[rand[2] ?? 0]}${HEX[rand[3] ?? 0]}${HEX[rand[4] ?? 0]}${HEX[rand[5] ?? 0]}${HEX[rand[6] ?? 0]}${HEX[rand[7] ?? 0]}`;
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
