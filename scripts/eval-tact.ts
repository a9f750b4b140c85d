/**
 * Measures the tact linter on a labelled JSONL file:
 *
 *   npm run eval:tact -- <path.jsonl> [--verbose]
 *
 * Each line: `{ id, text, lang, channel, label: "flag"|"ok", categories: [...] }`
 * (optional `kind`). Lines whose label is neither `flag` nor `ok` are skipped.
 * A message counts as flagged when lint() reports at least one error or warning.
 * Prints recall on `flag`, the false-positive rate on `ok`, a per-category
 * confusion table, and as its last line `recall=R fpr=F n_flag=N n_ok=M`. A labelled
 * category `missing_transparency` is read as the linter's `transparency`.
 */
import { readFileSync } from "node:fs";
import { type LintOptions, lint, TACT_CHANNELS, type TactChannel } from "../src/tact/index.js";
import type { TactItem } from "./_tact-items.js";

type Item = TactItem;

/**
 * Labels some data sets use for a linter category: the issue names the
 * transparency rule's category `missing_transparency`; the linter reports it as
 * `transparency`. Both count as the same in the per-category figures.
 */
const CATEGORY_ALIASES: Readonly<Record<string, string>> = {
  missing_transparency: "transparency",
};

const args = process.argv.slice(2);
const path = args.find((arg) => !arg.startsWith("--"));
const verbose = args.includes("--verbose");
if (!path) {
  process.stderr.write("usage: npm run eval:tact -- <path.jsonl> [--verbose]\n");
  process.exit(2);
}

const items: Item[] = [];
let skipped = 0;
for (const [index, line] of readFileSync(path, "utf8").split(/\r?\n/).entries()) {
  if (line.trim() === "") continue;
  let value: Partial<Item>;
  try {
    value = JSON.parse(line) as Partial<Item>;
  } catch {
    process.stderr.write(`line ${index + 1}: not JSON, skipped\n`);
    skipped++;
    continue;
  }
  if ((value.label !== "flag" && value.label !== "ok") || typeof value.text !== "string") {
    skipped++;
    continue;
  }
  items.push({
    id: String(value.id ?? index + 1),
    text: value.text,
    label: value.label,
    categories: Array.isArray(value.categories)
      ? [...new Set(value.categories.map((c) => CATEGORY_ALIASES[String(c)] ?? String(c)))]
      : [],
    ...(typeof value.lang === "string" ? { lang: value.lang } : {}),
    ...(typeof value.channel === "string" ? { channel: value.channel } : {}),
    ...(typeof value.kind === "string" ? { kind: value.kind } : {}),
  });
}

function optionsOf(item: Item): LintOptions {
  const channel = (TACT_CHANNELS as readonly string[]).includes(item.channel ?? "")
    ? (item.channel as TactChannel)
    : undefined;
  return {
    ...(item.lang === "ja" || item.lang === "en" ? { lang: item.lang } : {}),
    ...(channel ? { channel } : {}),
    ...(item.kind === "marketing" || item.kind === "transactional" ? { kind: item.kind } : {}),
  };
}

let truePositives = 0;
let falsePositives = 0;
const flags = items.filter((item) => item.label === "flag");
const oks = items.filter((item) => item.label === "ok");
/** category -> labelled count, detected with that category, flagged at all. */
const perCategory = new Map<string, { labelled: number; sameCategory: number; flagged: number }>();
/** labelled category -> predicted category -> count. */
const confusion = new Map<string, Map<string, number>>();
const predictedOnOk = new Map<string, number>();
const misses: string[] = [];
const falseAlarms: string[] = [];

for (const item of items) {
  const result = lint(item.text, optionsOf(item));
  const counted = result.findings.filter((f) => f.severity !== "info");
  const predicted = [...new Set(counted.map((f) => f.category))];
  const flagged = counted.length > 0;
  if (item.label === "flag") {
    if (flagged) truePositives++;
    else misses.push(`${item.id} [${item.categories.join(",")}] ${item.text.slice(0, 70)}`);
    for (const category of item.categories.length > 0 ? item.categories : ["(none)"]) {
      const row = perCategory.get(category) ?? { labelled: 0, sameCategory: 0, flagged: 0 };
      row.labelled++;
      if ((predicted as string[]).includes(category)) row.sameCategory++;
      if (flagged) row.flagged++;
      perCategory.set(category, row);
      const cells = confusion.get(category) ?? new Map<string, number>();
      for (const p of predicted.length > 0 ? predicted : ["(missed)"])
        cells.set(p, (cells.get(p) ?? 0) + 1);
      confusion.set(category, cells);
    }
  } else {
    if (flagged) {
      falsePositives++;
      falseAlarms.push(
        `${item.id} ${[...new Set(counted.map((f) => f.ruleId))].join(",")} ${item.text.slice(0, 70)}`,
      );
    }
    for (const p of predicted) predictedOnOk.set(p, (predictedOnOk.get(p) ?? 0) + 1);
  }
}

const recall = flags.length === 0 ? 0 : truePositives / flags.length;
const fpr = oks.length === 0 ? 0 : falsePositives / oks.length;
const out: string[] = [];
out.push(`tact eval: ${path}`);
out.push(`items: ${items.length} (flag ${flags.length}, ok ${oks.length}, skipped ${skipped})`);
out.push(`recall on flag: ${truePositives}/${flags.length} = ${recall.toFixed(3)}`);
out.push(`false-positive rate on ok: ${falsePositives}/${oks.length} = ${fpr.toFixed(3)}`);
out.push("");
out.push("per labelled category: n, detected with the same category, flagged by any rule");
for (const [category, row] of [...perCategory].sort()) {
  out.push(
    `  ${category.padEnd(22)} n=${String(row.labelled).padEnd(4)} same=${String(row.sameCategory).padEnd(4)} any=${row.flagged}  (${(row.sameCategory / row.labelled).toFixed(2)} / ${(row.flagged / row.labelled).toFixed(2)})`,
  );
}
out.push("");
out.push("confusion (labelled category -> predicted categories):");
for (const [category, cells] of [...confusion].sort()) {
  const row = [...cells]
    .sort()
    .map(([p, n]) => `${p}:${n}`)
    .join("  ");
  out.push(`  ${category.padEnd(22)} ${row}`);
}
out.push(
  `  ${"ok (label)".padEnd(22)} ${
    [...predictedOnOk]
      .sort()
      .map(([p, n]) => `${p}:${n}`)
      .join("  ") || "(none flagged)"
  }`,
);
if (verbose || misses.length + falseAlarms.length <= 20) {
  if (misses.length > 0) out.push("", "missed:", ...misses.map((m) => `  ${m}`));
  if (falseAlarms.length > 0) out.push("", "false positives:", ...falseAlarms.map((m) => `  ${m}`));
}
out.push("");
out.push(
  `recall=${recall.toFixed(3)} fpr=${fpr.toFixed(3)} n_flag=${flags.length} n_ok=${oks.length}`,
);
process.stdout.write(`${out.join("\n")}\n`);
