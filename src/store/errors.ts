/**
 * Store failures are data: a stable `STORE_*` code and parameters that never hold
 * personal data. Text comes from `src/i18n/{en,ja}/store.ts`.
 */

/** Codes the store raises; each is documented in docs/store.md. */
export type StoreErrorCode =
  | "STORE_MASTER_KEY_INVALID"
  | "STORE_MASTER_KEY_MISSING"
  | "STORE_MASTER_KEY_NOT_SET"
  | "STORE_MASTER_KEY_MISMATCH"
  | "STORE_UNREACHABLE"
  | "STORE_URL_INVALID"
  | "STORE_MIGRATION_FAILED"
  | "STORE_SCHEMA_TOO_NEW"
  | "STORE_DATA_KEY_UNREADABLE"
  | "STORE_JOURNAL_OTHER_KEY"
  | "STORE_ROTATE_SAME_KEY"
  | "STORE_ROTATE_UNREADABLE"
  | "STORE_CUSTOMER_ERASED";

/** An error with a stable code; `params` are safe to show (no personal data). */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    readonly params: Readonly<Record<string, string | number>> = {},
    options?: { cause?: unknown },
  ) {
    super(code, options);
    this.name = "StoreError";
  }
}
