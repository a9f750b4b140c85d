/**
 * Validation with TypeBox's compiler, from the same schema objects the OpenAPI
 * document publishes. Bodies are checked strictly (no type coercion, no unknown
 * properties); query strings arrive as text and are validated as text.
 */
import type { FastifyInstance, FastifySchema } from "fastify";
import type { TSchema } from "typebox";
import { Compile } from "typebox/compile";
import { ApiError, type ApiErrorCode, type ErrorDetail } from "./errors.js";

interface TypeBoxError {
  readonly keyword: string;
  readonly instancePath: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** Turns TypeBox errors into an API error: the first error picks the code. */
export function validationError(errors: readonly TypeBoxError[], part: string): ApiError {
  const details: ErrorDetail[] = [];
  let code: ApiErrorCode = "API_INVALID_REQUEST";
  for (const error of errors.slice(0, 10)) {
    if (error.keyword === "additionalProperties") {
      const names = (error.params.additionalProperties as string[] | undefined) ?? [];
      // Property names are the caller's own input: report the place, not the name.
      details.push({ path: `${error.instancePath}`, problem: `unknown_property(${names.length})` });
      if (details.length === 1) code = "API_UNKNOWN_PROPERTY";
      continue;
    }
    if (error.keyword === "boolean") continue; // echo of additionalProperties: false
    if (error.keyword === "maxItems" && error.instancePath === "/events") {
      code = "API_BATCH_TOO_LARGE";
    }
    details.push({ path: error.instancePath || "/", problem: error.keyword });
  }
  return new ApiError(code, { part }, details);
}

/** Installs the validator compiler on `app`. */
export function installValidation(app: FastifyInstance): void {
  app.setValidatorCompiler(({ schema, httpPart }) => {
    const validator = Compile(schema as TSchema);
    const part = httpPart ?? "body";
    return (data: unknown) => {
      if (!validator.Check(data)) {
        return { error: validationError([...validator.Errors(data)] as TypeBoxError[], part) };
      }
      // The quick check runs on every request; the place is looked for only when needed.
      if (!hasNul(data)) return { value: data };
      const nul = findNul(data, "");
      if (nul === null) return { value: data };
      return {
        error: new ApiError("API_INVALID_REQUEST", { part }, [
          { path: nul || "/", problem: "nul_character" },
        ]),
      };
    };
  });
}

/** Property names reported in a path; others (the caller's own keys) are not echoed. */
const PLAIN_KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** True when some string or property name in `value` holds a NUL character. */
function hasNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (typeof value !== "object" || value === null) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (hasNul(value[i])) return true;
    return false;
  }
  for (const key in value) {
    if (key.includes("\u0000") || hasNul((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

/**
 * Where the first NUL character (U+0000) is, in any string or property name of
 * `value`, as a JSON pointer (null when there is none). No text field may hold
 * one: PostgreSQL cannot store it, and it is never meaningful in what tactful
 * keeps, so both databases refuse it alike, here, before anything is written.
 */
export function findNul(value: unknown, path: string): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (typeof value !== "object" || value === null) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNul(value[i], `${path}/${i}`);
      if (found !== null) return found;
    }
    return null;
  }
  for (const key in value) {
    const at = PLAIN_KEY.test(key) ? `${path}/${key}` : path;
    if (key.includes("\u0000")) return at;
    const found = findNul((value as Record<string, unknown>)[key], at);
    if (found !== null) return found;
  }
  return null;
}

/** The schema of a route as Fastify takes it, with OpenAPI extras. */
export interface RouteSchema extends FastifySchema {
  readonly summary?: string;
  readonly description?: string;
  readonly tags?: readonly string[];
  readonly security?: ReadonlyArray<Record<string, readonly string[]>>;
}
