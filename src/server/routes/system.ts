/**
 * Operational routes: liveness, readiness, the GPC well-known file, config reload
 * and the OpenAPI document.
 */
import type { FastifyInstance } from "fastify";
import Type from "typebox";
import { recordAudit } from "../../store/audit.js";
import { actorOf, requestLang, type ServerContext } from "../context.js";
import { ApiError } from "../errors.js";
import { ReloadResponse } from "../schemas/admin.js";
import { ErrorResponse } from "../schemas/common.js";

const Status = Type.Object({
  status: Type.String(),
  configHash: Type.Optional(Type.String()),
  dialect: Type.Optional(Type.String()),
  stateCache: Type.Optional(
    Type.Boolean({ description: "Whether decisions read customers' state from memory." }),
  ),
  erasureJournal: Type.Optional(
    Type.Union([Type.Literal("off"), Type.Literal("ok"), Type.Literal("failing")], {
      description:
        "The erasure journal file (`--erasure-journal`): `off` without one, `failing` when the last append to it failed (retried at the next erasure or sweep).",
    }),
  ),
});

/** Registers the routes. */
export function systemRoutes(app: FastifyInstance, ctx: ServerContext): void {
  // The address the server prints: say where things are instead of a 404.
  app.get(
    "/",
    {
      config: { access: "public" },
      schema: {
        summary: "Where things are: the API description and the health checks",
        tags: ["operations"],
        response: {
          200: Type.Object({
            name: Type.Literal("tactful"),
            openapi: Type.String(),
            health: Type.String(),
            ready: Type.String(),
            docs: Type.String(),
          }),
        },
      },
    },
    async () => ({
      name: "tactful" as const,
      openapi: "/openapi.json",
      health: "/healthz",
      ready: "/readyz",
      docs: "docs/api.md in the tactful folder: every route, with examples",
    }),
  );

  app.get(
    "/healthz",
    {
      config: { access: "public" },
      schema: {
        summary: "Liveness: the process answers",
        tags: ["operations"],
        response: { 200: Status },
      },
    },
    async () => ({ status: "ok" }),
  );

  app.get(
    "/readyz",
    {
      config: { access: "public" },
      schema: {
        summary: "Readiness: the database answers and a config is loaded",
        tags: ["operations"],
        response: { 200: Status, "5xx": ErrorResponse },
      },
    },
    async () => {
      if (!(await ctx.store.ping())) throw new ApiError("API_NOT_READY");
      return {
        status: "ready",
        configHash: ctx.runtime().hash,
        dialect: ctx.store.dialect,
        stateCache: ctx.store.cache !== null,
        erasureJournal: ctx.erasureJournal(),
      };
    },
  );

  app.get(
    "/.well-known/gpc.json",
    {
      config: { access: "public" },
      schema: {
        summary: "Global Privacy Control support statement",
        tags: ["operations"],
        response: { 200: Type.Object({ gpc: Type.Boolean(), lastUpdate: Type.String() }) },
      },
    },
    async () => ({
      gpc: true,
      lastUpdate: new Date(ctx.runtime().modifiedAt).toISOString().slice(0, 10),
    }),
  );

  app.post(
    "/v1/admin/reload",
    {
      config: { access: "admin" },
      schema: {
        summary: "Reload the config file; an invalid config is refused and the old one kept",
        tags: ["operations"],
        response: { 200: ReloadResponse, "4xx": ErrorResponse, "5xx": ErrorResponse },
      },
    },
    async (request) => {
      const { runtime, restamped } = await ctx.reload(requestLang(request, ctx.lang));
      await recordAudit(ctx.store.db, {
        actor: actorOf(request),
        action: "config.reload",
        detail: { configHash: runtime.hash, restamped: restamped.length },
        at: ctx.now(),
      });
      return { reloaded: true, configHash: runtime.hash, restamped };
    },
  );
}
