/**
 * `POST /v1/identify`: identifying fields (email, name...), stored encrypted
 * under the customer's own key. Fields the config does not declare are dropped
 * and counted; declared fields that do not identify anyone belong in `/v1/events`.
 */
import type { FastifyInstance } from "fastify";
import { type IdentityValue, saveIdentity } from "../../store/identity.js";
import { writeSet } from "../../store/write-set.js";
import { hasGpc, type ServerContext } from "../context.js";
import { requireCustomerAccess } from "../customer-access.js";
import { ApiError } from "../errors.js";
import { isIdentifyingField } from "../runtime.js";
import { ErrorResponse } from "../schemas/common.js";
import { IdentifyBody as Body, type IdentifyBody, IdentifyResponse } from "../schemas/identify.js";
import { isTimeZone } from "../time-zone.js";

/** A deliberately loose address check: one `@`, something on each side, no spaces. */
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,253}$/;

/** Registers the route. */
export function identifyRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.post(
    "/v1/identify",
    {
      config: { access: "site" },
      schema: {
        summary: "Store a customer's identifying fields (encrypted per customer)",
        tags: ["identity"],
        body: Body,
        response: { 200: IdentifyResponse, "4xx": ErrorResponse, "5xx": ErrorResponse },
      },
    },
    async (request) => {
      const body = request.body as IdentifyBody;
      const rt = ctx.runtime();
      const now = ctx.now();
      // With the public site key, only the customer's own page may set where they are
      // reached, with a token that says so (`scope: "identify"`): the token the widget
      // carries on every page is readable by any script there, and must not suffice.
      requireCustomerAccess(ctx.store, request, body.customer, now, "identify");
      if (body.timeZone !== undefined && !isTimeZone(body.timeZone)) {
        throw new ApiError("API_INVALID_TIME_ZONE", {}, [
          { path: "/timeZone", problem: "unknown_zone" },
        ]);
      }
      const values: IdentityValue[] = [];
      let undeclared = 0;
      for (const [id, value] of Object.entries(body.fields)) {
        const field = rt.fields.get(id);
        if (!field) {
          undeclared++;
          continue;
        }
        if (!isIdentifyingField(field)) {
          throw new ApiError("API_NOT_IDENTIFYING", {}, [
            { path: `/fields/${id}`, problem: "not_identifying" },
          ]);
        }
        if (value !== null && field.category === "user.contact.email" && !EMAIL.test(value)) {
          throw new ApiError("API_INVALID_EMAIL", {}, [
            { path: `/fields/${id}`, problem: "format" },
          ]);
        }
        values.push({ field: id, value, category: field.category, retention: field.retention });
      }
      // A GPC signal is the person's, whatever this call stores: recorded (as on every
      // route) once the request is known to be good, before the identity.
      const gpc = hasGpc(request);
      if (gpc) {
        await ctx.store.write(
          writeSet({
            customers: [{ id: body.customer, at: now, timeZone: null }],
            gpc: [{ customerId: body.customer, at: now, purposes: rt.sharingPurposes }],
          }),
        );
      }
      await saveIdentity(ctx.store, body.customer, values, {
        now,
        timeZone: body.timeZone ?? null,
      });
      return {
        stored: values.filter((v) => v.value !== null).map((v) => v.field),
        removed: values.filter((v) => v.value === null).map((v) => v.field),
        dropped: { undeclared },
        gpc,
      };
    },
  );
}
