/**
 * `POST /v1/consents`: a customer's choices, appended to the consent history
 * (never updated in place), each with a receipt id, and fed to the trust ledger.
 */
import type { FastifyInstance } from "fastify";
import { uuidv7 } from "../../store/ids.js";
import { writeSet } from "../../store/write-set.js";
import { commitAndSend, replayIfKnown } from "../commit.js";
import { hasGpc, type ServerContext } from "../context.js";
import { requireTokenForIdentified } from "../customer-access.js";
import { ApiError } from "../errors.js";
import { ledgerEntry } from "../ledger.js";
import { ErrorResponse } from "../schemas/common.js";
import { ConsentsBody as Body, type ConsentsBody, ConsentsResponse } from "../schemas/consents.js";
import { CLOCK_SKEW_MS } from "./events.js";

/** Registers the route. */
export function consentsRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.post(
    "/v1/consents",
    {
      config: { access: "site" },
      schema: {
        summary: "Record a customer's consent choices",
        tags: ["consent"],
        body: Body,
        response: { 201: ConsentsResponse, "4xx": ErrorResponse, "5xx": ErrorResponse },
      },
    },
    async (request, reply) => {
      const body = request.body as ConsentsBody;
      // A site key records choices for an identified customer only with their token:
      // anyone else could sign them up to a newsletter in their name.
      await requireTokenForIdentified(
        ctx.store,
        request,
        [{ id: body.customer, path: "/customer" }],
        ctx.now(),
      );
      const replayed = await replayIfKnown(ctx, request, reply, "consents");
      if (replayed) return replayed;
      const rt = ctx.runtime();
      const now = ctx.now();
      const gpc = hasGpc(request);
      const consents = body.consents.map((c, i) => {
        if (!rt.purposes.has(c.purpose)) {
          throw new ApiError("API_UNKNOWN_PURPOSE", { index: i }, [
            { path: `/consents/${i}/purpose`, problem: "unknown" },
          ]);
        }
        const at = c.at ?? now;
        if (at > now + CLOCK_SKEW_MS) {
          throw new ApiError("API_EVENT_TIME_INVALID", { index: i }, [
            { path: `/consents/${i}/at`, problem: "in_future" },
          ]);
        }
        return {
          id: uuidv7(now),
          customer_id: body.customer,
          purpose: c.purpose,
          granted: c.granted ? 1 : 0,
          method: c.method ?? "api",
          notice_version: c.noticeVersion ?? null,
          at,
          recorded_at: now,
        };
      });
      const result = {
        status: 201,
        body: {
          recorded: consents.length,
          receipts: consents.map((c) => ({
            id: c.id,
            purpose: c.purpose,
            granted: c.granted === 1,
            method: c.method,
            at: c.at,
          })),
          gpc,
        },
        set: writeSet({
          customers: [{ id: body.customer, at: now, timeZone: null }],
          consents,
          ledger: consents.map((c) =>
            ledgerEntry(rt.config.trust, {
              customer: body.customer,
              signal: c.granted ? "consent_granted" : "consent_withdrawn",
              at: c.at,
              now,
            }),
          ),
          gpc: gpc ? [{ customerId: body.customer, at: now, purposes: rt.sharingPurposes }] : [],
        }),
      };
      return commitAndSend(ctx, request, reply, "consents", body.customer, result);
    },
  );
}
