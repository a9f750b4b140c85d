/**
 * Privacy as code and the decision engine: load a config, check it, compile it,
 * and decide on every personalized touch. Pure: no I/O, time passed in.
 *
 * @example
 * ```ts
 * import { parseConfig, compile, newCustomer } from "tactful";
 * const { config } = parseConfig(text, { file: "tactful.config.yaml" });
 * const policy = compile(config!);
 * const verdict = policy.decide(newCustomer("c_1", now), "cart_reminder", now);
 * ```
 */
export {
  type CheckInput,
  checkConfig,
  type TemplateAnalysis,
  type TemplateLintFinding,
} from "./check.js";
export { type CompiledPlay, compile, type Policy, playCost } from "./compile.js";
export { DEFAULT_TRUST } from "./defaults.js";
export { formatDuration, parseClock, parseDuration } from "./duration.js";
export * from "./events.js";
export { type InputIssue, type InputResult, parseEventInput, parseStateInput } from "./input.js";
export { applySignal, balanceAt, replayLedger, signalAmount } from "./ledger.js";
export { type LoadResult, type ParseOptions, parseConfig } from "./load.js";
export { localMinuteOfDay } from "./local-time.js";
export { type NormFinding, playNormFindings } from "./norms.js";
export {
  type ConfigPath,
  type ConfigProblem,
  formatPath,
  formatProblem,
  hasErrors,
  problemMessage,
} from "./problem.js";
export { reasonMessage } from "./reason-text.js";
export { type PlayReport, type SimulationReport, simulate } from "./simulate.js";
export * from "./state.js";
export { isSensitiveCategory } from "./taxonomy.js";
export * from "./types.js";
export * from "./verdict.js";
