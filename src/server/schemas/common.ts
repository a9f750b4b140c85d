/**
 * Schemas shared by several routes. These objects validate requests (compiled by
 * TypeBox) and are the OpenAPI document's schemas: one source for both.
 */
import Type, { type Static, type TSchema } from "typebox";

/**
 * `T | null` written as a JSON Schema type list. Response schemas use it instead of
 * `anyOf`, which the response serializer can only resolve by validating each branch.
 */
export function Nullable<T extends TSchema & { type: string }>(schema: T) {
  return Type.Unsafe<Static<T> | null>({ ...schema, type: [schema.type, "null"] });
}

/** One of a few strings, as `enum` (cheaper to serialize than a union of literals). */
export function StringEnum<const T extends readonly string[]>(values: T, description?: string) {
  return Type.Unsafe<T[number]>({
    type: "string",
    enum: values,
    ...(description ? { description } : {}),
  });
}

/** A pseudonymous customer id: letters, digits and `_ . : -`; never an email address. */
export const CustomerId = Type.String({
  pattern: "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$",
  description:
    "Pseudonymous customer id chosen by the site (a cookie id, an account number). Never an email address.",
  examples: ["c_8f3a2b"],
});

/** An identifier from the config (field, purpose, play). */
export const ConfigId = Type.String({ pattern: "^[A-Za-z0-9_.-]{1,64}$" });

/** Epoch milliseconds. */
export const EpochMs = Type.Integer({
  minimum: 0,
  maximum: 8_640_000_000_000_000,
  description: "Time as milliseconds since 1970-01-01T00:00:00Z.",
});

/** The body of every error answer. */
export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: "Stable code, documented in docs/api.md." }),
      message: Type.String({ description: "What went wrong and how to fix it (en or ja)." }),
      details: Type.Optional(
        Type.Array(
          Type.Object({
            path: Type.String({ description: "JSON pointer into the request." }),
            problem: Type.String(),
            allowed: Type.Optional(
              Type.Array(Type.Union([Type.String(), Type.Number()]), {
                description: "For `enum`: the values allowed there.",
              }),
            ),
            pattern: Type.Optional(
              Type.String({ description: "For `pattern`: the pattern the value must match." }),
            ),
          }),
        ),
      ),
      problems: Type.Optional(
        Type.Array(Type.Object({}, { additionalProperties: true }), {
          description: "Config problems (reload only).",
        }),
      ),
      errorId: Type.Optional(Type.String()),
    }),
  },
  { $id: "ErrorResponse" },
);

/** `:id` path parameter. */
export const CustomerParams = Type.Object({ id: CustomerId }, { additionalProperties: false });
