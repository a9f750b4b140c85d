/**
 * The built-in rules, in the order of the docs.
 * @internal
 */
import { noCrossContext } from "./cross-context/index.js";
import { noDarkPatterns } from "./dark-patterns/index.js";
import { noNameOveruse } from "./name-overuse/index.js";
import { noPreciseTracking } from "./precise-tracking/index.js";
import type { Rule } from "./rule.js";
import { noSensitiveInference } from "./sensitive/index.js";
import { noSurveillanceReveal } from "./surveillance/index.js";
import { requireTransparency } from "./transparency/index.js";

/** Every built-in rule. */
export const BUILTIN_RULES: readonly Rule[] = [
  noSurveillanceReveal,
  noPreciseTracking,
  noNameOveruse,
  noSensitiveInference,
  noCrossContext,
  noDarkPatterns,
  requireTransparency,
];

/** Ids a config may name (built-in rules and the front matter check). */
export const ALL_RULE_IDS: ReadonlySet<string> = new Set([
  ...BUILTIN_RULES.map((rule) => rule.meta.id),
  "tact/front-matter",
]);
