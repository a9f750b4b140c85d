/**
 * Rule settings: each rule's level (`off`, `info`, `warning`, `error`) and its
 * allowed phrases, resolved once per settings object and checked strictly, so a
 * typo in a rule id fails at setup instead of silently linting nothing.
 * @internal
 */
import type { RuleLevel, RuleSetting, TactConfig } from "../types.js";
import { TactConfigError } from "./errors.js";

const LEVELS: readonly RuleLevel[] = ["off", "info", "warning", "error"];

/** Settings of one rule after resolution. */
export interface ResolvedSetting {
  readonly level: RuleLevel | undefined;
  readonly allow: readonly string[];
}

/** Resolved configuration: a lookup per rule id plus the global allow-list. */
export interface ResolvedConfig {
  setting(ruleId: string): ResolvedSetting;
  readonly allow: readonly string[];
}

const NONE: ResolvedSetting = { level: undefined, allow: [] };
const cache = new WeakMap<object, ResolvedConfig>();

/**
 * Resolves `config.rules` against the known rule ids. Throws `TactConfigError`
 * (`TACT_CONFIG_UNKNOWN_RULE`, `TACT_CONFIG_BAD_LEVEL`) on a bad entry.
 */
export function resolveConfig(config: TactConfig, knownIds: ReadonlySet<string>): ResolvedConfig {
  const cached = cache.get(config);
  if (cached) return cached;
  const settings = new Map<string, ResolvedSetting>();
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    if (!knownIds.has(id)) {
      throw new TactConfigError("TACT_CONFIG_UNKNOWN_RULE", {
        rule: id,
        known: [...knownIds].join(", "),
      });
    }
    settings.set(id, resolveSetting(id, setting));
  }
  const allow = config.allow ?? [];
  const resolved: ResolvedConfig = { setting: (id) => settings.get(id) ?? NONE, allow };
  cache.set(config, resolved);
  return resolved;
}

function resolveSetting(id: string, setting: RuleSetting): ResolvedSetting {
  if (setting === true) return { level: undefined, allow: [] };
  if (setting === false) return { level: "off", allow: [] };
  if (typeof setting === "string") return { level: checkLevel(id, setting), allow: [] };
  if (setting && typeof setting === "object") {
    const level = setting.severity === undefined ? undefined : checkLevel(id, setting.severity);
    const allow = setting.allow ?? [];
    if (!Array.isArray(allow) || allow.some((phrase) => typeof phrase !== "string")) {
      throw new TactConfigError("TACT_CONFIG_BAD_ALLOW", { rule: id });
    }
    return { level, allow };
  }
  throw new TactConfigError("TACT_CONFIG_BAD_LEVEL", { rule: id, allowed: LEVELS.join(", ") });
}

function checkLevel(id: string, level: string): RuleLevel {
  if ((LEVELS as readonly string[]).includes(level)) return level as RuleLevel;
  // ESLint users write "warn"; accept it as "warning".
  if (level === "warn") return "warning";
  throw new TactConfigError("TACT_CONFIG_BAD_LEVEL", { rule: id, allowed: LEVELS.join(", ") });
}
