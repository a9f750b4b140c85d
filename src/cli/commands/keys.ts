/**
 * `tactful keys list|create|revoke [--db D] [--master-key-file F]`: the API's
 * credentials by hand. `list` shows the live ones (an admin token by its first
 * characters only; a site key, publishable, whole); `create admin|site` prints
 * the new token alone on stdout, once; `revoke <id>` disables one, never the last
 * live admin token. Arguments are checked before the store is opened: a bad one
 * stores nothing. Each create and revoke is audited (`key.create`, `key.revoke`).
 */
import { render } from "../../i18n/index.js";
import { exactOrigin } from "../../server/bootstrap.js";
import { type ApiKey, type ApiKeyKind, listApiKeys } from "../../store/api-keys.js";
import { issueApiKey, withdrawApiKey } from "../../store/key-admin.js";
import type { Store } from "../../store/store.js";
import { STORE_OPTIONS, withExistingStore } from "../_store.js";
import {
  type Command,
  type CommandContext,
  EXIT,
  printError,
  stringOption,
  UsageError,
} from "../command.js";

/** What the arguments ask for, checked. */
type KeysRequest =
  | { readonly action: "list"; readonly json: boolean }
  | {
      readonly action: "create";
      readonly kind: ApiKeyKind;
      readonly label: string;
      readonly origins: readonly string[];
    }
  | { readonly action: "revoke"; readonly id: string };

const USAGE = { command: "keys", what: "`list`, `create admin|site`, `revoke <id>`" };
const LABEL_MAX = 100;

export const keysCommand: Command = {
  name: "keys",
  summary: "CLI_KEYS_SUMMARY",
  help: "CLI_KEYS_HELP",
  positionals: true,
  options: {
    ...STORE_OPTIONS,
    json: { type: "boolean" },
    label: { type: "string" },
    origin: { type: "string", multiple: true },
  },
  async run(context) {
    const request = parseRequest(context);
    return withExistingStore(context, async (store) => {
      if (request.action === "list") return list(context, store, request.json);
      if (request.action === "create") return create(context, store, request);
      return revoke(context, store, request.id);
    });
  },
};

/** Checks positionals and options together; throws a usage error (exit 2). */
function parseRequest(context: CommandContext): KeysRequest {
  const [action, argument, ...extra] = context.positionals;
  const origins = (context.values.origin as string[] | undefined) ?? [];
  const label = stringOption(context, "label");
  const json = context.values.json === true;
  const misplaced = (option: string | null) => {
    if (option) throw new UsageError("CLI_KEYS_OPTION_MISPLACED", { option, action: `${action}` });
  };
  if (extra.length > 0) throw new UsageError("CLI_MISSING_ARGUMENT", USAGE);
  if (action === "list") {
    if (argument !== undefined) throw new UsageError("CLI_MISSING_ARGUMENT", USAGE);
    misplaced(label !== undefined ? "--label" : origins.length > 0 ? "--origin" : null);
    return { action, json };
  }
  if (action === "revoke") {
    if (argument === undefined) throw new UsageError("CLI_MISSING_ARGUMENT", USAGE);
    misplaced(
      json ? "--json" : label !== undefined ? "--label" : origins.length > 0 ? "--origin" : null,
    );
    return { action, id: argument };
  }
  if (action !== "create" || (argument !== "admin" && argument !== "site")) {
    throw new UsageError("CLI_MISSING_ARGUMENT", USAGE);
  }
  misplaced(json ? "--json" : null);
  if (label !== undefined && !usableLabel(label)) throw new UsageError("CLI_KEYS_LABEL_INVALID");
  if (argument === "admin") {
    if (origins.length > 0) throw new UsageError("CLI_KEYS_ORIGIN_SITE_ONLY");
    return { action, kind: "admin", label: label ?? "cli", origins: [] };
  }
  if (origins.length === 0) throw new UsageError("CLI_KEYS_SITE_NEEDS_ORIGIN");
  const checked = origins.map((given) => {
    const origin = exactOrigin(given);
    if (origin === null) throw new UsageError("CLI_KEYS_ORIGIN_INVALID", { origin: given });
    return origin;
  });
  return { action, kind: "site", label: label ?? "cli", origins: [...new Set(checked)] };
}

/** One line, 1 to 100 characters, no control characters. */
function usableLabel(label: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  return label.trim() !== "" && label.length <= LABEL_MAX && !/[\u0000-\u001f\u007f]/.test(label);
}

async function list(context: CommandContext, store: Store, json: boolean): Promise<number> {
  const keys = await listApiKeys(store);
  if (json) {
    context.io.stdout(`${JSON.stringify(keys.map(publicView), null, 2)}\n`);
    return EXIT.ok;
  }
  if (keys.length === 0) {
    context.io.stdout(`${render(context.lang, "CLI_KEYS_NONE")}\n`);
    return EXIT.ok;
  }
  const header = ["ID", "KIND", "CREATED", "KEY", "ORIGINS", "LABEL"].map((c) =>
    render(context.lang, `CLI_KEYS_COLUMN_${c}`),
  );
  const rows = keys.map((k) => [
    k.id,
    k.kind,
    new Date(k.createdAt).toISOString(),
    shown(k),
    k.kind === "site" ? k.origins.join(", ") || "-" : "-",
    k.label || "-",
  ]);
  context.io.stdout(table([header, ...rows]));
  return EXIT.ok;
}

/** What `list --json` prints for one credential: never an admin token's hash or whole token. */
function publicView(key: ApiKey) {
  const common = {
    id: key.id,
    kind: key.kind,
    label: key.label,
    created: new Date(key.createdAt).toISOString(),
  };
  return key.kind === "admin"
    ? { ...common, hint: key.hint }
    : { ...common, key: key.hint, origins: key.origins };
}

/** An admin token's first characters, marked as such; a site key whole. */
function shown(key: ApiKey): string {
  return key.kind === "admin" ? `${key.hint}…` : key.hint;
}

/** Columns padded to their widest cell (the last one is not padded). */
function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? "")))) ?? [];
  const pad = (cell: string, i: number) => cell + " ".repeat((widths[i] ?? 0) - width(cell));
  return rows
    .map(
      (row) =>
        `${row
          .map((cell, i) => (i === row.length - 1 ? cell : pad(cell, i)))
          .join("  ")
          .trimEnd()}\n`,
    )
    .join("");
}

/** Terminal columns of `text`: two for CJK and full-width characters (the Japanese headings). */
function width(text: string): number {
  let columns = 0;
  for (const char of text) {
    const c = char.codePointAt(0) ?? 0;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6);
    columns += wide ? 2 : 1;
  }
  return columns;
}

async function create(
  context: CommandContext,
  store: Store,
  request: Extract<KeysRequest, { action: "create" }>,
): Promise<number> {
  const { key, token } = await issueApiKey(
    store,
    { kind: request.kind, label: request.label, origins: request.origins },
    { actor: "cli", at: Date.now() },
  );
  // The token alone on stdout, for `$(…)`; everything else on stderr.
  context.io.stdout(`${token}\n`);
  if (key.kind === "admin") {
    context.io.stderr(`${render(context.lang, "CLI_KEYS_ADMIN_CREATED", { id: key.id })}\n`);
  } else {
    context.io.stderr(
      `${render(context.lang, "CLI_KEYS_SITE_CREATED", { id: key.id, origins: key.origins.join(", ") })}\n`,
    );
  }
  return EXIT.ok;
}

async function revoke(context: CommandContext, store: Store, id: string): Promise<number> {
  const result = await withdrawApiKey(store, id, { actor: "cli", at: Date.now() });
  if (!result.ok) {
    if (result.reason === "unknown") printError(context, "CLI_KEYS_UNKNOWN", { id });
    else if (result.reason === "revoked") {
      printError(context, "CLI_KEYS_ALREADY_REVOKED", {
        id,
        at: new Date(result.revokedAt).toISOString(),
      });
    } else printError(context, "CLI_KEYS_LAST_ADMIN", { id });
    return EXIT.findings;
  }
  const done = result.kind === "admin" ? "CLI_KEYS_REVOKED_ADMIN" : "CLI_KEYS_REVOKED_SITE";
  context.io.stdout(`${render(context.lang, done, { id })}\n`);
  if (result.kind === "site" && result.liveOfKind === 0) {
    context.io.stderr(`${render(context.lang, "CLI_KEYS_LAST_SITE_REVOKED")}\n`);
  }
  return EXIT.ok;
}

export default keysCommand;
