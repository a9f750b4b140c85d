/**
 * The OpenAPI 3.1 document, assembled from the routes as they are registered:
 * the schemas it publishes are the very objects that validate requests.
 */
import { readFileSync } from "node:fs";
import type { FastifyInstance, RouteOptions } from "fastify";
import type { Access } from "./auth.js";

type Json = Record<string, unknown>;

const IDEMPOTENT = new Set(["/v1/events", "/v1/consents", "/v1/decide"]);
const GPC = new Set(["/v1/events", "/v1/consents", "/v1/identify", "/v1/decide"]);
const CUSTOMER_TOKEN = new Set([
  "/v1/recommendations",
  "/v1/decide",
  "/v1/identify",
  "/v1/events",
  "/v1/consents",
]);

/** Collects routes from `app` as they are added; call `document()` once ready. */
export function collectOpenApi(app: FastifyInstance): { document(): Json } {
  const routes: RouteOptions[] = [];
  app.addHook("onRoute", (route) => {
    if (route.method === "HEAD" || route.method === "OPTIONS") return;
    if (route.url === "/openapi.json" || route.url.includes("*")) return;
    routes.push(route);
  });
  let cached: Json | null = null;
  return {
    document: () => {
      cached ??= build(routes);
      return cached;
    },
  };
}

function build(routes: readonly RouteOptions[]): Json {
  const paths: Record<string, Json> = {};
  for (const route of routes) {
    const path = route.url.replace(/:([A-Za-z0-9_]+)/g, "{$1}");
    const schema = (route.schema ?? {}) as Json;
    const access = ((route.config as { access?: Access } | undefined)?.access ??
      "public") as Access;
    const operation: Json = {
      summary: schema.summary,
      tags: schema.tags,
      operationId: operationId(String(route.method), path),
      parameters: [
        ...parameters(schema.params as Json | undefined, "path"),
        ...parameters(schema.querystring as Json | undefined, "query"),
        ...(IDEMPOTENT.has(route.url) ? [idempotencyHeader] : []),
        ...(GPC.has(route.url) ? [gpcHeader] : []),
        ...(CUSTOMER_TOKEN.has(route.url) ? [customerTokenHeader] : []),
      ],
      responses: responses(schema.response as Json | undefined),
    };
    if (schema.body) {
      operation.requestBody = {
        required: true,
        content: { "application/json": { schema: schema.body } },
      };
    }
    if (access !== "public") {
      operation.security =
        access === "admin" ? [{ adminToken: [] }] : [{ adminToken: [] }, { siteKey: [] }];
    }
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    paths[path] ??= {};
    for (const method of methods) (paths[path] as Json)[String(method).toLowerCase()] = operation;
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "tactful",
      version: version(),
      description:
        "Trust-first personalization: ingestion validated against the inventory, consent history, verdicts with reasons, export and erasure. Errors are `{error:{code,message}}` with stable codes (docs/api.md).",
    },
    paths,
    components: {
      securitySchemes: {
        adminToken: {
          type: "http",
          scheme: "bearer",
          description: "Admin token (`tka_…`), shown once when created; stored hashed.",
        },
        siteKey: {
          type: "http",
          scheme: "bearer",
          description:
            "Publishable site key (`pk_…`) for browser calls; only from the origins it allows.",
        },
      },
    },
  };
}

function parameters(schema: Json | undefined, where: "path" | "query"): Json[] {
  const properties = (schema?.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema?.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === "path" || required.has(name),
    schema: property,
    ...(property.description ? { description: property.description } : {}),
  }));
}

function responses(response: Json | undefined): Json {
  const out: Json = {};
  for (const [status, schema] of Object.entries(response ?? {})) {
    const code = status.replace(/xx$/, "XX");
    out[code] = {
      description: code.startsWith("2") ? "Success" : "Error: `{error:{code,message}}`",
      content: { "application/json": { schema } },
    };
  }
  return out;
}

function operationId(method: string, path: string): string {
  const words = path
    .split(/[/{}._-]+/)
    .filter((w) => w && w !== "v1")
    .map((w, i) => (i === 0 ? w : w[0]?.toUpperCase() + w.slice(1)));
  return method.toLowerCase() + words.map((w) => w[0]?.toUpperCase() + w.slice(1)).join("");
}

const idempotencyHeader = {
  name: "Idempotency-Key",
  in: "header",
  required: false,
  description:
    "Up to 128 printable ASCII characters. A retry with the same key and body gets the stored answer (header Idempotent-Replayed: true); a different body gets 409 API_IDEMPOTENCY_CONFLICT. Kept 24 hours.",
  schema: { type: "string", maxLength: 128 },
};

const gpcHeader = {
  name: "Sec-GPC",
  in: "header",
  required: false,
  description:
    "Global Privacy Control. `1` (exactly) is honoured: sharing purposes without an earlier choice are refused, and the signal is recorded.",
  schema: { type: "string", enum: ["1"] },
};

const customerTokenHeader = {
  name: "X-Tactful-Customer-Token",
  in: "header",
  required: false,
  description:
    "With a site key: a customer token for the request's customer, signed by the site's backend (HS256 JWT, `sub` = the customer id, `exp` at most 24 h ahead; docs/widget.md). Without a valid one, `GET /v1/recommendations` answers contextually (`contextual.code` says why) and `POST /v1/decide` and `POST /v1/identify` answer 403 `API_CUSTOMER_TOKEN_REQUIRED` (`/v1/identify` needs a token with scope `identify`); `POST /v1/events` and `POST /v1/consents` answer that 403 only for a customer the store holds an identity for (ids it cannot tie to anyone need no token). Not needed with an admin token.",
  schema: { type: "string" },
};

let cachedVersion: string | null = null;
function version(): string {
  if (cachedVersion === null) {
    try {
      const pkg = JSON.parse(
        readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
      ) as { version?: string };
      cachedVersion = pkg.version ?? "0.0.0";
    } catch {
      cachedVersion = "0.0.0";
    }
  }
  return cachedVersion;
}
