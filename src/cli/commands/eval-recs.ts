/**
 * `tactful eval-recs --data <csv[.gz]> [--split-date YYYY-MM-DD] [--until YYYY-MM-DD]`:
 * offline evaluation of recommendations on transaction data shaped like UCI Online
 * Retail. Prints HR@10, NDCG@10 and MRR of popularity, item-kNN, the butler and the
 * minimized butler, one `model=... hr10=... ndcg10=... mrr=...` line each, last.
 * Exit 0 measured, 2 unusable input.
 */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { parseDay } from "../../butler/eval/dates.js";
import { contenders, evaluate } from "../../butler/eval/evaluate.js";
import { REQUIRED_COLUMNS, type RetailData, RetailReader } from "../../butler/eval/retail.js";
import { splitAt } from "../../butler/eval/split.js";
import { render } from "../../i18n/index.js";
import {
  type Command,
  type CommandContext,
  EXIT,
  printError,
  requireOption,
  stringOption,
  UsageError,
} from "../command.js";

const DEFAULT_SPLIT = "2011-10-01";
const DAY = 86_400_000;

const evalRecsCommand: Command = {
  name: "eval-recs",
  summary: "CLI_EVAL_RECS_SUMMARY",
  help: "CLI_EVAL_RECS_HELP",
  options: {
    data: { type: "string" },
    "split-date": { type: "string" },
    until: { type: "string" },
    "retention-days": { type: "string" },
    "last-items": { type: "string" },
  },
  async run(context) {
    const file = resolve(context.io.cwd, requireOption(context, "eval-recs", "data"));
    const split = dayOption(context, "split-date", DEFAULT_SPLIT) as number;
    const until = dayOption(context, "until", undefined) ?? Number.POSITIVE_INFINITY;
    const minimized = {
      retention: countOption(context, "retention-days", 90) * DAY,
      lastItems: countOption(context, "last-items", 20),
    };
    let data: RetailData | { missing: string[] };
    try {
      data = await readRetail(file);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? "read error";
      printError(context, "CLI_FILE_UNREADABLE", { file, reason });
      return EXIT.unusable;
    }
    if ("missing" in data) {
      printError(context, "EVAL_RECS_MISSING_COLUMNS", { columns: data.missing.join(", ") });
      return EXIT.unusable;
    }
    const say = (code: string, params = {}) =>
      context.io.stdout(`${render(context.lang, code, params)}\n`);
    say("EVAL_RECS_READ", { ...data.stats, lines: data.stats.read });
    const parts = splitAt(data.lines, split, until);
    if (parts.targets.length === 0) {
      printError(context, "EVAL_RECS_NO_CUSTOMERS");
      return EXIT.unusable;
    }
    say("EVAL_RECS_SPLIT", {
      split: new Date(split).toISOString().slice(0, 10),
      train: parts.train.length,
      items: parts.items.length,
      customers: parts.customers,
      evaluated: parts.targets.length,
      unseen: parts.unseen,
    });
    const figures: string[] = [];
    for (const contender of contenders(parts, data.names, minimized)) {
      const started = performance.now();
      const scores = evaluate(parts, contender.build());
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      say("EVAL_RECS_MODEL_TIME", { model: contender.name, seconds });
      figures.push(
        `model=${contender.name} hr10=${scores.hr.toFixed(4)} ndcg10=${scores.ndcg.toFixed(4)} mrr=${scores.rr.toFixed(4)}`,
      );
    }
    context.io.stdout(`${figures.join("\n")}\n`);
    return EXIT.ok;
  },
};

function countOption(context: CommandContext, name: string, fallback: number): number {
  const text = stringOption(context, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1) {
    throw new UsageError("EVAL_RECS_BAD_COUNT", { option: `--${name}` });
  }
  return value;
}

function dayOption(context: CommandContext, name: string, fallback: string | undefined) {
  const text = stringOption(context, name) ?? fallback;
  if (text === undefined) return undefined;
  const day = parseDay(text);
  if (day === undefined) throw new UsageError("EVAL_RECS_BAD_DATE", { option: `--${name}` });
  return day;
}

/** Streams the file (gzip detected by its magic bytes) through the reader. */
async function readRetail(file: string): Promise<RetailData | { missing: string[] }> {
  const handle = await open(file, "r");
  const magic = Buffer.alloc(2);
  try {
    await handle.read(magic, 0, 2, 0);
  } finally {
    await handle.close();
  }
  const raw = createReadStream(file);
  const input = magic[0] === 0x1f && magic[1] === 0x8b ? raw.pipe(createGunzip()) : raw;
  const reader = new RetailReader();
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of lines) {
      if (!reader.line(line)) return { missing: reader.missing ?? [] };
    }
  } finally {
    lines.close();
    raw.destroy();
  }
  return reader.missing === undefined ? { missing: [...REQUIRED_COLUMNS] } : reader.finish();
}

export default evalRecsCommand;
