/**
 * Turns Zod issues into config problems with our codes, precise paths and
 * "did you mean" hints. Zod's own English text is never shown.
 * @internal
 */
import type { z } from "zod";
import { closest } from "./_suggest.js";
import { type ConfigPath, formatPath } from "./problem.js";

/** A problem before it is located in the source. */
export interface PendingProblem {
  readonly code: string;
  readonly severity: "error" | "warning";
  readonly path: ConfigPath;
  readonly asKey?: boolean;
  readonly params: Readonly<Record<string, string | number>>;
}

type AnySchema = z.ZodType;
interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  options?: AnySchema[];
  innerType?: AnySchema;
  values?: unknown[];
}

function defOf(schema: AnySchema | undefined): Def | undefined {
  return (schema as unknown as { _zod?: { def: Def } } | undefined)?._zod?.def;
}

/** The schema that applies at `path` under `schema` (objects, arrays, unions, optionals). */
function schemaAt(schema: AnySchema, path: ConfigPath, value: unknown): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  let currentValue = value;
  for (const part of path) {
    current = unwrap(current, currentValue);
    const def = defOf(current);
    if (!def) return undefined;
    if (def.type === "object" && typeof part === "string") current = def.shape?.[part];
    else if (def.type === "array" && typeof part === "number") current = def.element;
    else return undefined;
    currentValue = (currentValue as Record<string | number, unknown> | undefined)?.[part];
  }
  return unwrap(current, currentValue);
}

function unwrap(schema: AnySchema | undefined, value: unknown): AnySchema | undefined {
  let current = schema;
  for (let guard = 0; guard < 8; guard++) {
    const def = defOf(current);
    if (!def) return current;
    if (def.type === "optional" || def.type === "default" || def.type === "nullable") {
      current = def.innerType;
    } else if (def.type === "union") {
      const isObject = typeof value === "object" && value !== null && !Array.isArray(value);
      current =
        def.options?.find((o) => (defOf(o)?.type === "object") === isObject) ?? def.options?.[0];
    } else return current;
  }
  return current;
}

function valueAt(root: unknown, path: ConfigPath): unknown {
  let value = root;
  for (const part of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return "array";
  if (value === null) return "null";
  return typeof value;
}

/** Maps every issue of a failed parse to pending problems. */
export function zodProblems(
  issues: readonly z.core.$ZodIssue[],
  schema: AnySchema,
  root: unknown,
  base: ConfigPath = [],
): PendingProblem[] {
  const out: PendingProblem[] = [];
  for (const issue of issues) out.push(...mapIssue(issue, schema, root, base));
  return out;
}

function mapIssue(
  issue: z.core.$ZodIssue,
  schema: AnySchema,
  root: unknown,
  base: ConfigPath,
): PendingProblem[] {
  const path = issue.path as Array<string | number>;
  const full = [...base, ...path];
  const value = valueAt(root, path);
  const key = String(path[path.length - 1] ?? "");
  const error = (code: string, params: Record<string, string | number>, asKey = false) => ({
    code,
    severity: "error" as const,
    path: full,
    asKey,
    params,
  });

  switch (issue.code) {
    case "unrecognized_keys": {
      const known = Object.keys(defOf(schemaAt(schema, path, root))?.shape ?? {});
      return issue.keys.map((unknownKey) => {
        const suggestion = closest(unknownKey, known);
        return {
          code: "POLICY_CONFIG_UNKNOWN_KEY",
          severity: "error" as const,
          path: [...full, unknownKey],
          asKey: true,
          params: {
            key: unknownKey,
            where: formatPath(full),
            known: known.join(", "),
            ...(suggestion ? { suggestion } : {}),
          },
        };
      });
    }
    case "invalid_type":
      if (value === undefined) return [error("POLICY_CONFIG_MISSING_KEY", { key })];
      return [
        error("POLICY_CONFIG_WRONG_TYPE", { key, expected: issue.expected, got: typeName(value) }),
      ];
    case "invalid_value": {
      const allowed = issue.values.map(String);
      const suggestion = typeof value === "string" ? closest(value, allowed) : undefined;
      return [
        error("POLICY_CONFIG_BAD_VALUE", {
          key,
          allowed: allowed.join(", "),
          ...(suggestion ? { suggestion } : {}),
        }),
      ];
    }
    case "invalid_format":
      return [error("POLICY_CONFIG_BAD_ID", { key })];
    case "too_small":
      return typeof value === "string"
        ? [error("POLICY_CONFIG_EMPTY_TEXT", { key })]
        : [error("POLICY_CONFIG_TOO_SMALL", { key, minimum: String(issue.minimum) })];
    case "invalid_union": {
      // Prefer the branch whose problems lie inside the value: it matched the shape.
      const deeper = issue.errors
        .filter((branch) => branch.length > 0 && branch.every((i) => i.path.length > 0))
        .sort((a, b) => a.length - b.length)[0];
      if (deeper) {
        return deeper.flatMap((inner) =>
          mapIssue({ ...inner, path: [...path, ...inner.path] }, schema, root, base),
        );
      }
      return [
        error("POLICY_CONFIG_WRONG_TYPE", {
          key,
          expected: unionExpectation(full),
          got: typeName(value),
        }),
      ];
    }
    default:
      return [error("POLICY_CONFIG_WRONG_TYPE", { key, expected: "valid", got: typeName(value) })];
  }
}

/** What a union accepts, by where it appears. */
function unionExpectation(path: ConfigPath): string {
  const key = path.filter((p) => typeof p === "string").at(-1);
  if (key === "label" || key === "description" || key === "data") return "label";
  if (key === "caps") return "cap";
  if (key === "quiet_hours") return "quiet_hours";
  return "duration";
}
