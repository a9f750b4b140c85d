/**
 * The PostgreSQL hot path: one multi-row statement per table (`unnest` of typed
 * arrays), so a merged write set costs a handful of round trips however many rows
 * it holds.
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

type Column = readonly [type: string, values: unknown[]];

async function insertMany(
  client: pg.PoolClient,
  table: string,
  columns: string,
  data: readonly Column[],
  tail = "",
): Promise<void> {
  if ((data[0]?.[1].length ?? 0) === 0) return;
  const casts = data.map(([type], i) => `$${i + 1}::${type}[]`).join(", ");
  await client.query(
    `insert into ${table} (${columns}) select * from unnest(${casts}) ${tail}`,
    data.map(([, values]) => values),
  );
}

function column<T>(type: string, rows: readonly T[], pick: (row: T) => unknown): Column {
  return [type, rows.map(pick)];
}

/** Writes a (merged) write set inside the caller's transaction. */
export async function applyWriteSetPg(client: pg.PoolClient, set: WriteSet): Promise<void> {
  const c = set.customers;
  if (c.length > 0) {
    await client.query(
      `insert into customers (id, created_at, last_seen_at, time_zone, ledger_credit, ledger_debit, ledger_at)
       select u.id, u.at, u.at, u.tz, 0, 0, u.at from unnest($1::text[], $2::bigint[], $3::text[]) as u(id, at, tz)
       ${UPSERT_CUSTOMER_TAIL}`,
      [c.map((r) => r.id), c.map((r) => r.at), c.map((r) => r.timeZone)],
    );
  }
  const e = set.events;
  await insertMany(client, "events", EVENT_COLUMNS, [
    column("uuid", e, (r) => r.id),
    column("text", e, (r) => r.customer_id),
    column("text", e, (r) => r.field),
    column("text", e, (r) => r.value),
    column("text", e, (r) => r.context),
    column("bigint", e, (r) => r.at),
    column("bigint", e, (r) => r.expires_at),
    column("bigint", e, (r) => r.received_at),
  ]);
  const a = set.answers;
  await insertMany(
    client,
    "answers",
    ANSWER_COLUMNS,
    [
      column("text", a, (r) => r.customer_id),
      column("text", a, (r) => r.field),
      column("text", a, (r) => r.value),
      column("text", a, (r) => r.context),
      column("bigint", a, (r) => r.at),
      column("bigint", a, (r) => r.expires_at),
      column("bigint", a, (r) => r.received_at),
    ],
    UPSERT_ANSWER_TAIL,
  );
  const k = set.consents;
  await insertMany(client, "consents", CONSENT_COLUMNS, [
    column("uuid", k, (r) => r.id),
    column("text", k, (r) => r.customer_id),
    column("text", k, (r) => r.purpose),
    column("integer", k, (r) => r.granted),
    column("text", k, (r) => r.method),
    column("text", k, (r) => r.notice_version),
    column("bigint", k, (r) => r.at),
    column("bigint", k, (r) => r.recorded_at),
  ]);
  await applyGpc(client, set);
  const s = set.suppressions;
  if (s.length > 0) {
    await client.query(
      `update customers c set suppression = u.s, suppressed_at = u.at
       from unnest($1::text[], $2::text[], $3::bigint[]) as u(id, s, at)
       where c.id = u.id and (c.suppression is null or (u.s = 'complained' and c.suppression <> 'complained'))`,
      [s.map((r) => r.customerId), s.map((r) => r.suppression), s.map((r) => r.at)],
    );
  }
  await applyBalances(client, set.ledger);
  const l = set.ledger.filter((e) => e.record);
  await insertMany(client, "ledger", LEDGER_COLUMNS, [
    column("uuid", l, (r) => r.id),
    column("text", l, (r) => r.customer_id),
    column("text", l, (r) => r.signal),
    column("float8", l, (r) => r.amount),
    column("text", l, (r) => r.play),
    column("bigint", l, (r) => r.at),
  ]);
  const d = set.decisions;
  await insertMany(client, "decisions", DECISION_COLUMNS, [
    column("uuid", d, (r) => r.id),
    column("text", d, (r) => r.customer_id),
    column("text", d, (r) => r.play),
    column("text", d, (r) => r.outcome),
    column("text", d, (r) => r.run),
    column("text", d, (r) => r.channel),
    column("text", d, (r) => r.fallback),
    column("float8", d, (r) => r.cost),
    column("float8", d, (r) => r.balance_before),
    column("float8", d, (r) => r.balance_after),
    column("text", d, (r) => r.reasons),
    column("text", d, (r) => r.explanation),
    column("bigint", d, (r) => r.retry_at),
    column("integer", d, (r) => r.dry_run),
    column("bigint", d, (r) => r.at),
    column("bigint", d, (r) => r.expires_at),
  ]);
  const o = set.outbox;
  await insertMany(client, "outbox", OUTBOX_COLUMNS, [
    column("uuid", o, (r) => r.id),
    column("text", o, (r) => r.customer_id),
    column("uuid", o, (r) => r.decision_id),
    column("text", o, (r) => r.play),
    column("text", o, (r) => r.channel),
    column("text", o, (r) => r.payload),
    column("text", o, (r) => r.status),
    column("integer", o, (r) => r.attempts),
    column("bigint", o, (r) => r.next_attempt_at),
    column("text", o, (r) => r.last_error),
    column("bigint", o, (r) => r.created_at),
    column("bigint", o, (r) => r.expires_at),
  ]);
  const i = set.idempotency;
  await insertMany(client, "idempotency", IDEMPOTENCY_COLUMNS, [
    column("text", i, (r) => r.key_hash),
    column("text", i, (r) => r.request_hash),
    column("text", i, (r) => r.customer_id),
    column("integer", i, (r) => r.status),
    column("text", i, (r) => r.response),
    column("bigint", i, (r) => r.created_at),
    column("bigint", i, (r) => r.expires_at),
  ]);
}

/**
 * Folds signals into balances. One statement updates each customer once, so a
 * customer with several signals in the set takes several rounds, in order.
 */
async function applyBalances(
  client: pg.PoolClient,
  entries: readonly LedgerEntry[],
): Promise<void> {
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
  for (const round of rounds) {
    await client.query(
      `update customers c set
        ledger_credit = c.ledger_credit * power(0.5, greatest(0, u.at - c.ledger_at)::float8 / u.chl)
          + u.credit * power(0.5, greatest(0, c.ledger_at - u.at)::float8 / u.chl),
        ledger_debit = c.ledger_debit * power(0.5, greatest(0, u.at - c.ledger_at)::float8 / u.dhl)
          + u.debit * power(0.5, greatest(0, c.ledger_at - u.at)::float8 / u.dhl),
        ledger_at = greatest(c.ledger_at, u.at)
       from unnest($1::text[], $2::bigint[], $3::float8[], $4::float8[], $5::float8[], $6::float8[])
         as u(id, at, credit, debit, chl, dhl)
       where c.id = u.id`,
      [
        round.map((e) => e.customer_id),
        round.map((e) => e.at),
        round.map((e) => Math.max(e.amount, 0)),
        round.map((e) => Math.max(-e.amount, 0)),
        round.map((e) => e.creditHalfLife),
        round.map((e) => e.debitHalfLife),
      ],
    );
  }
}

async function applyGpc(client: pg.PoolClient, set: WriteSet): Promise<void> {
  if (set.gpc.length === 0) return;
  await client.query(
    `update customers c set gpc_at = u.at from unnest($1::text[], $2::bigint[]) as u(id, at)
     where c.id = u.id and c.gpc_at is null`,
    [set.gpc.map((g) => g.customerId), set.gpc.map((g) => g.at)],
  );
  const rows = set.gpc.flatMap((g) => g.purposes.map((purpose) => ({ g, purpose })));
  if (rows.length === 0) return;
  await client.query(
    `insert into consents (${CONSENT_COLUMNS})
     select distinct on (u.customer_id, u.purpose) u.id, u.customer_id, u.purpose, 0, 'gpc', null, u.at, u.at
     from unnest($1::uuid[], $2::text[], $3::text[], $4::bigint[]) as u(id, customer_id, purpose, at)
     where not exists (select 1 from consents c where c.customer_id = u.customer_id and c.purpose = u.purpose)`,
    [
      rows.map(() => uuidv7()),
      rows.map((r) => r.g.customerId),
      rows.map((r) => r.purpose),
      rows.map((r) => r.g.at),
    ],
  );
}

/** Reads every row `decide()` needs about one customer, in one round trip. */
export async function readStateRowsPg(
  pool: pg.Pool,
  customerId: string,
  now: number,
  touchesSince: number,
): Promise<StateRow[]> {
  const result = await pool.query<StateRow>({
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
union all (select distinct on (field) 'f', field, context, at, null, null, null from events
  where customer_id = $1 and expires_at > $2 order by field, at desc)
union all select 'f', field, context, at, null, null, null from answers
  where customer_id = $1 and expires_at > $2
union all select 'f', field, null, at, null, null, null from identities
  where customer_id = $1 and expires_at > $2
union all select 't', run, channel, at, null, null, null from decisions
  where customer_id = $1 and run is not null and dry_run = 0 and at > $3`;
