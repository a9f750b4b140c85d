/**
 * Export: everything the store holds about one customer, as JSON a person can read,
 * grouped by the purpose each datum is kept for (APPI Art. 33, GDPR Art. 15/20).
 */
import type { Config } from "../policy/types.js";
import { readIdentity } from "./identity.js";
import type { Store } from "./store.js";

/** One datum as exported. */
export interface ExportedValue {
  readonly field: string;
  readonly source: string | null;
  readonly value: unknown;
  readonly context: string | null;
  readonly at: string;
  readonly expiresAt: string;
  /** When tactful received it (identity values: when stored). */
  readonly receivedAt: string;
  /** Sent with the public site key without the customer's token (events only). */
  readonly unvouched?: boolean;
}

/** What is held for one purpose. */
export interface ExportedPurpose {
  readonly id: string;
  readonly label: { readonly ja: string; readonly en: string } | null;
  readonly basis: string | null;
  readonly consents: ReadonlyArray<{
    granted: boolean;
    method: string;
    noticeVersion: string | null;
    at: string;
    recordedAt: string;
    receipt: string;
  }>;
  readonly data: readonly ExportedValue[];
  readonly decisions: ReadonlyArray<Record<string, unknown>>;
}

/** The whole export. */
export interface CustomerExport {
  readonly format: "tactful.export/1";
  readonly exportedAt: string;
  readonly customer: Readonly<Record<string, unknown>>;
  readonly purposes: readonly ExportedPurpose[];
  readonly trust: {
    readonly checkpoint: { credit: number; debit: number; at: string };
    readonly entries: ReadonlyArray<Record<string, unknown>>;
  };
  readonly deliveries: ReadonlyArray<Record<string, unknown>>;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * Exports a customer, or returns null when the store holds nothing about them.
 * Data of fields or plays no longer in `config` is listed under the purpose `unassigned`.
 *
 * @example
 * ```ts
 * const doc = await exportCustomer(store, "c_123", config, Date.now());
 * ```
 */
export async function exportCustomer(
  store: Store,
  customerId: string,
  config: Config,
  now: number,
): Promise<CustomerExport | null> {
  const db = store.db;
  const customer = await db
    .selectFrom("customers")
    .selectAll()
    .where("id", "=", customerId)
    .executeTakeFirst();
  if (!customer) return null;
  const [events, answers, consents, ledger, decisions, outbox, identity] = await Promise.all([
    db
      .selectFrom("events")
      .selectAll()
      .where("customer_id", "=", customerId)
      .orderBy("at")
      .execute(),
    db.selectFrom("answers").selectAll().where("customer_id", "=", customerId).execute(),
    db
      .selectFrom("consents")
      .selectAll()
      .where("customer_id", "=", customerId)
      .orderBy("at")
      .execute(),
    db
      .selectFrom("ledger")
      .selectAll()
      .where("customer_id", "=", customerId)
      .orderBy("at")
      .execute(),
    db
      .selectFrom("decisions")
      .selectAll()
      .where("customer_id", "=", customerId)
      .orderBy("at")
      .execute(),
    db
      .selectFrom("outbox")
      .selectAll()
      .where("customer_id", "=", customerId)
      .orderBy("created_at")
      .execute(),
    readIdentity(store, customerId, now),
  ]);

  const fields = new Map(config.fields.map((f) => [f.id, f]));
  const plays = new Map(config.plays.map((p) => [p.id, p]));
  const groups = new Map<
    string,
    {
      data: ExportedValue[];
      consents: ExportedPurpose["consents"][number][];
      decisions: Record<string, unknown>[];
    }
  >();
  const group = (id: string) => {
    let g = groups.get(id);
    if (!g) {
      g = { data: [], consents: [], decisions: [] };
      groups.set(id, g);
    }
    return g;
  };
  for (const p of config.purposes) group(p.id);

  const identityRows = identity.map((r) => ({
    field: r.field,
    value: JSON.stringify(r.value),
    context: null,
    at: r.at,
    expires_at: r.expiresAt,
    received_at: r.at,
  }));
  const rows: Array<{
    field: string;
    value: string;
    context: string | null;
    at: number;
    expires_at: number;
    received_at: number;
    unvouched?: number;
  }> = [...identityRows, ...answers, ...events];
  for (const row of rows) {
    const field = fields.get(row.field);
    const value: ExportedValue = {
      field: row.field,
      source: field?.source ?? null,
      value: JSON.parse(row.value) as unknown,
      context: row.context,
      at: iso(row.at) as string,
      expiresAt: iso(row.expires_at) as string,
      receivedAt: iso(row.received_at) as string,
      ...(row.unvouched === undefined ? {} : { unvouched: Number(row.unvouched) === 1 }),
    };
    const purposes = field?.purposes.length ? field.purposes : ["unassigned"];
    for (const purpose of purposes) group(purpose).data.push(value);
  }
  for (const row of consents) {
    group(row.purpose).consents.push({
      granted: row.granted === 1,
      method: row.method,
      noticeVersion: row.notice_version,
      at: iso(row.at) as string,
      recordedAt: iso(row.recorded_at) as string,
      receipt: row.id,
    });
  }
  // Every column but the customer id: the cost and balances are what tactful made
  // of the person (their trust score), so they are theirs to see.
  for (const row of decisions) {
    group(plays.get(row.play)?.purpose ?? "unassigned").decisions.push({
      id: row.id,
      play: row.play,
      outcome: row.outcome,
      run: row.run,
      channel: row.channel,
      fallback: row.fallback,
      cost: row.cost,
      balance: { before: row.balance_before, after: row.balance_after },
      reasons: JSON.parse(row.reasons) as unknown,
      explanation: row.explanation ? (JSON.parse(row.explanation) as unknown) : null,
      retryAt: iso(row.retry_at),
      dryRun: row.dry_run === 1,
      at: iso(row.at),
      expiresAt: iso(row.expires_at),
    });
  }

  const purposes: ExportedPurpose[] = [];
  for (const [id, g] of groups) {
    const purpose = config.purposes.find((p) => p.id === id);
    if (!purpose && g.data.length + g.consents.length + g.decisions.length === 0) continue;
    purposes.push({
      id,
      label: purpose?.label ?? null,
      basis: purpose?.basis ?? null,
      consents: g.consents,
      data: g.data,
      decisions: g.decisions,
    });
  }

  return {
    format: "tactful.export/1",
    exportedAt: iso(now) as string,
    customer: {
      id: customer.id,
      createdAt: iso(customer.created_at),
      lastSeenAt: iso(customer.last_seen_at),
      timeZone: customer.time_zone,
      suppression: customer.suppression,
      suppressedAt: iso(customer.suppressed_at),
      gpcSeenAt: iso(customer.gpc_at),
    },
    purposes,
    trust: {
      checkpoint: {
        credit: customer.ledger_credit,
        debit: customer.ledger_debit,
        at: iso(customer.ledger_at) as string,
      },
      entries: ledger.map((l) => ({
        id: l.id,
        signal: l.signal,
        amount: l.amount,
        play: l.play,
        at: iso(l.at),
      })),
    },
    // Every column but the customer id: what was queued to reach them, and how it went.
    deliveries: outbox.map((o) => ({
      id: o.id,
      decision: o.decision_id,
      play: o.play,
      channel: o.channel,
      payload: JSON.parse(o.payload) as unknown,
      status: o.status,
      attempts: o.attempts,
      nextAttemptAt: iso(o.next_attempt_at),
      lastError: o.last_error,
      createdAt: iso(o.created_at),
      expiresAt: iso(o.expires_at),
    })),
  };
}
