/**
 * Every command, loaded lazily. Add a command: one file in `commands/`, one line here,
 * its summary and help in the catalogs.
 * @internal
 */
import type { Command } from "./command.js";

type Loader = () => Promise<Command>;

const load =
  (module: () => Promise<{ default: Command }>): Loader =>
  async () =>
    (await module()).default;

export const registry: Readonly<Record<string, Loader>> = {
  init: load(() => import("./commands/init.js")),
  check: load(() => import("./commands/check.js")),
  lint: load(() => import("./commands/lint.js")),
  decide: load(() => import("./commands/decide.js")),
  simulate: load(() => import("./commands/simulate.js")),
  generate: load(() => import("./commands/generate.js")),
  "eval-recs": load(() => import("./commands/eval-recs.js")),
  serve: load(() => import("./commands/serve.js")),
  purge: load(() => import("./commands/purge.js")),
  demo: load(() => import("./commands/demo.js")),
  "customer-token-secret": load(() => import("./commands/customer-token-secret.js")),
  "customer-token": load(() => import("./commands/customer-token.js")),
  "rotate-key": load(() => import("./commands/rotate-key.js")),
  erasures: load(() => import("./commands/erasures.js")),
  keys: load(() => import("./commands/keys.js")),
};
