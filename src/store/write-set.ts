/**
 * A write set: every row one request adds, as plain data. The server builds one per
 * request; the store commits many of them in one transaction (group commit), so
 * ingestion and decisions pay one commit for a burst of requests.
 */
import type {
  ConsentsTable,
  DecisionsTable,
  EventsTable,
  IdempotencyTable,
  OutboxTable,
} from "./schema.js";

/** A customer seen at `at`: created if new, `last_seen_at` moved forward. */
export interface CustomerSeen {
  readonly id: string;
  readonly at: number;
  readonly timeZone: string | null;
}

/** A declared (zero-party) answer: replaces the customer's earlier answer for the field. */
export interface AnswerRow {
  readonly customer_id: string;
  readonly field: string;
  readonly value: string;
  readonly context: string | null;
  readonly at: number;
  readonly expires_at: number;
  readonly received_at: number;
}

/**
 * A Global Privacy Control signal: records when it was first seen and, for each
 * sharing purpose with no earlier choice, a refusal with method `gpc`.
 */
export interface GpcSeen {
  readonly customerId: string;
  readonly at: number;
  readonly purposes: readonly string[];
}

/**
 * A trust signal. Its amount (positive: deposit, negative: withdrawal) and the
 * half-lives are taken from the config when it is written; the store folds it into
 * the customer's balance (`customers.ledger_*`) exactly as the policy's
 * `applySignal` would, and keeps a history row unless `record` is false (a touch is
 * already on record as its decision).
 */
export interface LedgerEntry {
  readonly id: string;
  readonly customer_id: string;
  readonly signal: string;
  readonly play: string | null;
  readonly at: number;
  readonly amount: number;
  readonly creditHalfLife: number;
  readonly debitHalfLife: number;
  readonly record: boolean;
}

/** A suppression to set when none is set yet. */
export interface SuppressionRow {
  readonly customerId: string;
  readonly suppression: "opted_out" | "complained";
  readonly at: number;
}

/** Everything one request writes. All arrays may be empty. */
export interface WriteSet {
  readonly customers: readonly CustomerSeen[];
  readonly events: readonly EventsTable[];
  readonly answers: readonly AnswerRow[];
  readonly consents: readonly ConsentsTable[];
  readonly ledger: readonly LedgerEntry[];
  readonly decisions: readonly DecisionsTable[];
  readonly outbox: readonly OutboxTable[];
  readonly gpc: readonly GpcSeen[];
  readonly suppressions: readonly SuppressionRow[];
  readonly idempotency: readonly IdempotencyTable[];
}

/** An empty write set, to spread into. */
export const EMPTY_WRITE_SET: WriteSet = {
  customers: [],
  events: [],
  answers: [],
  consents: [],
  ledger: [],
  decisions: [],
  outbox: [],
  gpc: [],
  suppressions: [],
  idempotency: [],
};

/** Builds a write set from the parts given. */
export function writeSet(parts: Partial<WriteSet>): WriteSet {
  return { ...EMPTY_WRITE_SET, ...parts };
}

/**
 * Merges write sets into one, folding repeated customers and answers (the latest
 * wins) so that each row is written once; PostgreSQL refuses an upsert that touches
 * the same row twice in one statement.
 */
export function mergeWriteSets(sets: readonly WriteSet[]): WriteSet {
  if (sets.length === 1 && sets[0]) return normalize(sets[0]);
  const merged: { [K in keyof WriteSet]: Array<WriteSet[K][number]> } = {
    customers: [],
    events: [],
    answers: [],
    consents: [],
    ledger: [],
    decisions: [],
    outbox: [],
    gpc: [],
    suppressions: [],
    idempotency: [],
  };
  for (const set of sets) {
    for (const key of Object.keys(merged) as Array<keyof WriteSet>) {
      const target = merged[key] as unknown[];
      for (const row of set[key]) target.push(row);
    }
  }
  return normalize(merged);
}

function normalize(set: WriteSet): WriteSet {
  return { ...set, customers: foldCustomers(set.customers), answers: foldAnswers(set.answers) };
}

function foldCustomers(rows: readonly CustomerSeen[]): readonly CustomerSeen[] {
  if (rows.length < 2) return rows;
  const byId = new Map<string, CustomerSeen>();
  for (const row of rows) {
    const seen = byId.get(row.id);
    if (!seen) byId.set(row.id, row);
    else
      byId.set(row.id, {
        id: row.id,
        at: Math.max(seen.at, row.at),
        timeZone: row.timeZone ?? seen.timeZone,
      });
  }
  return byId.size === rows.length ? rows : [...byId.values()];
}

function foldAnswers(rows: readonly AnswerRow[]): readonly AnswerRow[] {
  if (rows.length < 2) return rows;
  const byKey = new Map<string, AnswerRow>();
  for (const row of rows) {
    const key = `${row.customer_id}\u0000${row.field}`;
    const seen = byKey.get(key);
    if (!seen || row.at >= seen.at) byKey.set(key, row);
  }
  return byKey.size === rows.length ? rows : [...byKey.values()];
}
