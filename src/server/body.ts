/**
 * Request bodies: JSON only (also sent as `text/plain` by `navigator.sendBeacon`),
 * strictly UTF-8. Node would silently replace invalid bytes with U+FFFD; we refuse
 * them instead, so what is stored is exactly what was sent.
 */
import { isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { ApiError } from "./errors.js";

declare module "fastify" {
  interface FastifyRequest {
    /** SHA-256 of the raw body, when an Idempotency-Key asked for it. */
    bodyHash?: string;
  }
}

/** Installs the JSON body parser. */
export function installBodyParser(app: FastifyInstance): void {
  // Fastify's own parser guards against prototype poisoning (`__proto__` keys).
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    ["application/json", "text/plain"],
    { parseAs: "buffer" },
    (
      request: FastifyRequest,
      body: Buffer,
      done: (error: Error | null, value?: unknown) => void,
    ) => {
      if (body.length === 0) {
        // Routes without a body (export) accept an empty one; the others say what is missing.
        return request.routeOptions.schema?.body
          ? done(new ApiError("API_EMPTY_BODY"))
          : done(null, undefined);
      }
      if (!isUtf8(body)) return done(new ApiError("API_INVALID_UTF8"));
      if (request.headers["idempotency-key"] !== undefined) {
        request.bodyHash = createHash("sha256").update(body).digest("hex");
      }
      parseJson(request, body.toString("utf8"), (error, value) => {
        if (error) return done(new ApiError("API_MALFORMED_JSON"));
        done(null, value);
      });
    },
  );
}
