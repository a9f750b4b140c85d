/** Messages of the store (English). Codes are documented in docs/store.md. */
export const storeEn = {
  STORE_MASTER_KEY_INVALID:
    "The master key is not usable: it must be 32 bytes, written as 64 hex characters or as base64. Generate one with `openssl rand -base64 32`.",
  STORE_MASTER_KEY_MISSING:
    "No master key was found (looked for TACTFUL_MASTER_KEY, then the key file {file}). Set TACTFUL_MASTER_KEY or pass --master-key-file; without the key this database's identities cannot be read.",
  STORE_MASTER_KEY_NOT_SET:
    "No master key was given: TACTFUL_MASTER_KEY is not set and no key file was named. A PostgreSQL database never gets a generated key (losing it would lose every identity), so make one and keep it safe: `openssl rand -base64 32 > tactful.key && chmod 600 tactful.key`, then pass --master-key-file tactful.key (or set TACTFUL_MASTER_KEY_FILE to its path, or TACTFUL_MASTER_KEY to its contents). A database that already has data needs the key it was created with.",
  STORE_MASTER_KEY_MISMATCH:
    "The master key does not match the one this database has. Use the database's key (TACTFUL_MASTER_KEY or the key file); another key cannot read existing identities. If the key was rotated (`tactful rotate-key`), use the new key and restart.",
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
    "Removed expired data: {events} events, {answers} answers, {identities} identity values, {decisions} decisions, {outbox} deliveries, {idempotency} idempotency records, {audit} audit entries, {ledger} trust-history entries; {customers} customers with nothing left and unseen for 400 days.",
  STORE_JOURNAL_OTHER_KEY:
    "{count} entries of this erasure journal were written by another database (another journal key), so they cannot name anyone here. Apply a journal exported from this database, or from the one this backup was taken of. Nothing was changed.",
  STORE_ROTATE_SAME_KEY:
    "The new key is the master key this database has now. Generate a new one with `openssl rand -base64 32`. Nothing was changed.",
  STORE_CUSTOMER_ERASED:
    "The customer was erased after this write's data was read, so it was not stored.",
  STORE_ROTATE_UNREADABLE:
    "{count} customer data keys or email index entries do not open with the current master key, so they cannot be moved to the new one. Nothing was changed; the database still uses the current key.",
  CLI_ROTATE_KEY_SUMMARY:
    "Move the database to a new master key (makes erasures final in old backups)",
  CLI_ROTATE_KEY_HELP:
    "Usage: tactful rotate-key --new-key-file <file> [--db <file|postgres://…>] [--master-key-file <f>]\n\nRe-wraps every customer's data key, the email index, the erasure journal's key and the database's key check under the new master key, in one transaction: it either all happens or nothing does. The current key is found as usual (TACTFUL_MASTER_KEY, --master-key-file, <db>.key). Stop the server first. For a SQLite database whose key is <db>.key, that file is replaced by the new key afterwards and the old key is kept as <db>.key.old-<id>. Once the old key is destroyed, backups taken before the rotation cannot be opened: erasures made before it are final there too. Generate a new key with `openssl rand -base64 32 > new.key`.",
  CLI_ROTATE_NEW_KEY_MISSING: "The new key file {file} cannot be read. Nothing was changed.",
  CLI_ROTATE_NEW_KEY_INVALID:
    "The new key in {file} is not usable: it must be 32 bytes, written as 64 hex characters or as base64 (`openssl rand -base64 32`). Nothing was changed.",
  CLI_ROTATE_DONE:
    "Rotated the master key {from} → {to}: {customers} customer data keys re-wrapped and {lookups} email index entries recomputed, with the key check and the erasure journal's key, in one transaction.",
  CLI_ROTATE_ALREADY:
    "The database already uses the new key ({to}): an earlier run committed the rotation. Nothing to re-wrap.",
  CLI_ROTATE_NEXT_FILE:
    "The new key is now in {keyFile}; the old key was kept in {oldCopy}.\nNext:\n  1. Restart the server (one still running with the old key refuses to store identities, with STORE_MASTER_KEY_MISMATCH).\n  2. Give your backend the new customer-token secret (`tactful customer-token-secret`): it is derived from the master key.\n  3. Keep {oldCopy} (and every other copy of the old key) only while you may restore a backup taken before now, then destroy it: from then on, erasures made before now are final in those backups too.",
  CLI_ROTATE_NEXT:
    "Next:\n  1. Put the new key ({newKeyFile}) where every server process reads it (TACTFUL_MASTER_KEY or the key file) and restart them (one still running with the old key refuses to store identities, with STORE_MASTER_KEY_MISMATCH).\n  2. Give your backend the new customer-token secret (`tactful customer-token-secret`): it is derived from the master key.\n  3. Keep the old key only while you may restore a backup taken before now, then destroy every copy: from then on, erasures made before now are final in those backups too.",
  CLI_ERASURES_SUMMARY: "Export the erasure journal, or apply it to a restored backup",
  CLI_ERASURES_HELP:
    "Usage: tactful erasures export [--db <file|postgres://…>] [--master-key-file <f>] > erasures.jsonl\n       tactful erasures apply [--db <file|postgres://…>] [--master-key-file <f>] <erasures.jsonl|->\n\nEvery erasure leaves a journal entry: a keyed hash of the customer id (never the id) and the time. `export` writes the journal as JSON lines; keep the file apart from the database backups and export it after every erasure (or often). After restoring a backup, `apply` erases again every customer of the journal found in the restored database (unless their record began after the erasure: they came back), and adds the entries to its journal. Running it twice changes nothing more. A bad line is reported as file:line and nothing is changed.",
  CLI_ERASURES_EXPORTED:
    "Exported {count} erasure journal entries (keyed hashes and times, no ids).",
  CLI_ERASURES_APPLIED:
    "Applied {entries} journal entries: {erased} customers erased again, {returned} kept because their record began after their erasure, {recorded} entries added to this database's journal.",
  CLI_JOURNAL_UNREADABLE: "The journal file {file} cannot be read. Nothing was changed.",
  CLI_JOURNAL_LINE_INVALID:
    "{file}:{line}: not an erasure journal entry (expected a line written by `tactful erasures export`). Nothing was changed.",
} as const;
