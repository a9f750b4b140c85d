/**
 * `tactful init [--template shop|b2b] [--lang ja|en] [--dir D] [--force]`: writes
 * a commented starting config and its templates, from the bundled examples.
 * Comments in the examples come in pairs (`# en:` / `# ja:`); init keeps one language.
 * Plays an example keeps only to show what tactful refuses are commented out, with
 * why, so a new config passes `tactful check` as written. A starter `catalog.yaml`
 * (the example's `starter-catalog.yaml`) goes next to the config so recommendations
 * work from the first run, unless the folder already has a catalog file.
 */
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { render } from "../../i18n/index.js";
import { CATALOG_FILES } from "../../server/butler/catalog-source.js";
import { leaveOutTeachingPlays } from "../_init-starter.js";
import { type Command, choiceOption, EXIT, printError, stringOption } from "../command.js";

const EXAMPLES = fileURLToPath(new URL("../../../examples/", import.meta.url));

/** Keeps the comments of one language and sets the site's locale. */
export function localizeConfig(text: string, lang: "ja" | "en"): string {
  const other = lang === "ja" ? "en" : "ja";
  return text
    .split("\n")
    .filter(
      (line) =>
        !new RegExp(`^\\s*# ${other}: `).test(line) && !new RegExp(`^\\s*# ${other}:$`).test(line),
    )
    .map((line) => line.replace(new RegExp(`^(\\s*)# ${lang}:( |$)`), "$1#$2"))
    .join("\n")
    .replace(/^(\s*locale:\s*)(ja|en)\b/m, `$1${lang}`);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function firstExisting(paths: readonly string[]): Promise<string | null> {
  for (const path of paths) if (await exists(path)) return path;
  return null;
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else out.push(path);
  }
  return out;
}

export const initCommand: Command = {
  name: "init",
  summary: "CLI_INIT_SUMMARY",
  help: "CLI_INIT_HELP",
  options: {
    template: { type: "string", short: "t" },
    dir: { type: "string", short: "d" },
    force: { type: "boolean" },
  },
  async run(context) {
    const template = choiceOption(context, "template", ["shop", "b2b"] as const, "shop");
    const lang = context.lang;
    const target = resolve(context.io.cwd, stringOption(context, "dir") ?? ".");
    const source = join(EXAMPLES, template);
    const files = [
      join(source, "tactful.config.yaml"),
      ...(await listFiles(join(source, "templates"))),
    ];
    const writes = files.map((file) => ({ from: file, to: join(target, relative(source, file)) }));

    if (context.values.force !== true) {
      for (const { to } of writes) {
        if (await exists(to)) {
          printError(context, "CLI_INIT_EXISTS", { file: relative(context.io.cwd, to) || to });
          return EXIT.unusable;
        }
      }
    }
    // A catalog already there is the user's: never overwritten, never shadowed by a new catalog.yaml.
    const ownCatalog = await firstExisting(CATALOG_FILES.map((name) => join(target, name)));
    const catalog = join(target, CATALOG_FILES[0]);
    for (const { from, to } of writes) {
      const text = await readFile(from, "utf8");
      await mkdir(resolve(to, ".."), { recursive: true });
      await writeFile(
        to,
        from.endsWith("tactful.config.yaml")
          ? leaveOutTeachingPlays(localizeConfig(text, lang), template, lang)
          : text,
      );
    }
    if (!ownCatalog) {
      const text = await readFile(join(source, "starter-catalog.yaml"), "utf8");
      await writeFile(catalog, localizeConfig(text, lang));
    }
    const shown = (path: string) => relative(context.io.cwd, path) || path;
    const configPath = shown(join(target, "tactful.config.yaml"));
    context.io.stdout(
      `${render(lang, "CLI_INIT_DONE", { file: configPath, count: writes.length - 1 })}\n`,
    );
    context.io.stdout(
      ownCatalog
        ? `${render(lang, "CLI_INIT_CATALOG_KEPT", { catalog: shown(ownCatalog) })}\n`
        : `${render(lang, "CLI_INIT_CATALOG", { catalog: shown(catalog) })}\n`,
    );
    return EXIT.ok;
  },
};

export default initCommand;
