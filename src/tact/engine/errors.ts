/**
 * Setup errors of the linter (bad config, a dictionary whose examples fail).
 * They carry a stable code and parameters; the text comes from the catalogs.
 */
import { type Lang, render } from "../../i18n/index.js";

/** Thrown when a tact config or phrase dictionary cannot be used. */
export class TactConfigError extends Error {
  constructor(
    /** `TACT_CONFIG_*` or `TACT_DICT_*`, documented in docs/tact/configuration.md. */
    readonly code: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(render("en", code, params));
    this.name = "TactConfigError";
  }

  /** The message in one language. */
  localized(lang: Lang): string {
    return render(lang, this.code, this.params);
  }
}
