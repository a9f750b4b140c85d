/**
 * The API's error registry: one stable code per failure, its HTTP status, and a
 * message from the catalogs (`src/i18n/{en,ja}/server.ts`). Codes are never reused;
 * docs/api.md explains each and how to fix it. Messages never echo request values.
 */

/** Every code the API can answer with, and its status. */
export const API_ERRORS = {
  API_MALFORMED_JSON: 400,
  API_INVALID_UTF8: 400,
  API_EMPTY_BODY: 400,
  API_INVALID_REQUEST: 400,
  API_UNKNOWN_PROPERTY: 400,
  API_BATCH_TOO_LARGE: 400,
  API_EVENT_KIND: 400,
  API_EVENT_TIME_INVALID: 400,
  API_VALUE_TOO_LARGE: 400,
  API_IDENTITY_FIELD: 400,
  API_NOT_IDENTIFYING: 400,
  API_INVALID_EMAIL: 400,
  API_INVALID_TIME_ZONE: 400,
  API_UNKNOWN_PURPOSE: 400,
  API_IDEMPOTENCY_KEY_INVALID: 400,
  API_UNAUTHORIZED: 401,
  API_INVALID_KEY: 401,
  API_FORBIDDEN: 403,
  API_ORIGIN_NOT_ALLOWED: 403,
  API_PLAY_NOT_ONSITE: 403,
  API_CUSTOMER_TOKEN_REQUIRED: 403,
  API_NOT_FOUND: 404,
  API_UNKNOWN_PLAY: 404,
  API_CUSTOMER_NOT_FOUND: 404,
  API_UNKNOWN_SLOT: 404,
  API_IDEMPOTENCY_CONFLICT: 409,
  API_CUSTOMER_ERASED: 409,
  API_BODY_TOO_LARGE: 413,
  API_UNSUPPORTED_MEDIA_TYPE: 415,
  API_CONFIG_INVALID: 422,
  API_RATE_LIMITED: 429,
  API_INTERNAL: 500,
  API_UNAVAILABLE: 503,
  API_NOT_READY: 503,
  API_CATALOG_MISSING: 503,
  API_CATALOG_INVALID: 503,
  API_WIDGET_UNAVAILABLE: 503,
} as const;

/** A stable API error code. */
export type ApiErrorCode = keyof typeof API_ERRORS;

/** One problem inside a request: where (a JSON pointer) and what kind, never the value. */
export interface ErrorDetail {
  readonly path: string;
  readonly problem: string;
  /** For `enum`: the values the schema allows (from the schema, never from the request). */
  readonly allowed?: readonly (string | number)[];
  /** For `pattern`: the pattern the value must match. */
  readonly pattern?: string;
}

/** An error the API answers with `{ error: { code, message, details? } }`. */
export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ApiErrorCode,
    readonly params: Readonly<Record<string, string | number>> = {},
    readonly details: readonly ErrorDetail[] = [],
    /** Extra machine-readable data (config problems on reload). */
    readonly extra: Readonly<Record<string, unknown>> = {},
  ) {
    super(code);
    this.name = "ApiError";
    this.status = API_ERRORS[code];
  }
}
