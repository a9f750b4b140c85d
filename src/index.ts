/**
 * tactful as a library: privacy as code, the decision engine, the copy linter and
 * the butler. Everything here is pure (no I/O); the store and server wrap it.
 *
 * @example
 * ```ts
 * import { compile, newCustomer, parseConfig } from "tactful";
 * const { config, problems } = parseConfig(yamlText, { file: "tactful.config.yaml" });
 * if (!config) throw new Error(problems.map((p) => p.code).join(", "));
 * const policy = compile(config);
 * const verdict = policy.decide(newCustomer("c_1", Date.now()), "cart_reminder", Date.now());
 * console.log(verdict.outcome, verdict.reasons, verdict.explanation?.en);
 * ```
 */
export * from "./policy/index.js";
export { type Lang, render, renderBoth } from "./i18n/index.js";
