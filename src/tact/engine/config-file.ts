/**
 * A tact config file in YAML: either its own file or the `tact:` section of
 * `tactful.config.yaml`.
 *
 * ```yaml
 * tact:
 *   rules:
 *     tact/no-name-overuse: off
 *     tact/no-dark-patterns: { severity: error, allow: ["last chance"] }
 *   allow: ["recently viewed"]
 *   dictionaries: [./tact/house-style.yaml]
 * ```
 */
import { parseYamlSource } from "../dictionary/yaml-source.js";
import type { RuleSetting } from "../types.js";
import { TactConfigError } from "./errors.js";

/** A config file after parsing: settings, plus dictionary paths to load (relative to the file). */
export interface TactConfigFile {
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly allow: readonly string[];
  readonly dictionaryPaths: readonly string[];
}

/** Parses a config file. Throws `TactConfigError` (`TACT_CONFIG_*`) with the line to fix. */
export function parseTactConfig(yamlText: string, source = "config"): TactConfigFile {
  const yaml = parseYamlSource(yamlText, source, "TACT_CONFIG_YAML_INVALID");
  const top = (yaml.value ?? {}) as Record<string, unknown>;
  const nested = top.tact !== undefined;
  const section = (nested ? top.tact : top) as Record<string, unknown> | null;
  const base = nested ? ["tact"] : [];
  if (!section || typeof section !== "object" || Array.isArray(section)) {
    throw new TactConfigError("TACT_CONFIG_FIELD_INVALID", {
      source,
      line: yaml.line(base),
      field: "tact",
      expected: "mapping",
    });
  }
  const rules = section.rules ?? {};
  if (typeof rules !== "object" || rules === null || Array.isArray(rules)) {
    throw new TactConfigError("TACT_CONFIG_FIELD_INVALID", {
      source,
      line: yaml.line([...base, "rules"]),
      field: "rules",
      expected: "mapping",
    });
  }
  const allow = strings(section.allow, () => yaml.line([...base, "allow"]), source, "allow");
  const dictionaryPaths = strings(
    section.dictionaries,
    () => yaml.line([...base, "dictionaries"]),
    source,
    "dictionaries",
  );
  return { rules: rules as Record<string, RuleSetting>, allow, dictionaryPaths };
}

function strings(value: unknown, line: () => number, source: string, field: string): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value) && value.every((item) => typeof item === "string"))
    return value as string[];
  throw new TactConfigError("TACT_CONFIG_FIELD_INVALID", {
    source,
    line: line(),
    field,
    expected: "list of strings",
  });
}
