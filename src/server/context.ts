/**
 * What every route handler can reach: the store, the current runtime (config),
 * the key cache and the clock.
 * @internal
 */
import type { FastifyRequest } from "fastify";
import { type Lang, resolveLang } from "../i18n/index.js";
import type { Store } from "../store/store.js";
import type { Access, KeyCache, Principal } from "./auth.js";
import type { Runtime } from "./runtime.js";

declare module "fastify" {
  interface FastifyRequest {
    /** The identified caller (null when no or an unknown credential was sent). */
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    /** Who may call the route. */
    access?: Access;
  }
}

/** Shared state of one server. */
export interface ServerContext {
  readonly store: Store;
  readonly keys: KeyCache;
  /** The runtime in force now (swapped on reload). */
  runtime(): Runtime;
  /**
   * Reloads the config and re-reads credentials; throws `API_CONFIG_INVALID` and
   * keeps the old config when invalid.
   */
  reload(
    /** The language of the problems when the config is refused (default: the server's). */
    lang?: Lang,
  ): Promise<{ runtime: Runtime; restamped: string[] }>;
  now(): number;
  /** Language for messages when the request does not say. */
  readonly lang: Lang;
  /**
   * Appends the erasure journal's new entries to the server's journal file, when it
   * keeps one (`--erasure-journal`). Never throws: a failure is logged (without
   * data), reported by `/readyz`, and retried at the next erasure or sweep.
   */
  mirrorErasures(): Promise<void>;
  /** `off` without a journal file; `failing` when the last append to it failed. */
  erasureJournal(): "off" | "ok" | "failing";
}

/** The language a request asks for (`Accept-Language`), else the server's. */
export function requestLang(request: FastifyRequest, fallback: Lang): Lang {
  const header = request.headers["accept-language"];
  return typeof header === "string" && header.length > 0 ? resolveLang(header, fallback) : fallback;
}

/** The id of whoever acts, for the audit log. */
export function actorOf(request: FastifyRequest): string {
  return request.principal ? `key:${request.principal.keyId}` : "anonymous";
}

/** True when the request carries a Global Privacy Control signal (`Sec-GPC: 1`, exactly). */
export function hasGpc(request: FastifyRequest): boolean {
  return request.headers["sec-gpc"] === "1";
}
