/** Messages of the store (English). Codes are documented in docs/store.md. */
export const storeEn = {
  STORE_MASTER_KEY_INVALID:
    "The master key is not usable: it must be 32 bytes, written as 64 hex characters or as base64. Generate one with `openssl rand -base64 32`.",
  STORE_MASTER_KEY_MISSING:
    "No master key was found (looked for TACTFUL_MASTER_KEY, then the key file {file}). Set TACTFUL_MASTER_KEY or pass --master-key-file; without the key this database's identities cannot be read.",
  STORE_MASTER_KEY_MISMATCH:
    "The master key does not match the one this database was created with. Use the original key (TACTFUL_MASTER_KEY or the key file); a new key cannot read existing identities.",
  STORE_UNREACHABLE:
    "The {dialect} database does not answer. Check that the server runs and that the --db URL (host, port, database, user) is right.",
  STORE_URL_INVALID:
    "The --db value is not a valid database URL. Use a file path for SQLite or postgres://user@host:5432/database[?schema=name].",
  STORE_MIGRATION_FAILED:
    "Updating the database schema failed at migration {migration}. Nothing after it was applied; see the server log, fix the cause and start again.",
  STORE_SCHEMA_TOO_NEW:
    "This database was updated by a newer version of tactful. Run that version, or restore a backup made with this one.",
  STORE_DATA_KEY_UNREADABLE:
    "A customer's data key cannot be unwrapped with the current master key. Use the master key the data was written with.",
  STORE_PURGED:
    "Removed expired data: {events} events, {answers} answers, {identities} identity values, {decisions} decisions, {outbox} deliveries, {idempotency} idempotency records, {audit} audit entries, {ledger} trust-history entries.",
} as const;
