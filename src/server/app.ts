/**
 * Builds the HTTP server: body parsing, validation, auth, CORS, rate limits, the
 * error registry, every route, the OpenAPI document, config reload and the
 * retention sweeper.
 */
import cors from "@fastify/cors";
import rateLimit from "@fastify/rate-limit";
import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  type FastifyRequest,
  LogController,
} from "fastify";
import { type Lang, render } from "../i18n/index.js";
import { StoreError } from "../store/errors.js";
import type { JournalMirror } from "../store/journal-mirror.js";
import { applyRetention } from "../store/retention.js";
import type { Store } from "../store/store.js";
import { authorize, bearer, KeyCache } from "./auth.js";
import { installBodyParser } from "./body.js";
import { requestLang, type ServerContext } from "./context.js";
import { ApiError } from "./errors.js";
import { collectOpenApi } from "./openapi.js";
import { consentsRoute } from "./routes/consents.js";
import { customerRoutes } from "./routes/customers.js";
import { decideRoute } from "./routes/decide.js";
import { decisionsRoute } from "./routes/decisions.js";
import { eventsRoute } from "./routes/events.js";
import { identifyRoute } from "./routes/identify.js";
import { recommendationsRoute } from "./routes/recommendations.js";
import { systemRoutes } from "./routes/system.js";
import { loadRuntime, type Runtime } from "./runtime.js";
import { type Sweeper, startSweeper } from "./sweeper.js";
import { installValidation } from "./validation.js";

/** Requests per minute, per caller. */
export interface RateLimits {
  /** Per site key and client address. */
  readonly site: number;
  /** Per admin token. */
  readonly admin: number;
  /** Per client address, for calls without a valid credential. */
  readonly anonymous: number;
}

/** Defaults: generous for a busy shop's browsers, tight for strangers. */
export const DEFAULT_RATE_LIMITS: RateLimits = { site: 1200, admin: 60_000, anonymous: 120 };

/** How to build a server. */
export interface ServerOptions {
  readonly store: Store;
  /** The config file; reload reads it again. */
  readonly configPath: string;
  /** An already loaded runtime (else loaded from `configPath`). */
  readonly runtime?: Runtime;
  /** Language of messages when a request does not ask (Accept-Language). */
  readonly lang?: Lang;
  /** Largest request body in bytes (default 1 MiB). */
  readonly bodyLimit?: number;
  /** `false` turns rate limiting off (benchmarks of the bare path). */
  readonly rateLimits?: RateLimits | false;
  /** Retention sweep period in ms (default one hour; 0 turns it off). */
  readonly sweepEveryMs?: number;
  /** How often credentials are re-read from the store (default 30 s). */
  readonly keyRefreshMs?: number;
  /** The clock (tests pass a fixed one). */
  readonly now?: () => number;
  /** Log through pino (never request bodies, never customer ids). */
  readonly logger?: boolean;
  /**
   * The erasure journal's file, kept in step as erasures happen (the caller opens
   * and closes it; see `JournalMirror`).
   */
  readonly erasureJournal?: JournalMirror;
}

/** A built server. */
export interface TactfulServer {
  readonly app: FastifyInstance;
  readonly context: ServerContext;
  readonly sweeper: Sweeper | null;
  /** Reloads the config (see `ServerContext.reload`). */
  reload(): ReturnType<ServerContext["reload"]>;
  /** Stops timers and the HTTP server; the store stays open (the caller owns it). */
  close(): Promise<void>;
}

/**
 * Builds the server (not listening yet).
 *
 * @example
 * ```ts
 * const server = await createServer({ store, configPath: "tactful.config.yaml" });
 * await server.app.listen({ port: 8787, host: "127.0.0.1" });
 * ```
 */
export async function createServer(options: ServerOptions): Promise<TactfulServer> {
  const { store } = options;
  const lang = options.lang ?? "en";
  const now = options.now ?? Date.now;
  let runtime = options.runtime ?? (await loadRuntime(options.configPath, lang));
  await applyRetention(store, runtime.config.fields);
  const keys = new KeyCache(store);
  await keys.refresh();
  const mirror = options.erasureJournal ?? null;
  let mirrorFailing = false;
  let log: FastifyBaseLogger | null = null;

  const context: ServerContext = {
    store,
    keys,
    lang,
    now,
    runtime: () => runtime,
    reload: async (asked?: Lang) => {
      const next = await loadRuntime(options.configPath, asked ?? lang);
      const restamped = await applyRetention(store, next.config.fields);
      runtime = next;
      // A reload is also how an operator says "now": credentials are re-read too.
      await keys.refresh();
      return { runtime: next, restamped };
    },
    mirrorErasures: async () => {
      if (!mirror) return;
      try {
        await mirror.catchUp(store);
        mirrorFailing = false;
      } catch (err) {
        mirrorFailing = true;
        // The entries hold keyed hashes only; the error names the file, not a person.
        log?.error({ err, file: mirror.file }, "erasure journal file not written");
      }
    },
    erasureJournal: () => (mirror ? (mirrorFailing ? "failing" : "ok") : "off"),
  };

  const app = Fastify({
    logger: options.logger ? { level: "info" } : false,
    // Request lines would carry customer ids in paths: only errors are logged, by id.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    return503OnClosing: true,
    forceCloseConnections: true,
  });
  log = app.log;
  const openapi = collectOpenApi(app);
  installBodyParser(app);
  installValidation(app);
  app.decorateRequest("principal", null);

  // Identify first (no answer yet), so rate limits can count per caller.
  app.addHook("onRequest", async (request) => {
    const token = bearer(request);
    request.principal = token ? keys.find(token) : null;
  });
  if (options.rateLimits !== false) {
    const limits = options.rateLimits ?? DEFAULT_RATE_LIMITS;
    await app.register(rateLimit, {
      timeWindow: 60_000,
      max: (request: FastifyRequest) =>
        request.principal ? limits[request.principal.kind] : limits.anonymous,
      keyGenerator: (request: FastifyRequest) =>
        request.principal?.kind === "admin"
          ? `admin:${request.principal.keyId}`
          : `${request.principal?.keyId ?? "anon"}:${request.ip}`,
      errorResponseBuilder: (_request, context) =>
        new ApiError("API_RATE_LIMITED", { seconds: Math.ceil(context.ttl / 1000) }),
    });
  }
  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin ? keys.allowsOrigin(origin) : false),
    methods: ["GET", "POST", "DELETE"],
    allowedHeaders: [
      "authorization",
      "content-type",
      "idempotency-key",
      "accept-language",
      "x-tactful-customer-token",
    ],
    exposedHeaders: ["idempotent-replayed", "retry-after"],
    maxAge: 600,
  });
  app.addHook("onRequest", async (request) => {
    authorize(request, request.principal, request.routeOptions.config.access ?? "public");
  });

  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    const api = toApiError(error);
    const errorId =
      api.code === "API_INTERNAL" || api.code === "API_UNAVAILABLE" ? crypto.randomUUID() : null;
    if (errorId) request.log.error({ errorId, err: error }, "request failed");
    const rendered = render(requestLang(request, lang), api.code, {
      ...api.params,
      id: errorId ?? "",
    });
    return reply.code(api.status).send({
      error: {
        code: api.code,
        message: rendered,
        ...(api.details.length > 0 ? { details: api.details } : {}),
        ...api.extra,
        ...(errorId ? { errorId } : {}),
      },
    });
  });
  app.setNotFoundHandler((request, reply) => {
    const api = new ApiError("API_NOT_FOUND");
    return reply.code(404).send({
      error: { code: api.code, message: render(requestLang(request, lang), api.code) },
    });
  });

  eventsRoute(app, context);
  consentsRoute(app, context);
  identifyRoute(app, context);
  decideRoute(app, context);
  customerRoutes(app, context);
  decisionsRoute(app, context);
  recommendationsRoute(app, context, options.configPath);
  systemRoutes(app, context);
  app.get("/openapi.json", { config: { access: "public" } }, async () => openapi.document());

  const sweeper =
    options.sweepEveryMs === 0
      ? null
      : startSweeper(context, options.sweepEveryMs ?? 60 * 60 * 1000, app.log);
  const refresh = setInterval(() => {
    keys.refresh().catch((err: unknown) => app.log.warn({ err }, "key refresh failed"));
  }, options.keyRefreshMs ?? 30_000);
  refresh.unref();

  await app.ready();
  return {
    app,
    context,
    sweeper,
    reload: () => context.reload(),
    close: async () => {
      clearInterval(refresh);
      sweeper?.stop();
      await app.close();
    },
  };
}

/** Maps any error to the API's registry. */
function toApiError(error: FastifyError | ApiError): ApiError {
  if (error instanceof ApiError) return error;
  if (erasedMeanwhile(error)) return new ApiError("API_CUSTOMER_ERASED");
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new ApiError("API_BODY_TOO_LARGE");
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new ApiError("API_UNSUPPORTED_MEDIA_TYPE");
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return new ApiError("API_EMPTY_BODY");
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
    case "FST_ERR_CTP_INVALID_TYPE":
      return new ApiError("API_INVALID_REQUEST");
  }
  const status = error.statusCode ?? 500;
  if (status === 429) return new ApiError("API_RATE_LIMITED", { seconds: 60 });
  if (status >= 400 && status < 500) return new ApiError("API_INVALID_REQUEST");
  if (isUnavailable(error)) return new ApiError("API_UNAVAILABLE");
  return new ApiError("API_INTERNAL");
}

/** The store refused a write because its customer was erased while the request ran. */
function erasedMeanwhile(error: unknown): boolean {
  return error instanceof StoreError && error.code === "STORE_CUSTOMER_ERASED";
}

function isUnavailable(error: { code?: string }): boolean {
  const code = error.code ?? "";
  return (
    code === "ECONNREFUSED" ||
    code === "ECONNRESET" ||
    code === "57P01" ||
    code === "SQLITE_BUSY" ||
    code === "SQLITE_FULL" ||
    code === "SQLITE_IOERR"
  );
}
