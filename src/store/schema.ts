/**
 * The database schema as Kysely sees it. Times are epoch milliseconds (`bigint`
 * columns read back as numbers), booleans are 0/1 integers and JSON is text, so
 * rows look the same on SQLite and PostgreSQL.
 */

/** Key/value facts about the store itself (schema version, key check, retention stamps). */
export interface MetaTable {
  key: string;
  value: string;
}

/** One pseudonymous customer. The id comes from the site (cookie, account id), never an email. */
export interface CustomersTable {
  id: string;
  created_at: number;
  last_seen_at: number;
  time_zone: string | null;
  suppression: string | null;
  suppressed_at: number | null;
  /** First time a Global Privacy Control signal was seen. */
  gpc_at: number | null;
  /** Ledger checkpoint (decayed deposits and withdrawals as of `ledger_at`); later entries live in `ledger`. */
  ledger_credit: number;
  ledger_debit: number;
  ledger_at: number;
}

/** A customer's data key, wrapped by the master key. Erasure deletes it (crypto-shredding). */
export interface CustomerKeysTable {
  customer_id: string;
  master_key_id: string;
  wrapped: Uint8Array;
  created_at: number;
}

/** Identifying fields (name, contact details, account), each encrypted under the customer's key. */
export interface IdentitiesTable {
  customer_id: string;
  /** The inventory field (`email`, `first_name`...). */
  field: string;
  value: Uint8Array;
  /** Blind index (HMAC) of an email address, for lookups without plaintext. */
  lookup: string | null;
  at: number;
  expires_at: number;
}

/** Append-only consent history. */
export interface ConsentsTable {
  id: string;
  customer_id: string;
  purpose: string;
  granted: number;
  method: string;
  notice_version: string | null;
  at: number;
  recorded_at: number;
}

/** Field values of every source except `declared`, with their expiry. */
export interface EventsTable {
  id: string;
  customer_id: string;
  field: string;
  value: string;
  context: string | null;
  at: number;
  expires_at: number;
  received_at: number;
  /**
   * 1 when a public site key wrote it without the customer's token: a claim anyone
   * could make, which the shared recommendation model counts as a view only.
   */
  unvouched: number;
}

/** Zero-party (`declared`) answers: the customer's current answer per field. */
export interface AnswersTable {
  customer_id: string;
  field: string;
  value: string;
  context: string | null;
  at: number;
  expires_at: number;
  received_at: number;
}

/** Trust ledger entries after the customer's checkpoint. */
export interface LedgerTable {
  id: string;
  customer_id: string;
  signal: string;
  amount: number | null;
  play: string | null;
  at: number;
}

/** Every verdict given, with its reasons. */
export interface DecisionsTable {
  id: string;
  customer_id: string;
  play: string;
  outcome: string;
  run: string | null;
  channel: string | null;
  fallback: string | null;
  cost: number;
  balance_before: number;
  balance_after: number;
  reasons: string;
  explanation: string | null;
  retry_at: number | null;
  dry_run: number;
  at: number;
  expires_at: number;
}

/** Deliveries waiting for their channel. */
export interface OutboxTable {
  id: string;
  customer_id: string;
  decision_id: string;
  play: string;
  channel: string;
  payload: string;
  status: string;
  attempts: number;
  next_attempt_at: number;
  last_error: string | null;
  created_at: number;
  expires_at: number;
}

/** What administrators did. Never holds a customer id (see docs/store.md). */
export interface AuditTable {
  id: string;
  at: number;
  actor: string;
  action: string;
  detail: string;
}

/**
 * The erasure journal: who was erased, as a keyed hash of the id (never the id),
 * and when, so that erasures can be applied again to a restored backup.
 */
export interface ErasuresTable {
  /** HMAC-SHA256 of the customer id under the journal key, hex. */
  subject: string;
  at: number;
  /** Public id of the journal key the subject was hashed with. */
  key_id: string;
}

/** Stored responses for retried requests; keys are hashed. */
export interface IdempotencyTable {
  key_hash: string;
  request_hash: string;
  customer_id: string | null;
  status: number;
  response: string;
  created_at: number;
  expires_at: number;
}

/** Admin tokens and site keys, stored as hashes. */
export interface ApiKeysTable {
  id: string;
  kind: string;
  hash: string;
  /** The first characters of the key, for people to recognise it. */
  hint: string;
  origins: string;
  label: string;
  created_at: number;
  revoked_at: number | null;
}

/** All tables. */
export interface Database {
  meta: MetaTable;
  customers: CustomersTable;
  customer_keys: CustomerKeysTable;
  identities: IdentitiesTable;
  consents: ConsentsTable;
  events: EventsTable;
  answers: AnswersTable;
  ledger: LedgerTable;
  decisions: DecisionsTable;
  outbox: OutboxTable;
  audit: AuditTable;
  idempotency: IdempotencyTable;
  api_keys: ApiKeysTable;
  erasures: ErasuresTable;
}

/** Tables that hold rows about one customer, with the column naming them. */
export const CUSTOMER_TABLES = [
  ["identities", "customer_id"],
  ["customer_keys", "customer_id"],
  ["consents", "customer_id"],
  ["events", "customer_id"],
  ["answers", "customer_id"],
  ["ledger", "customer_id"],
  ["decisions", "customer_id"],
  ["outbox", "customer_id"],
  ["idempotency", "customer_id"],
  ["customers", "id"],
] as const satisfies ReadonlyArray<readonly [keyof Database, string]>;
