/**
 * The PostgreSQL hot path: a merged write set is one SQL text of multi-row
 * statements (values written as literals), sent as one simple query, so it costs
 * one round trip and one implicit transaction however many rows it holds; the
 * state of one customer is one statement too.
 * @internal
 */
import type pg from "pg";
import { uuidv7 } from "../ids.js";
import type { LedgerEntry, WriteSet } from "../write-set.js";
import {
  ANSWER_COLUMNS,
  CONSENT_COLUMNS,
  DECISION_COLUMNS,
  EVENT_COLUMNS,
  IDEMPOTENCY_COLUMNS,
  LEDGER_COLUMNS,
  OUTBOX_COLUMNS,
  UPSERT_ANSWER_TAIL,
  UPSERT_CUSTOMER_TAIL,
} from "./sql.js";
import type { StateRow } from "./state-rows.js";

/**
 * A value as an SQL literal. Text is quoted with quotes doubled (and, when it holds
 * a backslash, as an `E''` string with backslashes doubled, which reads the same
 * whatever `standard_conforming_strings` says); numbers are written as numbers.
 */
export function literal(value: string | number | null): string {
  if (value === null) return "null";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : `'${value}'`;
  // PostgreSQL text cannot hold NUL, and a query text ends at one: refuse it here.
  if (value.includes("\0")) throw new Error("a text value holds a NUL character");
  const quoted = value.includes("'") ? value.replaceAll("'", "''") : value;
  return value.includes("\\") ? `E'${quoted.replaceAll("\\", "\\\\")}'` : `'${quoted}'`;
}

/** One `insert … values (…), (…)` statement, or nothing for no rows. */
function insertMany<T>(
  table: string,
  columns: string,
  rows: readonly T[],
  values: (row: T) => ReadonlyArray<string | number | null>,
  tail = "",
): string {
  if (rows.length === 0) return "";
  const tuples = rows.map((row) => `(${values(row).map(literal).join(",")})`);
  return `insert into ${table} (${columns}) values ${tuples.join(",")} ${tail};\n`;
}

/**
 * The whole write set as one SQL text of several statements. Sent as one simple
 * query, it costs one round trip and runs as one implicit transaction: all of it
 * commits, or none.
 */
export function writeSetSql(set: WriteSet): string {
  let sql = "";
  const c = set.customers;
  if (c.length > 0) {
    const rows = c.map(
      (r) => `(${literal(r.id)},${literal(r.at)}::bigint,${literal(r.timeZone)}::text)`,
    );
    sql += `insert into customers (id, created_at, last_seen_at, time_zone, ledger_credit, ledger_debit, ledger_at)
       select u.id, u.at, u.at, u.tz, 0, 0, u.at from (values ${rows.join(",")}) as u(id, at, tz)
       ${UPSERT_CUSTOMER_TAIL};\n`;
  }
  sql += insertMany("events", EVENT_COLUMNS, set.events, (r) => [
    r.id,
    r.customer_id,
    r.field,
    r.value,
    r.context,
    r.at,
    r.expires_at,
    r.received_at,
    r.unvouched,
  ]);
  sql += insertMany(
    "answers",
    ANSWER_COLUMNS,
    set.answers,
    (r) => [r.customer_id, r.field, r.value, r.context, r.at, r.expires_at, r.received_at],
    UPSERT_ANSWER_TAIL,
  );
  sql += insertMany("consents", CONSENT_COLUMNS, set.consents, (r) => [
    r.id,
    r.customer_id,
    r.purpose,
    r.granted,
    r.method,
    r.notice_version,
    r.at,
    r.recorded_at,
  ]);
  sql += gpcSql(set);
  const s = set.suppressions;
  if (s.length > 0) {
    const rows = s.map(
      (r) => `(${literal(r.customerId)},${literal(r.suppression)},${literal(r.at)}::bigint)`,
    );
    sql += `update customers c set suppression = u.s, suppressed_at = u.at
       from (values ${rows.join(",")}) as u(id, s, at)
       where c.id = u.id and (c.suppression is null or (u.s = 'complained' and c.suppression <> 'complained'));\n`;
  }
  sql += balancesSql(set.ledger);
  sql += insertMany(
    "ledger",
    LEDGER_COLUMNS,
    set.ledger.filter((e) => e.record),
    (r) => [r.id, r.customer_id, r.signal, r.amount, r.play, r.at],
  );
  sql += insertMany("decisions", DECISION_COLUMNS, set.decisions, (r) => [
    r.id,
    r.customer_id,
    r.play,
    r.outcome,
    r.run,
    r.channel,
    r.fallback,
    r.cost,
    r.balance_before,
    r.balance_after,
    r.reasons,
    r.explanation,
    r.retry_at,
    r.dry_run,
    r.at,
    r.expires_at,
  ]);
  sql += insertMany("outbox", OUTBOX_COLUMNS, set.outbox, (r) => [
    r.id,
    r.customer_id,
    r.decision_id,
    r.play,
    r.channel,
    r.payload,
    r.status,
    r.attempts,
    r.next_attempt_at,
    r.last_error,
    r.created_at,
    r.expires_at,
  ]);
  sql += insertMany("idempotency", IDEMPOTENCY_COLUMNS, set.idempotency, (r) => [
    r.key_hash,
    r.request_hash,
    r.customer_id,
    r.status,
    r.response,
    r.created_at,
    r.expires_at,
  ]);
  return sql;
}

/** Commits a (merged) write set in one round trip; throws, with nothing written, on any failure. */
export async function applyWriteSetPg(pool: pg.Pool, set: WriteSet): Promise<void> {
  const sql = writeSetSql(set);
  if (sql !== "") await pool.query(sql);
}

/**
 * Folds signals into balances. One statement updates each customer once, so a
 * customer with several signals in the set takes several rounds, in order.
 */
function balancesSql(entries: readonly LedgerEntry[]): string {
  const rounds: LedgerEntry[][] = [];
  const seen = new Map<string, number>();
  for (const entry of entries) {
    if (entry.amount === 0 || !Number.isFinite(entry.amount)) continue;
    const round = seen.get(entry.customer_id) ?? 0;
    seen.set(entry.customer_id, round + 1);
    const list = rounds[round] ?? [];
    list.push(entry);
    rounds[round] = list;
  }
  let sql = "";
  for (const round of rounds) {
    const rows = round.map(
      (e) =>
        `(${literal(e.customer_id)},${literal(e.at)}::bigint,${literal(Math.max(e.amount, 0))}::float8,${literal(Math.max(-e.amount, 0))}::float8,${literal(e.creditHalfLife)}::float8,${literal(e.debitHalfLife)}::float8)`,
    );
    sql += `update customers c set
        ledger_credit = c.ledger_credit * power(0.5, greatest(0, u.at - c.ledger_at)::float8 / u.chl)
          + u.credit * power(0.5, greatest(0, c.ledger_at - u.at)::float8 / u.chl),
        ledger_debit = c.ledger_debit * power(0.5, greatest(0, u.at - c.ledger_at)::float8 / u.dhl)
          + u.debit * power(0.5, greatest(0, c.ledger_at - u.at)::float8 / u.dhl),
        ledger_at = greatest(c.ledger_at, u.at)
       from (values ${rows.join(",")}) as u(id, at, credit, debit, chl, dhl)
       where c.id = u.id;\n`;
  }
  return sql;
}

function gpcSql(set: WriteSet): string {
  if (set.gpc.length === 0) return "";
  const seen = set.gpc.map((g) => `(${literal(g.customerId)},${literal(g.at)}::bigint)`);
  let sql = `update customers c set gpc_at = u.at from (values ${seen.join(",")}) as u(id, at)
     where c.id = u.id and c.gpc_at is null;\n`;
  const rows = set.gpc.flatMap((g) =>
    g.purposes.map(
      (purpose) =>
        `(${literal(uuidv7())}::uuid,${literal(g.customerId)},${literal(purpose)},${literal(g.at)}::bigint)`,
    ),
  );
  if (rows.length === 0) return sql;
  sql += `insert into consents (${CONSENT_COLUMNS})
     select distinct on (u.customer_id, u.purpose) u.id, u.customer_id, u.purpose, 0, 'gpc', null, u.at, u.at
     from (values ${rows.join(",")}) as u(id, customer_id, purpose, at)
     where not exists (select 1 from consents c where c.customer_id = u.customer_id and c.purpose = u.purpose);\n`;
  return sql;
}

/** Reads every row `decide()` needs about one customer, in one round trip. */
export async function readStateRowsPg(
  pool: pg.Pool,
  customerId: string,
  now: number,
  touchesSince: number,
): Promise<StateRow[]> {
  const result = await pool.query<StateRow>({
    // Named: each connection parses and plans it once, not on every decision.
    name: "tactful-state",
    text: STATE_SQL,
    values: [customerId, now, touchesSince],
    rowMode: "array",
  });
  return result.rows;
}

const STATE_SQL = `
select 'c'::text as k, time_zone as s1, suppression as s2, gpc_at as n1, ledger_at as n2,
    ledger_credit as d, ledger_debit as d2
  from customers where id = $1
union all select 'p', purpose, method, granted::bigint, at, null, null from consents where customer_id = $1
union all (select distinct on (field) 'f', field, context, at, expires_at, null, null from events
  where customer_id = $1 and expires_at > $2 order by field, at desc)
union all select 'f', field, context, at, expires_at, null, null from answers
  where customer_id = $1 and expires_at > $2
union all select 'f', field, null, at, expires_at, null, null from identities
  where customer_id = $1 and expires_at > $2
union all select 't', run, channel, at, null, null, null from decisions
  where customer_id = $1 and run is not null and dry_run = 0 and at > $3`;
