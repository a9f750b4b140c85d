/**
 * Admin routes about one customer: what is held (`GET`), a full export (`POST
 * …/export`) and erasure (`DELETE`). Export and erasure are written to the audit
 * log without the customer id.
 */
import type { FastifyInstance } from "fastify";
import { balanceAt } from "../../policy/index.js";
import { recordAudit } from "../../store/audit.js";
import { readCustomer } from "../../store/customers.js";
import { listDecisions } from "../../store/decisions.js";
import { eraseCustomer } from "../../store/erase.js";
import { exportCustomer } from "../../store/export.js";
import { readIdentity } from "../../store/identity.js";
import { actorOf, type ServerContext } from "../context.js";
import { ApiError } from "../errors.js";
import { CustomerResponse, ErasureResponse, ExportResponse } from "../schemas/admin.js";
import { CustomerParams, ErrorResponse } from "../schemas/common.js";
import { loadState } from "./decide.js";

const errors = { "4xx": ErrorResponse, "5xx": ErrorResponse };

/** Registers the routes. */
export function customerRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get(
    "/v1/customers/:id",
    {
      config: { access: "admin" },
      schema: {
        summary: "What is held about one customer",
        tags: ["customers"],
        params: CustomerParams,
        response: { 200: CustomerResponse, ...errors },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      const now = ctx.now();
      const rt = ctx.runtime();
      const record = await readCustomer(ctx.store, id, now);
      if (!record) throw new ApiError("API_CUSTOMER_NOT_FOUND");
      const [state, identity, decisions] = await Promise.all([
        loadState(ctx.store, rt, id, now, false),
        readIdentity(ctx.store, id, now),
        listDecisions(ctx.store, { customer: id, limit: 20 }),
      ]);
      const fields: Record<string, { count: number; latestAt: number | null }> = {};
      for (const [field, count] of Object.entries(record.fields)) {
        fields[field] = { count, latestAt: state.data[field]?.at ?? null };
      }
      return {
        ...record,
        // Shown to people: three decimals (1.5175721619797855e-05 said nothing useful).
        trust: { balance: Math.round(balanceAt(state.ledger, rt.config.trust, now) * 1000) / 1000 },
        consents: state.consents,
        identity,
        fields,
        recentDecisions: decisions.decisions,
      };
    },
  );

  app.post(
    "/v1/customers/:id/export",
    {
      config: { access: "admin" },
      schema: {
        summary: "Export everything held about a customer, grouped by purpose",
        tags: ["customers"],
        params: CustomerParams,
        response: { 200: ExportResponse, ...errors },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const now = ctx.now();
      const doc = await exportCustomer(ctx.store, id, ctx.runtime().config, now);
      if (!doc) throw new ApiError("API_CUSTOMER_NOT_FOUND");
      await recordAudit(ctx.store.db, {
        actor: actorOf(request),
        action: "customer.export",
        detail: { purposes: doc.purposes.length },
        at: now,
      });
      // Sent as text: the export's shape is open-ended, not for the response serializer.
      return reply
        .type("application/json; charset=utf-8")
        .header("content-disposition", 'attachment; filename="tactful-export.json"')
        .send(JSON.stringify(doc));
    },
  );

  app.delete(
    "/v1/customers/:id",
    {
      config: { access: "admin" },
      schema: {
        summary: "Erase a customer everywhere and shred their key",
        tags: ["customers"],
        params: CustomerParams,
        response: { 200: ErasureResponse, ...errors },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      const receipt = await eraseCustomer(ctx.store, id, {
        actor: actorOf(request),
        at: ctx.now(),
      });
      // In the journal file before the answer: an erasure you were told of survives
      // the loss of the database (see docs/store.md, "Backups and erasure").
      await ctx.mirrorErasures();
      const journal = ctx.erasureJournal();
      return journal === "off" ? receipt : { ...receipt, erasureJournal: journal };
    },
  );
}
