/** Messages of the command line (English). */
export const cliEn = {
  CLI_USAGE:
    "Usage: tactful <command> [options]\n\nCommands:\n{commands}\n\nRun `tactful <command> --help` for the options of one command.",
  CLI_UNEXPECTED:
    "`tactful {command}` stopped on an unexpected error ({code}). Nothing was printed about your data; run again with TACTFUL_DEBUG=1 to see the details, and report it if it looks like a bug.",
  CLI_UNKNOWN_COMMAND: "Unknown command `{command}`. Run `tactful --help` to see the commands.",
  CLI_UNKNOWN_OPTION:
    "Unknown option `{option}` for `tactful {command}`. Run `tactful {command} --help`.",
  CLI_MISSING_VALUE: "Option `{option}` needs a value.",
  CLI_MISSING_ARGUMENT: "`tactful {command}` needs {what}. Run `tactful {command} --help`.",
  CLI_BAD_VALUE: "Option `{option}` must be one of: {allowed}.",
  CLI_SERVE_ORIGIN_INVALID:
    "--origin `{origin}` is not an origin: give the scheme and host only, with a port if any, like https://shop.example or http://localhost:3000 (no path, no wildcard, not `null`, which any sandboxed page sends). The server was not started; nothing was opened or stored.",
  CLI_SERVE_SITE_URL_INVALID:
    "The config's site.url `{url}` has a wildcard host: browsers never send such an origin, so no page could use the site key from it. Give your pages' own address, like https://shop.example, and add more with `--origin`. The server was not started; nothing was opened or stored.",
  CLI_FILE_UNREADABLE: "Cannot read {file}: {reason}.",
  CLI_CONFIG_NOT_FOUND:
    "{file} does not exist. To start a config here, run `tactful init` (`tactful init --help` shows the templates); if yours is elsewhere, give its path.",
  CLI_CONFIG_IS_FOLDER:
    "{file} is a folder; give the config file in it, such as {file}/tactful.config.yaml.",
  CLI_BAD_TIME: "Option `{option}` must be a time such as 2026-11-29T09:00:00+09:00.",
  CLI_BAD_JSON: "{file} is not valid JSON.",
  CLI_BAD_STATE: "{file}: `{path}` is not valid ({code}). See docs/cli.md for the state format.",
  CLI_BAD_EVENT:
    "{file}:{line}: `{path}` is not valid ({code}). See docs/cli.md for the event format.",
  CLI_BAD_EVENTS_TOTAL: "{count} events could not be read; nothing was simulated.",
  CLI_INIT_SUMMARY: "Write a commented starting config (shop or b2b)",
  CLI_INIT_HELP:
    "Usage: tactful init [--template shop|b2b] [--lang ja|en] [--dir DIR] [--force]\n\nWrites tactful.config.yaml and its templates into DIR (default: here), commented in your language,\nand a starter catalog.yaml of sample items to replace with what you sell (not when DIR has a catalog).\nExisting files are never overwritten unless you pass --force; a catalog never is.",
  CLI_INIT_EXISTS: "{file} already exists. Choose another --dir, or pass --force to overwrite it.",
  CLI_INIT_DONE:
    "Wrote {file} and {count} templates. Next: edit it, then run `tactful check {file}`.",
  CLI_INIT_LEFT_OUT_RETARGETING:
    "Left out of your starting config. The example it comes from (examples/shop) keeps\nthis play to show what tactful refuses: ads on other sites with a product someone\nlooked at once. Observed behaviour may choose content on your own site, but it is\nnever mentioned outside the page where it happened, and never leaves the site\n(POLICY_CHECK_OBSERVED_MENTION_OUTBOUND, POLICY_CHECK_OBSERVED_OFFSITE).\nUncomment it to see `tactful check` explain it; the engine always skips it.",
  CLI_INIT_CATALOG:
    'Also wrote {catalog}: a few sample items, so recommendations and the widget work from the start. Replace them with what you sell (format: docs/widget.md, "The catalog").',
  CLI_INIT_CATALOG_KEPT: "Kept your catalog {catalog}; no starter catalog was written.",
  CLI_CHECK_SUMMARY: "Check a config: norms, retention, unused data, templates",
  CLI_CHECK_HELP:
    "Usage: tactful check [CONFIG] [--format text|json] [--strict] [--lang ja|en]\n\nChecks CONFIG (default: tactful.config.yaml) and the templates of its plays.\nExit codes: 0 no errors (warnings allowed; with --strict, none), 1 errors found, 2 the config cannot be read.",
  CLI_DECIDE_SUMMARY: "Decide one play for one customer, with every reason",
  CLI_DECIDE_HELP:
    "Usage: tactful decide --state STATE.json --play PLAY [--config CONFIG] [--now TIME] [--json] [--lang ja|en]\n\nPrints the verdict (allow, soften or skip), the cost and balance, every reason and the customer-facing explanation.\nSTATE.json: { id, consents, data, ledger, touches, ... } with times as ISO 8601 or epoch milliseconds (see docs/cli.md).",
  CLI_VERDICT_HEAD: "{play}: {outcome}",
  CLI_VERDICT_HEAD_RUNS: "{play}: {outcome} (runs {run} instead)",
  CLI_VERDICT_BALANCE: "  cost {cost} · trust balance {before} → {after}",
  CLI_VERDICT_RETRY: "  may run from {at}",
  CLI_VERDICT_EXPLANATION: "  Shown to the customer: {text}",
  CLI_BAD_NUMBER: "Option `{option}` must be a whole number greater than 0.",
  CLI_GENERATE_SUMMARY: "Synthetic events for an example (shop or b2b), as JSON lines",
  CLI_GENERATE_HELP:
    "Usage: tactful generate [--example shop|b2b] [--customers N] [--seed S] [--start TIME] [--days D] [--out FILE]\n\nWrites reproducible synthetic events (one JSON object per line) for the example's config: visits, carts, purchases, quiz answers, consents and the moments plays become due. Feed them to `tactful simulate`.",
  CLI_SIMULATE_SUMMARY: "Replay events for many customers: who would get what, and why",
  CLI_SIMULATE_HELP:
    "Usage: tactful simulate --events EVENTS.jsonl [--config CONFIG] [--json] [--top N] [--lang ja|en]\n\nReplays one event per line (data, consent, signal, gpc, suppress, decide) in time order, and counts per play how many decisions would allow, soften or skip, with the most frequent reasons.",
  CLI_SIMULATE_HEAD:
    "{customers} customers, {events} events, {decisions} decisions; {dropped} undeclared data events dropped.",
  CLI_SIMULATE_COL_PLAY: "play",
  CLI_SIMULATE_COL_REASONS: "top reasons for holding back",
  CLI_SIMULATE_SOFTENED_TO: "→ {fallback} ran instead {count} times",
} as const;
