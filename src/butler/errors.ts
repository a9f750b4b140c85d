/**
 * Errors of the butler are data: a stable `code` (documented in docs/butler.md)
 * and params that never carry personal data or raw request input.
 */
import { render } from "../i18n/index.js";

/** Stable error codes of the butler. */
export type ButlerErrorCode =
  | "BUTLER_BAD_OPTION"
  | "BUTLER_CATALOG_EMPTY"
  | "BUTLER_CATALOG_DUPLICATE"
  | "BUTLER_CATALOG_BAD_ITEM"
  | "BUTLER_BAD_REQUEST";

/**
 * Thrown for a bad setup (options, catalog) or an unusable request. The message is
 * the English text; render `code` with `params` for another language.
 *
 * @example
 * ```ts
 * try { createButler({ catalog: [] }); }
 * catch (error) { if (error instanceof ButlerError) console.log(error.code); }
 * ```
 */
export class ButlerError extends Error {
  constructor(
    readonly code: ButlerErrorCode,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(render("en", code, params));
    this.name = "ButlerError";
  }
}
