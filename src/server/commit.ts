/**
 * Committing a request's writes, with idempotency. A route computes its answer
 * and its write set first; the stored answer for an `Idempotency-Key` is written
 * in the same transaction as the rows, so a retry after a crash either finds
 * both or neither.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import {
  findIdempotent,
  IDEMPOTENCY_TTL_MS,
  idempotencyKeyHash,
  requestHash,
} from "../store/idempotency.js";
import type { CustomerFence } from "../store/store.js";
import { type WriteSet, writeSet } from "../store/write-set.js";
import type { ServerContext } from "./context.js";
import { ApiError } from "./errors.js";

/** What a route wants to answer and write. */
export interface RouteResult {
  readonly status: number;
  /** The answer: data for the route's response schema, or JSON text sent as it is. */
  readonly body: unknown;
  readonly set: WriteSet;
  /** Taken before the data behind `set` was read (see `Store.fence`); default: at commit. */
  readonly fence?: CustomerFence;
}

/** Content type of JSON answers sent as text. */
export const JSON_TYPE = "application/json; charset=utf-8";

/** True when the request carries an `Idempotency-Key` header (checked when used). */
export function hasIdempotencyKey(request: FastifyRequest): boolean {
  return request.headers["idempotency-key"] !== undefined;
}

const KEY_PATTERN = /^[\x21-\x7e]{1,128}$/;

/**
 * Answers a retried request from its stored response, or null when the request
 * is new. Throws `API_IDEMPOTENCY_CONFLICT` when the key was used for a different body.
 */
export async function replayIfKnown(
  ctx: ServerContext,
  request: FastifyRequest,
  reply: FastifyReply,
  route: string,
): Promise<FastifyReply | null> {
  const key = idempotencyKey(request);
  if (key === null) return null;
  const found = await findIdempotent(ctx.store, hashKey(request, route, key), ctx.now());
  if (!found) return null;
  if (found.requestHash !== bodyHash(request)) throw new ApiError("API_IDEMPOTENCY_CONFLICT");
  return reply
    .code(found.status)
    .header("idempotent-replayed", "true")
    .type(JSON_TYPE)
    .send(found.response);
}

/** Commits `result` (with its idempotency record, if keyed) and sends the answer. */
export async function commitAndSend(
  ctx: ServerContext,
  request: FastifyRequest,
  reply: FastifyReply,
  route: string,
  customerId: string | null,
  result: RouteResult,
): Promise<FastifyReply> {
  const key = idempotencyKey(request);
  if (key === null) {
    await ctx.store.write(result.set, result.fence);
    if (typeof result.body === "string") {
      return reply.code(result.status).type(JSON_TYPE).send(result.body);
    }
    return reply.code(result.status).send(result.body);
  }
  const now = ctx.now();
  const keyHash = hashKey(request, route, key);
  const response = typeof result.body === "string" ? result.body : JSON.stringify(result.body);
  const set = writeSet({
    ...result.set,
    idempotency: [
      {
        key_hash: keyHash,
        request_hash: bodyHash(request),
        customer_id: customerId,
        status: result.status,
        response,
        created_at: now,
        expires_at: now + IDEMPOTENCY_TTL_MS,
      },
    ],
  });
  try {
    await ctx.store.write(set, result.fence);
  } catch (error) {
    // Two requests with one key raced: the other one won; answer as it did.
    const replayed = await replayIfKnown(ctx, request, reply, route);
    if (replayed) return replayed;
    throw error;
  }
  return reply.code(result.status).type(JSON_TYPE).send(response);
}

function idempotencyKey(request: FastifyRequest): string | null {
  const key = request.headers["idempotency-key"];
  if (key === undefined) return null;
  if (typeof key !== "string" || !KEY_PATTERN.test(key)) {
    throw new ApiError("API_IDEMPOTENCY_KEY_INVALID");
  }
  return key;
}

function hashKey(request: FastifyRequest, route: string, key: string): string {
  return idempotencyKeyHash(request.principal?.keyId ?? "anonymous", route, key);
}

function bodyHash(request: FastifyRequest): string {
  return request.bodyHash ?? requestHash("");
}
