/**
 * `tactful generate --example shop|b2b`: synthetic events for an example, one
 * JSON object per line, ready for `tactful simulate`.
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { EXAMPLES, generateEvents } from "../../examples/index.js";
import { type Command, choiceOption, EXIT, stringOption, UsageError } from "../command.js";

function positiveInt(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0 || n > 1_000_000)
    throw new UsageError("CLI_BAD_NUMBER", { option });
  return n;
}

export const generateCommand: Command = {
  name: "generate",
  summary: "CLI_GENERATE_SUMMARY",
  help: "CLI_GENERATE_HELP",
  options: {
    example: { type: "string", short: "e" },
    customers: { type: "string" },
    seed: { type: "string" },
    start: { type: "string" },
    days: { type: "string" },
    out: { type: "string", short: "o" },
  },
  async run(context) {
    const example = choiceOption(context, "example", EXAMPLES, "shop");
    const startText = stringOption(context, "start");
    const start = startText === undefined ? undefined : Date.parse(startText);
    if (start !== undefined && Number.isNaN(start))
      throw new UsageError("CLI_BAD_TIME", { option: "--start" });
    const events = generateEvents(example, {
      customers: positiveInt(stringOption(context, "customers"), "--customers", 300),
      seed: positiveInt(stringOption(context, "seed"), "--seed", 1),
      days: positiveInt(stringOption(context, "days"), "--days", 60),
      ...(start === undefined ? {} : { start }),
    });
    const lines = events
      .map((e) => JSON.stringify({ ...e, at: new Date(e.at).toISOString() }))
      .join("\n");
    const out = stringOption(context, "out");
    if (out === undefined) context.io.stdout(`${lines}\n`);
    else await writeFile(resolve(context.io.cwd, out), `${lines}\n`);
    return EXIT.ok;
  },
};

export default generateCommand;
