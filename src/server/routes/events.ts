/**
 * `POST /v1/events`: a batch of field values and trust signals. Values are checked
 * against the inventory: undeclared fields are dropped and counted (never stored),
 * values already past retention are dropped, identifying fields are refused
 * (they belong in `/v1/identify`). The whole batch commits in one transaction.
 */
import type { FastifyInstance } from "fastify";
import type { Field } from "../../policy/types.js";
import { uuidv7 } from "../../store/ids.js";
import type { ConsentsTable, EventsTable } from "../../store/schema.js";
import type {
  AnswerRow,
  CustomerSeen,
  LedgerEntry,
  SuppressionRow,
} from "../../store/write-set.js";
import { writeSet } from "../../store/write-set.js";
import { commitAndSend, replayIfKnown } from "../commit.js";
import { hasGpc, type ServerContext } from "../context.js";
import { requireTokenForIdentified } from "../customer-access.js";
import { ApiError } from "../errors.js";
import { ledgerEntry } from "../ledger.js";
import { isIdentifyingField, type Runtime } from "../runtime.js";
import { ErrorResponse } from "../schemas/common.js";
import {
  type EventsBody,
  EventsBody as EventsBodySchema,
  EventsResponse,
} from "../schemas/events.js";
import { isTimeZone } from "../time-zone.js";

/** How far ahead of the server's clock an event time may be (client clock skew). */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;
/** Largest serialized value, in bytes. */
export const MAX_VALUE_BYTES = 4096;
const NAME = /^[a-z][a-z0-9_]{0,63}$/;

/** Whether a field identifies a person, once per field object (a config's fields never change). */
const identifying = new WeakMap<Field, boolean>();
function identifies(field: Field): boolean {
  let known = identifying.get(field);
  if (known === undefined) {
    known = isIdentifyingField(field);
    identifying.set(field, known);
  }
  return known;
}

const NO_ONE: ReadonlySet<string> = new Set();

/** Registers the route. */
export function eventsRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.post(
    "/v1/events",
    {
      config: { access: "site" },
      schema: {
        summary: "Record a batch of field values and trust signals",
        tags: ["ingestion"],
        body: EventsBodySchema,
        response: { 200: EventsResponse, "4xx": ErrorResponse, "5xx": ErrorResponse },
      },
    },
    async (request, reply) => {
      // A site key writes for an identified customer only with their token.
      const body = request.body as EventsBody;
      const unvouched = await requireTokenForIdentified(
        ctx.store,
        request,
        body.events.map((e, i) => ({ id: e.customer, path: `/events/${i}/customer` })),
        ctx.now(),
      );
      const replayed = await replayIfKnown(ctx, request, reply, "events");
      if (replayed) return replayed;
      const result = buildIngest(ctx.runtime(), body, ctx.now(), hasGpc(request), unvouched);
      return commitAndSend(ctx, request, reply, "events", null, result);
    },
  );
}

/**
 * Checks a batch against the inventory and builds its answer and write set (pure:
 * nothing is written here). Throws the API error for a batch that must be refused.
 */
export function buildIngest(
  rt: Runtime,
  body: EventsBody,
  now: number,
  gpc: boolean,
  /** Customers a site key wrote for without their token (see `EventsTable.unvouched`). */
  unvouched: ReadonlySet<string> = NO_ONE,
) {
  const latest = now + CLOCK_SKEW_MS;
  const events: EventsTable[] = [];
  const answers: AnswerRow[] = [];
  const ledger: LedgerEntry[] = [];
  const trust = rt.config.trust;
  const consents: ConsentsTable[] = [];
  const suppressions: SuppressionRow[] = [];
  const customers = new Map<string, CustomerSeen>();
  const undeclaredNames = new Set<string>();
  let accepted = 0;
  let undeclared = 0;
  let expired = 0;

  const seen = (id: string, timeZone: string | null) => {
    const known = customers.get(id);
    if (!known || (timeZone && !known.timeZone)) {
      customers.set(id, { id, at: now, timeZone: timeZone ?? known?.timeZone ?? null });
    }
  };

  const items = body.events;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!item) continue;
    const at = item.at ?? now;
    if (at > latest) throw detail("API_EVENT_TIME_INVALID", i, "at", "in_future");
    const timeZone = item.timeZone ?? null;
    if (timeZone !== null && !isTimeZone(timeZone)) {
      throw detail("API_INVALID_TIME_ZONE", i, "timeZone", "unknown_zone");
    }
    if (item.field !== undefined) {
      if (item.signal !== undefined || item.purpose !== undefined || item.play !== undefined) {
        throw detail("API_EVENT_KIND", i, "field", "field_and_signal");
      }
      const field = rt.fields.get(item.field);
      if (!field) {
        undeclared++;
        if (undeclaredNames.size < 20 && NAME.test(item.field)) undeclaredNames.add(item.field);
        continue;
      }
      if (identifies(field)) throw detail("API_IDENTITY_FIELD", i, "field", "identifying");
      if (item.value === undefined) throw detail("API_INVALID_REQUEST", i, "value", "required");
      const value = JSON.stringify(item.value);
      if (value.length > MAX_VALUE_BYTES / 4 && Buffer.byteLength(value) > MAX_VALUE_BYTES) {
        throw detail("API_VALUE_TOO_LARGE", i, "value", "too_large");
      }
      const expiresAt = at + field.retention;
      if (expiresAt <= now) {
        expired++;
        continue;
      }
      const context = item.context ?? field.context;
      seen(item.customer, timeZone);
      accepted++;
      if (field.source === "declared") {
        answers.push({
          customer_id: item.customer,
          field: field.id,
          value,
          context,
          at,
          expires_at: expiresAt,
          received_at: now,
        });
        ledger.push(
          ledgerEntry(trust, { customer: item.customer, signal: "answer_given", at, now }),
        );
      } else {
        events.push({
          id: uuidv7(now),
          customer_id: item.customer,
          field: field.id,
          value,
          context,
          at,
          expires_at: expiresAt,
          received_at: now,
          unvouched: unvouched.has(item.customer) ? 1 : 0,
        });
      }
      continue;
    }
    if (item.signal === undefined || item.value !== undefined || item.context !== undefined) {
      throw detail("API_EVENT_KIND", i, item.signal === undefined ? "field" : "value", "kind");
    }
    if (item.purpose !== undefined) {
      if (item.signal !== "unsubscribe")
        throw detail("API_EVENT_KIND", i, "purpose", "not_allowed");
      if (!rt.purposes.has(item.purpose))
        throw detail("API_UNKNOWN_PURPOSE", i, "purpose", "unknown");
    }
    seen(item.customer, timeZone);
    accepted++;
    if (item.signal === "opt_out") {
      suppressions.push({ customerId: item.customer, suppression: "opted_out", at });
      continue;
    }
    ledger.push(
      ledgerEntry(trust, {
        customer: item.customer,
        signal: item.signal,
        at,
        now,
        play: item.play ?? null,
      }),
    );
    if (item.signal === "complaint") {
      suppressions.push({ customerId: item.customer, suppression: "complained", at });
    } else if (item.signal === "unsubscribe") {
      if (item.purpose !== undefined) {
        consents.push({
          id: uuidv7(now),
          customer_id: item.customer,
          purpose: item.purpose,
          granted: 0,
          method: "unsubscribe",
          notice_version: null,
          at,
          recorded_at: now,
        });
        ledger.push(
          ledgerEntry(trust, { customer: item.customer, signal: "consent_withdrawn", at, now }),
        );
      }
    }
  }

  if (gpc) for (const item of items) seen(item.customer, null);
  const gpcRows = gpc
    ? [...customers.keys()].map((id) => ({ customerId: id, at: now, purposes: rt.sharingPurposes }))
    : [];
  return {
    status: 200,
    body: {
      accepted,
      dropped: { undeclared, expired },
      undeclaredFields: [...undeclaredNames],
      gpc,
    },
    set: writeSet({
      customers: [...customers.values()],
      events,
      answers,
      ledger,
      consents,
      suppressions,
      gpc: gpcRows,
    }),
  };
}

function detail(
  code: ConstructorParameters<typeof ApiError>[0],
  index: number,
  property: string,
  problem: string,
): ApiError {
  return new ApiError(code, { index }, [{ path: `/events/${index}/${property}`, problem }]);
}
