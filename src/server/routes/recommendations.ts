/**
 * `GET /v1/recommendations`: the next useful items for a slot, each with its
 * reason. The customer's own data (declared interests, deliberate acts) is read
 * only when `decide()` allows the slot's play for them now; otherwise the answer
 * is contextual (the item on screen, what customers choose together, what is
 * popular). The request writes nothing: deciding here is a dry run, because
 * fetching is not showing. Only a render of personal suggestions is a touch, and
 * the widget reports it with `POST /v1/decide` once it is on screen. With a site
 * key, the customer's data is read only with a customer token for them (see
 * `customer-access.ts`): without one the answer is contextual and says why.
 */
import type { FastifyInstance } from "fastify";
import { render } from "../../i18n/index.js";
import { readCustomerContext } from "../butler/customer-context.js";
import { ButlerService } from "../butler/service.js";
import { widgetRoute } from "../butler/widget-route.js";
import { hasGpc, requestLang, type ServerContext } from "../context.js";
import { customerAccess } from "../customer-access.js";
import type { CustomerTokenProblem } from "../customer-token.js";
import { ApiError } from "../errors.js";
import { ErrorResponse } from "../schemas/common.js";
import {
  DEFAULT_SLOT_K,
  RecommendationsQuery as Query,
  type RecommendationsQuery,
  RecommendationsResponse,
} from "../schemas/recommendations.js";
import { loadState } from "./decide.js";

declare module "fastify" {
  interface FastifyInstance {
    /** The butler serving `GET /v1/recommendations` (tests call `sync()` on it). */
    butler: ButlerService;
  }
}

/**
 * Registers `GET /v1/recommendations` and `GET /sdk/tactful-slot.js`, and starts
 * the butler when the server is ready (`createServer` does this).
 *
 * @example
 * ```ts
 * recommendationsRoute(app, context, "/srv/shop/tactful.config.yaml");
 * await app.ready(); // the first model is built
 * await app.butler.sync(); // every stored event is in the model
 * ```
 */
export function recommendationsRoute(
  app: FastifyInstance,
  ctx: ServerContext,
  configPath: string,
): void {
  const service = new ButlerService(ctx, app.log, { configPath });
  app.decorate("butler", service);
  app.addHook("onReady", () => service.start());
  app.addHook("onClose", async () => service.close());
  // Events this process commits reach the model from the store's hand-over, at once;
  // other processes' events are read every second. An erasure here rebuilds at once.
  app.addHook("onResponse", async (request, reply) => {
    if (reply.statusCode >= 300 || request.method !== "DELETE") return;
    if (request.routeOptions.url === "/v1/customers/:id") service.requestRebuild();
  });

  app.get(
    "/v1/recommendations",
    {
      config: { access: "site" },
      schema: {
        summary: "The next useful items for a slot, each with the reason in words",
        tags: ["recommendations"],
        querystring: Query,
        response: { 200: RecommendationsResponse, "4xx": ErrorResponse, "5xx": ErrorResponse },
      },
    },
    async (request, reply) => {
      const query = request.query as RecommendationsQuery;
      const { butler, serving } = service.current();
      const slot = serving.wiring.slots.get(query.slot);
      if (!slot)
        throw new ApiError("API_UNKNOWN_SLOT", {}, [{ path: "/slot", problem: "unknown" }]);
      const rt = ctx.runtime();
      const lang = query.lang ?? requestLang(request, ctx.lang);
      const now = ctx.now();
      let customer: Awaited<ReturnType<typeof readCustomerContext>> | undefined;
      // A site key reads a customer's own data only with their token; without one
      // nothing about the customer is read and the answer says why it is contextual.
      let refused: CustomerTokenProblem | null = null;
      if (query.customer !== undefined) {
        const access = customerAccess(ctx.store, request, query.customer, now);
        if (!access.ok) refused = access.problem;
      }
      if (query.customer !== undefined && refused === null) {
        const state = await loadState(ctx.store, rt, query.customer, now, hasGpc(request));
        const verdict = rt.policy.decide(state, slot.play, now);
        if (verdict.outcome === "allow" && verdict.run === slot.play) {
          customer = await readCustomerContext(
            ctx.store,
            slot,
            query.customer,
            serving.catalog.interests,
            now,
          );
        }
      }
      const result = butler.recommend(
        {
          slot: slot.play,
          ...(query.item !== undefined ? { item: query.item } : {}),
          ...(query.category !== undefined ? { category: query.category } : {}),
          ...(customer ? { customer } : {}),
          k: query.k === undefined ? DEFAULT_SLOT_K : Number(query.k),
          personal: customer !== undefined,
        },
        now,
      );
      reply.header("cache-control", "private, no-store");
      reply.header("vary", "Origin, Authorization, Accept-Language, X-Tactful-Customer-Token");
      return {
        slot: slot.play,
        lang,
        personal: result.personal,
        ...(refused ? { contextual: { code: refused, message: render(lang, refused) } } : {}),
        heading: serving.headings.get(slot.play)?.[lang] ?? render(lang, "RECS_HEADING"),
        why: render(lang, "RECS_WHY"),
        items: result.items.map((r) => {
          const known = serving.items.get(r.item);
          const category = known ? serving.categories.get(known.category) : undefined;
          return {
            id: r.item,
            name: known ? known.name[lang] : r.item,
            category: category ? category[lang] : (known?.category ?? ""),
            because: r.because,
            code: r.reason.code,
            explanation: r.explanation[lang],
          };
        }),
      };
    },
  );

  widgetRoute(app);
}
