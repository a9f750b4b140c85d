/**
 * The SQLite hot path: prepared statements run synchronously inside one
 * transaction. Callers hold the connection (see `Store.exclusive`).
 * @internal
 */
import type BetterSqlite3 from "better-sqlite3";
import { uuidv7 } from "../ids.js";
import type { WriteSet } from "../write-set.js";
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

type Statement = BetterSqlite3.Statement;

interface Statements {
  customer: Statement;
  event: Statement;
  answer: Statement;
  consent: Statement;
  ledger: Statement;
  balance: Statement;
  decision: Statement;
  outbox: Statement;
  gpcAt: Statement;
  gpcConsent: Statement;
  suppress: Statement;
  idempotency: Statement;
  state: Statement;
  apply: (set: WriteSet) => void;
}

const cache = new WeakMap<BetterSqlite3.Database, Statements>();

function placeholders(columns: string): string {
  return columns
    .split(",")
    .map(() => "?")
    .join(", ");
}

function statements(db: BetterSqlite3.Database): Statements {
  const found = cache.get(db);
  if (found) return found;
  const insert = (table: string, columns: string, tail = "") =>
    db.prepare(`insert into ${table} (${columns}) values (${placeholders(columns)}) ${tail}`);
  const made: Statements = {
    customer: db.prepare(
      `insert into customers (id, created_at, last_seen_at, time_zone, ledger_credit, ledger_debit, ledger_at)
       values (?, ?, ?, ?, 0, 0, ?) ${UPSERT_CUSTOMER_TAIL}`,
    ),
    event: insert("events", EVENT_COLUMNS),
    answer: insert("answers", ANSWER_COLUMNS, UPSERT_ANSWER_TAIL),
    consent: insert("consents", CONSENT_COLUMNS),
    ledger: insert("ledger", LEDGER_COLUMNS),
    balance: db.prepare(BALANCE_UPDATE),
    decision: insert("decisions", DECISION_COLUMNS),
    outbox: insert("outbox", OUTBOX_COLUMNS),
    gpcAt: db.prepare("update customers set gpc_at = ? where id = ? and gpc_at is null"),
    gpcConsent: db.prepare(
      `insert into consents (${CONSENT_COLUMNS})
       select ?, ?, ?, 0, 'gpc', null, ?, ?
       where not exists (select 1 from consents where customer_id = ? and purpose = ?)`,
    ),
    suppress: db.prepare(
      "update customers set suppression = ?, suppressed_at = ? where id = ? and (suppression is null or (? = 'complained' and suppression <> 'complained'))",
    ),
    idempotency: insert("idempotency", IDEMPOTENCY_COLUMNS),
    state: db.prepare(STATE_SQL),
    apply: () => {},
  };
  made.apply = db.transaction((set: WriteSet) => applyRows(made, set));
  cache.set(db, made);
  return made;
}

function applyRows(s: Statements, set: WriteSet): void {
  for (const c of set.customers) s.customer.run(c.id, c.at, c.at, c.timeZone, c.at);
  for (const e of set.events) {
    s.event.run(
      e.id,
      e.customer_id,
      e.field,
      e.value,
      e.context,
      e.at,
      e.expires_at,
      e.received_at,
      e.unvouched,
    );
  }
  for (const a of set.answers) {
    s.answer.run(a.customer_id, a.field, a.value, a.context, a.at, a.expires_at, a.received_at);
  }
  for (const c of set.consents) {
    s.consent.run(
      c.id,
      c.customer_id,
      c.purpose,
      c.granted,
      c.method,
      c.notice_version,
      c.at,
      c.recorded_at,
    );
  }
  for (const g of set.gpc) {
    s.gpcAt.run(g.at, g.customerId);
    for (const purpose of g.purposes) {
      s.gpcConsent.run(uuidv7(), g.customerId, purpose, g.at, g.at, g.customerId, purpose);
    }
  }
  for (const x of set.suppressions) {
    s.suppress.run(x.suppression, x.at, x.customerId, x.suppression);
  }
  for (const l of set.ledger) {
    if (l.amount !== 0 && Number.isFinite(l.amount)) {
      s.balance.run({
        id: l.customer_id,
        at: l.at,
        credit: Math.max(l.amount, 0),
        debit: Math.max(-l.amount, 0),
        chl: l.creditHalfLife,
        dhl: l.debitHalfLife,
      });
    }
    if (l.record) s.ledger.run(l.id, l.customer_id, l.signal, l.amount, l.play, l.at);
  }
  for (const d of set.decisions) {
    s.decision.run(
      d.id,
      d.customer_id,
      d.play,
      d.outcome,
      d.run,
      d.channel,
      d.fallback,
      d.cost,
      d.balance_before,
      d.balance_after,
      d.reasons,
      d.explanation,
      d.retry_at,
      d.dry_run,
      d.at,
      d.expires_at,
    );
  }
  for (const o of set.outbox) {
    s.outbox.run(
      o.id,
      o.customer_id,
      o.decision_id,
      o.play,
      o.channel,
      o.payload,
      o.status,
      o.attempts,
      o.next_attempt_at,
      o.last_error,
      o.created_at,
      o.expires_at,
    );
  }
  for (const i of set.idempotency) {
    s.idempotency.run(
      i.key_hash,
      i.request_hash,
      i.customer_id,
      i.status,
      i.response,
      i.created_at,
      i.expires_at,
    );
  }
}

/** Writes a (merged) write set in one transaction; throws and rolls back on any failure. */
export function applyWriteSetSqlite(db: BetterSqlite3.Database, set: WriteSet): void {
  statements(db).apply(set);
}

/** Reads every row `decide()` needs about one customer, in one statement. */
export function readStateRowsSqlite(
  db: BetterSqlite3.Database,
  customerId: string,
  now: number,
  touchesSince: number,
): StateRow[] {
  return statements(db).state.raw().all({ c: customerId, now, since: touchesSince }) as StateRow[];
}

/**
 * The policy's `applySignal` in SQL: decay the balance to the later of its time and
 * the signal's, then add the signal's amount decayed by its age.
 */
const BALANCE_UPDATE = `update customers set
  ledger_credit = ledger_credit * pow(0.5, max(0, @at - ledger_at) * 1.0 / @chl)
    + @credit * pow(0.5, max(0, ledger_at - @at) * 1.0 / @chl),
  ledger_debit = ledger_debit * pow(0.5, max(0, @at - ledger_at) * 1.0 / @dhl)
    + @debit * pow(0.5, max(0, ledger_at - @at) * 1.0 / @dhl),
  ledger_at = max(ledger_at, @at)
  where id = @id`;

// SQLite returns the other columns of the row holding max(at) in a grouped query.
const STATE_SQL = `
select 'c' as k, time_zone as s1, suppression as s2, gpc_at as n1, ledger_at as n2,
    ledger_credit as d, ledger_debit as d2
  from customers where id = @c
union all select 'p', purpose, method, granted, at, null, null from consents where customer_id = @c
union all select 'f', field, context, max(at), expires_at, null, null from events
  where customer_id = @c and expires_at > @now group by field
union all select 'f', field, context, at, expires_at, null, null from answers
  where customer_id = @c and expires_at > @now
union all select 'f', field, null, at, expires_at, null, null from identities
  where customer_id = @c and expires_at > @now
union all select 't', run, channel, at, null, null, null from decisions
  where customer_id = @c and run is not null and dry_run = 0 and at > @since`;
