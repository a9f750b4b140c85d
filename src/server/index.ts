/**
 * The HTTP server: `createServer` builds it over an open store and a config file.
 *
 * @example
 * ```ts
 * import { createServer } from "tactful/server";
 * const server = await createServer({ store, configPath: "tactful.config.yaml" });
 * await server.app.listen({ port: 8787 });
 * ```
 */
export {
  createServer,
  DEFAULT_RATE_LIMITS,
  type RateLimits,
  type ServerOptions,
  type TactfulServer,
} from "./app.js";
export type { Access, Principal } from "./auth.js";
export {
  type Credentials,
  ensureCredentials,
  isUsableAdminToken,
  originOf,
} from "./bootstrap.js";
export type { ServerContext } from "./context.js";
export {
  CUSTOMER_TOKEN_SECRET_PREFIX,
  type CustomerTokenCheck,
  type CustomerTokenProblem,
  customerTokenSecret,
  MAX_TOKEN_LIFETIME_SECONDS,
  type SignCustomerTokenOptions,
  signCustomerToken,
  type VerifyCustomerTokenOptions,
  verifyCustomerToken,
} from "./customer-token.js";
export { API_ERRORS, ApiError, type ApiErrorCode } from "./errors.js";
export { buildRuntime, loadRuntime, type Runtime } from "./runtime.js";
export { type Sweeper, sweepOnce } from "./sweeper.js";
