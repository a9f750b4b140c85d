/** `GET /v1/decisions`: the decision log, filtered, newest first. */
import type { FastifyInstance } from "fastify";
import { listDecisions } from "../../store/decisions.js";
import type { ServerContext } from "../context.js";
import {
  type DecisionsQuery,
  DecisionsResponse,
  DecisionsQuery as Query,
} from "../schemas/admin.js";
import { ErrorResponse } from "../schemas/common.js";

/** Registers the route. */
export function decisionsRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.get(
    "/v1/decisions",
    {
      config: { access: "admin" },
      schema: {
        summary: "List logged decisions (filter by customer, play, outcome, time)",
        tags: ["decisions"],
        querystring: Query,
        response: { 200: DecisionsResponse, "4xx": ErrorResponse, "5xx": ErrorResponse },
      },
    },
    async (request) => {
      const q = request.query as DecisionsQuery;
      const number = (value: string | undefined) =>
        value === undefined ? undefined : Number(value);
      return listDecisions(ctx.store, {
        ...(q.customer !== undefined ? { customer: q.customer } : {}),
        ...(q.play !== undefined ? { play: q.play } : {}),
        ...(q.outcome !== undefined ? { outcome: q.outcome } : {}),
        ...(q.since !== undefined ? { since: number(q.since) as number } : {}),
        ...(q.until !== undefined ? { until: number(q.until) as number } : {}),
        ...(q.before !== undefined ? { before: q.before } : {}),
        ...(q.limit !== undefined ? { limit: number(q.limit) as number } : {}),
      });
    },
  );
}
