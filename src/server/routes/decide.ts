/**
 * `POST /v1/decide`: may this play reach this customer now? Loads the customer's
 * state, asks the compiled policy, logs the verdict, and (unless a dry run) records
 * the touch: a ledger withdrawal and, for outbound channels, a delivery in the outbox.
 */
import type { FastifyInstance } from "fastify";
import { reasonMessage } from "../../policy/index.js";
import type { CustomerState } from "../../policy/state.js";
import { OUTBOUND_CHANNELS } from "../../policy/types.js";
import type { Explanation, Verdict } from "../../policy/verdict.js";
import { uuidv7 } from "../../store/ids.js";
import type { OutboxTable } from "../../store/schema.js";
import type { Store } from "../../store/store.js";
import { DECISION_RETENTION_MS } from "../../store/sweep.js";
import { writeSet } from "../../store/write-set.js";
import {
  commitAndSend,
  hasIdempotencyKey,
  JSON_TYPE,
  type RouteResult,
  replayIfKnown,
} from "../commit.js";
import { hasGpc, type ServerContext } from "../context.js";
import { requireCustomerAccess } from "../customer-access.js";
import { ApiError } from "../errors.js";
import { ledgerEntry } from "../ledger.js";
import type { Runtime } from "../runtime.js";
import { ErrorResponse } from "../schemas/common.js";
import { DecideBody as Body, type DecideBody, DecideResponse } from "../schemas/decide.js";

/** How long an undelivered outbox entry is kept. */
export const OUTBOX_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/** Registers the route. */
export function decideRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.post(
    "/v1/decide",
    {
      config: { access: "site" },
      schema: {
        summary: "Decide whether a play may reach a customer now, and log the verdict",
        tags: ["decisions"],
        body: Body,
        response: { 200: DecideResponse, "4xx": ErrorResponse, "5xx": ErrorResponse },
      },
    },
    async (request, reply) => {
      // A site key is public: it decides (and reads the verdict) only for an on-site
      // play of the config in force and only with the customer's token, all checked
      // before anything, a replay included (a play a reload removed or moved off-site
      // does not replay its stored verdict to a site key).
      if (request.principal?.kind === "site") {
        const { customer, play } = request.body as DecideBody;
        const sitePlay = ctx.runtime().policy.play(play);
        if (!sitePlay)
          throw new ApiError("API_UNKNOWN_PLAY", {}, [{ path: "/play", problem: "unknown" }]);
        if (sitePlay.channel !== "onsite") throw new ApiError("API_PLAY_NOT_ONSITE");
        requireCustomerAccess(ctx.store, request, customer, ctx.now());
      }
      const keyed = hasIdempotencyKey(request);
      if (keyed) {
        const replayed = await replayIfKnown(ctx, request, reply, "decide");
        if (replayed) return replayed;
      }
      const body = request.body as DecideBody;
      const rt = ctx.runtime();
      const play = rt.policy.play(body.play);
      if (!play)
        throw new ApiError("API_UNKNOWN_PLAY", {}, [{ path: "/play", problem: "unknown" }]);
      if (request.principal?.kind === "site" && play.channel !== "onsite") {
        throw new ApiError("API_PLAY_NOT_ONSITE");
      }
      const now = ctx.now();
      const gpc = hasGpc(request);
      // Taken before the state is read: an erasure from here on refuses the write.
      const fence = ctx.store.fence([body.customer]);
      // From the state cache the state comes at once: the decision and the fold of its
      // touch into the cache then happen in the same turn, with no other request between.
      const loaded = decisionState(ctx.store, rt, body.customer, now, gpc);
      const state = loaded instanceof Promise ? await loaded : loaded;
      const verdict = rt.policy.decide(state, body.play, now);
      const result = decisionResult(rt, body, verdict, now, gpc);
      if (keyed) {
        // The stored answer of an Idempotency-Key is text.
        const text = { ...result, body: result.body.toString("utf8"), fence };
        return commitAndSend(ctx, request, reply, "decide", body.customer, text);
      }
      await ctx.store.write(result.set, fence);
      return reply.type(JSON_TYPE).send(result.body);
    },
  );
}

/** The customer's state as `decide()` reads it (a GPC signal on this request counts). */
export async function loadState(
  store: Store,
  rt: Runtime,
  customerId: string,
  now: number,
  gpc: boolean,
): Promise<CustomerState> {
  const { state } = await store.readState(customerId, now, now - rt.touchWindow);
  return withGpc(state, gpc, now);
}

/**
 * The state a decision reads: from the state cache at once when it holds the
 * customer (no promise), else from the database. After a database read the cache
 * is asked again: a decision made meanwhile for the same customer has folded its
 * touch into the entry this read created, and must count.
 */
function decisionState(
  store: Store,
  rt: Runtime,
  customerId: string,
  now: number,
  gpc: boolean,
): CustomerState | Promise<CustomerState> {
  const since = now - rt.touchWindow;
  const cached = store.cachedState(customerId, now, since);
  if (cached) return withGpc(cached, gpc, now);
  return store
    .readState(customerId, now, since)
    .then(({ state }) => withGpc(store.cachedState(customerId, now, since) ?? state, gpc, now));
}

function withGpc(state: CustomerState, gpc: boolean, now: number): CustomerState {
  return gpc && state.gpcAt == null ? { ...state, gpcAt: now } : state;
}

/** A decision's answer, already serialized to UTF-8 (see `answerBytes`), and its write set. */
interface DecisionResult extends RouteResult {
  readonly body: Buffer;
}

function decisionResult(
  rt: Runtime,
  body: DecideBody,
  verdict: Verdict,
  now: number,
  gpc: boolean,
): DecisionResult {
  const id = uuidv7(now);
  const record = body.dryRun !== true && verdict.run !== null;
  const explanation = verdict.explanation;
  // Serialized once: the log row and the answer share the text.
  const reasons = JSON.stringify(verdict.reasons);
  const explained = explanation ? explanationJson(explanation) : null;
  const lang = body.lang;
  const answered = lang
    ? JSON.stringify(verdict.reasons.map((r) => ({ ...r, message: reasonMessage(r, lang) })))
    : reasons;
  const outbox: OutboxTable[] = [];
  if (record && verdict.channel && OUTBOUND_CHANNELS.has(verdict.channel) && verdict.run) {
    outbox.push({
      id: uuidv7(now),
      customer_id: body.customer,
      decision_id: id,
      play: verdict.run,
      channel: verdict.channel,
      payload: `{"decision":"${id}","explanation":${explained ?? "null"}}`,
      status: "pending",
      attempts: 0,
      next_attempt_at: now,
      last_error: null,
      created_at: now,
      expires_at: now + OUTBOX_RETENTION_MS,
    });
  }
  return {
    status: 200,
    body: answerBytes(id, record, verdict, answered, explanation),
    set: writeSet({
      customers: [{ id: body.customer, at: now, timeZone: null }],
      decisions: [
        {
          id,
          customer_id: body.customer,
          play: verdict.play,
          outcome: verdict.outcome,
          run: verdict.run,
          channel: verdict.channel,
          fallback: verdict.fallback,
          cost: verdict.cost,
          balance_before: verdict.balance.before,
          balance_after: verdict.balance.after,
          reasons,
          explanation: explained,
          retry_at: verdict.retryAt,
          dry_run: body.dryRun === true ? 1 : 0,
          at: now,
          expires_at: now + DECISION_RETENTION_MS,
        },
      ],
      ledger: record
        ? [
            ledgerEntry(rt.config.trust, {
              customer: body.customer,
              signal: "touch",
              at: now,
              now,
              play: verdict.run,
              cost: verdict.cost,
            }),
          ]
        : [],
      outbox,
      gpc: gpc ? [{ customerId: body.customer, at: now, purposes: rt.sharingPurposes }] : [],
    }),
  };
}

/** An explanation as JSON, as text (for the log) and as UTF-8 (for answers). */
interface ExplanationJson {
  readonly text: string;
  /** `text` in UTF-8 followed by the two braces that close an answer. */
  readonly closing: Buffer;
}

/** Verdicts share explanation objects (see the policy's verdict record), so they share the JSON. */
const explanationJsons = new WeakMap<Explanation, ExplanationJson>();
const NO_EXPLANATION: ExplanationJson = { text: "null", closing: Buffer.from("null}}") };

function explanationOf(explanation: Explanation): ExplanationJson {
  let json = explanationJsons.get(explanation);
  if (json === undefined) {
    const text = JSON.stringify({ ja: explanation.ja, en: explanation.en });
    json = { text, closing: Buffer.from(`${text}}}`) };
    explanationJsons.set(explanation, json);
  }
  return json;
}

function explanationJson(explanation: Explanation): string {
  return explanationOf(explanation).text;
}

/**
 * The answer exactly as `DecideResponse` describes it, property by property,
 * written directly as UTF-8: the reasons are already serialized for the log, a
 * second pass through the response serializer would cost more than the decision
 * itself, and the explanation (Japanese text, the bulk of the answer) is encoded
 * once per explanation, not once per answer.
 */
function answerBytes(
  id: string,
  recorded: boolean,
  v: Verdict,
  reasons: string,
  explanation: Explanation | null,
): Buffer {
  const head = `{"decision":"${id}","recorded":${recorded},"verdict":{"play":${str(v.play)},"outcome":"${v.outcome}","run":${str(v.run)},"channel":${str(v.channel)},"fallback":${str(v.fallback)},"reasons":${reasons},"cost":${num(v.cost)},"balance":{"before":${num(v.balance.before)},"after":${num(v.balance.after)}},"retryAt":${num(v.retryAt)},"at":${num(v.at)},"explanation":`;
  const closing = explanation ? explanationOf(explanation).closing : NO_EXPLANATION.closing;
  // Room for the worst case (3 bytes per UTF-16 unit) rather than counting first:
  // the head is encoded in one pass.
  const bytes = Buffer.allocUnsafe(3 * head.length + closing.length);
  const size = bytes.write(head, 0, "utf8");
  closing.copy(bytes, size);
  return bytes.subarray(0, size + closing.length);
}

function str(value: string | null): string {
  return value === null ? "null" : JSON.stringify(value);
}

function num(value: number | null): string {
  return value === null || !Number.isFinite(value) ? "null" : String(value);
}
