/**
 * `GET /sdk/tactful-slot.js`: the `<tactful-slot>` custom element, one script with
 * no dependencies, at a stable path. Public (a script tag sends no credential);
 * revalidated by ETag so a new version reaches pages within minutes.
 */
import type { FastifyInstance } from "fastify";
import { ApiError } from "../errors.js";
import type { RouteSchema } from "../validation.js";
import { widgetScript } from "./widget-bundle.js";

/** The widget's path. */
export const WIDGET_PATH = "/sdk/tactful-slot.js";

/** Registers the route. */
export function widgetRoute(app: FastifyInstance): void {
  app.get(
    WIDGET_PATH,
    {
      config: { access: "public" },
      schema: {
        summary: "The <tactful-slot> widget script (JavaScript)",
        tags: ["widgets"],
      } as RouteSchema,
    },
    async (request, reply) => {
      let script: Awaited<ReturnType<typeof widgetScript>>;
      try {
        script = await widgetScript();
      } catch (error) {
        request.log.error({ err: error }, "the widget script could not be built");
        throw new ApiError("API_WIDGET_UNAVAILABLE");
      }
      reply
        .header("content-type", "text/javascript; charset=utf-8")
        .header("cache-control", "public, max-age=300")
        .header("etag", script.etag)
        // Pages on other origins load it with a plain script tag, also under COEP.
        .header("cross-origin-resource-policy", "cross-origin")
        .header("x-content-type-options", "nosniff");
      if (request.headers["if-none-match"] === script.etag) return reply.code(304).send();
      return reply.send(script.code);
    },
  );
}
