/**
 * `tactful erasures export [--db D]` and `tactful erasures apply [--db D] <file|->`:
 * the erasure journal (keyed hashes of erased customer ids, with times; see
 * docs/store.md, "Backups and erasure"). `export` writes it as JSON lines to
 * stdout; `apply` erases again, in a database restored from a backup, every
 * customer the journal names. The journal is read and checked whole before the
 * database is opened: a bad line changes nothing.
 */
import { readFile } from "node:fs/promises";
import { render } from "../../i18n/index.js";
import {
  applyErasures,
  type ErasureEntry,
  exportErasures,
  JournalLineError,
  parseErasureJournal,
} from "../../store/erasure-journal.js";
import { STORE_OPTIONS, withExistingStore } from "../_store.js";
import { type Command, type CommandContext, EXIT, printError, UsageError } from "../command.js";

export const erasuresCommand: Command = {
  name: "erasures",
  summary: "CLI_ERASURES_SUMMARY",
  help: "CLI_ERASURES_HELP",
  positionals: true,
  options: {
    ...STORE_OPTIONS,
  },
  async run(context) {
    const [action, file, ...extra] = context.positionals;
    const usage = { command: "erasures", what: "`export` or `apply <file|->`" };
    if (action !== "export" && action !== "apply")
      throw new UsageError("CLI_MISSING_ARGUMENT", usage);
    if (action === "export" && file !== undefined)
      throw new UsageError("CLI_MISSING_ARGUMENT", usage);
    if (action === "apply" && (file === undefined || extra.length > 0)) {
      throw new UsageError("CLI_MISSING_ARGUMENT", usage);
    }
    let entries: ErasureEntry[] = [];
    if (action === "apply") {
      const read = await readJournal(context, file as string);
      if (!read) return EXIT.unusable;
      entries = read;
    }
    return withExistingStore(context, async (store) => {
      if (action === "export") {
        const lines = await exportErasures(store);
        if (lines.length > 0) context.io.stdout(`${lines.join("\n")}\n`);
        context.io.stderr(
          `${render(context.lang, "CLI_ERASURES_EXPORTED", { count: lines.length })}\n`,
        );
        return EXIT.ok;
      }
      const report = await applyErasures(store, entries, { actor: "cli", at: Date.now() });
      context.io.stdout(`${render(context.lang, "CLI_ERASURES_APPLIED", { ...report })}\n`);
      return EXIT.ok;
    });
  },
};

/** Reads and checks the whole journal, or prints `file:line` of the first bad entry. */
async function readJournal(context: CommandContext, file: string): Promise<ErasureEntry[] | null> {
  let text: string;
  try {
    text = file === "-" ? await context.io.readStdin() : await readFile(file, "utf8");
  } catch {
    printError(context, "CLI_JOURNAL_UNREADABLE", { file });
    return null;
  }
  try {
    return parseErasureJournal(text);
  } catch (error) {
    if (!(error instanceof JournalLineError)) throw error;
    printError(context, "CLI_JOURNAL_LINE_INVALID", {
      file: file === "-" ? "<stdin>" : file,
      line: error.line,
    });
    return null;
  }
}

export default erasuresCommand;
