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

/** A property name that reads as a key (echoed when unknown), not as data. */
const KEY_LIKE = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

/** Turns TypeBox errors into an API error: the first error picks the code. */
export function validationError(errors: readonly TypeBoxError[], part: string): ApiError {
  const details: ErrorDetail[] = [];
  let code: ApiErrorCode = "API_INVALID_REQUEST";
  for (const error of errors.slice(0, 10)) {
    if (error.keyword === "additionalProperties") {
      if (details.length === 0) code = "API_UNKNOWN_PROPERTY";
      const names = (error.params.additionalProperties as string[] | undefined) ?? [];
      // A misspelt key ("feild") is named, so the integration can be fixed; anything
      // that does not look like a key (it could be data sent as a key) is not echoed.
      const place = error.instancePath || "";
      for (const name of names.length > 0 ? names.slice(0, 5) : [""]) {
        details.push({
          path: KEY_LIKE.test(name) ? `${place}/${name}` : place || "/",
          problem: "unknown_property",
        });
      }
      continue;
    }
    if (error.keyword === "boolean") continue; // echo of additionalProperties: false
    if (error.keyword === "maxItems" && error.instancePath === "/events") {
      code = "API_BATCH_TOO_LARGE";
    }
    // What the schema allows, so the caller can fix it (never what they sent).
    const allowed = error.params.allowedValues;
    const pattern = error.params.pattern;
    details.push({
      path: error.instancePath || "/",
      problem: error.keyword,
      ...(error.keyword === "enum" && Array.isArray(allowed)
        ? { allowed: allowed.filter((a) => typeof a === "string" || typeof a === "number") }
        : {}),
      ...(error.keyword === "pattern" && typeof pattern === "string" ? { pattern } : {}),
    });
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
      if (checkText(data, false) === null) return { value: data };
      const found = checkText(data, true);
      if (found === null) return { value: data };
      return {
        error: new ApiError("API_INVALID_REQUEST", { part }, [
          { path: found.path || "/", problem: found.problem },
        ]),
      };
    };
  });
}

/** Property names reported in a path; others (the caller's own keys) are not echoed. */
const PLAIN_KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** How deep arrays and objects may nest in an event's value (`[1]` is one level). */
export const MAX_VALUE_DEPTH = 32;

/**
 * How deep arrays and objects may nest in a whole request: the body, `events`
 * and the event itself hold an event's value, the only free-form part of any
 * request; nothing else comes near.
 */
const MAX_DEPTH = MAX_VALUE_DEPTH + 3;

/** What `checkText` can find wrong. */
export type TextProblem = "nul_character" | "lone_surrogate" | "too_deep";

/** What is wrong with one string, if anything. */
function textProblem(text: string): TextProblem | null {
  if (text.includes("\u0000")) return "nul_character";
  if (!isWellFormed(text)) return "lone_surrogate";
  return null;
}

/** `String.prototype.isWellFormed` (Node 20; newer than the ES2023 library the types use). */
function isWellFormed(text: string): boolean {
  return (text as unknown as { isWellFormed(): boolean }).isWellFormed();
}

/**
 * The first string or property name in `value` that tactful refuses, or the first
 * array or object nested deeper than `MAX_DEPTH`, with where it is as a JSON
 * pointer (built only when `paths` is set; "" otherwise). Null when all is well.
 *
 * - A NUL character (U+0000): PostgreSQL cannot store it, and it is never
 *   meaningful in what tactful keeps, so both databases refuse it alike, here.
 * - A lone surrogate (`"\ud800"` in JSON): not a character, so not UTF-8; the
 *   databases would store U+FFFD instead, each in its own way. Refused, never
 *   replaced, like invalid bytes.
 * - Nesting deeper than any request needs: refused before anything recurses.
 *
 * The walk is iterative: however deep the JSON, the stack does not overflow.
 */
export function checkText(
  value: unknown,
  paths: boolean,
): { readonly path: string; readonly problem: TextProblem } | null {
  const stack: Array<{ value: unknown; depth: number; path: string }> = [
    { value, depth: 0, path: "" },
  ];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value: current, depth, path } = item;
    if (typeof current === "string") {
      const problem = textProblem(current);
      if (problem !== null) return { path, problem };
      continue;
    }
    if (typeof current !== "object" || current === null) continue;
    if (depth >= MAX_DEPTH) return { path, problem: "too_deep" };
    // Children go on the stack last first, so the first problem found is the first in the text.
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) {
        stack.push({ value: current[i], depth: depth + 1, path: paths ? `${path}/${i}` : "" });
      }
      continue;
    }
    // A property name is checked just before its value; a bad one is reported at its object.
    const keys = Object.keys(current);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      const at = paths && PLAIN_KEY.test(key) ? `${path}/${key}` : path;
      stack.push({ value: (current as Record<string, unknown>)[key], depth: depth + 1, path: at });
      stack.push({ value: key, depth, path });
    }
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
