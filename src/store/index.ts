/**
 * The store: customers, identities (encrypted per customer), consent history,
 * events with expiry, zero-party answers, the trust ledger, the decision log, the
 * outbox and the audit log, on embedded SQLite or PostgreSQL.
 *
 * @example
 * ```ts
 * import { openStore, parseDbTarget, resolveMasterKey } from "tactful/store";
 * const target = parseDbTarget(".tactful/shop.db", process.cwd());
 * const { key } = await resolveMasterKey({ env: process.env, target });
 * const store = await openStore({ target, masterKey: key });
 * ```
 */
export * from "./api-keys.js";
export * from "./audit.js";
export { type Connection, type DbTarget, type DialectName, parseDbTarget } from "./connect.js";
export { type MasterKeySource, resolveMasterKey } from "./crypto/load-key.js";
export { generateMasterKeyText, type MasterKey, parseMasterKey } from "./crypto/master-key.js";
export * from "./customers.js";
export * from "./decisions.js";
export * from "./erase.js";
export {
  type ApplyReport,
  applyErasures,
  type ErasureEntry,
  exportErasures,
  JOURNAL_FORMAT,
  JournalLineError,
  parseErasureJournal,
} from "./erasure-journal.js";
export { StoreError, type StoreErrorCode } from "./errors.js";
export * from "./export.js";
export * from "./idempotency.js";
export * from "./identity.js";
export { isUuidv7, uuidv7, uuidv7Floor, uuidv7Time } from "./ids.js";
export * from "./retention.js";
export { type RotationReport, rotateMasterKey } from "./rotate.js";
export type { Database } from "./schema.js";
export { openStore, Store, type StoredState, type StoreOptions } from "./store.js";
export * from "./sweep.js";
export * from "./write-set.js";
