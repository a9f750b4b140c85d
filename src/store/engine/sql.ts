/**
 * SQL shared by both hot-path engines. Upserts use `ON CONFLICT … DO UPDATE`, which
 * SQLite (3.24+) and PostgreSQL spell the same way.
 * @internal
 */

/** How stale `last_seen_at` may get before a write moves it (saves a page write per request). */
export const LAST_SEEN_GRANULARITY_MS = 60 * 60 * 1000;

/**
 * Customer upsert: new rows start an empty ledger; `last_seen_at` only moves
 * forward, and only by more than an hour, so most requests for a known customer
 * leave the row (and its page) untouched; a new time zone is always kept.
 */
export const UPSERT_CUSTOMER_TAIL = `on conflict (id) do update set
  last_seen_at = case when excluded.last_seen_at > customers.last_seen_at
    then excluded.last_seen_at else customers.last_seen_at end,
  time_zone = coalesce(excluded.time_zone, customers.time_zone)
  where excluded.last_seen_at > customers.last_seen_at + ${LAST_SEEN_GRANULARITY_MS}
    or (excluded.time_zone is not null and coalesce(customers.time_zone, '') <> excluded.time_zone)`;

/** Answer upsert: a newer answer replaces the older one. */
export const UPSERT_ANSWER_TAIL = `on conflict (customer_id, field) do update set
  value = excluded.value, context = excluded.context, at = excluded.at,
  expires_at = excluded.expires_at, received_at = excluded.received_at
  where excluded.at >= answers.at`;

export const EVENT_COLUMNS =
  "id, customer_id, field, value, context, at, expires_at, received_at, unvouched";
export const CONSENT_COLUMNS =
  "id, customer_id, purpose, granted, method, notice_version, at, recorded_at";
export const LEDGER_COLUMNS = "id, customer_id, signal, amount, play, at";
export const DECISION_COLUMNS =
  "id, customer_id, play, outcome, run, channel, fallback, cost, balance_before, balance_after, reasons, explanation, retry_at, dry_run, at, expires_at";
export const OUTBOX_COLUMNS =
  "id, customer_id, decision_id, play, channel, payload, status, attempts, next_attempt_at, last_error, created_at, expires_at";
export const IDEMPOTENCY_COLUMNS =
  "key_hash, request_hash, customer_id, status, response, created_at, expires_at";
export const ANSWER_COLUMNS = "customer_id, field, value, context, at, expires_at, received_at";
