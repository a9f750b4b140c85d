/**
 * tactful as a library: privacy as code, the decision engine, the copy linter and
 * the butler. Everything here is pure (no I/O); the store and server wrap it.
 *
 * @example
 * ```ts
 * import { compile, newCustomer, parseConfig, signCustomerToken } from "tactful";
 * const { config, problems } = parseConfig(yamlText, { file: "tactful.config.yaml" });
 * if (!config) throw new Error(problems.map((p) => p.code).join(", "));
 * const policy = compile(config);
 * const verdict = policy.decide(newCustomer("c_1", Date.now()), "cart_reminder", Date.now());
 * console.log(verdict.outcome, verdict.reasons, verdict.explanation?.en);
 *
 * // On your backend: a customer token for the widget (docs/widget.md).
 * const token = signCustomerToken("c_1", { secret: process.env.TACTFUL_CUSTOMER_TOKEN_SECRET ?? "", ttlSeconds: 3600 });
 * ```
 */

export * from "./butler/index.js";
export { type Lang, render, renderBoth } from "./i18n/index.js";
export * from "./policy/index.js";
export {
  type CustomerTokenCheck,
  type CustomerTokenProblem,
  MAX_TOKEN_LIFETIME_SECONDS,
  type SignCustomerTokenOptions,
  signCustomerToken,
  type VerifyCustomerTokenOptions,
  verifyCustomerToken,
} from "./server/customer-token.js";
export {
  type Bilingual,
  type CopyLang,
  checkConfig as checkTactConfig,
  extractMergeTags,
  type FileResult,
  type Finding,
  type FrontMatter,
  type FrontMatterField,
  formatJson,
  formatSarif,
  formatStylish,
  type InputFormat,
  type LintOptions,
  type LintResult,
  lint,
  loadPhraseDictionary,
  type MergeTag,
  type MergeTagKind,
  type MergeTagSyntax,
  type MessageKind,
  type ParsedTemplate,
  type PartName,
  type PhraseDictionary,
  type PhraseEntry,
  parseTactConfig,
  parseTemplate,
  type RuleLevel,
  type RuleMeta,
  type RuleSetting,
  rules as tactRules,
  type SarifLog,
  type Severity,
  type Suggestion,
  TACT_CHANNELS,
  type TactCategory,
  type TactChannel,
  type TactConfig,
  TactConfigError,
  type TactConfigFile,
} from "./tact/index.js";
